#include "objectivedetailpanel.h"

#include "commands/changerecordfield.h"
#include "commands/removerecord.h"
#include "models/recordtablemodel.h"
#include "models/successplantreemodel.h"
#include "successplan/objectiveprogress.h"
#include "widgets/optionaldateedit.h"
#include "widgets/recorddelegate.h"
#include "workspace/workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace Csm {

namespace {

// A number field that shows 8 as "8" and 2.5 as "2.5", not "8.0000".
class NumberSpinBox : public QDoubleSpinBox
{
public:
    NumberSpinBox()
    {
        QLocale plain = locale();
        plain.setNumberOptions(QLocale::OmitGroupSeparator);
        setLocale(plain);
        setRange(-1e9, 1e9);
        setDecimals(4);
        setAccelerated(true);
    }

    QString textFromValue(double value) const override { return locale().toString(value, 'g', 12); }
};

QString percentText(double fraction)
{
    return ObjectiveDetailPanel::tr("%1 %").arg(QLocale().toString(qRound(fraction * 100)));
}

} // namespace

ObjectiveDetailPanel::ObjectiveDetailPanel(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(buildFields(), 5);
    auto *right = new QVBoxLayout;
    right->setSpacing(12);
    right->addWidget(buildProgress());
    right->addWidget(buildMeasurements(), 1);
    layout->addLayout(right, 6);

    auto follow = [this](RecordKind kind, const CustomerId &customer, const QUuid &id) {
        if (customer != m_customer)
            return;
        if ((kind == RecordKind::Objective && id == m_objective.uuid()) ||
            kind == RecordKind::Measurement || kind == RecordKind::Outcome)
            refresh();
    };
    connect(workspace, &Workspace::recordAdded, this, follow);
    connect(workspace, &Workspace::recordRemoved, this, follow);
    connect(workspace, &Workspace::recordChanged, this, follow);
    auto customerEvent = [this](const CustomerId &id) {
        if (id == m_customer)
            refresh();
    };
    connect(workspace, &Workspace::customerAdded, this, customerEvent);
    connect(workspace, &Workspace::customerRemoved, this, customerEvent);
    // Seats, go-live and the activation event change the metrics; an import changes the data.
    auto usageEvent = [this](const CustomerId &id) {
        if (id != m_customer)
            return;
        forgetUsageMetrics();
        // Typing in the handoff form changes the customer at every key; catch up when shown.
        if (isVisible())
            refresh();
    };
    connect(workspace, &Workspace::customerChanged, this, usageEvent);
    connect(workspace, &Workspace::usageChanged, this, usageEvent);
}

void ObjectiveDetailPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_usageMetrics && !m_objective.isNull())
        refresh();
}

QWidget *ObjectiveDetailPanel::buildFields()
{
    auto *group = new QGroupBox(tr("Objective"));
    auto *grid = new QGridLayout(group);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(6);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);

    auto label = [](ObjectiveField field) { return recordFieldLabel<Objective>(field); };
    auto addRow = [&](int row, int column, ObjectiveField field, QWidget *editor, int span = 1) {
        auto *caption = new QLabel(label(field));
        caption->setBuddy(editor);
        editor->setObjectName(QLatin1String(recordFieldSpec<Objective>(field).key));
        editor->setAccessibleName(label(field));
        grid->addWidget(caption, row, column, Qt::AlignRight | Qt::AlignVCenter);
        grid->addWidget(editor, row, column + 1, 1, span);
        m_editors.insert(int(field), editor);
    };
    auto lineEdit = [this](ObjectiveField field) {
        auto *line = new QLineEdit;
        connect(line, &QLineEdit::textEdited, this,
                [this, field](const QString &text) { edit(field, text); });
        return line;
    };
    auto numberEdit = [this](ObjectiveField field) {
        auto *spin = new NumberSpinBox;
        connect(spin, &QDoubleSpinBox::valueChanged, this,
                [this, field](double value) { edit(field, value); });
        return spin;
    };
    auto checkBox = [this, &label](ObjectiveField field) {
        auto *check = new QCheckBox(label(field));
        check->setObjectName(QLatin1String(recordFieldSpec<Objective>(field).key));
        connect(check, &QCheckBox::clicked, this, [this, field](bool on) { edit(field, on); });
        m_editors.insert(int(field), check);
        return check;
    };

    auto *metric = lineEdit(ObjectiveField::Metric);
    metric->setPlaceholderText(tr("What is measured, e.g. weekly admin time"));
    addRow(0, 0, ObjectiveField::Metric, metric, 3);

    auto *outcome = new QComboBox;
    outcome->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    outcome->setMinimumContentsLength(20);
    connect(outcome, &QComboBox::activated, this,
            [this, outcome](int) { edit(ObjectiveField::Outcome, outcome->currentData()); });
    addRow(1, 0, ObjectiveField::Outcome, outcome, 3);

    addRow(2, 0, ObjectiveField::Baseline, numberEdit(ObjectiveField::Baseline));
    addRow(2, 2, ObjectiveField::Target, numberEdit(ObjectiveField::Target));
    auto *unit = lineEdit(ObjectiveField::Unit);
    unit->setPlaceholderText(tr("e.g. h/week"));
    addRow(3, 0, ObjectiveField::Unit, unit);

    auto *targetDate = new OptionalDateEdit;
    connect(targetDate, &OptionalDateEdit::dateEdited, this,
            [this](const QDate &date) { edit(ObjectiveField::TargetDate, date); });
    addRow(4, 0, ObjectiveField::TargetDate, targetDate, 3);

    addRow(5, 0, ObjectiveField::VendorOwner, lineEdit(ObjectiveField::VendorOwner));
    addRow(5, 2, ObjectiveField::CustomerOwner, lineEdit(ObjectiveField::CustomerOwner));

    // Filled in refreshUsage(): the metrics this customer's usage data has.
    auto *usageMetric = new QComboBox;
    usageMetric->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    usageMetric->setMinimumContentsLength(20);
    usageMetric->setToolTip(tr("The adoption metric its readings can be recorded from, once the "
                               "customer's usage data is imported"));
    connect(usageMetric, &QComboBox::activated, this, [this, usageMetric](int) {
        edit(ObjectiveField::UsageMetric, usageMetric->currentData().toString());
    });
    addRow(6, 0, ObjectiveField::UsageMetric, usageMetric, 3);

    auto *checks = new QHBoxLayout;
    checks->setSpacing(16);
    checks->addWidget(checkBox(ObjectiveField::ConfirmedAtKickoff));
    QCheckBox *quickWin = checkBox(ObjectiveField::QuickWin);
    quickWin->setToolTip(tr("One early result the customer sees 7 to 14 days after the kickoff."));
    checks->addWidget(quickWin);
    checks->addStretch();
    grid->addLayout(checks, 7, 1, 1, 3);
    grid->setRowStretch(8, 1);
    return group;
}

QWidget *ObjectiveDetailPanel::buildProgress()
{
    auto *group = new QGroupBox(tr("Where it stands"));
    auto *layout = new QVBoxLayout(group);
    layout->setSpacing(6);

    auto *statusRow = new QHBoxLayout;
    statusRow->setSpacing(10);
    m_badge = new QLabel;
    m_badge->setObjectName(QStringLiteral("statusBadge"));
    m_badge->setAlignment(Qt::AlignCenter);
    m_badge->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_reason = new QLabel;
    m_reason->setObjectName(QStringLiteral("statusReason"));
    m_reason->setWordWrap(true);
    m_reason->setTextFormat(Qt::PlainText);
    statusRow->addWidget(m_badge, 0, Qt::AlignTop);
    statusRow->addWidget(m_reason, 1);
    layout->addLayout(statusRow);

    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setRange(0, 100);
    m_progress->setAccessibleName(tr("Progress from baseline to target"));
    m_progress->setTextVisible(false); // the reason beside the badge says how far
    m_progress->setFixedHeight(m_progress->fontMetrics().height() - 2);
    layout->addWidget(m_progress);

    // Under the bar: where it started and where it should get to; then where it is.
    auto *captions = new QHBoxLayout;
    captions->setSpacing(12);
    m_baselineCaption = new QLabel;
    m_targetCaption = new QLabel;
    m_baselineCaption->setEnabled(false);
    m_targetCaption->setEnabled(false);
    captions->addWidget(m_baselineCaption);
    captions->addStretch();
    captions->addWidget(m_targetCaption);
    layout->addLayout(captions);

    m_latest = new QLabel;
    m_latest->setObjectName(QStringLiteral("latest"));
    m_latest->setTextFormat(Qt::PlainText);
    m_latest->setWordWrap(true);
    layout->addWidget(m_latest);
    return group;
}

QWidget *ObjectiveDetailPanel::buildMeasurements()
{
    auto *group = new QGroupBox(tr("Measurements"));
    auto *layout = new QVBoxLayout(group);
    layout->setSpacing(6);

    m_measurements = new RecordTableModel<Measurement>(
        m_workspace, {MeasurementField::Date, MeasurementField::Value, MeasurementField::Note},
        this);
    m_sorted = new QSortFilterProxyModel(this);
    m_sorted->setSourceModel(m_measurements);
    m_sorted->setSortRole(RecordTableModelBase::SortRole);
    m_sorted->sort(0, Qt::AscendingOrder);

    auto *row = new QHBoxLayout;
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("measurements"));
    m_table->setModel(m_sorted);
    m_table->setItemDelegate(new RecordDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    // Compact rows, so that a few readings show without scrolling.
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setMinimumHeight(m_table->horizontalHeader()->sizeHint().height() +
                              m_table->verticalHeader()->defaultSectionSize() * 4 + 4);
    const QFontMetrics metrics = m_table->fontMetrics();
    m_table->setColumnWidth(0, metrics.horizontalAdvance(QStringLiteral("2026-12-31")) + 40);
    m_table->setColumnWidth(1, metrics.horizontalAdvance(QStringLiteral("100000.00")) + 40);
    row->addWidget(m_table, 1);

    auto *buttons = new QVBoxLayout;
    auto *add = new QPushButton(tr("Add reading"));
    add->setObjectName(QStringLiteral("addMeasurement"));
    add->setToolTip(tr("Add a measurement dated today"));
    m_removeMeasurement = new QPushButton(tr("Remove"));
    m_removeMeasurement->setObjectName(QStringLiteral("removeMeasurement"));
    m_removeMeasurement->setEnabled(false);
    m_recordFromUsage = new QPushButton(tr("Record from usage"));
    m_recordFromUsage->setObjectName(QStringLiteral("recordFromUsage"));
    buttons->addWidget(add);
    buttons->addWidget(m_recordFromUsage);
    buttons->addWidget(m_removeMeasurement);
    buttons->addStretch();
    row->addLayout(buttons);
    layout->addLayout(row);

    connect(add, &QPushButton::clicked, this, &ObjectiveDetailPanel::addMeasurement);
    connect(m_recordFromUsage, &QPushButton::clicked, this, &ObjectiveDetailPanel::recordFromUsage);
    connect(m_removeMeasurement, &QPushButton::clicked, this,
            &ObjectiveDetailPanel::removeSelectedMeasurements);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_removeMeasurement->setEnabled(m_table->selectionModel()->hasSelection()); });
    return group;
}

void ObjectiveDetailPanel::setObjective(const ObjectiveId &objective)
{
    m_objective = objective;
    const Objective *record = m_workspace->record<Objective>(objective);
    const CustomerId customer = record ? record->customerId : CustomerId();
    if (customer != m_customer)
        forgetUsageMetrics();
    m_customer = customer;
    if (m_measurements->customer() != customer)
        m_measurements->setCustomer(customer);
    m_measurements->setFilter(
        [objective](const Measurement &m) { return m.objectiveId == objective; });
    refresh();
}

void ObjectiveDetailPanel::edit(ObjectiveField field, const QVariant &value)
{
    if (m_refreshing || !m_workspace->record<Objective>(m_objective))
        return;
    auto *command = new ChangeRecordField<Objective>(m_workspace, m_objective, field, value);
    if (command->isObsolete()) {
        delete command;
        return;
    }
    m_workspace->undoStack()->push(command);
}

void ObjectiveDetailPanel::refresh()
{
    const Objective *objective = m_workspace->record<Objective>(m_objective);
    setEnabled(objective != nullptr);
    if (!objective)
        return;
    const Objective current = *objective;
    m_refreshing = true;
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        const QVariant value = recordValue(current, ObjectiveField(it.key()));
        QWidget *editor = it.value();
        if (auto *line = qobject_cast<QLineEdit *>(editor)) {
            if (line->text() != value.toString()) {
                line->setText(value.toString());
                if (!line->hasFocus())
                    line->setCursorPosition(0);
            }
        } else if (auto *spin = qobject_cast<QDoubleSpinBox *>(editor)) {
            if (!qFuzzyCompare(spin->value() + 1, value.toDouble() + 1))
                spin->setValue(value.toDouble());
        } else if (auto *date = qobject_cast<OptionalDateEdit *>(editor)) {
            if (date->date() != value.toDate() || !date->hasAcceptableInput())
                date->setDate(value.toDate());
        } else if (auto *check = qobject_cast<QCheckBox *>(editor)) {
            check->setChecked(value.toBool());
        }
    }
    refreshOutcomes(current);
    refreshUsage(current);
    m_refreshing = false;
    refreshStatus(current);
}

void ObjectiveDetailPanel::refreshOutcomes(const Objective &objective)
{
    auto *combo = qobject_cast<QComboBox *>(m_editors.value(int(ObjectiveField::Outcome)));
    combo->clear();
    bool found = false;
    for (const Outcome &outcome : m_workspace->records<Outcome>(m_customer)) {
        combo->addItem(outcome.title.isEmpty() ? tr("(untitled outcome)") : outcome.title,
                       outcome.id.toString());
        found = found || outcome.id == objective.outcomeId;
    }
    if (!found)
        combo->addItem(tr("(no outcome)"), QString());
    combo->setCurrentIndex(combo->findData(found ? objective.outcomeId.toString() : QString()));
}

QComboBox *ObjectiveDetailPanel::usageMetricCombo() const
{
    return qobject_cast<QComboBox *>(m_editors.value(int(ObjectiveField::UsageMetric)));
}

const AdoptionMetrics &ObjectiveDetailPanel::usageMetrics()
{
    if (!m_usageMetrics) {
        m_usageMetrics = m_workspace->adoptionMetrics(m_customer);
        m_usageMetricKeys = usageMetricKeys(m_workspace->usageRollups(m_customer));
    }
    return *m_usageMetrics;
}

void ObjectiveDetailPanel::forgetUsageMetrics()
{
    m_usageMetrics.reset();
    m_usageMetricKeys.clear();
}

void ObjectiveDetailPanel::refreshUsage(const Objective &objective)
{
    const AdoptionMetrics &metrics = usageMetrics();
    QComboBox *combo = usageMetricCombo();
    combo->clear();
    combo->addItem(tr("None (measured by hand)"), QString());
    for (const QString &key : std::as_const(m_usageMetricKeys))
        combo->addItem(usageMetricLabel(key), key);
    // A metric chosen before the data that has it was imported (or after it went) still shows.
    if (!objective.usageMetric.isEmpty() && combo->findData(objective.usageMetric) < 0)
        combo->addItem(
            tr("%1 (not in the usage data)").arg(usageMetricLabel(objective.usageMetric)),
            objective.usageMetric);
    combo->setCurrentIndex(combo->findData(objective.usageMetric));

    const std::optional<double> value = objective.usageMetric.isEmpty()
                                            ? std::nullopt
                                            : usageMetricValue(metrics, objective.usageMetric);
    m_recordFromUsage->setEnabled(value.has_value());
    if (!metrics.hasData)
        m_recordFromUsage->setToolTip(
            tr("No usage data for this customer yet: import a usage file first"));
    else if (objective.usageMetric.isEmpty())
        m_recordFromUsage->setToolTip(
            tr("Choose the usage metric this objective is measured from first"));
    else if (!value)
        m_recordFromUsage->setToolTip(tr("The usage data has no value for %1 today")
                                          .arg(usageMetricLabel(objective.usageMetric)));
    else
        m_recordFromUsage->setToolTip(
            tr("Add a reading dated today: %1 is %2 in the usage data")
                .arg(usageMetricLabel(objective.usageMetric),
                     SuccessPlanTreeModel::formatValue(*value, objective.unit)));
}

void ObjectiveDetailPanel::refreshStatus(const Objective &objective)
{
    const ObjectiveProgress progress = objectiveProgress(
        objective, m_workspace->records<Measurement>(m_customer), m_workspace->today());
    const QColor color = SuccessPlanTreeModel::statusColor(progress.status);

    m_badge->setText(enumDisplayName(progress.status));
    m_badge->setStyleSheet(QStringLiteral("QLabel { background: %1; color: white; "
                                          "border-radius: 10px; padding: 3px 12px; "
                                          "font-weight: bold; }")
                               .arg(color.name()));
    m_badge->setProperty("status", int(progress.status));
    m_reason->setText(SuccessPlanTreeModel::statusReason(objective, progress));

    m_progress->setValue(qRound(progress.cappedProgress() * 100));
    m_progress->setFormat(progress.latest ? tr("%1 of the way").arg(percentText(progress.progress))
                                          : tr("No reading yet"));
    m_progress->setToolTip(m_progress->format());
    QPalette palette = m_progress->palette();
    palette.setColor(QPalette::Highlight, color);
    m_progress->setPalette(palette);

    m_baselineCaption->setText(
        tr("Baseline %1")
            .arg(SuccessPlanTreeModel::formatValue(objective.baseline, objective.unit)));
    const QString target = SuccessPlanTreeModel::formatValue(objective.target, objective.unit);
    m_targetCaption->setText(
        objective.targetDate.isValid()
            ? tr("Target %1 by %2")
                  .arg(target, QLocale().toString(objective.targetDate, QLocale::ShortFormat))
            : tr("Target %1").arg(target));

    if (progress.latest) {
        const QString value =
            SuccessPlanTreeModel::formatValue(progress.latest->value, objective.unit);
        const QString date = QLocale().toString(progress.latest->date, QLocale::ShortFormat);
        m_latest->setText(tr("Latest: %1 on %2").arg(value, date));
        m_latest->setToolTip(tr("Readings counted: %1").arg(progress.measurementCount));
    } else {
        m_latest->setText(tr("Latest: none yet"));
        m_latest->setToolTip(QString());
    }
}

void ObjectiveDetailPanel::addMeasurement()
{
    const Objective *objective = m_workspace->record<Objective>(m_objective);
    if (!objective)
        return;
    const ObjectiveProgress progress = objectiveProgress(
        *objective, m_workspace->records<Measurement>(m_customer), m_workspace->today());
    Measurement measurement;
    measurement.objectiveId = m_objective;
    measurement.date = m_workspace->today();
    // Most readings move a little from the last one: start there.
    measurement.value = progress.latest ? progress.latest->value : objective->baseline;
    const int row = m_measurements->addRecord(measurement, tr("Add measurement"));
    if (row < 0)
        return;
    const QModelIndex index = m_sorted->mapFromSource(
        m_measurements->index(row, m_measurements->columnOf(MeasurementField::Value)));
    m_table->setCurrentIndex(index);
    m_table->edit(index);
}

void ObjectiveDetailPanel::recordFromUsage()
{
    const Objective *objective = m_workspace->record<Objective>(m_objective);
    if (!objective || objective->usageMetric.isEmpty())
        return;
    // The metrics as of now, not as of the last refresh: the day may have turned since.
    forgetUsageMetrics();
    const std::optional<double> value = usageMetricValue(usageMetrics(), objective->usageMetric);
    if (!value) {
        refresh();
        return;
    }
    Measurement measurement;
    measurement.objectiveId = m_objective;
    measurement.date = m_workspace->today();
    measurement.value = *value;
    measurement.note = tr("From usage data");
    const int row = m_measurements->addRecord(measurement, tr("Record from usage"));
    if (row >= 0)
        m_table->setCurrentIndex(m_sorted->mapFromSource(
            m_measurements->index(row, m_measurements->columnOf(MeasurementField::Value))));
}

void ObjectiveDetailPanel::removeSelectedMeasurements()
{
    QList<MeasurementId> ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        ids.append(m_measurements->idAt(m_sorted->mapToSource(index).row()));
    if (ids.isEmpty())
        return;
    QUndoCommand *command = nullptr;
    if (ids.size() == 1) {
        command = new RemoveRecord<Measurement>(m_workspace, ids.first());
        command->setText(tr("Remove measurement"));
    } else {
        command = new QUndoCommand(tr("Remove measurements"));
        for (const MeasurementId &id : ids)
            new RemoveRecord<Measurement>(m_workspace, id, command);
    }
    m_workspace->undoStack()->push(command);
}

void ObjectiveDetailPanel::commitPendingEdits()
{
    const QModelIndex current = m_table->currentIndex();
    m_table->setCurrentIndex({});
    if (current.isValid())
        m_table->setCurrentIndex(current);
}

} // namespace Csm
