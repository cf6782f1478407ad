// One dialog for everything the user sets: who they are (the author recorded on edits and in
// e-mails), the interface language, which workspace opens at start, the defaults of new
// customers and value items, the tier ARR bounds, the portfolio's thresholds, targets and
// health weights, and the holidays. The user's own preferences go to the application's
// settings; the workspace's settings change through one undo step.
#pragma once

#include "workspace/userpreferences.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QStackedWidget;

namespace Csm {

class HolidaysEditor;
class PortfolioSettingsEditor;
class Workspace;

class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    // Without a workspace only the user's own preferences can be changed.
    PreferencesDialog(Workspace *workspace, const UserPreferences &preferences,
                      QWidget *parent = nullptr);

    // The user's preferences as the dialog shows them now.
    UserPreferences preferences() const;
    // Pushes one undo step ("Change preferences") with a child for each workspace setting that
    // differs from the workspace's. Returns whether something was pushed.
    bool applyWorkspaceChanges();
    // Why OK is disabled (an e-mail address or tier bounds that cannot be), or empty.
    QString problem() const;

    // For tests.
    QListWidget *pageList() const { return m_pageList; }
    QStackedWidget *pages() const { return m_pages; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *emailEdit() const { return m_email; }
    QComboBox *languageBox() const { return m_language; }
    QLineEdit *workspaceEdit() const { return m_workspacePath; }
    QComboBox *currencyBox() const { return m_currency; }
    QSpinBox *hourlyRateBox() const { return m_hourlyRate; }
    QSpinBox *highTouchBox() const { return m_highTouch; }
    QSpinBox *hybridBox() const { return m_hybrid; }
    PortfolioSettingsEditor *portfolioEditor() const { return m_portfolio; }
    HolidaysEditor *holidaysEditor() const { return m_holidays; }

private:
    QWidget *createGeneralPage(const UserPreferences &preferences);
    QWidget *createDefaultsPage();
    void addPage(const QString &title, QWidget *page);
    void validate();
    void chooseWorkspace();

    Workspace *m_workspace;
    QListWidget *m_pageList;
    QStackedWidget *m_pages;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_email = nullptr;
    QComboBox *m_language = nullptr;
    QLineEdit *m_workspacePath = nullptr;
    QComboBox *m_currency = nullptr;
    QSpinBox *m_hourlyRate = nullptr;
    QSpinBox *m_highTouch = nullptr;
    QSpinBox *m_hybrid = nullptr;
    PortfolioSettingsEditor *m_portfolio = nullptr;
    HolidaysEditor *m_holidays = nullptr;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace Csm
