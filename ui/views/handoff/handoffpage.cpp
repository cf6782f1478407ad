#include "handoffpage.h"

#include "commands/addstakeholder.h"
#include "commands/changecustomerfield.h"
#include "commands/removecascade.h"
#include "handoff/handoffcompleteness.h"
#include "handoff/validation.h"
#include "models/stakeholdermodel.h"
#include "stakeholderdelegate.h"
#include "successplan/qualification.h"
#include "views/customerlist/customerlistdelegate.h"
#include "widgets/customerform.h"
#include "widgets/markdowneditor.h"
#include "widgets/optionaldateedit.h"
#include "widgets/scrollingpage.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace Csm {

HandoffPage::HandoffPage(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_form(new CustomerForm(workspace, this))
{
    auto *content = new QWidget;
    auto *column = new QVBoxLayout(content);
    column->setContentsMargins(16, 12, 16, 16);
    column->setSpacing(12);

    column->addWidget(buildHeader());

    auto *top = new QHBoxLayout;
    top->setSpacing(12);
    top->addWidget(m_form->createGroup(tr("Account and contract"),
                                       {CustomerField::AccountName, CustomerField::Industry,
                                        CustomerField::Tier, CustomerField::Arr,
                                        CustomerField::Currency, CustomerField::Products,
                                        CustomerField::Language, CustomerField::SignatureDate,
                                        CustomerField::TermMonths, CustomerField::RenewalDate}),
                   1);
    auto *right = new QVBoxLayout;
    right->setSpacing(12);
    right->addWidget(m_form->createGroup(
        tr("Owners"), {CustomerField::AccountExecutive, CustomerField::CsmOwner,
                       CustomerField::ImplementationOwner, CustomerField::SupportOwner}));
    right->addWidget(m_form->createGroup(
        tr("Onboarding"), {CustomerField::Phase, CustomerField::Status, CustomerField::StatusReason,
                           CustomerField::HandoffMeetingDate, CustomerField::IntroEmailSentDate,
                           CustomerField::KickoffDate, CustomerField::GoLiveDate,
                           CustomerField::FirstValueDate, CustomerField::GraduationDate}));
    right->addStretch();
    top->addLayout(right, 1);
    column->addLayout(top);

    column->addWidget(m_form->createGroup(
        tr("What sales learned"),
        {CustomerField::PrimaryUseCase, CustomerField::SuccessMetrics, CustomerField::PainPoints,
         CustomerField::CompetitorReplaced, CustomerField::ReasonForChoice, CustomerField::RedFlags,
         CustomerField::CommunicationChannel, CustomerField::CommunicationStyle,
         CustomerField::PromisesMade, CustomerField::CompetitiveConcerns}));
    column->addWidget(buildStakeholders());
    column->addWidget(buildNotes());
    column->addStretch();

    setScrollingContent(this, content);

    connect(m_form, &CustomerForm::refreshed, this, &HandoffPage::refresh);
    // Stakeholders count towards completeness and towards the qualification status.
    auto stakeholdersChanged = [this](const CustomerId &id) {
        if (id == m_customer)
            refresh();
    };
    connect(workspace, &Workspace::stakeholdersChanged, this, stakeholdersChanged);
}

QWidget *HandoffPage::buildHeader()
{
    auto *header = new QWidget;
    auto *layout = new QGridLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel;
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle = new QLabel;
    m_subtitle->setEnabled(false);
    layout->addWidget(m_title, 0, 0);
    layout->addWidget(m_subtitle, 1, 0);

    auto *completeness = new QVBoxLayout;
    auto *caption = new QLabel(tr("Handoff completeness"));
    m_completenessBar = new QProgressBar;
    m_completenessBar->setRange(0, 100);
    m_completenessBar->setMinimumWidth(220);
    m_completenessBar->setAccessibleName(tr("Handoff completeness"));
    completeness->addWidget(caption);
    completeness->addWidget(m_completenessBar);
    layout->addLayout(completeness, 0, 1, 2, 1);
    layout->setColumnStretch(0, 1);

    m_missingLabel = new QLabel;
    m_missingLabel->setWordWrap(true);
    m_missingLabel->setTextFormat(Qt::PlainText);
    m_missingLabel->setStyleSheet(QStringLiteral(
        "QLabel { background: #fff4e5; color: #663c00; border-radius: 4px; padding: 6px 8px; }"));
    layout->addWidget(m_missingLabel, 2, 0, 1, 2);

    m_statusBanner = new QLabel;
    m_statusBanner->setWordWrap(true);
    m_statusBanner->setTextFormat(Qt::PlainText);
    m_statusBanner->hide();
    layout->addWidget(m_statusBanner, 3, 0, 1, 2);
    return header;
}

QWidget *HandoffPage::buildStakeholders()
{
    auto *group = new QGroupBox(tr("Stakeholders"));
    auto *layout = new QVBoxLayout(group);

    auto *bar = new QHBoxLayout;
    auto *hint = new QLabel(tr("Both sides of the relationship. Double-click a cell to edit."));
    hint->setEnabled(false);
    bar->addWidget(hint, 1);
    auto *addCustomer = new QPushButton(tr("Add customer contact"));
    auto *addVendor = new QPushButton(tr("Add team member"));
    m_removeStakeholder = new QPushButton(tr("Remove"));
    m_removeStakeholder->setEnabled(false);
    bar->addWidget(addCustomer);
    bar->addWidget(addVendor);
    bar->addWidget(m_removeStakeholder);
    layout->addLayout(bar);

    m_stakeholderModel = new StakeholderModel(m_workspace, this);
    m_stakeholderTable = new QTableView;
    m_stakeholderTable->setModel(m_stakeholderModel);
    m_stakeholderTable->setAccessibleName(tr("Stakeholders"));
    m_stakeholderTable->setItemDelegate(new StakeholderDelegate(m_stakeholderTable));
    m_stakeholderTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_stakeholderTable->setEditTriggers(QAbstractItemView::DoubleClicked |
                                        QAbstractItemView::EditKeyPressed |
                                        QAbstractItemView::AnyKeyPressed);
    m_stakeholderTable->verticalHeader()->hide();
    m_stakeholderTable->horizontalHeader()->setStretchLastSection(true);
    m_stakeholderTable->setAlternatingRowColors(true);
    m_stakeholderTable->setMinimumHeight(220);
    m_stakeholderTable->setWordWrap(false);
    layout->addWidget(m_stakeholderTable);

    m_stakeholderProblems = new QLabel;
    m_stakeholderProblems->setStyleSheet(QStringLiteral("QLabel { color: #b71c1c; }"));
    m_stakeholderProblems->setWordWrap(true);
    m_stakeholderProblems->setTextFormat(Qt::PlainText);
    m_stakeholderProblems->hide();
    layout->addWidget(m_stakeholderProblems);

    connect(addCustomer, &QPushButton::clicked, this, [this] { addStakeholder(false); });
    connect(addVendor, &QPushButton::clicked, this, [this] { addStakeholder(true); });
    connect(m_removeStakeholder, &QPushButton::clicked, this,
            &HandoffPage::removeSelectedStakeholders);
    connect(
        m_stakeholderTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
            m_removeStakeholder->setEnabled(m_stakeholderTable->selectionModel()->hasSelection());
        });
    connect(m_stakeholderModel, &StakeholderModel::problemsChanged, this, [this] {
        const QStringList problems = m_stakeholderModel->problemSummary();
        m_stakeholderProblems->setText(problems.join(QLatin1Char('\n')));
        m_stakeholderProblems->setVisible(!problems.isEmpty());
    });
    connect(m_stakeholderModel, &QAbstractItemModel::modelReset, this,
            [this] { m_stakeholderTable->resizeColumnsToContents(); });
    return group;
}

QWidget *HandoffPage::buildNotes()
{
    auto *group = new QGroupBox(customerFieldLabel(CustomerField::Notes));
    auto *layout = new QVBoxLayout(group);
    auto *notes = new MarkdownEditor;
    notes->setObjectName(QStringLiteral("notes"));
    notes->setMinimumHeight(160);
    notes->editor()->setAccessibleName(tr("Notes"));
    layout->addWidget(notes);
    m_form->bind(CustomerField::Notes, notes);
    return group;
}

QWidget *HandoffPage::editor(CustomerField field) const
{
    return m_form->editor(field);
}

QLabel *HandoffPage::errorLabel(CustomerField field) const
{
    return m_form->errorLabel(field);
}

void HandoffPage::setCustomer(const CustomerId &customer)
{
    m_customer = customer;
    m_stakeholderModel->setCustomer(customer);
    m_form->setCustomer(customer);
    refresh();
}

void HandoffPage::refresh()
{
    const Customer *customer = m_workspace->customer(m_customer);
    setEnabled(customer != nullptr);
    if (!customer)
        return;

    m_title->setText(customer->accountName.isEmpty() ? tr("(unnamed customer)")
                                                     : customer->accountName);
    const qint64 days = customer->daysSinceSignature(m_workspace->today());
    QStringList facts;
    if (customer->signatureDate.isValid())
        facts.append(days >= 0 ? tr("Day %1 since signature").arg(days)
                               : tr("Signs in %n day(s)", nullptr, int(-days)));
    const EffectiveStatus status =
        effectiveStatus(*customer, m_workspace->stakeholders(m_customer));
    facts.append(enumDisplayName(customer->phase));
    facts.append(enumDisplayName(status.status));
    facts.append(enumDisplayName(customer->tier));
    m_subtitle->setText(facts.join(QStringLiteral("  ·  ")));

    // Anything but "on track" is what the CSM must see first, with the reason.
    const bool flagged = status.status != Status::OnTrack;
    m_statusBanner->setVisible(flagged);
    if (flagged) {
        const QString name = enumDisplayName(status.status);
        m_statusBanner->setText(status.reason.trimmed().isEmpty()
                                    ? tr("%1: no reason recorded yet.").arg(name)
                                    : tr("%1: %2").arg(name, status.reason.trimmed()));
        m_statusBanner->setStyleSheet(
            QStringLiteral("QLabel { background: %1; color: white; border-radius: 4px; "
                           "padding: 6px 8px; font-weight: bold; }")
                .arg(CustomerListDelegate::statusColor(int(status.status)).name()));
    }
    refreshCompleteness();
}

void HandoffPage::refreshCompleteness()
{
    const Customer *customer = m_workspace->customer(m_customer);
    if (!customer)
        return;
    const HandoffCompleteness handoff =
        assessHandoff(*customer, m_workspace->stakeholders(m_customer));
    m_completenessBar->setValue(handoff.percent());
    m_completenessBar->setFormat(
        tr("%1 of %2 items").arg(handoff.doneCount()).arg(handoff.items.size()));
    const QStringList missing = handoff.missing();
    m_missingLabel->setText(missing.isEmpty()
                                ? tr("Handoff complete: sales has handed over everything.")
                                : tr("Sales still owes: %1.").arg(missing.join(tr(", "))));
    m_missingLabel->setStyleSheet(
        missing.isEmpty()
            ? QStringLiteral("QLabel { background: #e8f5e9; color: #1b5e20; border-radius: 4px; "
                             "padding: 6px 8px; }")
            : QStringLiteral("QLabel { background: #fff4e5; color: #663c00; border-radius: 4px; "
                             "padding: 6px 8px; }"));
}

void HandoffPage::addStakeholder(bool vendorSide)
{
    if (m_customer.isNull())
        return;
    Stakeholder stakeholder;
    stakeholder.id = StakeholderId::create();
    stakeholder.customerId = m_customer;
    stakeholder.side = vendorSide ? Side::Vendor : Side::Customer;
    stakeholder.role = vendorSide ? StakeholderRole::Csm : StakeholderRole::EndUser;
    stakeholder.meta = m_workspace->newMeta();
    m_workspace->undoStack()->push(new AddStakeholder(m_workspace, stakeholder));
    const int row = m_stakeholderModel->rowOf(stakeholder.id);
    if (row >= 0) {
        const QModelIndex index = m_stakeholderModel->index(row, StakeholderModel::NameColumn);
        m_stakeholderTable->setCurrentIndex(index);
        m_stakeholderTable->edit(index);
    }
}

void HandoffPage::commitPendingEdits()
{
    // Moving the current cell commits and closes its editor.
    const QModelIndex current = m_stakeholderTable->currentIndex();
    m_stakeholderTable->setCurrentIndex({});
    if (current.isValid() && current.model() == m_stakeholderModel)
        m_stakeholderTable->setCurrentIndex(current);
}

void HandoffPage::removeSelectedStakeholders()
{
    const QModelIndexList rows = m_stakeholderTable->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    QList<StakeholderId> ids;
    for (const QModelIndex &index : rows)
        ids.append(m_stakeholderModel->stakeholderAt(index.row()));
    // Their kickoff attendance goes with them, in the same undo step.
    m_workspace->undoStack()->push(makeRemoveStakeholders(m_workspace, ids));
}

} // namespace Csm
