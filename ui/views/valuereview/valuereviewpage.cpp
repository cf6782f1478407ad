#include "valuereviewpage.h"

#include "commands/removerecord.h"
#include "models/recordtablemodel.h"
#include "report/reportnotes.h"
#include "report/reportpdf.h"
#include "reportpreview.h"
#include "successplan/valuereview.h"
#include "views/logs/logtable.h"
#include "widgets/pagewidgets.h"
#include "workspace/workspace.h"

#include <QAbstractTextDocumentLayout>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTextBlock>
#include <QTextLayout>
#include <QTimer>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>

#include <cmath>

namespace Csm {

namespace {

QLabel *boldLabel(const QString &text, double scale)
{
    auto *label = new QLabel(text);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * scale);
    label->setFont(font);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QString money(double amount, const QString &currency)
{
    const QString figure = QLocale().toString(std::llround(amount));
    return currency.isEmpty() ? figure : figure + QLatin1Char(' ') + currency;
}

// The section's commentary editor grows with its text, between two and ten lines.
void fitToText(QPlainTextEdit *editor)
{
    // Lines as wrapped on screen, not paragraphs.
    int wrapped = 0;
    for (QTextBlock block = editor->document()->begin(); block.isValid(); block = block.next())
        wrapped += block.layout() ? std::max(block.layout()->lineCount(), 1) : 1;
    const int lines = std::clamp(wrapped, 2, 10);
    const QMargins margins = editor->contentsMargins();
    const int height = editor->fontMetrics().lineSpacing() * lines +
                       int(editor->document()->documentMargin() * 2) + margins.top() +
                       margins.bottom() + 4;
    editor->setFixedHeight(height);
}

const char *const LastFolderKey = "report/lastFolder";

} // namespace

ValueReviewPage::ValueReviewPage(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_kind(new QComboBox)
    , m_date(new QDateEdit)
    , m_title(boldLabel(tr("Value review"), 1.6))
    , m_subtitle(new QLabel)
    , m_sectionsLayout(new QVBoxLayout)
    , m_valueModel(new RecordTableModel<ValueItem>(
          workspace,
          {ValueItemField::Description, ValueItemField::HoursSavedPerMonth,
           ValueItemField::HourlyRate, ValueItemField::RevenueImpact, ValueItemField::CostImpact,
           ValueItemField::Notes},
          this))
    , m_valueTable(new LogTable(m_valueModel, tr("Add value")))
    , m_valueTotals(new QLabel)
    , m_preview(new ReportPreview)
    , m_pageCount(new QLabel)
    , m_exportButton(new QPushButton(tr("Export PDF…")))
    , m_printButton(new QPushButton(tr("Print…")))
    , m_refreshTimer(new QTimer(this))
    , m_commentaryTimer(new QTimer(this))
{
    for (const ReportKind kind : {ReportKind::ValueReview, ReportKind::Ebr, ReportKind::Graduation})
        m_kind->addItem(reportKindTitle(kind), int(kind));
    m_kind->setAccessibleName(tr("Report"));
    m_kind->setToolTip(tr("The day-30 value review, the day-90 executive business review or the "
                          "graduation summary"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_date->setDate(workspace->today());
    m_date->setAccessibleName(tr("Meeting date"));
    m_date->setToolTip(tr("The meeting date: the report's figures are as of this day"));
    m_subtitle->setEnabled(false);
    m_subtitle->setWordWrap(true);
    m_subtitle->setTextFormat(Qt::PlainText);
    m_exportButton->setDefault(true);
    m_exportButton->setToolTip(tr("Save the report as a PDF for the meeting"));
    m_printButton->setToolTip(tr("Print the report"));
    m_pageCount->setEnabled(false);
    m_valueTotals->setWordWrap(true);
    m_valueTotals->setTextFormat(Qt::PlainText);
    m_valueTotals->setObjectName(QStringLiteral("valueTotals"));

    // Left: what goes into the report.
    auto *choices = new QFormLayout;
    choices->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto *dateRow = new QHBoxLayout;
    dateRow->addWidget(m_date);
    dateRow->addStretch(1);
    auto *dateLabel = new QLabel(tr("&Meeting on:"));
    dateLabel->setBuddy(m_date);
    choices->addRow(tr("&Report:"), m_kind);
    choices->addRow(dateLabel, dateRow);

    auto *sectionsBox = new QGroupBox(tr("Sections"));
    auto *sectionsOuter = new QVBoxLayout(sectionsBox);
    sectionsOuter->addWidget(
        hintLabel(tr("Choose what the customer sees. Your commentary is printed after the "
                     "section it belongs to; it is kept with the customer for the next "
                     "meeting.")));
    sectionsOuter->addLayout(m_sectionsLayout);
    m_sectionsLayout->setSpacing(10);

    auto *valueBox = new QGroupBox(tr("Value delivered"));
    auto *valueLayout = new QVBoxLayout(valueBox);
    valueLayout->addWidget(
        hintLabel(tr("What the customer gained, in their numbers: hours saved a month at an "
                     "hourly rate, and revenue or costs a year. Agree the figures with the "
                     "customer before the meeting.")));
    m_valueTable->view()->setMinimumHeight(160);
    m_valueTable->view()->setAccessibleName(tr("Value delivered"));
    m_valueTable->searchField()->setAccessibleName(tr("Search the value items"));
    valueLayout->addWidget(m_valueTable);
    valueLayout->addWidget(m_valueTotals);

    auto *editorContent = new QWidget;
    auto *editorLayout = new QVBoxLayout(editorContent);
    editorLayout->setContentsMargins(16, 16, 12, 16);
    editorLayout->setSpacing(12);
    editorLayout->addWidget(m_title);
    editorLayout->addWidget(m_subtitle);
    editorLayout->addLayout(choices);
    editorLayout->addWidget(sectionsBox);
    editorLayout->addWidget(valueBox);
    editorLayout->addStretch(1);
    auto *editorScroll = new QScrollArea;
    editorScroll->setWidget(editorContent);
    editorScroll->setWidgetResizable(true);
    editorScroll->setFrameShape(QFrame::NoFrame);
    editorScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    // Right: the pages, as printed.
    auto *previewPane = new QWidget;
    auto *previewLayout = new QVBoxLayout(previewPane);
    previewLayout->setContentsMargins(0, 8, 8, 0);
    auto *previewBar = new QHBoxLayout;
    previewBar->addWidget(m_pageCount, 1);
    previewBar->addWidget(m_printButton);
    previewBar->addWidget(m_exportButton);
    previewLayout->addLayout(previewBar);
    previewLayout->addWidget(m_preview, 1);
    m_preview->setAccessibleName(tr("Report preview"));

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(editorScroll);
    splitter->addWidget(previewPane);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 5);
    m_splitter = splitter;
    splitter->setChildrenCollapsible(false);
    // Never narrower than its content: the editors would be cut off on the right.
    editorScroll->setMinimumWidth(editorContent->minimumSizeHint().width() +
                                  editorScroll->verticalScrollBar()->sizeHint().width());
    previewPane->setMinimumWidth(320);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    // Value items: add with the rate of the last one, remove as one undo step.
    m_valueTable->setAdder([this] {
        ValueItem item;
        const QList<ValueItem> items = m_workspace->records<ValueItem>(m_customer);
        item.hourlyRate =
            items.isEmpty() ? m_workspace->settings().defaultHourlyRate : items.last().hourlyRate;
        return m_valueModel->addRecord(item, tr("Add value delivered"));
    });
    m_valueTable->setRemover([this](const QList<int> &rows) {
        QList<ValueItemId> ids;
        for (int row : rows)
            ids.append(m_valueModel->idAt(row));
        QUndoStack *stack = m_workspace->undoStack();
        stack->beginMacro(tr("Remove %n value item(s)", nullptr, int(ids.size())));
        for (const ValueItemId &id : ids)
            stack->push(new RemoveRecord<ValueItem>(m_workspace, id));
        stack->endMacro();
    });
    m_valueTable->view()->setColumnWidth(0, 190);
    connect(m_valueModel, &RecordTableModelBase::recordsChanged, this,
            &ValueReviewPage::updateValueTotals);

    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(250);
    connect(m_refreshTimer, &QTimer::timeout, this, &ValueReviewPage::refresh);
    m_commentaryTimer->setSingleShot(true);
    m_commentaryTimer->setInterval(1500);
    connect(m_commentaryTimer, &QTimer::timeout, this, [this] {
        if (!m_editingSection.isEmpty())
            commitCommentary(m_editingSection);
    });

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        commitPendingEdits();
        rebuildSections();
        scheduleRefresh();
    });
    connect(m_date, &QDateEdit::dateChanged, this, &ValueReviewPage::scheduleRefresh);
    connect(m_exportButton, &QPushButton::clicked, this, &ValueReviewPage::chooseExportFile);
    connect(m_printButton, &QPushButton::clicked, this, &ValueReviewPage::print);
    connect(m_preview, &ReportPreview::currentPageChanged, this, [this] { refreshNow(); });

    // Anything of the customer's may change what the report says.
    auto customerEvent = [this](const CustomerId &id) {
        if (id == m_customer)
            scheduleRefresh();
    };
    // Another customer's first value moves the portfolio's median time to first value.
    connect(workspace, &Workspace::customerChanged, this, &ValueReviewPage::scheduleRefresh);
    connect(workspace, &Workspace::stakeholdersChanged, this, customerEvent);
    connect(workspace, &Workspace::usageChanged, this, customerEvent);
    auto recordEvent = [this](RecordKind kind, const CustomerId &id, const QUuid &) {
        if (id != m_customer)
            return;
        if (kind == RecordKind::ReportNote)
            syncSectionsFromNotes();
        scheduleRefresh();
    };
    connect(workspace, &Workspace::recordAdded, this, recordEvent);
    connect(workspace, &Workspace::recordRemoved, this, recordEvent);
    connect(workspace, &Workspace::recordChanged, this, recordEvent);

    rebuildSections();
    setEnabled(false);
}

ValueReviewPage::~ValueReviewPage() = default;

void ValueReviewPage::setCustomer(const CustomerId &customer)
{
    if (customer == m_customer)
        return;
    commitPendingEdits();
    m_customer = customer;
    m_valueModel->setCustomer(customer);
    setEnabled(!customer.isNull() && m_workspace->customer(customer));
    {
        const QSignalBlocker blocker(m_kind);
        m_kind->setCurrentIndex(m_kind->findData(int(suggestedKind())));
    }
    rebuildSections();
    updateValueTotals();
    m_dirty = true;
    if (isVisible())
        refresh();
}

ReportKind ValueReviewPage::kind() const
{
    return ReportKind(m_kind->currentData().toInt());
}

void ValueReviewPage::setKind(ReportKind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

QDate ValueReviewPage::meetingDate() const
{
    return m_date->date();
}

void ValueReviewPage::setMeetingDate(const QDate &date)
{
    m_date->setDate(date);
}

// The report the onboarding has reached: graduation once graduated, the EBR from day 60, the
// value review before.
ReportKind ValueReviewPage::suggestedKind() const
{
    const Customer *customer = m_workspace->customer(m_customer);
    if (!customer)
        return ReportKind::ValueReview;
    if (customer->phase == Phase::Graduated)
        return ReportKind::Graduation;
    if (customer->signatureDate.isValid() &&
        customer->daysSinceSignature(m_workspace->today()) >= 60)
        return ReportKind::Ebr;
    return ReportKind::ValueReview;
}

QCheckBox *ValueReviewPage::sectionCheck(const QString &section) const
{
    return m_sections.value(section).check;
}

QPlainTextEdit *ValueReviewPage::commentaryEditor(const QString &section) const
{
    return m_sections.value(section).commentary;
}

void ValueReviewPage::rebuildSections()
{
    m_editingSection.clear();
    m_commentaryTimer->stop();
    for (const SectionEditor &editor : std::as_const(m_sections)) {
        // The widgets live in one container per section, the check box's parent.
        if (editor.check) {
            QWidget *box = editor.check->parentWidget();
            box->hide(); // at once: deleteLater waits for the event loop
            box->deleteLater();
        }
    }
    m_sections.clear();
    m_sectionOrder = reportSectionKeys(kind());
    for (const QString &section : std::as_const(m_sectionOrder)) {
        auto *box = new QWidget;
        auto *boxLayout = new QVBoxLayout(box);
        boxLayout->setContentsMargins(0, 0, 0, 0);
        boxLayout->setSpacing(4);
        SectionEditor editor;
        editor.check = new QCheckBox(reportSectionTitle(kind(), section));
        editor.check->setObjectName(QStringLiteral("section-") + section);
        QFont font = editor.check->font();
        font.setBold(true);
        editor.check->setFont(font);
        editor.hint = hintLabel();
        editor.commentary = new QPlainTextEdit;
        editor.commentary->setObjectName(QStringLiteral("commentary-") + section);
        editor.commentary->setPlaceholderText(
            tr("Your commentary on this section (optional), printed after it"));
        editor.commentary->setAccessibleName(
            tr("Commentary on %1").arg(reportSectionTitle(kind(), section)));
        editor.commentary->setTabChangesFocus(true);
        fitToText(editor.commentary);
        if (section == QLatin1String(ReportSectionKey::cover)) {
            editor.check->setChecked(true);
            editor.check->setEnabled(false);
            editor.check->setToolTip(tr("The cover is always part of the report"));
            editor.commentary->setPlaceholderText(
                tr("A word of introduction (optional), printed on the cover"));
        }
        boxLayout->addWidget(editor.check);
        boxLayout->addWidget(editor.hint);
        boxLayout->addWidget(editor.commentary);
        m_sectionsLayout->addWidget(box);

        connect(editor.check, &QCheckBox::toggled, this, [this, section](bool on) {
            if (!m_syncing)
                setSectionIncluded(section, on);
        });
        QPlainTextEdit *commentary = editor.commentary;
        // Re-fit once the text is laid out at the editor's width.
        connect(commentary->document()->documentLayout(),
                &QAbstractTextDocumentLayout::documentSizeChanged, commentary,
                [commentary] { fitToText(commentary); });
        connect(commentary, &QPlainTextEdit::textChanged, this, [this, section, commentary] {
            if (m_syncing)
                return;
            if (!m_editingSection.isEmpty() && m_editingSection != section)
                commitCommentary(m_editingSection);
            m_editingSection = section;
            m_commentaryTimer->start();
        });
        m_sections.insert(section, editor);
    }
    syncSectionsFromNotes();
}

void ValueReviewPage::syncSectionsFromNotes()
{
    m_syncing = true;
    for (const QString &section : std::as_const(m_sectionOrder)) {
        const SectionEditor editor = m_sections.value(section);
        if (!editor.check)
            continue;
        const ReportNote *note = findReportNote(*m_workspace, m_customer, kind(), section);
        const bool included =
            !note || note->included || section == QLatin1String(ReportSectionKey::cover);
        editor.check->setChecked(included);
        editor.commentary->setEnabled(included);
        const QString text = note ? note->commentary : QString();
        // Never overwrite what is being typed.
        if (section != m_editingSection && editor.commentary->toPlainText() != text)
            editor.commentary->setPlainText(text);
    }
    m_syncing = false;
}

void ValueReviewPage::setSectionIncluded(const QString &section, bool included)
{
    if (m_customer.isNull())
        return;
    if (QUndoCommand *command =
            makeSetReportSectionIncluded(m_workspace, m_customer, kind(), section, included))
        m_workspace->undoStack()->push(command);
}

// Takes the section by value: it is often m_editingSection itself, which this clears.
void ValueReviewPage::commitCommentary(QString section)
{
    const SectionEditor editor = m_sections.value(section);
    if (m_editingSection == section) {
        m_editingSection.clear();
        m_commentaryTimer->stop();
    }
    if (!editor.commentary || m_customer.isNull())
        return;
    if (QUndoCommand *command = makeSetReportCommentary(m_workspace, m_customer, kind(), section,
                                                        editor.commentary->toPlainText()))
        m_workspace->undoStack()->push(command);
}

void ValueReviewPage::commitPendingEdits()
{
    if (!m_editingSection.isEmpty())
        commitCommentary(m_editingSection);
}

void ValueReviewPage::scheduleRefresh()
{
    m_dirty = true;
    if (isVisible())
        m_refreshTimer->start();
}

void ValueReviewPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // The pages get the larger share the first time the page is shown at its real width.
    if (!m_splitterPlaced && width() > 0) {
        m_splitterPlaced = true;
        const int editors = std::max(m_splitter->widget(0)->minimumWidth(), width() / 2);
        m_splitter->setSizes({editors, std::max(width() - editors, 320)});
    }
    if (m_dirty)
        refresh();
}

void ValueReviewPage::refreshNow()
{
    if (m_dirty)
        refresh();
    else
        m_pageCount->setText(m_preview->pageCount() > 0
                                 ? tr("Page %1 of %2 · %3")
                                       .arg(m_preview->currentPage() + 1)
                                       .arg(m_preview->pageCount())
                                       .arg(m_preview->reportLayout().pageSize.name())
                                 : QString());
}

ReportContent ValueReviewPage::content() const
{
    ReportOptions options = savedReportOptions(*m_workspace, m_customer, kind());
    // What is typed but not yet saved shows at once.
    for (auto it = m_sections.cbegin(); it != m_sections.cend(); ++it) {
        const QString text = it->commentary->toPlainText().trimmed();
        if (text.isEmpty())
            options.commentary.remove(it.key());
        else
            options.commentary.insert(it.key(), text);
    }
    return buildReport(*m_workspace, m_customer, kind(), options, meetingDate());
}

void ValueReviewPage::refresh()
{
    m_refreshTimer->stop();
    m_dirty = false;
    const Customer *customer = m_workspace->customer(m_customer);
    if (!customer) {
        m_title->setText(reportKindTitle(kind()));
        m_subtitle->clear();
        m_preview->setReportLayout({});
        m_pageCount->clear();
        return;
    }
    const ReportContent report = content();
    const ReportLayout layout = layoutReport(report);
    m_preview->setReportLayout(layout);
    m_title->setText(reportKindTitle(kind()));
    QString subtitle = customer->accountName;
    if (customer->signatureDate.isValid())
        subtitle = tr("%1 · day %2 of the onboarding on the meeting date")
                       .arg(customer->accountName)
                       .arg(customer->daysSinceSignature(meetingDate()));
    m_subtitle->setText(subtitle);
    m_pageCount->setText(tr("Page %1 of %2 · %3")
                             .arg(std::max(m_preview->currentPage(), 0) + 1)
                             .arg(layout.pageCount())
                             .arg(layout.pageSize.name()));
    updateSectionHints(report);
}

// Says which chosen sections the report leaves out for want of data, and why.
void ValueReviewPage::updateSectionHints(const ReportContent &report)
{
    for (const QString &section : std::as_const(m_sectionOrder)) {
        const SectionEditor editor = m_sections.value(section);
        if (!editor.hint)
            continue;
        QString hint;
        if (editor.check->isChecked() && !report.section(section)) {
            if (section == QLatin1String(ReportSectionKey::valueDelivered))
                hint = tr("Not in the report until a value is entered below.");
            else if (section == QLatin1String(ReportSectionKey::expansion))
                hint = tr("Not in the report until the Expansion page has an opportunity.");
            else if (section == QLatin1String(ReportSectionKey::survey))
                hint = tr("Not in the report until the Graduation page has a survey response.");
            else if (section == QLatin1String(ReportSectionKey::handover))
                hint = tr("Not in the report until the hand-over on the Graduation page is "
                          "started.");
        }
        editor.hint->setText(hint);
        editor.hint->setVisible(!hint.isEmpty());
    }
}

void ValueReviewPage::updateValueTotals()
{
    const Customer *customer = m_workspace->customer(m_customer);
    const QList<ValueItem> items = m_workspace->records<ValueItem>(m_customer);
    if (!customer || items.isEmpty()) {
        m_valueTotals->setText(tr("No value entered yet."));
        return;
    }
    const ValueTotals totals = valueTotals(items);
    m_valueTotals->setText(
        tr("About %1 a year: %2 hours saved a month, worth %3 a year; revenue %4 and costs %5 "
           "a year.")
            .arg(money(totals.totalPerYear, customer->currency),
                 reportNumber(totals.hoursSavedPerMonth, QLocale()),
                 money(totals.hoursValuePerYear, customer->currency),
                 money(double(totals.revenueImpact), customer->currency),
                 money(double(totals.costImpact), customer->currency)));
}

QString ValueReviewPage::suggestedFileName() const
{
    const Customer *customer = m_workspace->customer(m_customer);
    QString name = customer ? customer->accountName : QString();
    // Characters no file system takes, and leading dots, become nothing.
    name.remove(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]")));
    name = name.simplified();
    while (name.startsWith(QLatin1Char('.')))
        name.remove(0, 1);
    return tr("%1 - %2 %3.pdf")
        .arg(name.isEmpty() ? tr("Customer") : name, reportKindTitle(kind()),
             meetingDate().toString(Qt::ISODate));
}

void ValueReviewPage::chooseExportFile()
{
    commitPendingEdits();
    QSettings settings;
    QString folder = settings.value(QLatin1String(LastFolderKey)).toString();
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the report as PDF"),
                                                      QDir(folder).filePath(suggestedFileName()),
                                                      tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportPdf(path, &error)) {
        Q_EMIT messagePosted(tr("Could not save the report: %1").arg(error));
        return;
    }
    settings.setValue(QLatin1String(LastFolderKey), QFileInfo(path).absolutePath());
    Q_EMIT messagePosted(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
}

bool ValueReviewPage::exportPdf(const QString &path, QString *error)
{
    commitPendingEdits();
    return writeReportPdf(content(), path, error);
}

void ValueReviewPage::print()
{
    commitPendingEdits();
    const ReportLayout layout = layoutReport(content());
    if (layout.pageCount() == 0)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(layout.pageSize);
    printer.setDocName(suggestedFileName().chopped(4));
    printer.setFromTo(1, layout.pageCount());
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the report"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    printer.setFullPage(true);
    QPainter painter;
    if (!painter.begin(&printer)) {
        Q_EMIT messagePosted(tr("Could not start printing."));
        return;
    }
    int first = 0;
    int last = layout.pageCount() - 1;
    if (printer.printRange() == QPrinter::PageRange) {
        first = std::max(printer.fromPage() - 1, 0);
        last = std::min(printer.toPage() - 1, last);
    }
    const QRectF paper = printer.paperRect(QPrinter::DevicePixel);
    const double scale = paper.width() / layout.size.width();
    for (int i = first; i <= last; ++i) {
        if (i > first)
            printer.newPage();
        painter.save();
        painter.scale(scale, scale);
        paintReportPage(painter, layout, i);
        painter.restore();
    }
    painter.end();
    Q_EMIT messagePosted(tr("Sent %1 to the printer.").arg(printer.docName()));
}

} // namespace Csm
