#include "emaildialog.h"

#include "commands/changecustomerfield.h"
#include "email/emailtemplates.h"
#include "email/onboardingemails.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QButtonGroup>
#include <QClipboard>
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

} // namespace

CustomerField EmailDialog::sentDateField(Kind kind)
{
    return kind == Kind::Introduction ? CustomerField::IntroEmailSentDate
                                      : CustomerField::KickoffRecapSentDate;
}

EmailDialog::EmailDialog(Workspace *workspace, const CustomerId &customer, Kind kind,
                         QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_customer(customer)
    , m_kind(kind)
{
    const OnboardingFile file = workspace->onboardingFile(customer);
    m_email = kind == Kind::Introduction ? introductionEmail(file, workspace->today())
                                         : kickoffRecapEmail(file, workspace->today());
    const QString account = file.customer.accountName.trimmed();
    setWindowTitle(kind == Kind::Introduction ? tr("Introduction e-mail: %1").arg(account)
                                              : tr("Kickoff recap: %1").arg(account));

    // Who it goes to and what it says.
    m_subject = valueLabel();
    m_subject->setObjectName(QStringLiteral("subject"));
    QFont subjectFont = m_subject->font();
    subjectFont.setBold(true);
    m_subject->setFont(subjectFont);
    m_subject->setText(m_email.subject);
    m_to = valueLabel();
    m_to->setObjectName(QStringLiteral("to"));
    m_to->setText(m_email.to.join(QLatin1String(", ")));
    m_cc = valueLabel();
    m_cc->setObjectName(QStringLiteral("cc"));
    m_cc->setText(m_email.cc.join(QLatin1String(", ")));

    auto *header = new QFormLayout;
    header->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    header->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    header->addRow(tr("Subject"), m_subject);
    header->addRow(tr("To"), m_to);
    m_ccCaption = new QLabel(tr("Cc"));
    header->addRow(m_ccCaption, m_cc);
    m_ccCaption->setVisible(!m_email.cc.isEmpty());
    m_cc->setVisible(!m_email.cc.isEmpty());

    m_noRecipient = new QLabel(
        kind == Kind::Introduction
            ? tr("No recipient yet: add the customer's contacts with their e-mail addresses on "
                 "the handoff page.")
            : tr("No recipient yet: add the kickoff attendees, with e-mail addresses, on the "
                 "kickoff page."));
    m_noRecipient->setObjectName(QStringLiteral("noRecipient"));
    m_noRecipient->setWordWrap(true);
    m_noRecipient->setStyleSheet(QStringLiteral(
        "QLabel { background: #fff4e5; color: #663c00; border-radius: 4px; padding: 6px 8px; }"));
    m_noRecipient->setVisible(m_email.to.isEmpty());

    const QLocale wanted(file.customer.language);
    const QLocale::Language written = emailTemplate(file.customer.language).language;
    m_language = new QLabel(
        wanted.language() == written
            ? tr("Written in %1, the customer's language.").arg(QLocale::languageToString(written))
            : tr("There is no template in %1 yet, so it is written in %2.")
                  .arg(QLocale::languageToString(wanted.language()),
                       QLocale::languageToString(written)));
    m_language->setObjectName(QStringLiteral("language"));
    m_language->setEnabled(false);
    m_language->setWordWrap(true);

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
    auto *close = new QPushButton(tr("Close"));
    close->setAutoDefault(false);

    m_sent = new QLabel;
    m_sent->setObjectName(QStringLiteral("sent"));
    m_sent->setTextFormat(Qt::PlainText);
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
    layout->addWidget(m_language);
    layout->addLayout(previewBar);
    layout->addWidget(m_preview, 1);
    layout->addLayout(status);
    layout->addLayout(buttons);
    resize(760, 680);

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

    showPreview();
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
    m_workspace->undoStack()->push(new ChangeCustomerField(
        m_workspace, m_customer, sentDateField(m_kind), m_workspace->today()));
    refreshSent();
}

void EmailDialog::refreshSent()
{
    const Customer *customer = m_workspace->customer(m_customer);
    const QDate sent =
        customer ? customerValue(*customer, sentDateField(m_kind)).toDate() : QDate();
    m_sent->setText(sent.isValid()
                        ? tr("Sent on %1.").arg(QLocale().toString(sent, QLocale::LongFormat))
                        : tr("Not marked as sent yet."));
    m_markAsSent->setEnabled(customer && sent != m_workspace->today());
}

} // namespace Csm
