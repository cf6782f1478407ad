// The weekly status update of a customer's onboarding as an e-mail written from the plan:
// where it stands, what shipped, what is blocked, what is next, milestones, first value, risks
// and actions. In the customer's language or another one, ready to copy or open in the mail
// program.
#pragma once

#include "domain/id.h"
#include "email/email.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QRadioButton;
class QTextBrowser;

namespace Csm {

class Workspace;

class StatusUpdateDialog : public QDialog
{
    Q_OBJECT

public:
    StatusUpdateDialog(Workspace *workspace, const CustomerId &customer, QWidget *parent = nullptr);

    CustomerId customer() const { return m_customer; }
    const Email &email() const { return m_email; }

    // "en" or "de"; writes the update again in that language.
    QString language() const;
    void setLanguage(const QString &code);

    bool showsHtml() const;
    void setShowsHtml(bool html);

    // Puts the plain text on the clipboard.
    void copyAsText();
    // Puts the HTML on the clipboard, with the plain text beside it.
    void copyAsHtml();
    // Opens a new message in the user's mail program.
    void openInMailApp();

    QLabel *subjectLabel() const { return m_subject; }
    QLabel *toLabel() const { return m_to; }
    QLabel *feedbackLabel() const { return m_feedback; }
    QComboBox *languageCombo() const { return m_language; }
    QTextBrowser *preview() const { return m_preview; }

private:
    void write();
    void showPreview();

    Workspace *m_workspace;
    CustomerId m_customer;
    Email m_email;

    QLabel *m_subject = nullptr;
    QLabel *m_to = nullptr;
    QLabel *m_ccCaption = nullptr;
    QLabel *m_cc = nullptr;
    QLabel *m_noRecipient = nullptr;
    QLabel *m_asOf = nullptr;
    QComboBox *m_language = nullptr;
    QRadioButton *m_html = nullptr;
    QRadioButton *m_plain = nullptr;
    QTextBrowser *m_preview = nullptr;
    QLabel *m_feedback = nullptr;
};

} // namespace Csm
