#include "adoption/importschema.h"

#include <catch2/catch.hpp>

using namespace Csm;

TEST_CASE("Columns are matched to fields by the names analytics tools give them")
{
    const QStringList header{QStringLiteral("Event Time"), QStringLiteral("E-mail Address"),
                             QStringLiteral("Event Name"), QStringLiteral("Module"),
                             QStringLiteral("Duration (s)")};
    const ColumnMapping m = guessMapping(ImportKind::Usage, header);
    CHECK(m.value(ImportField::UserEmail) == 1);
    CHECK(m.value(ImportField::Event) == 2);
    CHECK(m.value(ImportField::Timestamp) == 0);
    CHECK(m.value(ImportField::Feature) == 3);
    CHECK(m.value(ImportField::DurationSeconds) == 4);
    CHECK(unmappedRequired(ImportKind::Usage, m).isEmpty());

    const ColumnMapping partial =
        guessMapping(ImportKind::Training, {QStringLiteral("email"), QStringLiteral("when")});
    CHECK(unmappedRequired(ImportKind::Training, partial) ==
          QList<ImportField>{ImportField::Course, ImportField::CompletedOn});

    // A mapping survives the round trip through its remembered form, by column name.
    const QJsonObject json = mappingToJson(ImportKind::Usage, m, header);
    CHECK(json.value(QLatin1String("user_email")).toString() == QLatin1String("E-mail Address"));
    QStringList reordered = header;
    reordered.move(1, 4);
    const ColumnMapping back = mappingFromJson(ImportKind::Usage, json, reordered);
    CHECK(back.value(ImportField::UserEmail) == 4);
    CHECK(headerFingerprint(ImportKind::Usage, header) !=
          headerFingerprint(ImportKind::Usage, reordered));
}
