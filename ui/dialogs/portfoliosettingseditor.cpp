#include "portfoliosettingseditor.h"

#include "commands/changeworkspacesetting.h"
#include "widgets/countspinbox.h"
#include "widgets/pagewidgets.h"
#include "workspace/workspace.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QSpinBox>
#include <QUndoCommand>
#include <QVBoxLayout>

#include <optional>

namespace Csm {

namespace {

bool isHealthKey(QLatin1String key)
{
    return key.contains(QLatin1String("weight")) || key.contains(QLatin1String("health"));
}

bool isFractionEditor(const PortfolioSettingSpec &spec)
{
    return spec.doubleMember && spec.unit == PortfolioSettingUnit::Fraction;
}

} // namespace

PortfolioSettingsEditor::PortfolioSettingsEditor(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_weightsHint(hintLabel())
{
    auto *alerts = new QGroupBox(tr("Alerts"));
    auto *targets = new QGroupBox(tr("Targets"));
    auto *health = new QGroupBox(tr("Health score"));
    auto *alertsForm = new QFormLayout(alerts);
    auto *targetsForm = new QFormLayout(targets);
    auto *healthLayout = new QVBoxLayout(health);
    auto *healthForm = new QFormLayout;
    healthLayout->addLayout(healthForm);
    healthLayout->addWidget(m_weightsHint);

    // The alerts are the specs listed before the first target; without that key every spec
    // that is not about health counts as a target.
    const std::span<const PortfolioSettingSpec> specs = portfolioSettingSpecs();
    const QLatin1String firstTarget("portfolio.kickoff_completion_target");
    bool beforeTargets = false;
    for (const PortfolioSettingSpec &spec : specs)
        beforeTargets = beforeTargets || QLatin1String(spec.key) == firstTarget;
    for (const PortfolioSettingSpec &spec : specs) {
        const QLatin1String key(spec.key);
        if (key == firstTarget)
            beforeTargets = false;
        QFormLayout *form = isHealthKey(key) ? healthForm
                            : beforeTargets  ? alertsForm
                                             : targetsForm;
        QAbstractSpinBox *editor = createEditor(spec);
        form->addRow(spec.displayLabel(), editor);
        m_rows.append({&spec, editor});
        m_editors.insert(QString::fromLatin1(spec.key), editor);
    }

    // One label column across the three groups, so that their fields line up.
    QList<QWidget *> labels;
    for (QFormLayout *form : {alertsForm, targetsForm, healthForm}) {
        for (int i = 0; i < form->rowCount(); ++i) {
            if (QLayoutItem *label = form->itemAt(i, QFormLayout::LabelRole);
                label && label->widget())
                labels.append(label->widget());
        }
    }
    int labelWidth = 0;
    for (const QWidget *label : std::as_const(labels))
        labelWidth = std::max(labelWidth, label->sizeHint().width());
    for (QWidget *label : std::as_const(labels))
        label->setMinimumWidth(labelWidth);

    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(alerts);
    contentLayout->addWidget(targets);
    contentLayout->addWidget(health);
    contentLayout->addStretch();
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(hintLabel(tr("Defaults come from the onboarding playbooks. Changes apply to "
                                   "this workspace and can be undone.")));
    layout->addWidget(scroll, 1);

    for (const Row &row : std::as_const(m_rows)) {
        const auto changed = [this, row] {
            row.spec->setValue(m_values, shownValue(row));
            updateWeightsHint();
        };
        if (auto *spin = qobject_cast<QSpinBox *>(row.editor))
            connect(spin, &QSpinBox::valueChanged, this, changed);
        else if (auto *doubleSpin = qobject_cast<QDoubleSpinBox *>(row.editor))
            connect(doubleSpin, &QDoubleSpinBox::valueChanged, this, changed);
    }
    connect(m_workspace, &Workspace::settingsChanged, this,
            &PortfolioSettingsEditor::reloadFromWorkspace);

    m_loaded = PortfolioSettings::fromWorkspace(*m_workspace);
    showSettings(m_loaded);
}

QAbstractSpinBox *PortfolioSettingsEditor::createEditor(const PortfolioSettingSpec &spec)
{
    // Days are whole numbers (see PortfolioSettings), counted by a CountSpinBox that says
    // "1 day" and "2 days"; the other units are a suffix.
    std::optional<CountSpinBox::Unit> count;
    QString suffix;
    switch (spec.unit) {
    case PortfolioSettingUnit::Days:
        count = CountSpinBox::Unit::Days;
        break;
    case PortfolioSettingUnit::BusinessDays:
        count = CountSpinBox::Unit::BusinessDays;
        break;
    case PortfolioSettingUnit::Hours:
        suffix = tr(" h");
        break;
    case PortfolioSettingUnit::Fraction:
        if (spec.doubleMember)
            suffix = tr(" %");
        break;
    case PortfolioSettingUnit::Count:
    case PortfolioSettingUnit::Score:
    case PortfolioSettingUnit::Weight:
        break;
    }

    QAbstractSpinBox *editor = nullptr;
    if (spec.intMember) {
        QSpinBox *spin = count ? new CountSpinBox(*count) : new QSpinBox;
        spin->setRange(int(spec.minimum), int(spec.maximum));
        spin->setSuffix(suffix);
        editor = spin;
    } else {
        auto *spin = new QDoubleSpinBox;
        if (isFractionEditor(spec)) {
            spin->setDecimals(0);
            spin->setRange(spec.minimum * 100, spec.maximum * 100);
        } else {
            // A satisfaction score needs its tenths (4.5 of 5); an NPS does not.
            const bool tenths = spec.maximum - spec.minimum <= 10;
            spin->setDecimals(tenths ? 1 : 0);
            spin->setRange(spec.minimum, spec.maximum);
            spin->setSingleStep(tenths ? 0.1 : 1.0);
        }
        spin->setSuffix(suffix);
        editor = spin;
    }
    editor->setObjectName(QString::fromLatin1(spec.key));
    editor->setAccessibleName(spec.displayLabel());
    return editor;
}

void PortfolioSettingsEditor::showValue(const Row &row, double value)
{
    if (auto *spin = qobject_cast<QSpinBox *>(row.editor))
        spin->setValue(int(value));
    else if (auto *doubleSpin = qobject_cast<QDoubleSpinBox *>(row.editor))
        doubleSpin->setValue(isFractionEditor(*row.spec) ? value * 100 : value);
}

double PortfolioSettingsEditor::shownValue(const Row &row) const
{
    if (auto *spin = qobject_cast<QSpinBox *>(row.editor))
        return spin->value();
    const double value = static_cast<QDoubleSpinBox *>(row.editor)->value();
    return isFractionEditor(*row.spec) ? value / 100 : value;
}

void PortfolioSettingsEditor::showSettings(const PortfolioSettings &settings)
{
    for (const Row &row : std::as_const(m_rows))
        showValue(row, row.spec->value(settings));
    // After the editors, whose change signals stored their rounded values.
    m_values = settings;
    updateWeightsHint();
}

void PortfolioSettingsEditor::restoreDefaults()
{
    showSettings(PortfolioSettings{});
}

void PortfolioSettingsEditor::reloadFromWorkspace()
{
    // Takes over a change made elsewhere (an undo) where the user has not changed the value.
    const PortfolioSettings fresh = PortfolioSettings::fromWorkspace(*m_workspace);
    PortfolioSettings values = m_values;
    for (const Row &row : std::as_const(m_rows)) {
        if (row.spec->value(m_values) == row.spec->value(m_loaded))
            row.spec->setValue(values, row.spec->value(fresh));
    }
    m_loaded = fresh;
    showSettings(values);
}

void PortfolioSettingsEditor::updateWeightsHint()
{
    double total = 0;
    for (const Row &row : std::as_const(m_rows)) {
        if (row.spec->unit == PortfolioSettingUnit::Weight)
            total += row.spec->value(m_values);
    }
    if (total <= 0) {
        m_weightsHint->setText(tr("All weights are zero, so no customer gets a health score."));
        return;
    }
    m_weightsHint->setText(tr("Weights add up to %1; each part counts by its share of the "
                              "weights of the parts with data.")
                               .arg(QLocale().toString(total, 'g', 15)));
}

bool PortfolioSettingsEditor::addChanges(QUndoCommand *parent) const
{
    const PortfolioSettings edited = settings();
    const PortfolioSettings stored = PortfolioSettings::fromWorkspace(*m_workspace);
    const QHash<QString, QString> values = edited.toValues();
    bool changed = false;
    for (const Row &row : std::as_const(m_rows)) {
        if (row.spec->value(edited) == row.spec->value(stored))
            continue;
        const QString key = QString::fromLatin1(row.spec->key);
        new ChangeWorkspaceSetting(m_workspace, key, values.value(key), parent->text(), parent);
        changed = true;
    }
    return changed;
}

} // namespace Csm
