#include "takebackdialog.h"

#include "domain/onboardingfile.h"
#include "widgets/pagewidgets.h"
#include "workspace/workspace.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <limits>

namespace Csm {

namespace {

// Longer values are cut in their cell; the tooltip shows them whole.
constexpr qsizetype MaxCellLength = 400;
const QChar EmDash(0x2014);

QString localDateTime(const QDateTime &at)
{
    return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
}

QLabel *valueLabel(const QString &text = {})
{
    auto *label = new QLabel(text);
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

// "3 records added, 5 changed, 1 deleted": the noun on the first part only.
QString countsText(const MergeCounts &counts)
{
    QStringList parts;
    if (counts.added > 0)
        parts.append(parts.isEmpty()
                         ? TakeBackDialog::tr("%n record(s) added", nullptr, counts.added)
                         : TakeBackDialog::tr("%n added", nullptr, counts.added));
    if (counts.changed > 0)
        parts.append(parts.isEmpty()
                         ? TakeBackDialog::tr("%n record(s) changed", nullptr, counts.changed)
                         : TakeBackDialog::tr("%n changed", nullptr, counts.changed));
    if (counts.removed > 0)
        parts.append(parts.isEmpty()
                         ? TakeBackDialog::tr("%n record(s) deleted", nullptr, counts.removed)
                         : TakeBackDialog::tr("%n deleted", nullptr, counts.removed));
    return parts.join(QLatin1String(", "));
}

int recordCount(const OnboardingFile &file)
{
    qsizetype count = 0;
    forEachRecordType([&](auto type) {
        using R = decltype(type);
        count += file.records<R>().size();
    });
    return int(count);
}

QString modifiedText(const QString &by, const QDateTime &at)
{
    if (!at.isValid())
        return by.isEmpty() ? QString() : TakeBackDialog::tr("Changed by %1").arg(by);
    return by.isEmpty() ? TakeBackDialog::tr("Changed on %1").arg(localDateTime(at))
                        : TakeBackDialog::tr("Changed by %1 on %2").arg(by, localDateTime(at));
}

// A value cell: an em dash in grey when empty, long values cut, who changed it when in the
// tooltip.
QTableWidgetItem *valueItem(const QString &value, const QString &by, const QDateTime &at,
                            const QPalette &palette)
{
    auto *item = new QTableWidgetItem;
    if (value.isEmpty()) {
        item->setText(EmDash);
        item->setForeground(palette.color(QPalette::PlaceholderText));
    } else if (value.size() > MaxCellLength) {
        item->setText(value.left(MaxCellLength).trimmed() + QChar(0x2026));
    } else {
        item->setText(value);
    }
    const QString modified = modifiedText(by, at);
    QString tip = value.isEmpty() ? TakeBackDialog::tr("(empty)") : value.toHtmlEscaped();
    if (!modified.isEmpty())
        tip += QLatin1String("<br><br><i>") + modified.toHtmlEscaped() + QLatin1String("</i>");
    item->setToolTip(QLatin1String("<qt>") + tip.replace(u'\n', QLatin1String("<br>")) +
                     QLatin1String("</qt>"));
    item->setTextAlignment(Qt::AlignLeft | Qt::AlignTop);
    return item;
}

QTableWidgetItem *textItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setToolTip(text);
    item->setTextAlignment(Qt::AlignLeft | Qt::AlignTop);
    return item;
}

} // namespace

TakeBackDialog::TakeBackDialog(Workspace *workspace, const SharedFile *file, TakeBackPlan plan,
                               QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_file(file)
    , m_plan(std::move(plan))
    , m_choices(m_plan.merge.conflicts.size(), MergeChoice::Ours)
{
    const ShareInfo &info = m_plan.info;
    const QString account = info.accountName.trimmed();
    setWindowTitle(m_plan.isNewCustomer ? tr("Add Customer from Shared File")
                                        : tr("Take Back %1").arg(account));

    // What the file is.
    auto *header = new QFormLayout;
    header->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    header->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *accountLabel = valueLabel(account);
    accountLabel->setObjectName(QStringLiteral("account"));
    QFont bold = accountLabel->font();
    bold.setBold(true);
    accountLabel->setFont(bold);
    header->addRow(tr("Customer:"), accountLabel);
    header->addRow(tr("File:"), valueLabel(QDir::toNativeSeparators(m_plan.sourcePath)));
    const QString writtenAt = info.writtenAt.isValid() ? localDateTime(info.writtenAt) : QString();
    header->addRow(tr("Written:"),
                   valueLabel(info.writtenBy.isEmpty()
                                  ? writtenAt
                                  : tr("by %1 on %2").arg(info.writtenBy, writtenAt)));
    header->addRow(tr("Protection:"), valueLabel(info.encrypted ? tr("Protected with a passphrase")
                                                                : tr("Not protected")));
    const int events = int(qMin<qint64>(info.usageEvents, std::numeric_limits<int>::max()));
    header->addRow(tr("Usage data:"),
                   valueLabel(!info.hasUsage ? tr("None")
                              : info.usage == UsageSharing::Raw
                                  ? tr("Raw usage events (%Ln event(s))", nullptr, events)
                                  : tr("Usage rollups only")));
    if (!m_plan.isNewCustomer) {
        auto *base = valueLabel(
            m_plan.base ? tr("Merged against the file exchanged on %1")
                              .arg(localDateTime(m_plan.baseExchangedAt))
                        : tr("Never exchanged from here: every difference is shown as a conflict"));
        base->setObjectName(QStringLiteral("mergeBase"));
        header->addRow(tr("Base:"), base);
    }

    // What taking it back does.
    m_summary = valueLabel();
    m_summary->setObjectName(QStringLiteral("summary"));
    if (m_plan.isNewCustomer) {
        m_summary->setText(
            tr("A new customer: %1 will be added with %2 and %3.")
                .arg(account,
                     tr("%n stakeholder(s)", nullptr, int(m_plan.theirs.stakeholders.size())),
                     tr("%n record(s)", nullptr, recordCount(m_plan.theirs))));
    }

    auto *problem = valueLabel(m_plan.problem);
    problem->setObjectName(QStringLiteral("problem"));
    problem->setStyleSheet(noticeStyle(palette()));
    problem->setVisible(!m_plan.problem.isEmpty());
    m_summary->setVisible(m_plan.problem.isEmpty());

    m_showChanges = new QToolButton;
    m_showChanges->setObjectName(QStringLiteral("showChanges"));
    m_showChanges->setCheckable(true);
    m_showChanges->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_showChanges->setArrowType(Qt::RightArrow);
    m_showChanges->setAutoRaise(true);
    m_changes = new QListWidget;
    m_changes->setObjectName(QStringLiteral("changes"));
    m_changes->setAccessibleName(tr("Changes taken from the file"));
    m_changes->setWordWrap(true);
    m_changes->setSelectionMode(QAbstractItemView::NoSelection);
    m_changes->hide();

    // The conflicts, side by side.
    const bool hasConflicts = !m_plan.merge.conflicts.isEmpty();
    auto *conflictsBox = new QWidget;
    auto *conflictsLayout = new QVBoxLayout(conflictsBox);
    conflictsLayout->setContentsMargins(0, 0, 0, 0);
    auto *conflictsTitle =
        new QLabel(tr("%n conflict(s): both sides changed these. Choose what to keep.", nullptr,
                      int(m_plan.merge.conflicts.size())));
    conflictsTitle->setObjectName(QStringLiteral("conflictsTitle"));
    conflictsTitle->setFont(bold);
    conflictsTitle->setWordWrap(true);
    auto *keepAll = new QPushButton(tr("&Keep All Here"));
    keepAll->setObjectName(QStringLiteral("keepAllHere"));
    auto *takeAll = new QPushButton(tr("&Take All Theirs"));
    takeAll->setObjectName(QStringLiteral("takeAllTheirs"));
    keepAll->setAutoDefault(false);
    takeAll->setAutoDefault(false);
    auto *conflictsBar = new QHBoxLayout;
    conflictsBar->addWidget(conflictsTitle, 1);
    conflictsBar->addWidget(keepAll);
    conflictsBar->addWidget(takeAll);
    m_conflicts = new QTableWidget(0, ColumnCount);
    m_conflicts->setObjectName(QStringLiteral("conflicts"));
    m_conflicts->setAccessibleName(tr("Conflicts"));
    m_conflicts->setHorizontalHeaderLabels(
        {tr("Record"), tr("Field"), tr("Here"), tr("There"), tr("Keep")});
    m_conflicts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_conflicts->setSelectionMode(QAbstractItemView::NoSelection);
    m_conflicts->setWordWrap(true);
    m_conflicts->setTextElideMode(Qt::ElideNone);
    m_conflicts->verticalHeader()->hide();
    m_conflicts->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    QHeaderView *columns = m_conflicts->horizontalHeader();
    columns->setSectionResizeMode(RecordColumn, QHeaderView::Interactive);
    columns->setSectionResizeMode(FieldColumn, QHeaderView::Interactive);
    columns->setSectionResizeMode(HereColumn, QHeaderView::Stretch);
    columns->setSectionResizeMode(ThereColumn, QHeaderView::Stretch);
    columns->setSectionResizeMode(ChoiceColumn, QHeaderView::ResizeToContents);
    columns->resizeSection(RecordColumn, 160);
    columns->resizeSection(FieldColumn, 120);
    conflictsLayout->addLayout(conflictsBar);
    conflictsLayout->addWidget(m_conflicts, 1);
    conflictsBox->setVisible(hasConflicts);

    // What happens to the usage data.
    QString usageText;
    switch (m_plan.usage) {
    case TakeBackPlan::Usage::Add:
        usageText = tr("The file's usage data is added.");
        break;
    case TakeBackPlan::Usage::Replace:
        usageText = tr("The usage data here is replaced by the file's, which has newer imports.");
        break;
    case TakeBackPlan::Usage::KeepOurs:
    case TakeBackPlan::Usage::None:
        break;
    }
    if (!m_plan.usageNote.isEmpty())
        usageText = usageText.isEmpty() ? m_plan.usageNote : usageText + u' ' + m_plan.usageNote;
    auto *usage = hintLabel(usageText);
    usage->setObjectName(QStringLiteral("usageNote"));
    usage->setTextFormat(Qt::PlainText);
    usage->setVisible(!usageText.isEmpty());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("takeBack"));
    m_cancel = buttons->button(QDialogButtonBox::Cancel);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addLayout(header);
    layout->addWidget(problem);
    layout->addWidget(m_summary);
    layout->addWidget(m_showChanges, 0, Qt::AlignLeft);
    layout->addWidget(m_changes, hasConflicts ? 0 : 1);
    layout->addWidget(conflictsBox, hasConflicts ? 1 : 0);
    layout->addWidget(usage);
    if (!hasConflicts)
        layout->addStretch();
    layout->addWidget(buttons);

    connect(m_showChanges, &QToolButton::toggled, this, [this](bool shown) {
        m_showChanges->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
        m_changes->setVisible(shown);
        // Grow to show the list rather than squeeze it.
        if (shown && height() < fittingHeight(width()))
            resize(width(), fittingHeight(width()));
    });
    connect(keepAll, &QPushButton::clicked, this, &TakeBackDialog::keepAllHere);
    connect(takeAll, &QPushButton::clicked, this, &TakeBackDialog::takeAllTheirs);
    connect(buttons, &QDialogButtonBox::accepted, this, &TakeBackDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    fillConflicts();
    updateSummary();
    // Room for the conflicts side by side; a plain take-back needs less (sized once the
    // summary is written).
    if (hasConflicts) {
        m_changes->setMaximumHeight(160);
        resize(820, 560);
    } else {
        resize(640, fittingHeight(640));
    }
}

int TakeBackDialog::fittingHeight(int width) const
{
    // The wrapped labels' height at this width, not at their narrow default.
    return hasHeightForWidth() ? heightForWidth(width) : sizeHint().height();
}

void TakeBackDialog::fillConflicts()
{
    const QList<MergeConflict> &conflicts = m_plan.merge.conflicts;
    m_conflicts->setRowCount(int(conflicts.size()));
    for (int row = 0; row < int(conflicts.size()); ++row) {
        const MergeConflict &c = conflicts.at(row);
        const QString record =
            c.recordName.isEmpty()
                ? c.entityLabel
                : QStringLiteral("%1 \u201c%2\u201d").arg(c.entityLabel, c.recordName);
        m_conflicts->setItem(row, RecordColumn, textItem(record));
        m_conflicts->setItem(
            row, FieldColumn,
            textItem(c.kind == MergeConflict::Kind::Field ? c.fieldLabel : tr("Record")));
        m_conflicts->setItem(row, HereColumn,
                             valueItem(c.ours, c.oursModifiedBy, c.oursModifiedAt, palette()));
        m_conflicts->setItem(
            row, ThereColumn,
            valueItem(c.theirs, c.theirsModifiedBy, c.theirsModifiedAt, palette()));

        // The choice: keep here or take theirs, a pair of radio buttons per row, on the
        // window's background (radio buttons on a view's base can hardly be seen in dark mode).
        auto *cell = new QWidget;
        cell->setAutoFillBackground(true);
        cell->setBackgroundRole(QPalette::Window);
        auto *cellLayout = new QVBoxLayout(cell);
        cellLayout->setContentsMargins(6, 2, 6, 2);
        cellLayout->setSpacing(0);
        auto *here = new QRadioButton(tr("Keep here"));
        auto *theirs = new QRadioButton(tr("Take theirs"));
        const QString what = c.kind == MergeConflict::Kind::Field
                                 ? QStringLiteral("%1, %2").arg(record, c.fieldLabel)
                                 : record;
        here->setAccessibleName(tr("Keep here: %1").arg(what));
        theirs->setAccessibleName(tr("Take theirs: %1").arg(what));
        cellLayout->addWidget(here);
        cellLayout->addWidget(theirs);
        cellLayout->addStretch();
        auto *group = new QButtonGroup(cell);
        group->addButton(here, int(MergeChoice::Ours));
        group->addButton(theirs, int(MergeChoice::Theirs));
        here->setChecked(true);
        m_choiceGroups.append(group);
        m_conflicts->setCellWidget(row, ChoiceColumn, cell);
        connect(group, &QButtonGroup::idToggled, this, [this, row](int id, bool checked) {
            if (checked)
                setChoice(row, MergeChoice(id));
        });
        showChoice(row);
    }
}

void TakeBackDialog::showChoice(int row)
{
    // The value that will be kept stands out.
    const bool theirs = m_choices.at(row) == MergeChoice::Theirs;
    for (const int column : {int(HereColumn), int(ThereColumn)}) {
        QTableWidgetItem *item = m_conflicts->item(row, column);
        QFont font = item->font();
        font.setBold((column == ThereColumn) == theirs);
        item->setFont(font);
    }
    if (QAbstractButton *button = m_choiceGroups.at(row)->button(int(m_choices.at(row)));
        button && !button->isChecked()) {
        const QSignalBlocker blocker(m_choiceGroups.at(row));
        button->setChecked(true);
    }
}

void TakeBackDialog::setChoice(int conflict, MergeChoice choice)
{
    if (conflict < 0 || conflict >= m_choices.size() || m_choices.at(conflict) == choice)
        return;
    m_choices[conflict] = choice;
    showChoice(conflict);
    updateSummary();
}

void TakeBackDialog::setChoices(const QList<MergeChoice> &choices)
{
    m_choices = choices;
    for (int row = 0; row < int(m_choices.size()); ++row)
        showChoice(row);
    updateSummary();
}

void TakeBackDialog::keepAllHere()
{
    setChoices(QList<MergeChoice>(m_choices.size(), MergeChoice::Ours));
}

void TakeBackDialog::takeAllTheirs()
{
    setChoices(QList<MergeChoice>(m_choices.size(), MergeChoice::Theirs));
}

bool TakeBackDialog::nothingToTake() const
{
    return !m_plan.isNewCustomer && m_plan.merge.conflicts.isEmpty() && !m_plan.merge.changesOurs &&
           m_plan.usage != TakeBackPlan::Usage::Add && m_plan.usage != TakeBackPlan::Usage::Replace;
}

void TakeBackDialog::updateSummary()
{
    m_ok->setEnabled(m_plan.problem.isEmpty());
    if (m_plan.isNewCustomer) {
        m_ok->setText(tr("Add Customer"));
        m_showChanges->hide();
        return;
    }
    if (nothingToTake()) {
        m_summary->setText(
            tr("Nothing to take: this workspace already has everything in the file."));
        m_ok->setText(tr("Close"));
        m_cancel->hide();
        m_showChanges->hide();
        return;
    }
    m_ok->setText(tr("Take Back"));

    // The counts and changes with the current choices.
    const MergeResult resolved = m_plan.resolve(m_choices);
    const QString counts = countsText(resolved.counts);
    m_summary->setText(counts.isEmpty() ? tr("No record changes here with these choices.")
                                        : tr("Taking it back: %1.").arg(counts));
    m_changes->clear();
    m_changes->addItems(resolved.changes);
    m_showChanges->setText(tr("Changes (%1)").arg(QLocale().toString(resolved.changes.size())));
    m_showChanges->setVisible(!resolved.changes.isEmpty());
    if (resolved.changes.isEmpty())
        m_showChanges->setChecked(false);
}

QString TakeBackDialog::stalePlanReason() const
{
    // The plan merged against the workspace as it was; a change since would be overwritten.
    const CustomerId id = m_plan.info.customer;
    const bool changed =
        m_plan.isNewCustomer
            ? m_workspace->customer(id) != nullptr
            : !m_workspace->customer(id) || !(m_workspace->onboardingFile(id) == m_plan.ours);
    return changed ? tr("The customer changed in this workspace while this window was open. "
                        "Open the file again to take it back.")
                   : QString();
}

void TakeBackDialog::accept()
{
    if (!m_plan.problem.isEmpty())
        return;
    QString error = stalePlanReason();
    if (error.isEmpty()) {
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
        error = takeBack(*m_workspace, *m_file, m_plan, m_choices);
        QGuiApplication::restoreOverrideCursor();
    }
    if (!error.isEmpty()) {
        // Not blocking: the dialog stays open, and tests can drive it without an event loop.
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Cannot Take Back"), error,
                                    QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    QDialog::accept();
}

} // namespace Csm
