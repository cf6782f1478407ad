// The Debian package as a user gets it: built by CPack from this build, holding what a desktop
// install needs, and, where the test runs as root, installed, run from the installed paths,
// validated and removed again.
#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStringList>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <unistd.h>

namespace {

const QString packageName = QStringLiteral("csm-workspace");
const QString metainfoName = QStringLiteral("org.csmworkspace.CsmWorkspace.metainfo.xml");

struct Run
{
    int exitCode = -1;
    QString output; // standard output and error
};

Run run(const QString &program, const QStringList &arguments, int timeoutMs = 120000)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("DEBIAN_FRONTEND"), QStringLiteral("noninteractive"));
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    Run result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.output = QStringLiteral("%1 did not finish: %2").arg(program, process.errorString());
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.output = QString::fromUtf8(process.readAll());
    return result;
}

// Builds the package into `folder` and returns its path.
QString buildPackage(const QTemporaryDir &folder)
{
    const Run cpack =
        run(QStringLiteral(CSM_CPACK_COMMAND),
            {QStringLiteral("--config"), QStringLiteral(CSM_CPACK_CONFIG), QStringLiteral("-G"),
             QStringLiteral("DEB"), QStringLiteral("-B"), folder.path()});
    INFO(cpack.output.toStdString());
    REQUIRE(cpack.exitCode == 0);
    const QStringList packages =
        QDir(folder.path()).entryList({QStringLiteral("*.deb")}, QDir::Files);
    REQUIRE(packages.size() == 1);
    return QDir(folder.path()).filePath(packages.constFirst());
}

QString field(const QString &package, const QString &name)
{
    const Run info = run(QStringLiteral("dpkg-deb"), {QStringLiteral("-f"), package, name});
    REQUIRE(info.exitCode == 0);
    return info.output.trimmed();
}

// The release versions listed in an AppStream file.
QStringList releaseVersions(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QStringList versions;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("release"))
            versions.append(xml.attributes().value(QLatin1String("version")).toString());
    }
    REQUIRE_FALSE(xml.hasError());
    return versions;
}

bool have(const QString &program)
{
    return !QStandardPaths::findExecutable(program).isEmpty();
}

// Removes the package when the test ends, however it ends.
struct Uninstall
{
    ~Uninstall() { run(QStringLiteral("dpkg"), {QStringLiteral("--purge"), packageName}); }
};

} // namespace

TEST_CASE("The Debian package holds the binaries, the desktop integration, the translations and "
          "the manual page")
{
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    const QString package = buildPackage(folder);

    CHECK(field(package, QStringLiteral("Package")) == packageName);
    CHECK(field(package, QStringLiteral("Version")) == QStringLiteral(CSM_VERSION));
    CHECK_FALSE(field(package, QStringLiteral("Maintainer")).isEmpty());
    const QString depends = field(package, QStringLiteral("Depends"));
    INFO(depends.toStdString());
    // From the linked libraries, and what Qt loads at run time.
    for (const char *dependency : {"libqt6widgets6", "libqt6charts6", "libsodium23", "libsqlite3-0",
                                   "libqt6sql6-sqlite", "qt6-qpa-plugins"})
        CHECK(depends.contains(QLatin1String(dependency)));

    const Run contents = run(QStringLiteral("dpkg-deb"), {QStringLiteral("--contents"), package});
    REQUIRE(contents.exitCode == 0);
    QStringList files;
    for (const QString &line : contents.output.split(u'\n', Qt::SkipEmptyParts)) {
        if (!line.startsWith(u'd'))
            files.append(line.section(u' ', -1).mid(1)); // "./usr/bin/csmw" -> "/usr/bin/csmw"
    }
    INFO(files.join(u'\n').toStdString());
    const QStringList expected{
        QStringLiteral("/usr/bin/csm-workspace"),
        QStringLiteral("/usr/bin/csmw"),
        QStringLiteral("/usr/share/applications/csm-workspace.desktop"),
        QStringLiteral("/usr/share/metainfo/") + metainfoName,
        QStringLiteral("/usr/share/mime/packages/csm-workspace.xml"),
        QStringLiteral("/usr/share/icons/hicolor/scalable/apps/csm-workspace.svg"),
        QStringLiteral(
            "/usr/share/icons/hicolor/scalable/mimetypes/application-x-csm-onboarding.svg"),
        QStringLiteral("/usr/share/icons/hicolor/16x16/apps/csm-workspace.png"),
        QStringLiteral("/usr/share/icons/hicolor/256x256/apps/csm-workspace.png"),
        QStringLiteral("/usr/share/icons/hicolor/48x48/mimetypes/application-x-csm-onboarding.png"),
        QStringLiteral("/usr/share/csm-workspace/translations/csm-workspace_de.qm"),
        QStringLiteral("/usr/share/csm-workspace/translations/csm-workspace_fr.qm"),
        QStringLiteral("/usr/share/man/man1/csmw.1.gz"),
        QStringLiteral("/usr/share/doc/csm-workspace/copyright"),
    };
    for (const QString &path : expected) {
        INFO(path.toStdString());
        CHECK(files.contains(path));
    }
    // Only the application: no test programs, no headers, no build files.
    for (const QString &path : std::as_const(files)) {
        INFO(path.toStdString());
        const bool expectedPlace = path.startsWith(QLatin1String("/usr/share/")) ||
                                   path == QLatin1String("/usr/bin/csm-workspace") ||
                                   path == QLatin1String("/usr/bin/csmw");
        CHECK(expectedPlace);
    }
}

TEST_CASE("The AppStream metadata is valid and names this version")
{
    const QString metainfo =
        QDir(QStringLiteral(CSM_RESOURCES_DIR)).filePath(QStringLiteral("desktop/") + metainfoName);
    CHECK(releaseVersions(metainfo).value(0) == QStringLiteral(CSM_VERSION));
    if (!have(QStringLiteral("appstreamcli"))) {
        WARN("appstreamcli is not installed: the metadata is not validated");
        return;
    }
    const Run validate = run(QStringLiteral("appstreamcli"),
                             {QStringLiteral("validate"), QStringLiteral("--no-net"), metainfo});
    INFO(validate.output.toStdString());
    CHECK(validate.exitCode == 0);
}

TEST_CASE("The installed package runs from the installed paths and is removed cleanly")
{
    if (geteuid() != 0 || !have(QStringLiteral("dpkg"))) {
        WARN("Not root on a dpkg system: the package is built and checked, not installed");
        return;
    }
    if (run(QStringLiteral("dpkg-query"), {QStringLiteral("-W"), packageName}).exitCode == 0 &&
        !run(QStringLiteral("dpkg-query"),
             {QStringLiteral("-W"), QStringLiteral("-f=${Status}"), packageName})
             .output.contains(QLatin1String("not-installed"))) {
        WARN("csm-workspace is installed on this machine already: it is left alone");
        return;
    }
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    const QString package = buildPackage(folder);

    const Uninstall uninstall;
    const Run install = run(QStringLiteral("dpkg"), {QStringLiteral("--install"), package});
    INFO(install.output.toStdString());
    REQUIRE(install.exitCode == 0);

    const Run gui = run(QStringLiteral("/usr/bin/csm-workspace"), {QStringLiteral("--version")});
    INFO(gui.output.toStdString());
    CHECK(gui.exitCode == 0);
    CHECK(gui.output.contains(QStringLiteral(CSM_VERSION)));
    const Run cli = run(QStringLiteral("/usr/bin/csmw"), {QStringLiteral("--version")});
    INFO(cli.output.toStdString());
    CHECK(cli.exitCode == 0);
    CHECK(cli.output.contains(QStringLiteral(CSM_VERSION)));

    const QString desktopFile = QStringLiteral("/usr/share/applications/csm-workspace.desktop");
    REQUIRE(QFileInfo::exists(desktopFile));
    if (have(QStringLiteral("desktop-file-validate"))) {
        const Run validate = run(QStringLiteral("desktop-file-validate"), {desktopFile});
        INFO(validate.output.toStdString());
        CHECK(validate.exitCode == 0);
        CHECK(validate.output.trimmed().isEmpty());
    } else {
        WARN("desktop-file-validate is not installed: the desktop file is not validated");
    }
    if (have(QStringLiteral("appstreamcli"))) {
        const Run validate = run(QStringLiteral("appstreamcli"),
                                 {QStringLiteral("validate"), QStringLiteral("--no-net"),
                                  QStringLiteral("/usr/share/metainfo/") + metainfoName});
        INFO(validate.output.toStdString());
        CHECK(validate.exitCode == 0);
    }
    // The manual page opens as one.
    const Run man = run(QStringLiteral("gzip"),
                        {QStringLiteral("-dc"), QStringLiteral("/usr/share/man/man1/csmw.1.gz")});
    CHECK(man.output.startsWith(QLatin1String(".TH CSMW 1")));
    CHECK(man.output.contains(QLatin1String(".SS import-usage")));

    const Run remove = run(QStringLiteral("dpkg"), {QStringLiteral("--purge"), packageName});
    INFO(remove.output.toStdString());
    CHECK(remove.exitCode == 0);
    CHECK_FALSE(QFileInfo::exists(QStringLiteral("/usr/bin/csmw")));
    CHECK_FALSE(QFileInfo::exists(desktopFile));
}
