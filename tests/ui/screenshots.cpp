// Renders the main window in its typical states to PNG files, for looking at the UI and for
// the README: screenshots OUTPUT_DIR. Not run by ctest.
#include "commands/changecustomerfield.h"
#include "commands/changerecordfield.h"
#include "darkpalette.h"
#include "dialogs/aboutdialog.h"
#include "dialogs/portfoliosettingsdialog.h"
#include "dialogs/preferencesdialog.h"
#include "dialogs/sharedialog.h"
#include "dialogs/takebackdialog.h"
#include "mainwindow.h"
#include "portfolio/portfoliotracker.h"
#include "sample/sampleportfolio.h"
#include "sharing/sharefile.h"
#include "views/customerlist/customerlistpanel.h"
#include "views/gantt/ganttview.h"
#include "views/handoff/handoffpage.h"
#include "views/portfolio/portfoliometricsview.h"
#include "views/portfolio/portfoliopage.h"
#include "views/portfolio/snoozealertdialog.h"
#include "views/timeline/timelinepage.h"
#include "workspace/translations.h"
#include "workspace/userpreferences.h"

#include "workspace/workspace.h"
#include <QCheckBox>
#include <QComboBox>
#include <QTabWidget>

#include <QApplication>
#include <QDir>
#include <QListWidget>
#include <QPalette>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QStyle>
#include <QTemporaryDir>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

namespace {

void save(QWidget *widget, const QString &path)
{
    // Layout requests travel up the widget tree one posted event at a time.
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
    const bool ok = widget->grab().save(path);
    std::printf("%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationVersion(QStringLiteral(CSM_VERSION));
    // CSM_LANGUAGE=de or fr takes the screenshots in that language.
    Csm::Translators translators;
    Csm::installTranslations(translators, qEnvironmentVariable("CSM_LANGUAGE"));
    QApplication::setOrganizationName(QStringLiteral("CSM Workspace Screenshots"));
    QSettings().clear(); // the default layout, not the one of the last run
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(".");
    QDir().mkpath(out);
    QTemporaryDir dir;

    QString error;
    auto workspace =
        Csm::Workspace::open(dir.filePath(QStringLiteral("My portfolio.csmw")), &error);
    if (!workspace) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    workspace->setAuthor(QStringLiteral("Alex Morgan"));

    {
        Csm::MainWindow empty;
        auto emptyWorkspace =
            Csm::Workspace::open(dir.filePath(QStringLiteral("empty.csmw")), &error);
        empty.setWorkspace(std::move(emptyWorkspace));
        empty.resize(1280, 800);
        empty.show();
        save(&empty, out + QStringLiteral("/empty-workspace.png"));
    }

    workspace->undoStack()->push(Csm::makeAddSamplePortfolio(workspace.get()));
    Csm::MainWindow window;
    Csm::Workspace *ws = workspace.get();
    window.setWorkspace(std::move(workspace));
    window.resize(1280, 800);
    window.show();
    const auto northwind = ws->findCustomer(QStringLiteral("Northwind Logistics"));

    // The portfolio, the home page: its customers, grouped, today's list and the metrics.
    {
        Csm::PortfolioPage *portfolio = window.portfolioPage();
        portfolio->selectCustomer(*ws->findCustomer(QStringLiteral("Brightleaf Retail")));
        save(&window, out + QStringLiteral("/portfolio-page.png"));
        portfolio->groupBy()->setCurrentIndex(2); // by phase
        save(&window, out + QStringLiteral("/portfolio-grouped.png"));
        portfolio->groupBy()->setCurrentIndex(0);
        portfolio->tabs()->setCurrentIndex(1);
        save(&window, out + QStringLiteral("/portfolio-today.png"));
        portfolio->tabs()->setCurrentIndex(2);
        save(&window, out + QStringLiteral("/portfolio-metrics.png"));
        auto *metricsScroll = portfolio->metricsView()->findChild<QScrollArea *>();
        metricsScroll->verticalScrollBar()->setValue(metricsScroll->verticalScrollBar()->maximum());
        save(&window, out + QStringLiteral("/portfolio-metrics-charts.png"));
        metricsScroll->verticalScrollBar()->setValue(0);
        {
            const Csm::PortfolioSnapshot &snapshot = portfolio->tracker()->snapshot();
            const Csm::PortfolioRow &row = snapshot.rows().at(
                snapshot.indexOf(*ws->findCustomer(QStringLiteral("Brightleaf Retail"))));
            Csm::SnoozeAlertDialog snooze(row.accountName, row.alerts.first(), snapshot.today(),
                                          &window);
            snooze.show();
            save(&snooze, out + QStringLiteral("/portfolio-snooze-dialog.png"));
            Csm::PortfolioSettingsDialog thresholds(ws, &window);
            thresholds.show();
            save(&thresholds, out + QStringLiteral("/portfolio-thresholds-dialog.png"));
        }
        // Preferences, each of its pages, and About, in the light and the dark palette.
        for (const QString &palette : {QString(), QStringLiteral("-dark")}) {
            if (!palette.isEmpty())
                Csm::Test::useDarkPalette();
            Csm::UserPreferences user;
            user.name = QStringLiteral("Alex Morgan");
            user.email = QStringLiteral("alex.morgan@example.com");
            Csm::PreferencesDialog preferences(ws, user, &window);
            preferences.show();
            for (int i = 0; i < preferences.pageList()->count(); ++i) {
                preferences.pageList()->setCurrentRow(i);
                save(&preferences,
                     out + QStringLiteral("/preferences-%1%2.png").arg(i).arg(palette));
            }
            Csm::AboutDialog about(ws->path(), &window);
            about.show();
            save(&about, out + QStringLiteral("/about%1.png").arg(palette));
        }
        QApplication::setPalette(QApplication::style()->standardPalette());
        Csm::Test::useDarkPalette();
        save(&window, out + QStringLiteral("/portfolio-metrics-dark.png"));
        portfolio->tabs()->setCurrentIndex(0);
        save(&window, out + QStringLiteral("/portfolio-page-dark.png"));
        QApplication::setPalette(QApplication::style()->standardPalette());
    }

    window.showCustomer(*northwind);
    save(&window, out + QStringLiteral("/main-window.png"));

    // Every page of the selected customer.
    for (int i = 0; i < window.pages()->count(); ++i) {
        window.pages()->setCurrentIndex(i);
        const QString name = window.pages()
                                 ->tabText(i)
                                 .toLower()
                                 .remove(QLatin1Char('&'))
                                 .replace(QLatin1Char(' '), QLatin1Char('-'));
        save(&window, out + QStringLiteral("/page-%1.png").arg(name));
    }
    window.pages()->setCurrentIndex(0);

    auto *scroll = window.handoffPage()->findChild<QScrollArea *>();
    scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum() / 2);
    save(&window, out + QStringLiteral("/handoff-middle.png"));
    scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
    save(&window, out + QStringLiteral("/handoff-bottom.png"));

    const auto quantum = ws->findCustomer(QStringLiteral("Quantum Freight"));
    window.customerList()->selectCustomer(*quantum);
    scroll->verticalScrollBar()->setValue(0);
    save(&window, out + QStringLiteral("/handoff-incomplete.png"));

    // A dark palette, as on a desktop in dark mode.
    {
        Csm::Test::useDarkPalette();
        window.customerList()->selectCustomer(
            *ws->findCustomer(QStringLiteral("Helios Health Systems")));
        save(&window, out + QStringLiteral("/main-window-dark.png"));
        scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
        save(&window, out + QStringLiteral("/handoff-bottom-dark.png"));
        QApplication::setPalette(QApplication::style()->standardPalette());
        window.customerList()->selectCustomer(*quantum);
        scroll->verticalScrollBar()->setValue(0);
    }

    // The timeline: a plan with a task selected, light and dark, and a customer without one.
    {
        window.customerList()->selectCustomer(*northwind);
        window.pages()->setCurrentWidget(window.timelinePage());
        Csm::TimelinePage *timeline = window.timelinePage();
        const QList<Csm::PlanTask> tasks = ws->records<Csm::PlanTask>(*northwind);
        for (const Csm::PlanTask &task : tasks) {
            if (task.status == Csm::TaskStatus::InProgress) {
                timeline->ganttView()->selectTask(task.id);
                break;
            }
        }
        save(&window, out + QStringLiteral("/timeline-task.png"));
        // The whole side panel at once.
        QWidget *panel = timeline->sidePanel()->widget();
        auto savePanel = [&](const QString &name) {
            const QSize size = panel->size();
            panel->resize(panel->width(), panel->sizeHint().height());
            save(panel, out + name);
            panel->resize(size);
        };
        savePanel(QStringLiteral("/timeline-side-panel.png"));
        Csm::Test::useDarkPalette();
        save(&window, out + QStringLiteral("/page-timeline-dark.png"));
        savePanel(QStringLiteral("/timeline-side-panel-dark.png"));
        // A smaller screen: the side panel still fits its column.
        window.resize(1024, 700);
        save(&window, out + QStringLiteral("/timeline-task-1024-dark.png"));
        QApplication::setPalette(QApplication::style()->standardPalette());
        save(&window, out + QStringLiteral("/timeline-task-1024.png"));
        window.resize(1280, 800);
        // Plans in trouble: a blocked set-up, a late procurement.
        for (const QString &name :
             {QStringLiteral("Brightleaf Retail"), QStringLiteral("Alpine Manufacturing")}) {
            const auto id = ws->findCustomer(name);
            if (!id)
                continue;
            window.customerList()->selectCustomer(*id);
            const QString file = name.section(QLatin1Char(' '), 0, 0).toLower();
            save(&window, out + QStringLiteral("/timeline-%1.png").arg(file));
            savePanel(QStringLiteral("/timeline-%1-side-panel.png").arg(file));
        }
        Csm::Test::useDarkPalette();
        for (const Csm::CustomerId &id : ws->customerIds()) {
            if (ws->records<Csm::Workstream>(id).isEmpty()) {
                window.customerList()->selectCustomer(id);
                save(&window, out + QStringLiteral("/timeline-empty-dark.png"));
                QApplication::setPalette(QApplication::style()->standardPalette());
                save(&window, out + QStringLiteral("/timeline-empty.png"));
                break;
            }
        }
        QApplication::setPalette(QApplication::style()->standardPalette());
        window.pages()->setCurrentIndex(0);
        window.customerList()->selectCustomer(*quantum);
    }

    // The Adoption page of a customer ramping up, one stalled, and one graduated, light and
    // dark.
    for (int i = 0; i < window.pages()->count(); ++i) {
        if (window.pages()->tabText(i).remove(QLatin1Char('&')) != QLatin1String("Adoption"))
            continue;
        window.pages()->setCurrentIndex(i);
        for (const QString &name :
             {QStringLiteral("Alpine Manufacturing"), QStringLiteral("Brightleaf Retail"),
              QStringLiteral("Maple & Finch Legal")}) {
            const auto id = ws->findCustomer(name);
            if (!id)
                continue;
            window.customerList()->selectCustomer(*id);
            const QString file = name.section(QLatin1Char(' '), 0, 0).toLower();
            save(&window, out + QStringLiteral("/adoption-%1.png").arg(file));
            Csm::Test::useDarkPalette();
            save(&window, out + QStringLiteral("/adoption-%1-dark.png").arg(file));
            QApplication::setPalette(QApplication::style()->standardPalette());
        }
        window.pages()->setCurrentIndex(0);
        window.customerList()->selectCustomer(*northwind);
    }

    // The value review, expansion and graduation pages of a graduated customer and of one
    // mid-onboarding, light and dark.
    for (int i = 0; i < window.pages()->count(); ++i) {
        const QString tab = window.pages()->tabText(i).remove(QLatin1Char('&'));
        if (tab != QLatin1String("Value review") && tab != QLatin1String("Expansion") &&
            tab != QLatin1String("Graduation"))
            continue;
        window.pages()->setCurrentIndex(i);
        for (const QString &name :
             {QStringLiteral("Maple & Finch Legal"), QStringLiteral("Alpine Manufacturing")}) {
            const auto id = ws->findCustomer(name);
            if (!id)
                continue;
            window.customerList()->selectCustomer(*id);
            QApplication::processEvents();
            const QString file = tab.toLower().replace(QLatin1Char(' '), QLatin1Char('-')) +
                                 QLatin1Char('-') + name.section(QLatin1Char(' '), 0, 0).toLower();
            save(&window, out + QStringLiteral("/%1.png").arg(file));
            Csm::Test::useDarkPalette();
            save(&window, out + QStringLiteral("/%1-dark.png").arg(file));
            QApplication::setPalette(QApplication::style()->standardPalette());
            // The end of the page: the value delivered table, the survey.
            if (auto *pageScroll = window.pages()->currentWidget()->findChild<QScrollArea *>()) {
                pageScroll->verticalScrollBar()->setValue(
                    pageScroll->verticalScrollBar()->maximum());
                save(&window, out + QStringLiteral("/%1-bottom.png").arg(file));
                pageScroll->verticalScrollBar()->setValue(0);
            }
        }
    }
    window.pages()->setCurrentIndex(0);

    // Sharing Northwind Logistics, and taking back a colleague's edited file with conflicts.
    {
        const auto alpine = ws->findCustomer(QStringLiteral("Alpine Manufacturing"));
        Csm::ShareDialog share(ws, alpine ? *alpine : *northwind, &window);
        share.show();
        save(&share, out + QStringLiteral("/share-dialog.png"));
        share.protectCheck()->setChecked(true);
        save(&share, out + QStringLiteral("/share-dialog-passphrase.png"));

        auto colleague = Csm::Workspace::open(dir.filePath(QStringLiteral("sam.csmw")), &error);
        colleague->setAuthor(QStringLiteral("Sam Rivera"));
        Csm::ShareOptions options;
        options.strength = Csm::ShareCrypto::Strength::Minimal;
        const QString first = dir.filePath(QStringLiteral("northwind.onboarding"));
        Csm::writeSharedFile(*ws, *northwind, first, options);
        {
            auto taken = Csm::SharedFile::open(first, {}, &error);
            Csm::takeBack(*colleague, *taken, Csm::planTakeBack(*colleague, *taken), {});
        }
        using Csm::CustomerField;
        const auto change = [](Csm::Workspace *w, const Csm::CustomerId &id, CustomerField f,
                               const QString &value) {
            w->undoStack()->push(new Csm::ChangeCustomerField(w, id, f, value));
        };
        change(ws, *northwind, CustomerField::StatusReason,
               QStringLiteral("Waiting for the SSO certificate"));
        change(colleague.get(), *northwind, CustomerField::StatusReason,
               QStringLiteral("IT admin back from leave, SSO this week"));
        change(colleague.get(), *northwind, CustomerField::CheckInCadence,
               QStringLiteral("Twice a week until go-live"));
        change(ws, *northwind, CustomerField::Products, QStringLiteral("Enterprise, 150 seats"));
        change(colleague.get(), *northwind, CustomerField::Products,
               QStringLiteral("Enterprise, 180 seats"));
        const QList<Csm::Risk> risks = colleague->records<Csm::Risk>(*northwind);
        if (!risks.isEmpty())
            colleague->undoStack()->push(new Csm::ChangeRecordField<Csm::Risk>(
                colleague.get(), risks.first().id, Csm::RiskField::Mitigation,
                QStringLiteral("Weekly call with their IT lead")));
        const QString back = dir.filePath(QStringLiteral("northwind-sam.onboarding"));
        Csm::writeSharedFile(*colleague, *northwind, back, options);
        auto returned = Csm::SharedFile::open(back, {}, &error);
        Csm::TakeBackDialog takeBack(ws, returned.get(), Csm::planTakeBack(*ws, *returned),
                                     &window);
        takeBack.show();
        save(&takeBack, out + QStringLiteral("/take-back-dialog.png"));
        Csm::Test::useDarkPalette();
        save(&takeBack, out + QStringLiteral("/take-back-dialog-dark.png"));
        QApplication::setPalette(QApplication::style()->standardPalette());
    }

    // The whole form at once, taller than any screen.
    QWidget *content = scroll->widget();
    content->resize(content->width(), content->sizeHint().height());
    save(content, out + QStringLiteral("/handoff-full-form.png"));
    return 0;
}
