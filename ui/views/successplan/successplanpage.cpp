#include "successplanpage.h"

#include "commands/addrecord.h"
#include "commands/removecascade.h"
#include "commands/removerecord.h"
#include "models/successplantreemodel.h"
#include "objectivedetailpanel.h"
#include "outcomedetailpanel.h"
#include "successplan/quickwin.h"
#include "successplandelegate.h"
#include "widgets/pagewidgets.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace Csm {

namespace {

using Kind = SuccessPlanTreeModel::ItemKind;

const QString kWarningStyle =
    QStringLiteral("QLabel { background: #fff4e5; color: #663c00; border: 1px solid #f0c36d; "
                   "border-radius: 4px; padding: 6px 8px; }");

QLabel *boldLabel(const QString &text, qreal scale = 1.0)
{
    auto *label = new QLabel(text);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * scale);
    label->setFont(font);
    return label;
}

} // namespace

SuccessPlanPage::SuccessPlanPage(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new SuccessPlanTreeModel(workspace, this))
{
    m_addOutcome = makeAction(tr("Add outcome"), QKeySequence(QStringLiteral("Ctrl+Shift+O")),
                              &SuccessPlanPage::addOutcome);
    m_addObjective = makeAction(tr("Add objective"), QKeySequence(QStringLiteral("Ctrl+Shift+B")),
                                &SuccessPlanPage::addObjective);
    m_addStep = makeAction(tr("Add step"), QKeySequence(QStringLiteral("Ctrl+Shift+S")),
                           &SuccessPlanPage::addStep);
    m_remove = makeAction(tr("Remove"), QKeySequence(QKeySequence::Delete),
                          &SuccessPlanPage::removeSelected);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(10);
    layout->addWidget(buildHeader());
    m_pages = new QStackedWidget;
    m_emptyState = buildEmptyState();
    m_editor = buildEditor();
    m_pages->addWidget(m_emptyState);
    m_pages->addWidget(m_editor);
    layout->addWidget(m_pages, 1);

    connect(m_model, &SuccessPlanTreeModel::planChanged, this, [this] {
        refresh();
        fitColumns(true);
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &under, int first, int last) {
                // New rows show their future children; a new child shows under its parent.
                if (under.isValid())
                    m_tree->expand(under);
                for (int row = first; row <= last; ++row)
                    m_tree->expand(m_model->index(row, 0, under));
                fitColumns(true);
            });
    connect(workspace, &Workspace::customerChanged, this, [this](const CustomerId &id) {
        if (id == m_customer)
            refresh(); // the kickoff date decides the quick-win warning
    });
}

QAction *SuccessPlanPage::makeAction(const QString &text, const QKeySequence &shortcut,
                                     void (SuccessPlanPage::*slot)())
{
    auto *action = new QAction(text, this);
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action->setToolTip(tr("%1 (%2)").arg(text, shortcut.toString(QKeySequence::NativeText)));
    connect(action, &QAction::triggered, this, slot);
    return action;
}

QWidget *SuccessPlanPage::buildHeader()
{
    auto *header = new QWidget;
    auto *layout = new QVBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_title = boldLabel(tr("Joint success plan"), 1.6);
    m_subtitle = new QLabel;
    m_subtitle->setEnabled(false);
    m_subtitle->setWordWrap(true);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);

    m_warning = new QLabel;
    m_warning->setObjectName(QStringLiteral("quickWinWarning"));
    m_warning->setWordWrap(true);
    m_warning->setTextFormat(Qt::PlainText);
    m_warning->setStyleSheet(kWarningStyle);
    m_warning->hide();
    layout->addSpacing(4);
    layout->addWidget(m_warning);

    m_quickWinHint = new QLabel(
        tr("No quick win yet: mark the objective the customer can reach 7 to 14 days after the "
           "kickoff as the quick win."));
    m_quickWinHint->setObjectName(QStringLiteral("quickWinHint"));
    m_quickWinHint->setWordWrap(true);
    m_quickWinHint->setEnabled(false);
    m_quickWinHint->hide();
    layout->addWidget(m_quickWinHint);
    return header;
}

QWidget *SuccessPlanPage::buildEmptyState()
{
    const EmptyStateCard card =
        makeEmptyStateCard(QStringLiteral("emptyState"), boldLabel(tr("No success plan yet"), 1.3));
    QVBoxLayout *layout = card.layout;

    auto *intro = new QLabel(tr("A joint success plan (3xO) ties what the customer wants to what "
                                "both teams do to get there. Agree it at the kickoff, then "
                                "measure it along the way."));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *levels = new QGridLayout;
    levels->setHorizontalSpacing(16);
    levels->setVerticalSpacing(8);
    const std::pair<QString, QString> rows[] = {
        {tr("Outcomes"), tr("The business value the customer wants, e.g. \"reduce reporting time "
                            "by 50 %\".")},
        {tr("Objectives"), tr("Measurable proof of each outcome: a metric with baseline, target, "
                              "target date and an owner on both sides.")},
        {tr("Operational steps"), tr("The tasks that move each objective, with an owner and a due "
                                     "date.")},
    };
    int row = 0;
    for (const auto &[name, text] : rows) {
        auto *caption = boldLabel(name);
        caption->setAlignment(Qt::AlignRight | Qt::AlignTop);
        auto *explanation = new QLabel(text);
        explanation->setWordWrap(true);
        levels->addWidget(caption, row, 0);
        levels->addWidget(explanation, row, 1);
        ++row;
    }
    levels->setColumnStretch(1, 1);
    layout->addLayout(levels);

    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add outcome"));
    add->setObjectName(QStringLiteral("emptyAddOutcome"));
    add->setDefault(true);
    add->setToolTip(m_addOutcome->toolTip());
    connect(add, &QPushButton::clicked, m_addOutcome, &QAction::trigger);
    m_emptyAddButton = add;
    buttons->addWidget(add);
    buttons->addStretch();
    layout->addSpacing(4);
    layout->addLayout(buttons);
    return card.page;
}

QWidget *SuccessPlanPage::buildEditor()
{
    auto *editor = new QWidget;
    auto *layout = new QVBoxLayout(editor);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);

    auto button = [](QAction *action) {
        auto *b = new QPushButton(action->text());
        b->setToolTip(action->toolTip());
        b->setEnabled(action->isEnabled());
        connect(b, &QPushButton::clicked, action, &QAction::trigger);
        connect(action, &QAction::changed, b, [b, action] { b->setEnabled(action->isEnabled()); });
        return b;
    };
    auto *bar = new QHBoxLayout;
    bar->setSpacing(6);
    m_addOutcomeButton = button(m_addOutcome);
    m_addObjectiveButton = button(m_addObjective);
    m_addStepButton = button(m_addStep);
    m_removeButton = button(m_remove);
    m_addOutcomeButton->setObjectName(QStringLiteral("addOutcome"));
    m_addObjectiveButton->setObjectName(QStringLiteral("addObjective"));
    m_addStepButton->setObjectName(QStringLiteral("addStep"));
    m_removeButton->setObjectName(QStringLiteral("remove"));
    bar->addWidget(m_addOutcomeButton);
    bar->addWidget(m_addObjectiveButton);
    bar->addWidget(m_addStepButton);
    bar->addSpacing(12);
    bar->addWidget(m_removeButton);
    bar->addStretch();
    auto *hint = new QLabel(tr("Double-click a cell to edit it."));
    hint->setEnabled(false);
    bar->addWidget(hint);
    layout->addLayout(bar);

    m_tree = new QTreeView;
    m_tree->setObjectName(QStringLiteral("successPlanTree"));
    m_tree->setModel(m_model);
    m_delegate = new SuccessPlanDelegate(m_tree);
    m_tree->setItemDelegate(m_delegate);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setExpandsOnDoubleClick(false);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::SelectedClicked);
    m_tree->setAccessibleName(tr("Success plan"));
    // These only act on the page: the tree, the panels, the buttons.
    addAction(m_addOutcome);
    addAction(m_addObjective);
    addAction(m_addStep);
    // Delete removes a plan item only while the tree has focus, not text in a field.
    m_remove->setShortcutContext(Qt::WidgetShortcut);
    m_tree->addAction(m_remove);

    QHeaderView *header = m_tree->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(SuccessPlanTreeModel::TitleColumn, QHeaderView::Stretch);
    header->setMinimumSectionSize(60);

    m_details = new QStackedWidget;
    m_detailsHint = new QLabel;
    m_detailsHint->setAlignment(Qt::AlignCenter);
    m_detailsHint->setWordWrap(true);
    m_detailsHint->setEnabled(false);
    m_outcomePanel = new OutcomeDetailPanel(m_workspace);
    m_objectivePanel = new ObjectiveDetailPanel(m_workspace);
    m_details->addWidget(m_detailsHint);
    m_details->addWidget(m_outcomePanel);
    m_details->addWidget(m_objectivePanel);
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_tree);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    // The details keep the room they need (their minimum); the tree takes the rest.
    splitter->setSizes({10000, 1});
    layout->addWidget(splitter, 1);

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        showDetails();
        refreshActions();
    });
    return editor;
}

void SuccessPlanPage::setCustomer(const CustomerId &customer)
{
    m_customer = customer;
    m_model->setCustomer(customer);
    m_tree->expandAll();
    fitColumns(false);
    showDetails();
    refresh();
}

bool SuccessPlanPage::isEmptyStateShown() const
{
    return m_pages->currentWidget() == m_emptyState;
}

void SuccessPlanPage::fitColumns(bool growOnly)
{
    // Each column as wide as its header and content, within bounds; the title takes the rest.
    const QFontMetrics metrics = m_tree->fontMetrics();
    const int minimum =
        metrics.horizontalAdvance(QLocale().toString(QDate(2026, 12, 31), QLocale::ShortFormat)) +
        16;
    const int maximum = metrics.averageCharWidth() * 30;
    for (int column = SuccessPlanTreeModel::StatusColumn;
         column < SuccessPlanTreeModel::ColumnCount; ++column) {
        // Through the base class, where the content's size hint is public.
        const QAbstractItemView *view = m_tree;
        const int content =
            qMax(view->sizeHintForColumn(column), m_tree->header()->sectionSizeHint(column));
        int width = qBound(minimum, content + 8, maximum);
        if (growOnly)
            width = qMax(width, m_tree->columnWidth(column));
        m_tree->setColumnWidth(column, width);
    }
}

QModelIndex SuccessPlanPage::currentIndex() const
{
    const QModelIndex current = m_tree->currentIndex();
    return current.isValid() ? current.siblingAtColumn(SuccessPlanTreeModel::TitleColumn)
                             : QModelIndex();
}

void SuccessPlanPage::refresh()
{
    const Customer *customer = m_workspace->customer(m_customer);
    setEnabled(customer != nullptr);
    m_pages->setCurrentWidget(m_model->rowCount() == 0 ? m_emptyState : m_editor);
    refreshActions();
    if (!customer) {
        m_subtitle->clear();
        m_warning->hide();
        m_quickWinHint->hide();
        return;
    }

    const QList<Objective> objectives = m_workspace->records<Objective>(m_customer);
    QStringList facts;
    facts.append(customer->accountName.isEmpty() ? tr("(unnamed customer)")
                                                 : customer->accountName);
    facts.append(customer->kickoffDate.isValid()
                     ? tr("Kickoff on %1")
                           .arg(QLocale().toString(customer->kickoffDate, QLocale::ShortFormat))
                     : tr("No kickoff date yet"));
    if (!objectives.isEmpty()) {
        int good = 0;
        for (const Objective &objective : objectives) {
            const ObjectiveStatus status = m_model->progressOf(objective.id).status;
            good += status == ObjectiveStatus::OnTrack || status == ObjectiveStatus::Achieved;
        }
        facts.append(
            tr("Objectives achieved or on track: %1 of %2").arg(good).arg(objectives.size()));
    }
    m_subtitle->setText(facts.join(QStringLiteral("  ·  ")));

    // The quick win: its timing against the kickoff, and only one of it.
    QStringList warnings;
    bool anyQuickWin = false;
    int quickWins = 0;
    for (const Objective &objective : objectives)
        quickWins += objective.quickWin;
    for (const Objective &objective : objectives) {
        anyQuickWin = anyQuickWin || objective.quickWin;
        const QString warning = quickWinTimingWarning(customer->kickoffDate, objective);
        if (warning.isEmpty())
            continue;
        const QString name =
            objective.metric.trimmed().isEmpty() ? tr("(unnamed objective)") : objective.metric;
        warnings.append(quickWins > 1 ? tr("%1: %2").arg(name, warning) : warning);
    }
    const QString multiple = multipleQuickWinsWarning(objectives);
    if (!multiple.isEmpty())
        warnings.prepend(multiple);
    m_warning->setText(warnings.join(QLatin1Char('\n')));
    m_warning->setVisible(!warnings.isEmpty());
    m_quickWinHint->setVisible(!anyQuickWin && !objectives.isEmpty());
}

void SuccessPlanPage::refreshActions()
{
    const bool hasCustomer = m_workspace->customer(m_customer) != nullptr;
    const QModelIndex current = currentIndex();
    const bool hasCurrent = hasCustomer && current.isValid();
    const Kind kind = m_model->kindOf(current);
    m_addOutcome->setEnabled(hasCustomer);
    // An objective needs an outcome to go under, a step an objective.
    bool underOutcome = false;
    bool underObjective = false;
    for (QModelIndex i = current; i.isValid(); i = i.parent()) {
        underOutcome = underOutcome || m_model->kindOf(i) == Kind::Outcome;
        underObjective = underObjective || m_model->kindOf(i) == Kind::Objective;
    }
    m_addObjective->setEnabled(hasCurrent && underOutcome);
    m_addStep->setEnabled(hasCurrent && underObjective);
    m_remove->setEnabled(hasCurrent);
    const QString removeText = !hasCurrent               ? tr("Remove")
                               : kind == Kind::Outcome   ? tr("Remove outcome")
                               : kind == Kind::Objective ? tr("Remove objective")
                                                         : tr("Remove step");
    m_remove->setText(removeText);
    m_removeButton->setText(removeText);
    m_remove->setToolTip(kind == Kind::Step || !hasCurrent
                             ? tr("Remove the selected item (Del)")
                             : tr("Remove the selected item with everything under it (Del)"));
    m_removeButton->setToolTip(m_remove->toolTip());
}

void SuccessPlanPage::showDetails()
{
    const QModelIndex current = currentIndex();
    if (!current.isValid()) {
        m_detailsHint->setText(tr("Select an objective to see where it stands and to record "
                                  "measurements."));
        m_details->setCurrentWidget(m_detailsHint);
        return;
    }
    switch (m_model->kindOf(current)) {
    case Kind::Outcome:
        m_outcomePanel->setOutcome(m_model->outcomeAt(current));
        m_details->setCurrentWidget(m_outcomePanel);
        break;
    case Kind::Objective:
        m_objectivePanel->setObjective(m_model->objectiveAt(current));
        m_details->setCurrentWidget(m_objectivePanel);
        break;
    case Kind::Step:
        m_detailsHint->setText(tr("Edit a step in the list above: double-click its task, owner "
                                  "or due date, and tick it when it is done."));
        m_details->setCurrentWidget(m_detailsHint);
        break;
    }
}

void SuccessPlanPage::selectAndEdit(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    m_tree->scrollTo(index);
    m_tree->setCurrentIndex(index);
    m_tree->setFocus(Qt::OtherFocusReason);
    m_tree->edit(index);
}

void SuccessPlanPage::addOutcome()
{
    if (!m_workspace->customer(m_customer))
        return;
    commitPendingEdits();
    Outcome outcome;
    outcome.id = OutcomeId::create();
    outcome.customerId = m_customer;
    outcome.meta = m_workspace->newMeta();
    m_workspace->undoStack()->push(new AddRecord<Outcome>(m_workspace, outcome, tr("Add outcome")));
    selectAndEdit(m_model->indexOf(outcome.id));
}

void SuccessPlanPage::addObjective()
{
    const Customer *customer = m_workspace->customer(m_customer);
    if (!customer)
        return;
    QModelIndex index = currentIndex();
    while (index.isValid() && m_model->kindOf(index) != Kind::Outcome)
        index = index.parent();
    const OutcomeId outcomeId = m_model->outcomeAt(index);
    if (outcomeId.isNull())
        return;
    commitPendingEdits();
    Objective objective;
    objective.id = ObjectiveId::create();
    objective.customerId = m_customer;
    objective.outcomeId = outcomeId;
    objective.vendorOwner = customer->csmOwner;
    objective.meta = m_workspace->newMeta();
    m_workspace->undoStack()->push(
        new AddRecord<Objective>(m_workspace, objective, tr("Add objective")));
    selectAndEdit(m_model->indexOf(objective.id));
}

void SuccessPlanPage::addStep()
{
    if (!m_workspace->customer(m_customer))
        return;
    QModelIndex index = currentIndex();
    while (index.isValid() && m_model->kindOf(index) != Kind::Objective)
        index = index.parent();
    const ObjectiveId objectiveId = m_model->objectiveAt(index);
    if (objectiveId.isNull())
        return;
    commitPendingEdits();
    OperationalStep step;
    step.id = StepId::create();
    step.customerId = m_customer;
    step.objectiveId = objectiveId;
    step.meta = m_workspace->newMeta();
    m_workspace->undoStack()->push(
        new AddRecord<OperationalStep>(m_workspace, step, tr("Add step")));
    selectAndEdit(m_model->indexOf(step.id));
}

void SuccessPlanPage::removeSelected()
{
    const QModelIndex current = currentIndex();
    if (!current.isValid())
        return;
    commitPendingEdits();
    QUndoCommand *command = nullptr;
    switch (m_model->kindOf(current)) {
    case Kind::Outcome:
        command = makeRemoveOutcome(m_workspace, m_model->outcomeAt(current));
        break;
    case Kind::Objective:
        command = makeRemoveObjective(m_workspace, m_model->objectiveAt(current));
        break;
    case Kind::Step: {
        const StepId id = m_model->stepAt(current);
        const OperationalStep *step = m_workspace->record<OperationalStep>(id);
        command = new RemoveRecord<OperationalStep>(m_workspace, id);
        command->setText(tr("Remove step %1").arg(step ? step->task : QString()));
        break;
    }
    }
    if (command)
        m_workspace->undoStack()->push(command);
}

void SuccessPlanPage::commitPendingEdits()
{
    // An open cell editor is a direct child of the tree's viewport.
    const auto editors = m_tree->viewport()->findChildren<QWidget *>(Qt::FindDirectChildrenOnly);
    for (QWidget *editor : editors) {
        if (!editor->isVisible())
            continue;
        Q_EMIT m_delegate->commitData(editor);
        Q_EMIT m_delegate->closeEditor(editor, QAbstractItemDelegate::NoHint);
    }
    m_objectivePanel->commitPendingEdits();
}

} // namespace Csm
