// Shows an e-mail written from a customer's file, ready to copy into a mail program or open
// there: the onboarding e-mails in the customer's language, recording when they were sent, or
// any ready-made e-mail (the weekly status update) with a choice of language.
#pragma once

#include "domain/customer.h"
#include "email/email.h"

#include <QDialog>

#include <functional>
#include <optional>

class QComboBox;
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

    // Writes the e-mail again in a language given as a code ("en", "de", "fr").
    using Writer = std::function<Email(const QString &language)>;

    // One of the onboarding e-mails, written in the customer's language, with "Mark as sent".
    EmailDialog(Workspace *workspace, const CustomerId &customer, Kind kind,
                QWidget *parent = nullptr);
    // A ready-made e-mail under a title; no language choice and no "Mark as sent" until
    // offered.
    EmailDialog(Workspace *workspace, const CustomerId &customer, const QString &title,
                const Email &email, QWidget *parent = nullptr);

    std::optional<Kind> kind() const { return m_kind; }
    CustomerId customer() const { return m_customer; }
    const Email &email() const { return m_email; }

    // The customer field that records when this kind of e-mail was sent.
    static CustomerField sentDateField(Kind kind);

    // Offers the languages e-mails are written in, `current` chosen; choosing another one
    // writes the e-mail again through `write`.
    void offerLanguages(const QString &current, Writer write);
    // "en", "de" or "fr" when languages are offered, else empty.
    QString language() const;
    void setLanguage(const QString &code);

    // A line under the header: which language and why, as of when.
    void setNote(const QString &note);

    // Offers "Mark as sent", recording the day in `field` of the customer.
    void offerMarkAsSent(CustomerField field);

    // The preview shows the formatted HTML body, or the plain text.
    bool showsHtml() const;
    void setShowsHtml(bool html);

    // Puts the plain text on the clipboard.
    void copyAsText();
    // Puts the HTML on the clipboard, with the plain text beside it for programs without HTML.
    void copyAsHtml();
    // Opens a new message in the user's mail program with recipients, subject and plain body.
    void openInMailApp();
    // Records today as the sent date, as one undo step (when "Mark as sent" is offered).
    void markAsSent();

    QLabel *subjectLabel() const { return m_subject; }
    QLabel *toLabel() const { return m_to; }
    QLabel *ccLabel() const { return m_cc; }
    QLabel *sentLabel() const { return m_sent; }
    QLabel *feedbackLabel() const { return m_feedback; }
    QComboBox *languageCombo() const { return m_languageChoice; }
    QTextBrowser *preview() const { return m_preview; }
    QPushButton *markAsSentButton() const { return m_markAsSent; }

private:
    void setEmail(const Email &email);
    void showPreview();
    void refreshSent();
    void rewrite();

    Workspace *m_workspace;
    CustomerId m_customer;
    std::optional<Kind> m_kind;
    std::optional<CustomerField> m_sentField;
    Writer m_write;
    Email m_email;

    QLabel *m_subject = nullptr;
    QLabel *m_to = nullptr;
    QLabel *m_ccCaption = nullptr;
    QLabel *m_cc = nullptr;
    QLabel *m_noRecipient = nullptr;
    QLabel *m_languageCaption = nullptr;
    QComboBox *m_languageChoice = nullptr;
    QLabel *m_note = nullptr;
    QRadioButton *m_html = nullptr;
    QRadioButton *m_plain = nullptr;
    QTextBrowser *m_preview = nullptr;
    QLabel *m_sent = nullptr;
    QLabel *m_feedback = nullptr;
    QPushButton *m_markAsSent = nullptr;
};

} // namespace Csm
