// Checks the desktop integration files in resources/: the desktop entry, the shared-mime-info
// package for shared onboarding files, and the icons both name.
#include "sharing/sharecrypto.h"

#include <catch2/catch.hpp>

#include <QByteArray>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QSize>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

namespace {

const QLatin1String onboardingMimeType("application/x-csm-onboarding");
const QLatin1String mimeNamespace("http://www.freedesktop.org/standards/shared-mime-info");
const QList<int> pngSizes{16, 24, 32, 48, 64, 128, 256};

QString resourcePath(const QString &relative)
{
    return QDir(QStringLiteral(CSM_RESOURCES_DIR)).filePath(relative);
}

QString desktopFilePath()
{
    return resourcePath(QStringLiteral("desktop/csm-workspace.desktop"));
}

QString mimeFilePath()
{
    return resourcePath(QStringLiteral("desktop/csm-workspace-mime.xml"));
}

// The keys of a desktop file's [Desktop Entry] group, parsed as the Desktop Entry
// Specification describes: comments and blank lines skipped, "Key=Value" with spaces around
// "=" ignored. Anything malformed goes to `errors`.
struct DesktopEntry
{
    QMap<QString, QString> keys;
    QStringList errors;
};

DesktopEntry readDesktopEntry(const QString &path)
{
    DesktopEntry entry;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        entry.errors.append(QStringLiteral("cannot open ") + path);
        return entry;
    }
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    QString group;
    for (int number = 1; number <= lines.size(); ++number) {
        const QString line = lines.at(number - 1).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        if (line.startsWith(QLatin1Char('[')) && line.endsWith(QLatin1Char(']'))) {
            const bool first = group.isEmpty();
            group = line.mid(1, line.size() - 2);
            if (first && group != QLatin1String("Desktop Entry"))
                entry.errors.append(QStringLiteral("the first group is not [Desktop Entry]"));
            continue;
        }
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        if (group.isEmpty() || equals <= 0) {
            entry.errors.append(QStringLiteral("line %1 is not a key in a group").arg(number));
            continue;
        }
        if (group != QLatin1String("Desktop Entry"))
            continue;
        const QString key = line.left(equals).trimmed();
        if (entry.keys.contains(key))
            entry.errors.append(QStringLiteral("key %1 is repeated").arg(key));
        entry.keys.insert(key, line.mid(equals + 1).trimmed());
    }
    return entry;
}

QStringList listValue(const QString &value)
{
    return value.split(QLatin1Char(';'), Qt::SkipEmptyParts);
}

// What the shared-mime-info package declares for one type.
struct MimeMatch
{
    QString type;
    QString offset;
    QString value;
};

struct MimeType
{
    QString name;
    QStringList comments; // "lang:text", the untranslated one with an empty lang
    QStringList globs;
    QStringList icons;
    QList<MimeMatch> matches;
};

struct MimePackage
{
    QList<MimeType> types;
    QString error;
};

MimePackage readMimePackage(const QString &path)
{
    MimePackage package;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        package.error = QStringLiteral("cannot open ") + path;
        return package;
    }
    QXmlStreamReader xml(&file);
    if (!xml.readNextStartElement() || xml.name() != QLatin1String("mime-info") ||
        xml.namespaceUri() != mimeNamespace) {
        package.error = QStringLiteral("the root is not a shared-mime-info <mime-info>");
        return package;
    }
    while (xml.readNextStartElement()) {
        if (xml.name() != QLatin1String("mime-type")) {
            xml.skipCurrentElement();
            continue;
        }
        MimeType type;
        type.name = xml.attributes().value(QLatin1String("type")).toString();
        while (xml.readNextStartElement()) {
            const QXmlStreamAttributes attributes = xml.attributes();
            if (xml.name() == QLatin1String("comment")) {
                const QString lang =
                    attributes
                        .value(QLatin1String("http://www.w3.org/XML/1998/namespace"),
                               QLatin1String("lang"))
                        .toString();
                type.comments.append(lang + QLatin1Char(':') + xml.readElementText());
            } else if (xml.name() == QLatin1String("glob")) {
                type.globs.append(attributes.value(QLatin1String("pattern")).toString());
                xml.skipCurrentElement();
            } else if (xml.name() == QLatin1String("icon")) {
                type.icons.append(attributes.value(QLatin1String("name")).toString());
                xml.skipCurrentElement();
            } else if (xml.name() == QLatin1String("magic")) {
                while (xml.readNextStartElement()) {
                    const QXmlStreamAttributes match = xml.attributes();
                    if (xml.name() == QLatin1String("match")) {
                        type.matches.append({match.value(QLatin1String("type")).toString(),
                                             match.value(QLatin1String("offset")).toString(),
                                             match.value(QLatin1String("value")).toString()});
                    }
                    xml.skipCurrentElement();
                }
            } else {
                xml.skipCurrentElement();
            }
        }
        package.types.append(type);
    }
    if (xml.hasError())
        package.error = xml.errorString();
    return package;
}

MimeType onboardingType(const MimePackage &package)
{
    for (const MimeType &type : package.types) {
        if (type.name == onboardingMimeType)
            return type;
    }
    return {};
}

// Problems of a hand-written SVG icon: not an SVG, a bitmap inside or a reference to another
// file.
QStringList svgProblems(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {QStringLiteral("cannot open ") + path};
    QStringList problems;
    QXmlStreamReader xml(&file);
    if (!xml.readNextStartElement() || xml.name() != QLatin1String("svg") ||
        xml.namespaceUri() != QLatin1String("http://www.w3.org/2000/svg"))
        problems.append(QStringLiteral("the root is not an SVG <svg>"));
    while (!xml.atEnd()) {
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("image"))
                problems.append(QStringLiteral("embeds an <image>"));
            for (const QXmlStreamAttribute &attribute : xml.attributes()) {
                if (attribute.name() == QLatin1String("href") &&
                    !attribute.value().startsWith(QLatin1Char('#')))
                    problems.append(QStringLiteral("refers to ") + attribute.value().toString());
            }
        }
        xml.readNext();
    }
    if (xml.hasError())
        problems.append(xml.errorString());
    return problems;
}

} // namespace

TEST_CASE("The desktop entry launches csm-workspace on onboarding files")
{
    const DesktopEntry entry = readDesktopEntry(desktopFilePath());
    INFO(entry.errors.join(QStringLiteral("; ")).toStdString());
    REQUIRE(entry.errors.isEmpty());

    CHECK(entry.keys.value(QStringLiteral("Type")) == QLatin1String("Application"));
    CHECK(entry.keys.value(QStringLiteral("Name")) == QLatin1String("CSM Workspace"));
    CHECK(entry.keys.value(QStringLiteral("Terminal")) == QLatin1String("false"));

    // Any number of files, as "csm-workspace FILE..." takes.
    const QStringList exec =
        entry.keys.value(QStringLiteral("Exec")).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    CHECK(exec.value(0) == QLatin1String("csm-workspace"));
    CHECK(exec.contains(QLatin1String("%F")));

    CHECK(listValue(entry.keys.value(QStringLiteral("MimeType"))).contains(onboardingMimeType));
    CHECK(entry.keys.value(QStringLiteral("Icon")) == QLatin1String("csm-workspace"));
    CHECK(entry.keys.value(QStringLiteral("StartupWMClass")) == QLatin1String("csm-workspace"));
}

TEST_CASE("The MIME package declares onboarding files by suffix and by the encrypted magic")
{
    const MimePackage package = readMimePackage(mimeFilePath());
    INFO(package.error.toStdString());
    REQUIRE(package.error.isEmpty());

    const MimeType type = onboardingType(package);
    REQUIRE(type.name == onboardingMimeType);
    CHECK(type.comments.contains(QLatin1String(":CSM Workspace onboarding file")));
    CHECK(type.globs.contains(QLatin1String("*.onboarding")));
    CHECK(type.icons == QStringList{QStringLiteral("application-x-csm-onboarding")});

    bool encryptedMagic = false;
    for (const MimeMatch &match : type.matches) {
        if (match.type == QLatin1String("string") && match.offset == QLatin1String("0") &&
            match.value == QLatin1String("CSMWENC1"))
            encryptedMagic = true;
    }
    CHECK(encryptedMagic);
    // The magic is the one the application writes.
    CHECK(Csm::ShareCrypto::isEncrypted(QByteArrayLiteral("CSMWENC1")));
}

TEST_CASE("Every icon the desktop files name exists, scalable and at each rendered size")
{
    const DesktopEntry entry = readDesktopEntry(desktopFilePath());
    const MimeType type = onboardingType(readMimePackage(mimeFilePath()));
    // The icon names come from the files themselves, so renaming one without its icons fails.
    const QList<QPair<QString, QString>> icons{
        {QStringLiteral("apps"), entry.keys.value(QStringLiteral("Icon"))},
        {QStringLiteral("mimetypes"), type.icons.value(0)},
    };

    for (const auto &[context, name] : icons) {
        INFO(name.toStdString() + " in " + context.toStdString());
        REQUIRE_FALSE(name.isEmpty());

        const QString svg = resourcePath(QStringLiteral("icons/%1.svg").arg(name));
        REQUIRE(QFileInfo::exists(svg));
        const QStringList problems = svgProblems(svg);
        INFO(problems.join(QStringLiteral("; ")).toStdString());
        CHECK(problems.isEmpty());
        CHECK(QFileInfo(svg).size() < 8 * 1024);

        for (int size : pngSizes) {
            const QString png = resourcePath(
                QStringLiteral("icons/hicolor/%1x%1/%2/%3.png").arg(size).arg(context, name));
            INFO(png.toStdString());
            CHECK(QFileInfo::exists(png));
        }
    }
}

TEST_CASE("Every rendered icon is a PNG of the size its folder states, transparent around")
{
    const QString root = resourcePath(QStringLiteral("icons/hicolor"));
    const QRegularExpression folder(QStringLiteral("^(\\d+)x(\\d+)/(apps|mimetypes)/[^/]+\\.png$"));
    int checked = 0;
    QDirIterator files(root, {QStringLiteral("*.png")}, QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        const QString relative = QDir(root).relativeFilePath(path);
        INFO(relative.toStdString());
        const QRegularExpressionMatch match = folder.match(relative);
        REQUIRE(match.hasMatch());
        const int size = match.captured(1).toInt();
        CHECK(match.captured(2).toInt() == size);
        CHECK(pngSizes.contains(size));

        QImageReader reader(path);
        CHECK(reader.format() == QByteArrayLiteral("png"));
        CHECK(reader.size() == QSize(size, size));
        const QImage image = reader.read();
        INFO(reader.errorString().toStdString());
        REQUIRE_FALSE(image.isNull());
        CHECK(image.size() == QSize(size, size));
        CHECK(image.hasAlphaChannel());
        CHECK(qAlpha(image.pixel(0, 0)) == 0);
        ++checked;
    }
    // Two icons, each at every size.
    CHECK(checked == 2 * pngSizes.size());
}

TEST_CASE("desktop-file-validate accepts the desktop entry")
{
    const QString validator =
        QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
    if (validator.isEmpty()) {
        WARN("desktop-file-validate is not on PATH (Debian: desktop-file-utils); not run");
        return;
    }
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(validator, {desktopFilePath()});
    REQUIRE(process.waitForFinished(30000));
    const QString output = QString::fromUtf8(process.readAll());
    INFO(output.toStdString());
    CHECK(process.exitStatus() == QProcess::NormalExit);
    CHECK(process.exitCode() == 0);
    // Errors make it fail; warnings only print. Hints about style are allowed.
    CHECK_FALSE(output.contains(QLatin1String(": error: ")));
    CHECK_FALSE(output.contains(QLatin1String(": warning: ")));
}
