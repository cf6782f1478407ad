#include "coretestprinting.h"

#include "domain/field.h"
#include "domain/id.h"
#include "domain/recordmeta.h"

#include <catch2/catch.hpp>

#include <QTimeZone>

using namespace Csm;

TEST_CASE("Timestamps are written as UTC ISO 8601 with milliseconds")
{
    const QDateTime utc(QDate(2026, 3, 2), QTime(9, 30, 5, 42), Qt::UTC);
    CHECK(timestampToString(utc) == QLatin1String("2026-03-02T09:30:05.042Z"));

    // The same instant in another zone is written the same way.
    const QDateTime zurich = utc.toTimeZone(QTimeZone(QByteArrayLiteral("Europe/Zurich")));
    CHECK(timestampToString(zurich) == QLatin1String("2026-03-02T09:30:05.042Z"));

    CHECK(timestampToString(QDateTime()).isEmpty());
}

TEST_CASE("Timestamps read back as the same instant, in UTC")
{
    const QDateTime utc(QDate(2026, 3, 2), QTime(9, 30, 5, 42), Qt::UTC);
    const QDateTime read = timestampFromString(timestampToString(utc));
    CHECK(read == utc);
    CHECK(read.timeSpec() == Qt::UTC);

    // Without milliseconds and with an offset also work.
    CHECK(timestampFromString(QStringLiteral("2026-03-02T09:30:05Z")) ==
          QDateTime(QDate(2026, 3, 2), QTime(9, 30, 5), Qt::UTC));
    CHECK(timestampFromString(QStringLiteral("2026-03-02T10:30:05+01:00")) ==
          QDateTime(QDate(2026, 3, 2), QTime(9, 30, 5), Qt::UTC));

    CHECK_FALSE(timestampFromString(QStringLiteral("yesterday")).isValid());
    CHECK_FALSE(timestampFromString(QString()).isValid());
    // The written form with a day or time that does not exist, or a sign in a number.
    CHECK_FALSE(timestampFromString(QStringLiteral("2026-02-30T09:30:05.042Z")).isValid());
    CHECK_FALSE(timestampFromString(QStringLiteral("2026-03-02T24:30:05.042Z")).isValid());
    CHECK_FALSE(timestampFromString(QStringLiteral("-026-03-02T09:30:05.042Z")).isValid());
    // A time without a zone is refused, whichever way it is written.
    CHECK_FALSE(timestampFromString(QStringLiteral("2026-03-02T09:30:05.042")).isValid());
}

TEST_CASE("Dates are read exactly as YYYY-MM-DD")
{
    CHECK(parseIsoDate(u"2026-03-02") == QDate(2026, 3, 2));
    CHECK(parseIsoDate(u"2024-02-29") == QDate(2024, 2, 29));
    CHECK_FALSE(parseIsoDate(u"2026-02-29").isValid());
    CHECK_FALSE(parseIsoDate(u"2026-3-02").isValid());
    CHECK_FALSE(parseIsoDate(u"2026-03-02T10:00").isValid());
    CHECK_FALSE(parseIsoDate(u"2026/03/02").isValid());
    CHECK_FALSE(parseIsoDate(u"+026-03-02").isValid());
    CHECK_FALSE(parseIsoDate(u"").isValid());
}

TEST_CASE("Ids read from their canonical form, with braces or in capitals, or not at all")
{
    const QUuid uuid = QUuid::createUuid();
    const QString text = uuid.toString(QUuid::WithoutBraces);
    CHECK(uuidFromString(text) == uuid);
    CHECK(uuidFromString(text.toUpper()) == uuid);
    CHECK(uuidFromString(uuid.toString()) == uuid);
    CHECK(CustomerId::fromString(text).uuid() == uuid);
    CHECK(uuidFromString(u"3f0c8a52-7d1e-4b6a-9c2f-5e8d1a7b4c90") ==
          QUuid(0x3f0c8a52, 0x7d1e, 0x4b6a, 0x9c, 0x2f, 0x5e, 0x8d, 0x1a, 0x7b, 0x4c, 0x90));
    CHECK(uuidFromString(u"3f0c8a52-7d1e-4b6a-9c2f-5e8d1a7b4c9g").isNull());
    CHECK(uuidFromString(u"3f0c8a52+7d1e-4b6a-9c2f-5e8d1a7b4c90").isNull());
    CHECK(uuidFromString(u"").isNull());
}
