// csmw report, run as a user would: one customer's PDF, every customer's, and bad usage.
#include "clisandbox.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Csm::Test;

namespace {

QString pdfText(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(30000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

CliResult northwindEbr(const CliSandbox &sandbox, const QString &pdf)
{
    return sandbox.csmw({QStringLiteral("report"), QStringLiteral("Northwind Logistics"),
                         QStringLiteral("--kind"), QStringLiteral("ebr"), QStringLiteral("-o"),
                         pdf});
}

} // namespace

TEST_CASE("csmw report writes one customer's EBR as a PDF")
{
    CliSandbox sandbox;
    REQUIRE(sandbox.csmw({QStringLiteral("sample")}).exitCode == 0);
    const QString pdf = sandbox.path(QStringLiteral("northwind.pdf"));
    const CliResult result = northwindEbr(sandbox, pdf);
    INFO(result.err);
    REQUIRE(result.exitCode == 0);
    CHECK(result.err.empty());
    CHECK(result.out == "Wrote " + QDir::toNativeSeparators(pdf).toStdString() + "\n");
    const QString text = pdfText(pdf);
    CHECK(text.contains(QLatin1String("Executive business review")));
    CHECK(text.contains(QLatin1String("Northwind Logistics")));
    CHECK(text.contains(QLatin1String("Goals and progress")));
    CHECK(text.contains(QLatin1String("Time to first value")));
}

TEST_CASE("csmw speaks the language chosen in Preferences, in its messages and its reports")
{
    CliSandbox sandbox;
    REQUIRE(sandbox.csmw({QStringLiteral("sample")}).exitCode == 0);
    // What Preferences writes when the user picks Deutsch.
    const QString settingsFolder = sandbox.path(QStringLiteral("config/CSM Workspace"));
    REQUIRE(QDir().mkpath(settingsFolder));
    QFile settings(QDir(settingsFolder).filePath(QStringLiteral("csm-workspace.conf")));
    REQUIRE(settings.open(QIODevice::WriteOnly));
    settings.write("[ui]\nlanguage=de\n");
    settings.close();

    const QString pdf = sandbox.path(QStringLiteral("northwind.pdf"));
    const CliResult result = northwindEbr(sandbox, pdf);
    INFO(result.err);
    REQUIRE(result.exitCode == 0);
    CHECK(result.out == QDir::toNativeSeparators(pdf).toStdString() + " geschrieben\n");
    const QString text = pdfText(pdf);
    CHECK(text.contains(QLatin1String("Executive Business Review")));
    CHECK(text.contains(QLatin1String("Ziele und Fortschritt")));
    CHECK(text.contains(QLatin1String("Zeit bis zum ersten Nutzen")));
    CHECK_FALSE(text.contains(QLatin1String("Goals and progress")));

    const CliResult help = sandbox.csmw({QStringLiteral("help")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.find("Usage: csmw") == std::string::npos);
}

TEST_CASE("csmw report --all writes one PDF per customer into a folder")
{
    CliSandbox sandbox;
    REQUIRE(sandbox.csmw({QStringLiteral("sample")}).exitCode == 0);
    const QString folder = sandbox.path(QStringLiteral("reports/q1"));
    const CliResult result =
        sandbox.csmw({QStringLiteral("report"), QStringLiteral("--all"), QStringLiteral("--kind"),
                      QStringLiteral("graduation"), QStringLiteral("-o"), folder});
    INFO(result.err);
    REQUIRE(result.exitCode == 0);
    const QStringList files =
        QDir(folder).entryList({QStringLiteral("*.pdf")}, QDir::Files, QDir::Name);
    CHECK(files.size() == 7);
    CHECK(files.contains(QStringLiteral("Northwind Logistics-graduation.pdf")));
    for (const QString &file : files)
        CHECK(pdfText(QDir(folder).filePath(file)).contains(QLatin1String("Graduation summary")));
}

TEST_CASE("csmw report refuses bad usage with one line and a usage hint")
{
    CliSandbox sandbox;
    REQUIRE(sandbox.csmw({QStringLiteral("sample")}).exitCode == 0);
    const QString pdf = sandbox.path(QStringLiteral("x.pdf"));
    SECTION("an unknown kind")
    {
        const CliResult r = sandbox.csmw(
            {QStringLiteral("report"), QStringLiteral("Northwind Logistics"),
             QStringLiteral("--kind"), QStringLiteral("qbr"), QStringLiteral("-o"), pdf});
        CHECK(r.exitCode == 2);
        CHECK(r.err.find("--kind must be value-review, ebr or graduation") != std::string::npos);
    }
    SECTION("neither a customer nor --all")
    {
        const CliResult r = sandbox.csmw({QStringLiteral("report"), QStringLiteral("-o"), pdf});
        CHECK(r.exitCode == 2);
        CHECK(r.err.find("missing CUSTOMER") != std::string::npos);
    }
    SECTION("a customer and --all")
    {
        const CliResult r =
            sandbox.csmw({QStringLiteral("report"), QStringLiteral("Northwind Logistics"),
                          QStringLiteral("--all"), QStringLiteral("-o"), pdf});
        CHECK(r.exitCode == 2);
    }
    SECTION("no output")
    {
        const CliResult r =
            sandbox.csmw({QStringLiteral("report"), QStringLiteral("Northwind Logistics")});
        CHECK(r.exitCode == 2);
        CHECK(r.err.find("missing -o FILE") != std::string::npos);
    }
    SECTION("an unknown customer fails with one line")
    {
        const CliResult r = sandbox.csmw(
            {QStringLiteral("report"), QStringLiteral("Nobody"), QStringLiteral("-o"), pdf});
        CHECK(r.exitCode == 1);
        CHECK(r.isOneLineReason());
        CHECK_FALSE(QFileInfo::exists(pdf));
    }
}
