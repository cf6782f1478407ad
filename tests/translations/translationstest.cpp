// The German and French translations cover every string of the sources, completely: no entry
// unfinished or missing, every placeholder and keyboard accelerator kept; the English file has
// every plural form. A string added to the code without a translation fails here.
#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type;      // "unfinished", "vanished", "obsolete" or empty
    QStringList forms; // the translation, or its plural forms
};

QString keyOf(const Message &m)
{
    return m.context + u'\x1f' + m.source + u'\x1f' + m.comment;
}

QString describe(const Message &m)
{
    return QStringLiteral("%1: \"%2\"").arg(m.context, m.source);
}

QList<Message> readTs(const QString &path)
{
    QFile file(path);
    INFO(path.toStdString());
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QList<Message> messages;
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = Message{};
            current.context = context;
            current.numerus =
                xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            current.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            if (current.numerus) {
                while (xml.readNextStartElement())
                    current.forms.append(xml.readElementText());
            } else {
                current.forms.append(xml.readElementText());
            }
            messages.append(current);
        }
    }
    INFO(xml.errorString().toStdString());
    REQUIRE_FALSE(xml.hasError());
    return messages;
}

QString tsPath(const QString &language)
{
    return QDir(QStringLiteral(CSM_TRANSLATIONS_DIR))
        .filePath(QStringLiteral("csm-workspace_%1.ts").arg(language));
}

QSet<QString> placeholders(const QString &text, bool dropCount)
{
    static const QRegularExpression pattern(QStringLiteral("%(L?\\d+|n)"));
    QSet<QString> found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(0));
    if (dropCount)
        found.remove(QStringLiteral("%n"));
    return found;
}

// "&File" has one accelerator, "Fish && Chips" none.
int accelerators(QString text)
{
    text.remove(QStringLiteral("&&"));
    static const QRegularExpression pattern(QStringLiteral("&(?=\\w)"),
                                            QRegularExpression::UseUnicodePropertiesOption);
    return int(text.count(pattern));
}

// What is wrong with one translated message, or empty.
QString problemOf(const Message &m)
{
    if (!m.type.isEmpty())
        return QStringLiteral("%1 is %2").arg(describe(m), m.type);
    if (m.forms.isEmpty())
        return QStringLiteral("%1 has no translation").arg(describe(m));
    for (const QString &form : m.forms) {
        if (form.trimmed().isEmpty() && !m.source.trimmed().isEmpty())
            return QStringLiteral("%1 has an empty translation").arg(describe(m));
        if (placeholders(form, m.numerus) != placeholders(m.source, m.numerus))
            return QStringLiteral("%1 changes the placeholders: \"%2\"").arg(describe(m), form);
        if (accelerators(form) != accelerators(m.source))
            return QStringLiteral("%1 changes the keyboard accelerator: \"%2\"")
                .arg(describe(m), form);
    }
    if (m.numerus && m.source.contains(QLatin1String("%n")) &&
        !m.forms.constLast().contains(QLatin1String("%n")))
        return QStringLiteral("%1 has a plural form without %n").arg(describe(m));
    return {};
}

} // namespace

TEST_CASE("The German and French translations are complete")
{
    for (const QString &language : {QStringLiteral("de"), QStringLiteral("fr")}) {
        const QList<Message> messages = readTs(tsPath(language));
        INFO(language.toStdString());
        CHECK(messages.size() > 2000);
        QStringList problems;
        for (const Message &m : messages) {
            if (const QString problem = problemOf(m); !problem.isEmpty())
                problems.append(problem);
        }
        INFO(problems.mid(0, 20).join(u'\n').toStdString());
        CHECK(problems.isEmpty());
    }
}

TEST_CASE("The English file has every plural form, and all files the same messages")
{
    const QList<Message> english = readTs(tsPath(QStringLiteral("en")));
    QStringList problems;
    QSet<QString> keys;
    for (const Message &m : english) {
        keys.insert(keyOf(m));
        if (m.numerus && (m.forms.size() != 2 || m.forms.contains(QString())))
            problems.append(QStringLiteral("%1 lacks its plural forms").arg(describe(m)));
    }
    INFO(problems.join(u'\n').toStdString());
    CHECK(problems.isEmpty());
    for (const QString &language : {QStringLiteral("de"), QStringLiteral("fr")}) {
        QSet<QString> other;
        for (const Message &m : readTs(tsPath(language)))
            other.insert(keyOf(m));
        INFO(language.toStdString());
        CHECK(other == keys);
    }
}

TEST_CASE("Every string in the sources is in the translations, under the context it is looked "
          "up in")
{
    // lupdate as the update_translations target runs it, into a file of its own.
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    const QString fresh = folder.filePath(QStringLiteral("fresh_de.ts"));
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(CSM_LUPDATE),
                  {QStringLiteral("-project"), QStringLiteral(CSM_LUPDATE_PROJECT),
                   QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                   QStringLiteral("none"), QStringLiteral("-ts"), fresh});
    REQUIRE(lupdate.waitForFinished(120000));
    const QString output = QString::fromUtf8(lupdate.readAll());
    INFO(output.toStdString());
    REQUIRE(lupdate.exitCode() == 0);
    // A tr() outside a class with its own context: lupdate files it under a guessed context
    // that differs from the one looked up at run time, so it would never be translated.
    CHECK_FALSE(output.contains(QLatin1String("lacks Q_OBJECT macro")));

    QSet<QString> translated;
    for (const Message &m : readTs(tsPath(QStringLiteral("de"))))
        translated.insert(keyOf(m));
    QStringList missing;
    for (const Message &m : readTs(fresh)) {
        if (!translated.contains(keyOf(m)))
            missing.append(describe(m));
    }
    INFO("Not in the translations (build update_translations, then translate): " +
         missing.mid(0, 20).join(u'\n').toStdString());
    CHECK(missing.isEmpty());
}

TEST_CASE("The compiled translations translate the interface, plural forms included")
{
    for (const QString &language : {QStringLiteral("de"), QStringLiteral("fr")}) {
        INFO(language.toStdString());
        QTranslator translator;
        REQUIRE(translator.load(QStringLiteral("csm-workspace_") + language,
                                QStringLiteral(CSM_QM_DIR)));
        CHECK(translator.language().startsWith(language));
        const QString preferences = translator.translate("Csm::MainWindow", "&Preferences…");
        CHECK_FALSE(preferences.isEmpty());
        CHECK(preferences != QStringLiteral("&Preferences…"));
        // The forms before %n is replaced: one event, several events.
        const QString one = translator.translate("Csm::AdoptionChartView", "%n events", nullptr, 1);
        const QString many =
            translator.translate("Csm::AdoptionChartView", "%n events", nullptr, 5);
        CHECK(one.contains(QStringLiteral("%n")));
        CHECK(many.contains(QStringLiteral("%n")));
        CHECK(one != many);
    }
}
