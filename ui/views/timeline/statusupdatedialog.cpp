#include "statusupdatedialog.h"

#include "commands/timelinecommands.h"
#include "timeline/statusupdate.h"
#include "timelinestyle.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QButtonGroup>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
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

StatusUpdateDialog::StatusUpdateDialog(Workspace *workspace, const CustomerId &customer,
                                       QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_customer(customer)
{
    const Customer *c = workspace->customer(customer);
    const QString account = c ? c->accountName.trimmed() : QString();
    setWindowTitle(tr("Weekly status update: %1").arg(account));

    m_subject = valueLabel();
    m_subject->setObjectName(QStringLiteral("subject"));
    QFont bold = m_subject->font();
    bold.setBold(true);
    m_subject->setFont(bold);
    m_to = valueLabel();
    m_to->setObjectName(QStringLiteral("to"));
    m_cc = valueLabel();
    m_cc->setObjectName(QStringLiteral("cc"));
    m_ccCaption = new QLabel(tr("Cc"));

    m_language = new QComboBox;
    m_language->setObjectName(QStringLiteral("language"));
    m_language->setAccessibleName(tr("Language of the update"));
    m_language->addItem(tr("English"), QStringLiteral("en"));
    m_language->addItem(tr("German"), QStringLiteral("de"));
    const bool german = c && c->language.startsWith(QLatin1String("de"), Qt::CaseInsensitive);
    m_language->setCurrentIndex(german ? 1 : 0);
    m_asOf = new QLabel;
    m_asOf->setEnabled(false);
    m_asOf->setText(tr("As of %1, in the customer's language unless you choose another.")
                        .arg(TimelineStyle::longDate(workspace->today())));
    m_asOf->setWordWrap(true);
    auto *languageRow = new QHBoxLayout;
    languageRow->addWidget(m_language);
    languageRow->addWidget(m_asOf, 1);

    auto *header = new QFormLayout;
    header->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    header->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    header->addRow(tr("Subject"), m_subject);
    header->addRow(tr("To"), m_to);
    header->addRow(m_ccCaption, m_cc);
    auto *languageCaption = new QLabel(tr("&Language"));
    languageCaption->setBuddy(m_language);
    header->addRow(languageCaption, languageRow);

    m_noRecipient = new QLabel(tr("No recipient yet: add the customer's contacts with their "
                                  "e-mail addresses on the handoff page."));
    m_noRecipient->setObjectName(QStringLiteral("noRecipient"));
    m_noRecipient->setWordWrap(true);
    m_noRecipient->setStyleSheet(TimelineStyle::noticeStyle(palette()));

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
    m_preview->setMinimumHeight(300);
    m_preview->setAccessibleName(tr("E-mail body"));

    auto *copyText = new QPushButton(tr("Copy as text"));
    copyText->setToolTip(tr("Copy the plain-text body to paste into any mail program"));
    auto *copyHtml = new QPushButton(tr("Copy as HTML"));
    copyHtml->setToolTip(tr("Copy the formatted body, with a plain-text alternative"));
    auto *open = new QPushButton(tr("Open in mail app"));
    open->setToolTip(tr("Start a new message with the recipients, subject and plain-text body"));
    auto *close = new QPushButton(tr("Close"));
    close->setAutoDefault(false);
    m_feedback = new QLabel;
    m_feedback->setObjectName(QStringLiteral("feedback"));
    m_feedback->setTextFormat(Qt::PlainText);
    m_feedback->setEnabled(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(copyText);
    buttons->addWidget(copyHtml);
    buttons->addWidget(open);
    buttons->addStretch();
    buttons->addWidget(m_feedback);
    buttons->addWidget(close);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addLayout(header);
    layout->addWidget(m_noRecipient);
    layout->addLayout(previewBar);
    layout->addWidget(m_preview, 1);
    layout->addLayout(buttons);
    resize(780, 720);

    connect(m_language, &QComboBox::currentIndexChanged, this, &StatusUpdateDialog::write);
    connect(m_html, &QRadioButton::toggled, this, &StatusUpdateDialog::showPreview);
    connect(copyText, &QPushButton::clicked, this, &StatusUpdateDialog::copyAsText);
    connect(copyHtml, &QPushButton::clicked, this, &StatusUpdateDialog::copyAsHtml);
    connect(open, &QPushButton::clicked, this, &StatusUpdateDialog::openInMailApp);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    connect(workspace, &Workspace::customerRemoved, this, [this](const CustomerId &id) {
        if (id == m_customer)
            reject();
    });
    write();
}

QString StatusUpdateDialog::language() const
{
    return m_language->currentData().toString();
}

void StatusUpdateDialog::setLanguage(const QString &code)
{
    const int index = m_language->findData(code);
    if (index >= 0)
        m_language->setCurrentIndex(index);
}

void StatusUpdateDialog::write()
{
    const OnboardingFile file = m_workspace->onboardingFile(m_customer);
    const StatusUpdate update =
        weeklyStatusUpdate(file, workspaceCalendar(*m_workspace), m_workspace->today());
    m_email = statusUpdateEmail(file, update, language());
    m_subject->setText(m_email.subject);
    m_to->setText(m_email.to.join(QLatin1String(", ")));
    m_cc->setText(m_email.cc.join(QLatin1String(", ")));
    m_ccCaption->setVisible(!m_email.cc.isEmpty());
    m_cc->setVisible(!m_email.cc.isEmpty());
    m_noRecipient->setVisible(m_email.to.isEmpty());
    m_feedback->clear();
    showPreview();
}

bool StatusUpdateDialog::showsHtml() const
{
    return m_html->isChecked();
}

void StatusUpdateDialog::setShowsHtml(bool html)
{
    (html ? m_html : m_plain)->setChecked(true);
}

void StatusUpdateDialog::showPreview()
{
    if (showsHtml())
        m_preview->setHtml(m_email.html);
    else
        m_preview->setPlainText(m_email.plainText);
}

void StatusUpdateDialog::copyAsText()
{
    auto *mime = new QMimeData;
    mime->setText(m_email.plainText);
    QApplication::clipboard()->setMimeData(mime);
    m_feedback->setText(tr("Copied as plain text."));
}

void StatusUpdateDialog::copyAsHtml()
{
    auto *mime = new QMimeData;
    mime->setHtml(m_email.html);
    mime->setText(m_email.plainText);
    QApplication::clipboard()->setMimeData(mime);
    m_feedback->setText(tr("Copied as HTML, with a plain-text alternative."));
}

void StatusUpdateDialog::openInMailApp()
{
    if (QDesktopServices::openUrl(m_email.mailtoUrl()))
        m_feedback->setText(tr("Opened in your mail program."));
    else
        m_feedback->setText(tr("No mail program answered; copy the e-mail instead."));
}

} // namespace Csm
