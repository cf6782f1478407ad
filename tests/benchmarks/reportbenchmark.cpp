// Times the value review / EBR report: one customer's report in process (content, layout and
// PDF separately), and csmw writing the whole sample portfolio's reports in one command.
// Run by hand: report-benchmark [RUNS]. Target: one report under 1 s.
#include "report/reportcontent.h"
#include "report/reportpdf.h"
#include "workspace/workspace.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

void print(const char *what, double ms)
{
    std::printf("%-44s %9.1f ms\n", what, ms);
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 7;

    QTemporaryDir dir;
    const QString workspacePath = dir.filePath(QStringLiteral("bench.csmw"));
    QProcess sample;
    sample.start(QStringLiteral(CSMW_PATH),
                 {QStringLiteral("--workspace"), workspacePath, QStringLiteral("sample")});
    if (!sample.waitForFinished(60000) || sample.exitCode() != 0) {
        std::fprintf(stderr, "report-benchmark: csmw sample failed\n");
        return 1;
    }
    QString error;
    const auto ws = Csm::Workspace::open(workspacePath, &error);
    if (!ws) {
        std::fprintf(stderr, "report-benchmark: %s\n", qPrintable(error));
        return 1;
    }
    const auto id = ws->findCustomer(QStringLiteral("Northwind Logistics"));
    if (!id) {
        std::fprintf(stderr, "report-benchmark: no Northwind Logistics in the sample\n");
        return 1;
    }

    QList<double> content, layout, pdf, total;
    int pages = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const Csm::ReportContent report =
            Csm::buildReport(*ws, *id, Csm::ReportKind::Ebr, {}, ws->today());
        content.append(timer.nsecsElapsed() / 1e6);
        timer.restart();
        pages = Csm::layoutReport(report).pageCount();
        layout.append(timer.nsecsElapsed() / 1e6);
        timer.restart();
        if (!Csm::writeReportPdf(report, dir.filePath(QStringLiteral("one.pdf")), &error)) {
            std::fprintf(stderr, "report-benchmark: %s\n", qPrintable(error));
            return 1;
        }
        pdf.append(timer.nsecsElapsed() / 1e6);
        total.append(content.last() + pdf.last()); // writing lays out again
    }
    std::printf("Northwind Logistics EBR, %d pages, median of %d runs\n", pages, runs);
    print("content from the workspace", median(content));
    print("layout", median(layout));
    print("layout and PDF written", median(pdf));
    print("one report in process (target < 1000 ms)", median(total));

    QList<double> commands;
    QList<double> allCommands;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        QProcess one;
        one.start(QStringLiteral(CSMW_PATH),
                  {QStringLiteral("--workspace"), workspacePath, QStringLiteral("report"),
                   QStringLiteral("Northwind Logistics"), QStringLiteral("--kind"),
                   QStringLiteral("ebr"), QStringLiteral("-o"),
                   dir.filePath(QStringLiteral("cli.pdf"))});
        if (!one.waitForFinished(60000) || one.exitCode() != 0)
            return 1;
        commands.append(timer.nsecsElapsed() / 1e6);
        timer.restart();
        QProcess all;
        all.start(QStringLiteral(CSMW_PATH),
                  {QStringLiteral("--workspace"), workspacePath, QStringLiteral("report"),
                   QStringLiteral("--all"), QStringLiteral("--kind"), QStringLiteral("ebr"),
                   QStringLiteral("-o"), dir.filePath(QStringLiteral("all"))});
        if (!all.waitForFinished(120000) || all.exitCode() != 0)
            return 1;
        allCommands.append(timer.nsecsElapsed() / 1e6);
    }
    print("csmw report, one customer (whole process)", median(commands));
    std::printf(
        "%-44s %9.1f ms\n",
        qPrintable(QStringLiteral("csmw report --all (%1 customers)").arg(ws->customerCount())),
        median(allCommands));
    return 0;
}
