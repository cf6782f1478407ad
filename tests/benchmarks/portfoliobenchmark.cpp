// Times the portfolio on a generated workspace of 1,000 customers (the sample portfolio cloned
// with new ids, each clone with the sample's usage data): every row and the metrics, as the
// portfolio page computes them when it opens, and one row again with the metrics, as after an
// edit; then the portfolio page itself (offscreen): opened on that workspace until its first
// paint, and after an edit until the row is repainted. The reference, measured in the same run,
// is opening that workspace (Workspace::open).
// Run by hand: portfolio-benchmark [CUSTOMERS] [RUNS] [WORKSPACE] (a WORKSPACE file that
// exists is used as it is, else generated there and kept). Targets: open under 300 ms, recompute
// under 50 ms.
#include "interchange/onboardingfilejson.h"
#include "portfolio/portfoliometrics.h"
#include "portfolio/portfoliotracker.h"
#include "sample/sampleportfolio.h"
#include "sample/sampleusage.h"
#include "views/portfolio/portfoliopage.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QTreeView>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QUuid>

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
    std::printf("%-52s %9.1f ms\n", what, ms);
}

// The file with every id replaced by a new one, consistently, so its records still point at
// each other.
Csm::OnboardingFile cloned(const Csm::OnboardingFile &file)
{
    static const QRegularExpression uuid(
        QStringLiteral("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"));
    const QString json = QString::fromUtf8(Csm::onboardingFileToJson(file));
    QHash<QString, QString> fresh;
    QString out;
    qsizetype last = 0;
    for (auto it = uuid.globalMatch(json); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(json).mid(last, m.capturedStart() - last);
        QString &id = fresh[m.captured()];
        if (id.isEmpty())
            id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        out += id;
        last = m.capturedEnd();
    }
    out += QStringView(json).mid(last);
    QString error;
    const auto copy = Csm::onboardingFileFromJson(out.toUtf8(), &error);
    if (!copy) {
        std::fprintf(stderr, "portfolio-benchmark: %s\n", qPrintable(error));
        std::exit(1);
    }
    return *copy;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int customers = argc > 1 ? std::max(7, QString::fromLocal8Bit(argv[1]).toInt()) : 1000;
    const int runs = argc > 2 ? std::max(1, QString::fromLocal8Bit(argv[2]).toInt()) : 7;

    QTemporaryDir dir;
    const QString path =
        argc > 3 ? QString::fromLocal8Bit(argv[3]) : dir.filePath(QStringLiteral("portfolio.csmw"));
    QString error;
    if (!QFileInfo::exists(path)) {
        QElapsedTimer timer;
        timer.start();
        auto ws = Csm::Workspace::open(path, &error);
        if (!ws) {
            std::fprintf(stderr, "portfolio-benchmark: %s\n", qPrintable(error));
            return 1;
        }
        const QList<Csm::OnboardingFile> sample = Csm::samplePortfolio(ws->today(), ws->newMeta());
        // Batch by batch: the clones take the sample's names, get its usage data (matched by
        // name), then a number of their own.
        int made = 0;
        for (int batch = 1; made < customers; ++batch) {
            QList<Csm::Customer> added;
            for (const Csm::OnboardingFile &file : sample) {
                if (made == customers)
                    break;
                const Csm::OnboardingFile copy = cloned(file);
                if (!ws->insertOnboardingFile(copy)) {
                    std::fprintf(stderr, "portfolio-benchmark: %s\n", qPrintable(ws->lastError()));
                    return 1;
                }
                added.append(copy.customer);
                ++made;
            }
            Csm::addSampleUsage(ws.get());
            for (Csm::Customer c : added) {
                c.accountName += QStringLiteral(" %1").arg(batch);
                ws->updateCustomer(c);
            }
        }
        std::printf("Generated %d customers (sample clones with usage data) in %.1f s\n",
                    ws->customerCount(), timer.elapsed() / 1000.0);
    }

    QList<double> open, all, one, usage, files, pageOpen, pageEdit, pageLoad, pageBuild, pageShow;
    int rows = 0;
    int alerts = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const auto ws = Csm::Workspace::open(path, &error);
        if (!ws) {
            std::fprintf(stderr, "portfolio-benchmark: %s\n", qPrintable(error));
            return 1;
        }
        open.append(timer.nsecsElapsed() / 1e6);

        timer.restart();
        const Csm::PortfolioSettings settings = Csm::PortfolioSettings::fromWorkspace(*ws);
        Csm::PortfolioSnapshot snapshot;
        snapshot.computeAll(*ws, settings, ws->today());
        all.append(timer.nsecsElapsed() / 1e6);
        rows = int(snapshot.rows().size());
        alerts = snapshot.metrics().alerts;

        // Where the time goes: reading the usage data and the onboarding files.
        timer.restart();
        ws->allUsageRollups();
        usage.append(timer.nsecsElapsed() / 1e6);
        timer.restart();
        for (const Csm::CustomerId &id : ws->customerIds())
            ws->onboardingFile(id);
        files.append(timer.nsecsElapsed() / 1e6);

        // An edit of one customer, then its row and the metrics again.
        const Csm::CustomerId id = ws->customerIds().at(ws->customerCount() / 2);
        Csm::Customer edited = *ws->customer(id);
        edited.csmOwner.clear();
        ws->updateCustomer(edited);
        timer.restart();
        snapshot.recompute(*ws, id);
        one.append(timer.nsecsElapsed() / 1e6);
    }

    // The page: opened on the workspace as the application opens it, until painted, then an
    // edit until repainted.
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const auto ws = Csm::Workspace::open(path, &error, nullptr, Csm::UsagePrefetch::AllRollups);
        const qint64 loaded = timer.nsecsElapsed();
        Csm::PortfolioPage page(ws.get());
        page.resize(1280, 800);
        const qint64 built = timer.nsecsElapsed();
        page.show();
        page.repaint();
        pageOpen.append(timer.nsecsElapsed() / 1e6);
        pageLoad.append(loaded / 1e6);
        pageBuild.append((built - loaded) / 1e6);
        pageShow.append((timer.nsecsElapsed() - built) / 1e6);

        const Csm::CustomerId id = ws->customerIds().at(ws->customerCount() / 3);
        Csm::Customer edited = *ws->customer(id);
        edited.csmOwner = QStringLiteral("Someone Else");
        ws->updateCustomer(edited);
        timer.restart();
        page.tracker()->update();
        page.table()->viewport()->repaint();
        pageEdit.append(timer.nsecsElapsed() / 1e6);
    }

    std::printf("%d customers, %d alerts, median of %d runs\n", rows, alerts, runs);
    print("reference: open the workspace (Workspace::open)", median(open));
    print("portfolio: every row and the metrics", median(all));
    print("  of which reading the usage rollups", median(usage));
    print("  of which copying the onboarding files", median(files));
    print("open and portfolio together (target < 300 ms)", median(open) + median(all));
    print("after an edit: one row and the metrics (target < 50 ms)", median(one));
    print("page: open the workspace to the first paint (< 300 ms)", median(pageOpen));
    print("  of which opening the workspace (usage read beside it)", median(pageLoad));
    print("  of which making the page", median(pageBuild));
    print("  of which the rows, the metrics and the first paint", median(pageShow));
    print("page: after an edit, until repainted (target < 50 ms)", median(pageEdit));
    std::printf("%-52s %9.2fx\n", "ratio of the portfolio to opening", median(all) / median(open));
    std::printf("%-52s %9.3fx\n", "ratio of the recompute to opening", median(one) / median(open));
    return 0;
}
