// Shows one of the onboarding e-mails written from a customer's file, in the customer's
// language, ready to copy into a mail program or open there, and records when it was sent.
#pragma once

#include "domain/customer.h"
#include "email/email.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QRadioButton;
class QTextBrowser;

namespace Csm {

class Workspace;

class EmailDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Kind { Introduction, KickoffRecap };

    EmailDialog(Workspace *workspace, const CustomerId &customer, Kind kind,
                QWidget *parent = nullptr);

    Kind kind() const { return m_kind; }
    CustomerId customer() const { return m_customer; }
    const Email &email() const { return m_email; }

    // The customer field that records when this kind of e-mail was sent.
    static CustomerField sentDateField(Kind kind);

    // The preview shows the formatted HTML body, or the plain text.
    bool showsHtml() const;
    void setShowsHtml(bool html);

    // Puts the plain text on the clipboard.
    void copyAsText();
    // Puts the HTML on the clipboard, with the plain text beside it for programs without HTML.
    void copyAsHtml();
    // Opens a new message in the user's mail program with recipients, subject and plain body.
    void openInMailApp();
    // Records today as the sent date, as one undo step.
    void markAsSent();

    QLabel *subjectLabel() const { return m_subject; }
    QLabel *toLabel() const { return m_to; }
    QLabel *ccLabel() const { return m_cc; }
    QLabel *sentLabel() const { return m_sent; }
    QLabel *feedbackLabel() const { return m_feedback; }
    QTextBrowser *preview() const { return m_preview; }
    QPushButton *markAsSentButton() const { return m_markAsSent; }

private:
    void showPreview();
    void refreshSent();

    Workspace *m_workspace;
    CustomerId m_customer;
    Kind m_kind;
    Email m_email;

    QLabel *m_subject = nullptr;
    QLabel *m_to = nullptr;
    QLabel *m_ccCaption = nullptr;
    QLabel *m_cc = nullptr;
    QLabel *m_noRecipient = nullptr;
    QLabel *m_language = nullptr;
    QRadioButton *m_html = nullptr;
    QRadioButton *m_plain = nullptr;
    QTextBrowser *m_preview = nullptr;
    QLabel *m_sent = nullptr;
    QLabel *m_feedback = nullptr;
    QPushButton *m_markAsSent = nullptr;
};

} // namespace Csm
