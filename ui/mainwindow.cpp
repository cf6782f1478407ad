#include "mainwindow.h"

#include "commands/addcustomer.h"
#include "commands/removecustomer.h"
#include "dialogs/aboutdialog.h"
#include "dialogs/importwizard/importwizard.h"
#include "dialogs/newcustomerdialog.h"
#include "dialogs/preferencesdialog.h"
#include "interchange/onboardingfilejson.h"
#include "sample/sampleportfolio.h"
#include "sharing/sharefile.h"
#include "sharing/sharingcontroller.h"
#include "views/adoption/adoptionpage.h"
#include "views/customerlist/customerlistpanel.h"
#include "views/expansion/expansionpage.h"
#include "views/graduation/graduationpage.h"
#include "views/handoff/handoffpage.h"
#include "views/kickoff/kickoffpage.h"
#include "views/logs/logspage.h"
#include "views/portfolio/portfoliopage.h"
#include "views/successplan/successplanpage.h"
#include "views/timeline/timelinepage.h"
#include "views/valuereview/valuereviewpage.h"
#include "workspace/applicationidentity.h"
#include "workspace/userpreferences.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QUndoGroup>
#include <QVBoxLayout>

namespace Csm {

namespace {
constexpr int MaxRecent = 8;
const char *const RecentKey = "recentWorkspaces";
const char *const PageKey = "mainwindow/page";
const char *const ViewKey = "mainwindow/view";

// The customer's pages in tab order, by the key that remembers the one shown last.
const char *const PageKeys[] = {"handoff",     "kickoff",   "successPlan", "timeline", "adoption",
                                "valueReview", "expansion", "graduation",  "logs"};
// Before the key, the page was remembered by its place among these.
const char *const OldPageOrder[] = {"handoff", "kickoff", "successPlan", "logs"};
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_undoGroup(new QUndoGroup(this))
{
    setWindowTitle(tr("CSM Workspace"));
    setAcceptDrops(true);
    m_sharing = new SharingController(this);
    connect(m_sharing, &SharingController::customerTakenBack, this, [this](const CustomerId &id) {
        if (m_workspace && m_workspace->customer(id))
            showCustomer(id);
    });
    createActions();
    createMenus();
    m_workspaceLabel = new QLabel;
    statusBar()->addPermanentWidget(m_workspaceLabel);
    restoreLayout();
    updateActions();
}

MainWindow::~MainWindow()
{
    // Views hold the workspace's signals; take them down before the workspace goes.
    delete m_splitter;
    m_splitter = nullptr;
}

void MainWindow::createActions()
{
    m_newWorkspace = new QAction(tr("New &workspace…"), this);
    m_newWorkspace->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+N")));
    connect(m_newWorkspace, &QAction::triggered, this, &MainWindow::chooseWorkspaceToCreate);

    m_openWorkspace = new QAction(tr("&Open workspace…"), this);
    m_openWorkspace->setShortcut(QKeySequence::Open);
    connect(m_openWorkspace, &QAction::triggered, this, &MainWindow::chooseWorkspaceToOpen);

    m_import = new QAction(tr("&Import customer file…"), this);
    m_import->setShortcut(QKeySequence(QStringLiteral("Ctrl+I")));
    m_import->setToolTip(tr("Add a customer from an onboarding file a colleague shared"));
    connect(m_import, &QAction::triggered, this, &MainWindow::chooseImportFile);

    m_export = new QAction(tr("&Export customer file…"), this);
    m_export->setShortcut(QKeySequence(QStringLiteral("Ctrl+E")));
    m_export->setToolTip(tr("Save the selected customer's onboarding file to share it"));
    connect(m_export, &QAction::triggered, this, &MainWindow::chooseExportFile);

    m_share = new QAction(tr("S&hare customer…"), this);
    m_share->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+S")));
    m_share->setToolTip(tr("Write the selected customer as a shared file to send by e-mail or "
                           "save to a shared folder"));
    connect(m_share, &QAction::triggered, this, [this] {
        if (m_customerList)
            m_sharing->shareCustomer(m_customerList->currentCustomer());
    });

    m_takeBack = new QAction(tr("&Take back shared file…"), this);
    m_takeBack->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+O")));
    m_takeBack->setToolTip(tr("Add or merge a customer's shared file a colleague sent back"));
    connect(m_takeBack, &QAction::triggered, this, [this] { m_sharing->chooseSharedFile(); });

    m_importUsage = new QAction(tr("Import &usage data…"), this);
    m_importUsage->setToolTip(tr("Import the selected customer's usage events, user roster or "
                                 "training completions"));
    connect(m_importUsage, &QAction::triggered, this, &MainWindow::importUsageData);

    m_sample = new QAction(tr("Add &sample portfolio"), this);
    connect(m_sample, &QAction::triggered, this, &MainWindow::addSamplePortfolio);

    m_quit = new QAction(tr("&Quit"), this);
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);

    m_undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    m_redo->setShortcuts({QKeySequence::Redo, QKeySequence(QStringLiteral("Ctrl+Y"))});

    m_newCustomer = new QAction(tr("&New customer…"), this);
    m_newCustomer->setShortcut(QKeySequence::New);
    connect(m_newCustomer, &QAction::triggered, this, &MainWindow::newCustomer);

    m_deleteCustomer = new QAction(tr("&Delete customer"), this);
    m_deleteCustomer->setShortcut(QKeySequence(QStringLiteral("Ctrl+Del")));
    connect(m_deleteCustomer, &QAction::triggered, this, &MainWindow::deleteCurrentCustomer);

    m_find = new QAction(tr("&Find customer"), this);
    m_find->setShortcut(QKeySequence::Find);
    connect(m_find, &QAction::triggered, this, [this] {
        if (m_customerList)
            m_customerList->focusSearch();
    });

    m_showPortfolio = new QAction(tr("&Portfolio"), this);
    m_showPortfolio->setShortcut(QKeySequence(QStringLiteral("Ctrl+0")));
    m_showPortfolio->setCheckable(true);
    m_showPortfolio->setToolTip(tr("Every customer's health, alerts and what needs doing today"));
    connect(m_showPortfolio, &QAction::triggered, this, [this](bool checked) {
        if (checked)
            showPortfolio();
        else
            showCustomerPages();
    });

    m_preferences = new QAction(tr("&Preferences…"), this);
    m_preferences->setShortcut(QKeySequence(QStringLiteral("Ctrl+,")));
    m_preferences->setMenuRole(QAction::PreferencesRole);
    connect(m_preferences, &QAction::triggered, this, &MainWindow::editPreferences);

    m_about = new QAction(tr("&About CSM Workspace"), this);
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_about, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newWorkspace);
    file->addAction(m_openWorkspace);
    m_recentMenu = file->addMenu(tr("Open &recent"));
    file->addSeparator();
    file->addAction(m_import);
    file->addAction(m_export);
    file->addSeparator();
    file->addAction(m_share);
    file->addAction(m_takeBack);
    file->addSeparator();
    file->addAction(m_importUsage);
    file->addSeparator();
    file->addAction(m_sample);
    file->addSeparator();
    file->addAction(m_quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undo);
    edit->addAction(m_redo);
    edit->addSeparator();
    edit->addAction(m_newCustomer);
    edit->addAction(m_deleteCustomer);
    edit->addSeparator();
    edit->addAction(m_find);
    edit->addSeparator();
    edit->addAction(m_preferences);

    // The customer's pages, in tab order, on Ctrl+1 and on.
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_showPortfolio);
    view->addSeparator();
    const QStringList pageNames{tr("&Handoff"),   tr("&Kickoff"),    tr("&Success plan"),
                                tr("&Timeline"),  tr("&Adoption"),   tr("&Value review"),
                                tr("E&xpansion"), tr("&Graduation"), tr("&Logs")};
    for (int i = 0; i < pageNames.size(); ++i) {
        QAction *action = view->addAction(pageNames.at(i));
        action->setShortcut(QKeySequence(QStringLiteral("Ctrl+%1").arg(i + 1)));
        connect(action, &QAction::triggered, this, [this, i] {
            if (!m_pages)
                return;
            m_pages->setCurrentIndex(i);
            showCustomerPages();
        });
        m_pageActions.append(action);
    }
    view->addSeparator();
    view->addAction(m_find);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_about);

    QToolBar *toolbar = addToolBar(tr("Main toolbar"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addAction(m_showPortfolio);
    toolbar->addSeparator();
    toolbar->addAction(m_newCustomer);
    toolbar->addAction(m_deleteCustomer);
    toolbar->addSeparator();
    toolbar->addAction(m_undo);
    toolbar->addAction(m_redo);
    toolbar->addSeparator();
    toolbar->addAction(m_import);
    toolbar->addAction(m_export);
    updateRecentMenu();
}

void MainWindow::setWorkspace(std::unique_ptr<Workspace> workspace)
{
    if (m_workspace)
        m_undoGroup->removeStack(m_workspace->undoStack());
    delete m_splitter;
    m_splitter = nullptr;
    m_customerList = nullptr;
    m_handoffPage = nullptr;
    m_kickoffPage = nullptr;
    m_successPlanPage = nullptr;
    m_timelinePage = nullptr;
    m_adoptionPage = nullptr;
    m_logsPage = nullptr;
    m_portfolioPage = nullptr;
    m_workspace = std::move(workspace);
    m_sharing->setWorkspace(m_workspace.get());
    if (!m_workspace) {
        updateActions();
        return;
    }
    m_undoGroup->addStack(m_workspace->undoStack());
    m_undoGroup->setActiveStack(m_workspace->undoStack());
    connect(m_workspace.get(), &Workspace::storageFailed, this, [this](const QString &message) {
        QMessageBox::critical(this, tr("Change not saved"), message);
    });
    buildWorkspaceView();
    rememberRecent(m_workspace->path());
    const QFileInfo info(m_workspace->path());
    setWindowTitle(tr("%1 — CSM Workspace").arg(info.completeBaseName()));
    m_workspaceLabel->setText(tr("Workspace: %1").arg(info.fileName()));
    m_workspaceLabel->setToolTip(QDir::toNativeSeparators(info.absoluteFilePath()));
    updateActions();
}

void MainWindow::buildWorkspaceView()
{
    Workspace *workspace = m_workspace.get();
    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->setObjectName(QStringLiteral("workspaceSplitter"));
    m_customerList = new CustomerListPanel(workspace);
    m_customerList->setMinimumWidth(240);

    m_stack = new QStackedWidget;
    m_emptyState = new QWidget;
    {
        auto *layout = new QVBoxLayout(m_emptyState);
        layout->addStretch();
        auto *title = new QLabel(tr("Your workspace is empty"));
        QFont font = title->font();
        font.setPointSizeF(font.pointSizeF() * 1.6);
        font.setBold(true);
        title->setFont(font);
        title->setAlignment(Qt::AlignCenter);
        auto *text = new QLabel(tr("Add the customer whose contract was just signed, import an "
                                   "onboarding file a colleague shared, or explore a sample "
                                   "portfolio to see how CSM Workspace works."));
        text->setWordWrap(true);
        text->setAlignment(Qt::AlignCenter);
        text->setFixedWidth(460);
        text->setMinimumHeight(text->heightForWidth(460));
        auto *buttons = new QHBoxLayout;
        auto *add = new QPushButton(tr("New customer…"));
        auto *import = new QPushButton(tr("Import customer file…"));
        auto *sample = new QPushButton(tr("Add sample portfolio"));
        add->setDefault(true);
        buttons->addStretch();
        buttons->addWidget(add);
        buttons->addWidget(import);
        buttons->addWidget(sample);
        buttons->addStretch();
        layout->addWidget(title);
        layout->addWidget(text, 0, Qt::AlignHCenter);
        layout->addSpacing(12);
        layout->addLayout(buttons);
        layout->addStretch();
        connect(add, &QPushButton::clicked, this, &MainWindow::newCustomer);
        connect(import, &QPushButton::clicked, this, &MainWindow::chooseImportFile);
        connect(sample, &QPushButton::clicked, this, &MainWindow::addSamplePortfolio);
    }
    m_pages = new QTabWidget;
    m_pages->setDocumentMode(true);
    m_handoffPage = new HandoffPage(workspace);
    m_pages->addTab(m_handoffPage, tr("Handoff"));
    m_kickoffPage = new KickoffPage(workspace);
    m_pages->addTab(m_kickoffPage, tr("Kickoff"));
    m_successPlanPage = new SuccessPlanPage(workspace);
    m_pages->addTab(m_successPlanPage, tr("Success plan"));
    m_timelinePage = new TimelinePage(workspace);
    m_pages->addTab(m_timelinePage, tr("Timeline"));
    m_adoptionPage = new AdoptionPage(workspace);
    m_pages->addTab(m_adoptionPage, tr("Adoption"));
    m_valueReviewPage = new ValueReviewPage(workspace);
    m_pages->addTab(m_valueReviewPage, tr("Value review"));
    m_expansionPage = new ExpansionPage(workspace);
    m_pages->addTab(m_expansionPage, tr("Expansion"));
    m_graduationPage = new GraduationPage(workspace);
    m_pages->addTab(m_graduationPage, tr("Graduation"));
    m_logsPage = new LogsPage(workspace);
    m_pages->addTab(m_logsPage, tr("Logs"));
    m_portfolioPage = new PortfolioPage(workspace);
    m_stack->addWidget(m_emptyState);
    m_stack->addWidget(m_pages);
    m_stack->addWidget(m_portfolioPage);
    restorePage();
    connect(m_portfolioPage, &PortfolioPage::customerRequested, this,
            [this](const CustomerId &id, const QString &page, const QUuid &record) {
                showCustomer(id, page, record);
            });
    // One current customer for both views: Delete, Export and the pages act on it.
    connect(m_portfolioPage, &PortfolioPage::currentCustomerChanged, this,
            [this](const CustomerId &id) { m_customerList->selectCustomer(id); });
    connect(m_timelinePage, &TimelinePage::messagePosted, this,
            [this](const QString &message) { statusBar()->showMessage(message, 6000); });
    connect(m_adoptionPage, &AdoptionPage::messagePosted, this,
            [this](const QString &message) { statusBar()->showMessage(message, 6000); });
    connect(m_adoptionPage, &AdoptionPage::importRequested, this, &MainWindow::importUsageData);
    connect(m_valueReviewPage, &ValueReviewPage::messagePosted, this,
            [this](const QString &message) { statusBar()->showMessage(message, 6000); });

    m_splitter->addWidget(m_customerList);
    m_splitter->addWidget(m_stack);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({300, 980});
    setCentralWidget(m_splitter);
    const QByteArray splitterState =
        QSettings().value(QStringLiteral("mainwindow/splitter")).toByteArray();
    if (!splitterState.isEmpty())
        m_splitter->restoreState(splitterState);

    connect(m_customerList, &CustomerListPanel::currentCustomerChanged, this,
            &MainWindow::showCurrentCustomer);
    connect(workspace, &Workspace::customerAdded, this, [this](const CustomerId &id) {
        m_customerList->selectCustomer(id);
        // A customer just made or imported is edited next.
        showCustomerPages();
    });
    connect(workspace, &Workspace::customerRemoved, this, [this] {
        // Selection moves to a neighbour; when none is left the empty state shows.
        showCurrentCustomer();
    });

    if (workspace->customerCount() > 0) {
        const QString last =
            QSettings().value(QStringLiteral("lastCustomer/") + workspace->path()).toString();
        const CustomerId lastId = CustomerId::fromString(last);
        if (workspace->customer(lastId))
            m_customerList->selectCustomer(lastId);
        if (m_customerList->currentCustomer().isNull())
            m_customerList->view()->setCurrentIndex(m_customerList->view()->model()->index(0, 0));
    }
    // The portfolio is the home page, unless the customer's pages were shown last.
    if (QSettings().value(QLatin1String(ViewKey)).toString() == QLatin1String("customer") ||
        workspace->customerCount() == 0)
        showCustomerPages();
    else
        showPortfolio();
}

void MainWindow::showCurrentCustomer()
{
    if (!m_workspace || !m_customerList)
        return;
    CustomerId id = m_customerList->currentCustomer();
    if (id.isNull() && m_workspace->customerCount() > 0) {
        const QModelIndex first = m_customerList->view()->model()->index(0, 0);
        if (first.isValid()) {
            m_customerList->view()->setCurrentIndex(first);
            return; // currentCustomerChanged brings us back here
        }
    }
    if (m_workspace->customerCount() == 0) {
        m_stack->setCurrentWidget(m_emptyState);
        m_customerList->show();
    } else {
        if (m_stack->currentWidget() != m_portfolioPage)
            m_stack->setCurrentWidget(m_pages);
        m_handoffPage->setCustomer(id);
        m_kickoffPage->setCustomer(id);
        m_successPlanPage->setCustomer(id);
        m_timelinePage->setCustomer(id);
        m_adoptionPage->setCustomer(id);
        m_valueReviewPage->setCustomer(id);
        m_expansionPage->setCustomer(id);
        m_graduationPage->setCustomer(id);
        m_logsPage->setCustomer(id);
    }
    updateActions();
}

void MainWindow::showPortfolio()
{
    if (!m_workspace || !m_portfolioPage)
        return;
    if (m_workspace->customerCount() == 0) {
        showCustomerPages();
        return;
    }
    m_stack->setCurrentWidget(m_portfolioPage);
    // The table lists every customer: the side list would repeat it.
    m_customerList->hide();
    m_portfolioPage->selectCustomer(m_customerList->currentCustomer());
    m_portfolioPage->table()->setFocus();
    updateActions();
}

bool MainWindow::isPortfolioShown() const
{
    return m_stack && m_portfolioPage && m_stack->currentWidget() == m_portfolioPage;
}

void MainWindow::showCustomerPages()
{
    if (!m_workspace || !m_stack)
        return;
    m_customerList->show();
    m_stack->setCurrentWidget(m_workspace->customerCount() == 0 ? m_emptyState : m_pages);
    showCurrentCustomer();
}

void MainWindow::showCustomer(const CustomerId &customer, const QString &page, const QUuid &record)
{
    if (!m_workspace || !m_workspace->customer(customer))
        return;
    m_customerList->selectCustomer(customer);
    for (int i = 0; i < int(std::size(PageKeys)); ++i) {
        if (page == QLatin1String(PageKeys[i]))
            m_pages->setCurrentIndex(i);
    }
    showCustomerPages();
    if (!record.isNull()) {
        if (m_pages->currentWidget() == m_timelinePage)
            m_timelinePage->showRecord(record);
        else if (m_pages->currentWidget() == m_logsPage)
            m_logsPage->showRecord(record);
    }
    m_pages->currentWidget()->setFocus();
}

void MainWindow::updateActions()
{
    const bool hasWorkspace = m_workspace != nullptr;
    const bool hasCustomer =
        hasWorkspace && m_customerList && !m_customerList->currentCustomer().isNull();
    m_newCustomer->setEnabled(hasWorkspace);
    m_import->setEnabled(hasWorkspace);
    m_sample->setEnabled(hasWorkspace);
    m_find->setEnabled(hasWorkspace);
    m_deleteCustomer->setEnabled(hasCustomer);
    m_showPortfolio->setEnabled(hasWorkspace && m_workspace->customerCount() > 0);
    m_showPortfolio->setChecked(isPortfolioShown());
    for (QAction *action : std::as_const(m_pageActions))
        action->setEnabled(hasCustomer);
    m_export->setEnabled(hasCustomer);
    m_importUsage->setEnabled(hasCustomer);
    m_share->setEnabled(hasCustomer);
    m_takeBack->setEnabled(hasWorkspace);
}

bool MainWindow::openWorkspace(const QString &path)
{
    QString error;
    std::unique_ptr<Workspace> workspace =
        Workspace::open(path, &error, nullptr, UsagePrefetch::AllRollups);
    if (!workspace) {
        QMessageBox::warning(this, tr("Cannot open workspace"), error);
        return false;
    }
    setWorkspaceUser(*workspace);
    setWorkspace(std::move(workspace));
    return true;
}

void MainWindow::chooseWorkspaceToOpen()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open workspace"),
        QFileInfo(m_workspace ? m_workspace->path() : QString()).absolutePath(),
        tr("CSM workspaces (*.csmw);;All files (*)"));
    if (!path.isEmpty())
        openWorkspace(path);
}

void MainWindow::chooseWorkspaceToCreate()
{
    QString path = QFileDialog::getSaveFileName(
        this, tr("New workspace"),
        QFileInfo(m_workspace ? m_workspace->path() : QString()).absolutePath(),
        tr("CSM workspaces (*.csmw)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".csmw");
    if (QFileInfo::exists(path)) {
        // The dialog confirmed replacing it; move the old file aside rather than lose it.
        const QString aside = path + QStringLiteral(".replaced");
        QFile::remove(aside);
        if (!QFile::rename(path, aside)) {
            QMessageBox::warning(
                this, tr("Cannot create workspace"),
                tr("\"%1\" is in use and cannot be replaced.").arg(QDir::toNativeSeparators(path)));
            return;
        }
    }
    openWorkspace(path);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QLatin1String(RecentKey)).toStringList();
    for (const QString &path : recent) {
        QAction *action = m_recentMenu->addAction(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { openWorkspace(path); });
    }
    if (!recent.isEmpty()) {
        m_recentMenu->addSeparator();
        QAction *clear = m_recentMenu->addAction(tr("Clear list"));
        connect(clear, &QAction::triggered, this, [this] {
            QSettings().remove(QLatin1String(RecentKey));
            updateRecentMenu();
        });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::rememberRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(QLatin1String(RecentKey)).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > MaxRecent)
        recent.removeLast();
    settings.setValue(QLatin1String(RecentKey), recent);
    updateRecentMenu();
}

void MainWindow::newCustomer()
{
    if (!m_workspace)
        return;
    NewCustomerDialog dialog(m_workspace.get(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_workspace->undoStack()->push(new AddCustomer(m_workspace.get(), dialog.onboardingFile()));
    if (m_handoffPage)
        m_handoffPage->editor(CustomerField::PrimaryUseCase)->setFocus();
}

void MainWindow::deleteCurrentCustomer()
{
    if (!m_workspace || !m_customerList)
        return;
    const CustomerId id = m_customerList->currentCustomer();
    const Customer *customer = m_workspace->customer(id);
    if (!customer)
        return;
    const QString name = customer->accountName;
    m_workspace->undoStack()->push(new RemoveCustomer(m_workspace.get(), id));
    statusBar()->showMessage(tr("Deleted %1. Undo brings it back.").arg(name), 8000);
}

void MainWindow::addSamplePortfolio()
{
    if (!m_workspace)
        return;
    QUndoCommand *command = makeAddSamplePortfolio(m_workspace.get());
    if (!command) {
        statusBar()->showMessage(tr("The sample customers are already in this workspace."), 6000);
        return;
    }
    const int count = command->childCount();
    m_workspace->undoStack()->push(command);
    statusBar()->showMessage(tr("Added %n sample customer(s).", nullptr, count), 6000);
}

void MainWindow::chooseImportFile()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import customer file"), QString(),
                                     tr("Onboarding files (*.json);;All files (*)"));
    if (!path.isEmpty())
        importCustomerFile(path);
}

bool MainWindow::importCustomerFile(const QString &path)
{
    if (!m_workspace)
        return false;
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, tr("Cannot import"), tr("%1: %2").arg(name, file.errorString()));
        return false;
    }
    QString error;
    const std::optional<OnboardingFile> onboarding = onboardingFileFromJson(file.readAll(), &error);
    if (!onboarding) {
        QMessageBox::warning(this, tr("Cannot import"), tr("%1: %2").arg(name, error));
        return false;
    }
    const QString conflict = m_workspace->insertConflict(*onboarding);
    if (!conflict.isEmpty()) {
        QMessageBox::information(
            this, tr("Already in the workspace"),
            tr("%1: %2.\n\nTaking back an edited file will merge it; until then, delete the "
               "customer first to replace it.")
                .arg(name, conflict));
        return false;
    }
    m_workspace->undoStack()->push(new AddCustomer(m_workspace.get(), *onboarding));
    statusBar()->showMessage(tr("Imported %1.").arg(onboarding->customer.accountName), 6000);
    return true;
}

bool MainWindow::openFile(const QString &path)
{
    if (!m_workspace)
        return false;
    if (path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        return importCustomerFile(path);
    return m_sharing->openSharedFile(path);
}

namespace {

// The local files of a drag that the window can take: shared and JSON onboarding files.
QStringList droppableFiles(const QMimeData *data)
{
    QStringList files;
    if (!data || !data->hasUrls())
        return files;
    for (const QUrl &url : data->urls()) {
        const QString path = url.toLocalFile();
        if (path.endsWith(QLatin1Char('.') + QLatin1String(SharedFileSuffix),
                          Qt::CaseInsensitive) ||
            path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
            files.append(path);
    }
    return files;
}

} // namespace

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_workspace && !droppableFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList files = droppableFiles(event->mimeData());
    if (files.isEmpty())
        return;
    event->acceptProposedAction();
    // Dialogs after the drop has finished, not inside the drag's event loop.
    QTimer::singleShot(0, this, [this, files] {
        for (const QString &path : files)
            openFile(path);
    });
}

void MainWindow::chooseExportFile()
{
    if (!m_workspace || !m_customerList)
        return;
    const Customer *customer = m_workspace->customer(m_customerList->currentCustomer());
    if (!customer)
        return;
    QString suggested = customer->accountName;
    suggested.replace(QRegularExpression(QStringLiteral(R"([^\w\-]+)")), QStringLiteral("-"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export customer file"),
                                                      suggested + QStringLiteral(".json"),
                                                      tr("Onboarding files (*.json)"));
    if (!path.isEmpty())
        exportCustomerFile(path);
}

bool MainWindow::exportCustomerFile(const QString &path)
{
    if (!m_workspace || !m_customerList)
        return false;
    const CustomerId id = m_customerList->currentCustomer();
    if (!m_workspace->customer(id))
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(onboardingFileToJson(m_workspace->onboardingFile(id))) < 0 || !file.commit()) {
        QMessageBox::warning(this, tr("Cannot export"),
                             tr("%1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    statusBar()->showMessage(tr("Saved %1.").arg(QDir::toNativeSeparators(path)), 6000);
    return true;
}

void MainWindow::importUsageData()
{
    if (!m_workspace || !m_customerList)
        return;
    const CustomerId id = m_customerList->currentCustomer();
    if (!m_workspace->customer(id))
        return;
    auto *wizard = new ImportWizard(m_workspace.get(), id, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->open();
}

void MainWindow::editPreferences()
{
    QSettings settings;
    const UserPreferences before = UserPreferences::load(settings);
    PreferencesDialog dialog(m_workspace.get(), before, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const UserPreferences after = dialog.preferences();
    after.save(settings);
    if (m_workspace) {
        setWorkspaceUser(*m_workspace);
        dialog.applyWorkspaceChanges();
    }
    if (after.language != before.language) {
        QMessageBox::information(this, tr("Language"),
                                 tr("CSM Workspace speaks the new language the next time it "
                                    "starts."));
    }
}

void MainWindow::showAbout()
{
    AboutDialog dialog(m_workspace ? m_workspace->path() : QString(), this);
    dialog.exec();
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainwindow/geometry")).toByteArray()))
        resize(1280, 820);
    restoreState(settings.value(QStringLiteral("mainwindow/state")).toByteArray());
}

void MainWindow::restorePage()
{
    const QVariant saved = QSettings().value(QLatin1String(PageKey));
    QString key = saved.toString();
    // Remembered by its place before pages were remembered by name.
    bool isNumber = false;
    const int oldIndex = key.toInt(&isNumber);
    if (isNumber)
        key = oldIndex >= 0 && oldIndex < int(std::size(OldPageOrder))
                  ? QLatin1String(OldPageOrder[oldIndex])
                  : QString();
    for (int i = 0; i < int(std::size(PageKeys)); ++i) {
        if (key == QLatin1String(PageKeys[i]))
            m_pages->setCurrentIndex(i);
    }
}

void MainWindow::saveLayout()
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainwindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainwindow/state"), saveState());
    if (m_splitter)
        settings.setValue(QStringLiteral("mainwindow/splitter"), m_splitter->saveState());
    const int page = m_pages ? m_pages->currentIndex() : -1;
    if (page >= 0 && page < int(std::size(PageKeys)))
        settings.setValue(QLatin1String(PageKey), QLatin1String(PageKeys[page]));
    if (m_workspace && m_stack)
        settings.setValue(QLatin1String(ViewKey), isPortfolioShown() ? QStringLiteral("portfolio")
                                                                     : QStringLiteral("customer"));
    if (m_workspace && m_customerList)
        settings.setValue(QStringLiteral("lastCustomer/") + m_workspace->path(),
                          m_customerList->currentCustomer().toString());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Edits are already on disk; a table cell still being edited is committed now.
    if (m_handoffPage)
        m_handoffPage->commitPendingEdits();
    if (m_kickoffPage)
        m_kickoffPage->commitPendingEdits();
    if (m_successPlanPage)
        m_successPlanPage->commitPendingEdits();
    if (m_timelinePage)
        m_timelinePage->commitPendingEdits();
    if (m_adoptionPage)
        m_adoptionPage->commitPendingEdits();
    if (m_valueReviewPage)
        m_valueReviewPage->commitPendingEdits();
    if (m_graduationPage)
        m_graduationPage->commitPendingEdits();
    saveLayout();
    event->accept();
}

} // namespace Csm
