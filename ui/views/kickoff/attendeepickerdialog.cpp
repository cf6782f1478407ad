#include "attendeepickerdialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <optional>

namespace Csm {

namespace {

constexpr int StakeholderIdRole = Qt::UserRole + 1;

} // namespace

AttendeePickerDialog::AttendeePickerDialog(const QList<Stakeholder> &candidates, QWidget *parent)
    : QDialog(parent)
    , m_list(new QListWidget)
    , m_count(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Add kickoff attendees"));
    auto *intro = new QLabel(tr("Tick who attends the kickoff workshop. You can give each a "
                                "role in the meeting afterwards."));
    intro->setWordWrap(true);

    m_list->setObjectName(QStringLiteral("candidates"));
    m_list->setAlternatingRowColors(true);
    m_list->setMinimumSize(420, 260);
    std::optional<Side> side;
    for (const Stakeholder &s : candidates) {
        if (side != s.side) {
            // A heading per side, not selectable.
            side = s.side;
            auto *heading =
                new QListWidgetItem(s.side == Side::Customer ? tr("Customer") : tr("Our team"));
            QFont bold = heading->font();
            bold.setBold(true);
            heading->setFont(bold);
            heading->setFlags(Qt::NoItemFlags);
            m_list->addItem(heading);
        }
        const QString name = s.name.trimmed().isEmpty() ? tr("(unnamed)") : s.name.trimmed();
        QStringList details;
        if (!s.title.trimmed().isEmpty())
            details.append(s.title.trimmed());
        details.append(enumDisplayName(s.role));
        auto *item = new QListWidgetItem(tr("%1 (%2)").arg(name, details.join(tr(", "))));
        item->setData(StakeholderIdRole, s.id.toString());
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        m_list->addItem(item);
    }

    auto *selectAll = new QPushButton(tr("Select all"));
    auto *selectNone = new QPushButton(tr("Select none"));
    auto *bar = new QHBoxLayout;
    bar->addWidget(selectAll);
    bar->addWidget(selectNone);
    bar->addStretch();
    bar->addWidget(m_count);

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Add attendees"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addLayout(bar);
    layout->addWidget(m_buttons);

    connect(m_list, &QListWidget::itemChanged, this, &AttendeePickerDialog::updateButtons);
    connect(m_list, &QListWidget::itemActivated, this, [](QListWidgetItem *item) {
        if (item->flags() & Qt::ItemIsUserCheckable)
            item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
    });
    connect(selectAll, &QPushButton::clicked, this, [this] { setAllChecked(true); });
    connect(selectNone, &QPushButton::clicked, this, [this] { setAllChecked(false); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateButtons();
}

QList<StakeholderId> AttendeePickerDialog::checkedStakeholders() const
{
    QList<StakeholderId> ids;
    for (int row = 0; row < m_list->count(); ++row) {
        const QListWidgetItem *item = m_list->item(row);
        if ((item->flags() & Qt::ItemIsUserCheckable) && item->checkState() == Qt::Checked)
            ids.append(StakeholderId::fromString(item->data(StakeholderIdRole).toString()));
    }
    return ids;
}

QListWidgetItem *AttendeePickerDialog::itemOf(const StakeholderId &stakeholder) const
{
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        if (item->data(StakeholderIdRole).toString() == stakeholder.toString())
            return item;
    }
    return nullptr;
}

void AttendeePickerDialog::setChecked(const StakeholderId &stakeholder, bool checked)
{
    if (QListWidgetItem *item = itemOf(stakeholder))
        item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

void AttendeePickerDialog::setAllChecked(bool checked)
{
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        if (item->flags() & Qt::ItemIsUserCheckable)
            item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }
}

void AttendeePickerDialog::updateButtons()
{
    const int count = int(checkedStakeholders().size());
    m_count->setText(count == 0 ? tr("Nobody ticked") : tr("%1 ticked").arg(count));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(count > 0);
}

} // namespace Csm
