#include "emaildialog.h"

#include "commands/changecustomerfield.h"
#include "email/emailtemplates.h"
#include "email/onboardingemails.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QButtonGroup>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QPushButton>
#include <QRadioButton>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

namespace Csm {

namespace {

QLabel *valueLabel()
{
    auto *label = new QLabel;
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

// An amber notice that reads on light and dark palettes.
QString noticeStyle(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5
               ? QStringLiteral("QLabel { background: #3a2a12; color: #ffd8a8; "
                                "border-radius: 4px; padding: 6px 8px; }")
               : QStringLiteral("QLabel { background: #fff4e5; color: #663c00; "
                                "border-radius: 4px; padding: 6px 8px; }");
}

Email onboardingEmail(Workspace *workspace, const CustomerId &customer, EmailDialog::Kind kind)
{
    const OnboardingFile file = workspace->onboardingFile(customer);
    return kind == EmailDialog::Kind::Introduction
               ? introductionEmail(file, workspace->today(), workspace->sender())
               : kickoffRecapEmail(file, workspace->today(), workspace->sender());
}

QString onboardingTitle(Workspace *workspace, const CustomerId &customer, EmailDialog::Kind kind)
{
    const Customer *c = workspace->customer(customer);
    const QString account = c ? c->accountName.trimmed() : QString();
    return kind == EmailDialog::Kind::Introduction
               ? EmailDialog::tr("Introduction e-mail: %1").arg(account)
               : EmailDialog::tr("Kickoff recap: %1").arg(account);
}

} // namespace

CustomerField EmailDialog::sentDateField(Kind kind)
{
    return kind == Kind::Introduction ? CustomerField::IntroEmailSentDate
                                      : CustomerField::KickoffRecapSentDate;
}

EmailDialog::EmailDialog(Workspace *workspace, const CustomerId &customer, Kind kind,
                         QWidget *parent)
    : EmailDialog(workspace, customer, onboardingTitle(workspace, customer, kind),
                  onboardingEmail(workspace, customer, kind), parent)
{
    m_kind = kind;
    if (kind == Kind::KickoffRecap)
        m_noRecipient->setText(tr("No recipient yet: add the kickoff attendees, with e-mail "
                                  "addresses, on the kickoff page."));

    const Customer *c = workspace->customer(customer);
    const QString customerLanguage = c ? c->language : QString();
    const QLocale wanted(customerLanguage);
    const QLocale::Language written = emailTemplate(customerLanguage).language;
    setNote(
        wanted.language() == written
            ? tr("Written in %1, the customer's language.").arg(QLocale::languageToString(written))
            : tr("There is no template in %1 yet, so it is written in %2.")
                  .arg(QLocale::languageToString(wanted.language()),
                       QLocale::languageToString(written)));
    offerMarkAsSent(sentDateField(kind));
}

EmailDialog::EmailDialog(Workspace *workspace, const CustomerId &customer, const QString &title,
                         const Email &email, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_customer(customer)
{
    setWindowTitle(title);

    // Who it goes to and what it says.
    m_subject = valueLabel();
    m_subject->setObjectName(QStringLiteral("subject"));
    QFont subjectFont = m_subject->font();
    subjectFont.setBold(true);
    m_subject->setFont(subjectFont);
    m_to = valueLabel();
    m_to->setObjectName(QStringLiteral("to"));
    m_cc = valueLabel();
    m_cc->setObjectName(QStringLiteral("cc"));

    m_languageChoice = new QComboBox;
    m_languageChoice->setObjectName(QStringLiteral("languageChoice"));
    m_languageChoice->setAccessibleName(tr("Language of the e-mail"));
    m_languageChoice->addItem(tr("English"), QStringLiteral("en"));
    m_languageChoice->addItem(tr("German"), QStringLiteral("de"));
    m_languageChoice->addItem(tr("French"), QStringLiteral("fr"));
    m_languageChoice->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *languageRow = new QHBoxLayout;
    languageRow->addWidget(m_languageChoice);
    languageRow->addStretch();

    auto *header = new QFormLayout;
    header->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    header->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    header->addRow(tr("Subject"), m_subject);
    header->addRow(tr("To"), m_to);
    m_ccCaption = new QLabel(tr("Cc"));
    header->addRow(m_ccCaption, m_cc);
    m_languageCaption = new QLabel(tr("&Language"));
    m_languageCaption->setBuddy(m_languageChoice);
    header->addRow(m_languageCaption, languageRow);
    m_languageCaption->hide();
    m_languageChoice->hide();

    m_noRecipient = new QLabel(tr("No recipient yet: add the customer's contacts with their "
                                  "e-mail addresses on the handoff page."));
    m_noRecipient->setObjectName(QStringLiteral("noRecipient"));
    m_noRecipient->setWordWrap(true);
    m_noRecipient->setStyleSheet(noticeStyle(palette()));

    m_note = new QLabel;
    m_note->setObjectName(QStringLiteral("language"));
    m_note->setEnabled(false);
    m_note->setWordWrap(true);
    m_note->hide();

    // The body, formatted or as plain text.
    m_html = new QRadioButton(tr("Formatted"));
    m_plain = new QRadioButton(tr("Plain text"));
    auto *formats = new QButtonGroup(this);
    formats->addButton(m_html);
    formats->addButton(m_plain);
    m_html->setChecked(true);
    auto *previewBar = new QHBoxLayout;
    previewBar->addWidget(new QLabel(tr("Preview:")));
    previewBar->addWidget(m_html);
    previewBar->addWidget(m_plain);
    previewBar->addStretch();

    m_preview = new QTextBrowser;
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setOpenLinks(false);
    m_preview->setMinimumHeight(260);
    m_preview->setAccessibleName(tr("E-mail body"));

    // What to do with it.
    auto *copyText = new QPushButton(tr("Copy as text"));
    copyText->setObjectName(QStringLiteral("copyText"));
    copyText->setToolTip(tr("Copy the plain-text body to paste into any mail program"));
    auto *copyHtml = new QPushButton(tr("Copy as HTML"));
    copyHtml->setObjectName(QStringLiteral("copyHtml"));
    copyHtml->setToolTip(tr("Copy the formatted body, with a plain-text alternative"));
    auto *open = new QPushButton(tr("Open in mail app"));
    open->setObjectName(QStringLiteral("openInMailApp"));
    open->setToolTip(tr("Start a new message with the recipients, subject and plain-text body"));
    m_markAsSent = new QPushButton(tr("Mark as sent"));
    m_markAsSent->setObjectName(QStringLiteral("markAsSent"));
    m_markAsSent->setToolTip(tr("Record today as the day this e-mail was sent"));
    m_markAsSent->hide();
    auto *close = new QPushButton(tr("Close"));
    close->setAutoDefault(false);

    m_sent = new QLabel;
    m_sent->setObjectName(QStringLiteral("sent"));
    m_sent->setTextFormat(Qt::PlainText);
    m_sent->hide();
    m_feedback = new QLabel;
    m_feedback->setObjectName(QStringLiteral("feedback"));
    m_feedback->setTextFormat(Qt::PlainText);
    m_feedback->setEnabled(false);

    auto *status = new QHBoxLayout;
    status->addWidget(m_sent);
    status->addStretch();
    status->addWidget(m_feedback);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(copyText);
    buttons->addWidget(copyHtml);
    buttons->addWidget(open);
    buttons->addStretch();
    buttons->addWidget(m_markAsSent);
    buttons->addWidget(close);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addLayout(header);
    layout->addWidget(m_noRecipient);
    layout->addWidget(m_note);
    layout->addLayout(previewBar);
    layout->addWidget(m_preview, 1);
    layout->addLayout(status);
    layout->addLayout(buttons);
    resize(760, 680);

    connect(m_languageChoice, &QComboBox::currentIndexChanged, this, &EmailDialog::rewrite);
    connect(m_html, &QRadioButton::toggled, this, &EmailDialog::showPreview);
    connect(copyText, &QPushButton::clicked, this, &EmailDialog::copyAsText);
    connect(copyHtml, &QPushButton::clicked, this, &EmailDialog::copyAsHtml);
    connect(open, &QPushButton::clicked, this, &EmailDialog::openInMailApp);
    connect(m_markAsSent, &QPushButton::clicked, this, &EmailDialog::markAsSent);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    connect(workspace, &Workspace::customerChanged, this, [this](const CustomerId &id) {
        if (id == m_customer)
            refreshSent();
    });
    connect(workspace, &Workspace::customerRemoved, this, [this](const CustomerId &id) {
        if (id == m_customer)
            reject();
    });

    setEmail(email);
}

void EmailDialog::setEmail(const Email &email)
{
    m_email = email;
    m_subject->setText(m_email.subject);
    m_to->setText(m_email.to.join(QLatin1String(", ")));
    m_cc->setText(m_email.cc.join(QLatin1String(", ")));
    m_ccCaption->setVisible(!m_email.cc.isEmpty());
    m_cc->setVisible(!m_email.cc.isEmpty());
    m_noRecipient->setVisible(m_email.to.isEmpty());
    m_feedback->clear();
    showPreview();
}

void EmailDialog::offerLanguages(const QString &current, Writer write)
{
    m_write = std::move(write);
    // The language the e-mail is written in: "de-CH" is German, one without a template English.
    const int index = m_languageChoice->findData(emailTemplate(current).code.toString());
    {
        const QSignalBlocker blocker(m_languageChoice);
        m_languageChoice->setCurrentIndex(std::max(index, 0));
    }
    m_languageCaption->show();
    m_languageChoice->show();
    rewrite();
}

QString EmailDialog::language() const
{
    return m_write ? m_languageChoice->currentData().toString() : QString();
}

void EmailDialog::setLanguage(const QString &code)
{
    const int index = m_languageChoice->findData(code);
    if (index >= 0)
        m_languageChoice->setCurrentIndex(index);
}

void EmailDialog::rewrite()
{
    if (m_write)
        setEmail(m_write(language()));
}

void EmailDialog::setNote(const QString &note)
{
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

void EmailDialog::offerMarkAsSent(CustomerField field)
{
    m_sentField = field;
    m_markAsSent->show();
    m_sent->show();
    refreshSent();
}

bool EmailDialog::showsHtml() const
{
    return m_html->isChecked();
}

void EmailDialog::setShowsHtml(bool html)
{
    (html ? m_html : m_plain)->setChecked(true);
}

void EmailDialog::showPreview()
{
    if (showsHtml())
        m_preview->setHtml(m_email.html);
    else
        m_preview->setPlainText(m_email.plainText);
}

void EmailDialog::copyAsText()
{
    auto *mime = new QMimeData;
    mime->setText(m_email.plainText);
    QApplication::clipboard()->setMimeData(mime);
    m_feedback->setText(tr("Copied as plain text."));
}

void EmailDialog::copyAsHtml()
{
    auto *mime = new QMimeData;
    mime->setHtml(m_email.html);
    mime->setText(m_email.plainText);
    QApplication::clipboard()->setMimeData(mime);
    m_feedback->setText(tr("Copied as HTML, with a plain-text alternative."));
}

void EmailDialog::openInMailApp()
{
    if (QDesktopServices::openUrl(m_email.mailtoUrl()))
        m_feedback->setText(tr("Opened in your mail program."));
    else
        m_feedback->setText(tr("No mail program answered; copy the e-mail instead."));
}

void EmailDialog::markAsSent()
{
    if (!m_sentField)
        return;
    m_workspace->undoStack()->push(
        new ChangeCustomerField(m_workspace, m_customer, *m_sentField, m_workspace->today()));
    refreshSent();
}

void EmailDialog::refreshSent()
{
    if (!m_sentField)
        return;
    const Customer *customer = m_workspace->customer(m_customer);
    const QDate sent = customer ? customerValue(*customer, *m_sentField).toDate() : QDate();
    m_sent->setText(sent.isValid()
                        ? tr("Sent on %1.").arg(QLocale().toString(sent, QLocale::LongFormat))
                        : tr("Not marked as sent yet."));
    m_markAsSent->setEnabled(customer && sent != m_workspace->today());
}

} // namespace Csm
