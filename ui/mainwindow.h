// The application window: customer list on the side, the selected customer's pages on the
// right, menus, toolbar, undo/redo and recent workspaces.
#pragma once

#include "domain/id.h"

#include <QUuid>

#include <QMainWindow>

#include <memory>

class QAction;
class QDragEnterEvent;
class QDropEvent;
class QLabel;
class QMenu;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QUndoGroup;

namespace Csm {

class AdoptionPage;
class CustomerListPanel;
class ExpansionPage;
class GraduationPage;
class HandoffPage;
class KickoffPage;
class LogsPage;
class PortfolioPage;
class SharingController;
class SuccessPlanPage;
class TimelinePage;
class ValueReviewPage;
class Workspace;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Takes over an open workspace and shows it.
    void setWorkspace(std::unique_ptr<Workspace> workspace);
    Workspace *workspace() const { return m_workspace.get(); }

    // Opens the file at `path` as the current workspace; shows a message on failure.
    bool openWorkspace(const QString &path);

    CustomerListPanel *customerList() const { return m_customerList; }
    HandoffPage *handoffPage() const { return m_handoffPage; }
    KickoffPage *kickoffPage() const { return m_kickoffPage; }
    SuccessPlanPage *successPlanPage() const { return m_successPlanPage; }
    TimelinePage *timelinePage() const { return m_timelinePage; }
    AdoptionPage *adoptionPage() const { return m_adoptionPage; }
    ValueReviewPage *valueReviewPage() const { return m_valueReviewPage; }
    ExpansionPage *expansionPage() const { return m_expansionPage; }
    GraduationPage *graduationPage() const { return m_graduationPage; }
    LogsPage *logsPage() const { return m_logsPage; }
    PortfolioPage *portfolioPage() const { return m_portfolioPage; }
    QAction *portfolioAction() const { return m_showPortfolio; }
    QTabWidget *pages() const { return m_pages; }
    QStackedWidget *centralStack() const { return m_stack; }
    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    QAction *importUsageAction() const { return m_importUsage; }
    QAction *shareAction() const { return m_share; }
    QAction *takeBackAction() const { return m_takeBack; }
    SharingController *sharing() const { return m_sharing; }

    void newCustomer();
    void deleteCurrentCustomer();
    void addSamplePortfolio();
    bool importCustomerFile(const QString &path);
    bool exportCustomerFile(const QString &path);
    // Opens a file given on the command line, dropped or double-clicked: a shared onboarding
    // file is taken back, a JSON onboarding file imported.
    bool openFile(const QString &path);
    // Opens the import wizard for the selected customer's usage data.
    void importUsageData();

    // The portfolio across all customers, the home page (Ctrl+0).
    void showPortfolio();
    bool isPortfolioShown() const;
    // The customer's pages: `page` is a page key ("timeline"; empty keeps the current tab) and
    // `record` the record to select there, when the page can.
    void showCustomer(const CustomerId &customer, const QString &page = {},
                      const QUuid &record = {});

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    void buildWorkspaceView();
    void showCurrentCustomer();
    void showCustomerPages();
    void updateActions();
    void updateRecentMenu();
    void rememberRecent(const QString &path);
    void chooseWorkspaceToOpen();
    void chooseWorkspaceToCreate();
    void chooseImportFile();
    void chooseExportFile();
    void editPreferences();
    void showAbout();
    void restoreLayout();
    void restorePage();
    void saveLayout();

    std::unique_ptr<Workspace> m_workspace;
    QUndoGroup *m_undoGroup;

    QSplitter *m_splitter = nullptr;
    CustomerListPanel *m_customerList = nullptr;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_emptyState = nullptr;
    QTabWidget *m_pages = nullptr;
    HandoffPage *m_handoffPage = nullptr;
    KickoffPage *m_kickoffPage = nullptr;
    SuccessPlanPage *m_successPlanPage = nullptr;
    TimelinePage *m_timelinePage = nullptr;
    AdoptionPage *m_adoptionPage = nullptr;
    ValueReviewPage *m_valueReviewPage = nullptr;
    ExpansionPage *m_expansionPage = nullptr;
    GraduationPage *m_graduationPage = nullptr;
    LogsPage *m_logsPage = nullptr;
    PortfolioPage *m_portfolioPage = nullptr;
    QList<QAction *> m_pageActions;
    QLabel *m_workspaceLabel = nullptr;

    QAction *m_newWorkspace = nullptr;
    QAction *m_openWorkspace = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_import = nullptr;
    QAction *m_export = nullptr;
    QAction *m_importUsage = nullptr;
    QAction *m_share = nullptr;
    QAction *m_takeBack = nullptr;
    SharingController *m_sharing = nullptr;
    QAction *m_sample = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_newCustomer = nullptr;
    QAction *m_deleteCustomer = nullptr;
    QAction *m_find = nullptr;
    QAction *m_showPortfolio = nullptr;
    QAction *m_preferences = nullptr;
    QAction *m_about = nullptr;
};

} // namespace Csm
