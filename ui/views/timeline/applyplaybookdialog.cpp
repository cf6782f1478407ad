#include "applyplaybookdialog.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Csm {

ApplyPlaybookDialog::ApplyPlaybookDialog(const QList<Playbook> &playbooks, Tier tier,
                                         bool planExists, QWidget *parent)
    : QDialog(parent)
    , m_playbooks(playbooks)
    , m_list(new QListWidget)
    , m_details(new QLabel)
    , m_delete(new QPushButton(tr("Delete template")))
{
    setWindowTitle(tr("Apply a playbook"));
    m_list->setObjectName(QStringLiteral("playbooks"));
    m_list->setAccessibleName(tr("Playbook templates"));
    int preferred = 0;
    for (int i = 0; i < m_playbooks.size(); ++i) {
        const Playbook &p = m_playbooks.at(i);
        const QString name = p.name.trimmed().isEmpty() ? tr("(unnamed template)") : p.name;
        auto *item = new QListWidgetItem(p.builtIn ? tr("%1 (built in)").arg(name)
                                                   : tr("%1 (saved)").arg(name));
        m_list->addItem(item);
        if (p.builtIn && p.tier == tier)
            preferred = i;
    }
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setObjectName(QStringLiteral("playbookDetails"));
    m_details->setMinimumHeight(m_details->fontMetrics().height() * 4);
    m_details->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_delete->setObjectName(QStringLiteral("deletePlaybook"));
    m_delete->setToolTip(tr("Delete the selected saved template from this workspace"));
    m_delete->setAutoDefault(false);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("A playbook lays out the workstreams, tasks, milestones and phase "
                                "gates of an onboarding, dated from the signature."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_details);
    auto *deleteRow = new QHBoxLayout;
    deleteRow->addStretch();
    deleteRow->addWidget(m_delete);
    layout->addLayout(deleteRow);

    if (planExists) {
        auto *group = new QGroupBox(tr("This customer has a plan already"));
        auto *choice = new QVBoxLayout(group);
        m_replace = new QRadioButton(tr("&Replace the current plan"));
        m_replace->setObjectName(QStringLiteral("replacePlan"));
        m_replace->setToolTip(tr("Removes the current workstreams, tasks and gates first; undo "
                                 "brings them back"));
        m_add = new QRadioButton(tr("&Add the template to the current plan"));
        m_add->setObjectName(QStringLiteral("addToPlan"));
        auto *buttons = new QButtonGroup(group);
        buttons->addButton(m_replace);
        buttons->addButton(m_add);
        m_add->setChecked(true);
        choice->addWidget(m_add);
        choice->addWidget(m_replace);
        layout->addWidget(group);
    }

    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    box->button(QDialogButtonBox::Ok)->setText(tr("Apply"));
    connect(box, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(box);
    resize(520, 460);

    connect(m_list, &QListWidget::currentRowChanged, this, &ApplyPlaybookDialog::showDetails);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
    connect(m_delete, &QPushButton::clicked, this, [this] {
        const int row = currentRow();
        if (row < 0 || m_playbooks.at(row).builtIn)
            return;
        const QString id = m_playbooks.at(row).id;
        m_playbooks.removeAt(row);
        delete m_list->takeItem(row);
        Q_EMIT deleteRequested(id);
        showDetails();
    });
    m_list->setCurrentRow(preferred);
    showDetails();
}

int ApplyPlaybookDialog::currentRow() const
{
    return m_list->currentRow();
}

void ApplyPlaybookDialog::setCurrentRow(int row)
{
    m_list->setCurrentRow(row);
}

Playbook ApplyPlaybookDialog::selectedPlaybook() const
{
    const int row = currentRow();
    return row >= 0 && row < m_playbooks.size() ? m_playbooks.at(row) : Playbook();
}

bool ApplyPlaybookDialog::replaceExisting() const
{
    return m_replace && m_replace->isChecked();
}

void ApplyPlaybookDialog::setReplaceExisting(bool replace)
{
    if (m_replace)
        (replace ? m_replace : m_add)->setChecked(true);
}

void ApplyPlaybookDialog::showDetails()
{
    const int row = currentRow();
    if (row < 0 || row >= m_playbooks.size()) {
        m_details->clear();
        m_delete->setEnabled(false);
        return;
    }
    const Playbook &p = m_playbooks.at(row);
    int tasks = 0;
    int milestones = 0;
    for (const PlaybookWorkstream &w : p.workstreams) {
        for (const PlaybookTask &t : w.tasks)
            (t.type == TaskType::Milestone ? milestones : tasks) += 1;
    }
    QStringList lines;
    if (!p.description.trimmed().isEmpty())
        lines.append(p.description.trimmed());
    lines.append(tr("%n workstream(s)", nullptr, int(p.workstreams.size())) + QStringLiteral(", ") +
                 tr("%n task(s)", nullptr, tasks) + QStringLiteral(", ") +
                 tr("%n milestone(s)", nullptr, milestones) + QStringLiteral(", ") +
                 tr("%n phase gate(s)", nullptr, int(p.gates.size())));
    if (p.tier)
        lines.append(tr("Made for %1 customers.").arg(enumDisplayName(*p.tier)));
    m_details->setText(lines.join(QLatin1Char('\n')));
    m_delete->setVisible(!p.builtIn);
    m_delete->setEnabled(!p.builtIn);
}

} // namespace Csm
