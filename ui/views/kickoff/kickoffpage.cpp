#include "kickoffpage.h"

#include "attendeepickerdialog.h"
#include "commands/addrecord.h"
#include "commands/removerecord.h"
#include "models/recordtablemodel.h"
#include "raiseriskdialog.h"
#include "successplan/checkincadence.h"
#include "successplan/kickofftiming.h"
#include "successplan/relationshiptriangle.h"
#include "views/customerlist/customerlistdelegate.h"
#include "widgets/customerform.h"
#include "widgets/pagewidgets.h"
#include "widgets/recorddelegate.h"
#include "widgets/relationshiptrianglewidget.h"
#include "widgets/scrollingpage.h"
#include "workspace/workspace.h"

#include <QCheckBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
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
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace Csm {

namespace {

QString longDate(const QDate &date)
{
    return QLocale().toString(date, QLocale::LongFormat);
}

// A warning that reads well on light and dark palettes.
QString noticeStyle(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5
               ? QStringLiteral(
                     "QLabel { background: #3a2a12; color: #ffd8a8; "
                     "border: 1px solid #8a5a1a; border-radius: 4px; padding: 6px 8px; }")
               : QStringLiteral(
                     "QLabel { background: #fff4e5; color: #663c00; "
                     "border: 1px solid #f5c07a; border-radius: 4px; padding: 6px 8px; }");
}

QLabel *noticeLabel()
{
    auto *label = new QLabel;
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->hide();
    return label;
}

// Keeps the rows of a form at their natural height when the group is stretched to line up
// with its neighbour.
void addFormStretch(QGroupBox *group)
{
    if (auto *form = qobject_cast<QFormLayout *>(group->layout()))
        form->addItem(new QSpacerItem(0, 0, QSizePolicy::Minimum, QSizePolicy::Expanding));
}

QColor qualificationColor(QualificationState state)
{
    switch (state) {
    case QualificationState::Met:
        return CustomerListDelegate::statusColor(int(Status::OnTrack));
    case QualificationState::NotMet:
        return CustomerListDelegate::statusColor(int(Status::Stalled));
    case QualificationState::NotYetKnown:
        break;
    }
    return CustomerListDelegate::statusColor(int(Status::Paused));
}

// The height that shows the table's rows, at least `minRows` and at most `maxRows`, so that
// a short table leaves no gap and the page, not the table, scrolls.
int heightForRows(QTableView *table, int minRows, int maxRows)
{
    const int rows = std::clamp(table->model()->rowCount(), minRows, maxRows);
    return table->horizontalHeader()->sizeHint().height() +
           rows * table->verticalHeader()->defaultSectionSize() + 2 * table->frameWidth();
}

QTableView *recordTable(QAbstractItemModel *model)
{
    auto *table = new QTableView;
    table->setModel(model);
    table->setItemDelegate(new RecordDelegate(table));
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                           QAbstractItemView::AnyKeyPressed);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    return table;
}

} // namespace

KickoffPage::KickoffPage(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_form(new CustomerForm(workspace, this))
{
    auto *content = new QWidget;
    auto *column = new QVBoxLayout(content);
    column->setContentsMargins(16, 12, 16, 16);
    column->setSpacing(12);

    column->addWidget(buildHeader());

    auto *first = new QHBoxLayout;
    first->setSpacing(12);
    first->addWidget(buildWorkshop(), 1);
    first->addWidget(buildEmails(), 1);
    column->addLayout(first);

    auto *people = new QHBoxLayout;
    people->setSpacing(12);
    people->addWidget(buildAttendees(), 1);
    people->addWidget(buildTriangle(), 1);
    column->addLayout(people);

    column->addWidget(buildAgenda());

    auto *plans = new QHBoxLayout;
    plans->setSpacing(12);
    plans->addWidget(buildQualification(), 1);
    plans->addWidget(buildCommunication(), 1);
    column->addLayout(plans);

    column->addWidget(buildRisks());
    column->addStretch();

    setScrollingContent(this, content);

    connect(m_form, &CustomerForm::refreshed, this, &KickoffPage::refresh);
    // The triangle, the qualification and the attendee hint follow the stakeholders; the
    // attendee model renames its rows itself.
    auto stakeholdersChanged = [this](const CustomerId &id) {
        if (id == m_customer)
            refresh();
    };
    connect(workspace, &Workspace::stakeholdersChanged, this, stakeholdersChanged);
    auto customerAddedOrRemoved = [this](const CustomerId &id) {
        if (id == m_customer)
            refresh();
    };
    connect(workspace, &Workspace::customerAdded, this, customerAddedOrRemoved);
    connect(workspace, &Workspace::customerRemoved, this, customerAddedOrRemoved);
    setCustomer({});
}

QWidget *KickoffPage::buildHeader()
{
    auto *header = new QWidget;
    auto *layout = new QVBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_title = new QLabel;
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle = new QLabel;
    m_subtitle->setEnabled(false);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);

    // An unmet qualification item puts the onboarding at risk at once: it comes first.
    m_qualificationBanner = new QLabel;
    m_qualificationBanner->setObjectName(QStringLiteral("qualificationBanner"));
    m_qualificationBanner->setWordWrap(true);
    m_qualificationBanner->setTextFormat(Qt::PlainText);
    m_qualificationBanner->hide();
    layout->addSpacing(4);
    layout->addWidget(m_qualificationBanner);
    return header;
}

QGroupBox *KickoffPage::buildWorkshop()
{
    QGroupBox *group = m_form->createGroup(
        tr("Workshop"), {CustomerField::KickoffDate, CustomerField::KickoffDurationMinutes});
    auto *form = qobject_cast<QFormLayout *>(group->layout());
    m_signatureDay = new QLabel;
    m_signatureDay->setObjectName(QStringLiteral("signatureDay"));
    m_signatureDay->setWordWrap(true);
    m_timingWarning = noticeLabel();
    m_timingWarning->setObjectName(QStringLiteral("timingWarning"));
    form->addRow(tr("Timing"), m_signatureDay);
    form->addRow(QString(), m_timingWarning);
    auto *hint =
        hintLabel(tr("Hold it within %1 business days of signature; about 60 minutes is enough.")
                      .arg(kickoffWithinBusinessDays));
    form->addRow(QString(), hint);
    addFormStretch(group);
    return group;
}

QGroupBox *KickoffPage::buildEmails()
{
    auto *group = new QGroupBox(tr("E-mails"));
    auto *grid = new QGridLayout(group);
    grid->setColumnStretch(1, 1);
    grid->setVerticalSpacing(10);
    grid->addWidget(hintLabel(tr("Written from this customer's file, in the customer's "
                                 "language, ready to copy or open in your mail program.")),
                    0, 0, 1, 2);

    const std::pair<EmailDialog::Kind, QString> emails[] = {
        {EmailDialog::Kind::Introduction, tr("Introduction e-mail…")},
        {EmailDialog::Kind::KickoffRecap, tr("Kickoff recap…")},
    };
    int row = 1;
    for (const auto &[kind, text] : emails) {
        auto *button = new QPushButton(text);
        button->setObjectName(kind == EmailDialog::Kind::Introduction
                                  ? QStringLiteral("introductionEmail")
                                  : QStringLiteral("kickoffRecapEmail"));
        auto *sent = new QLabel;
        sent->setWordWrap(true);
        sent->setTextFormat(Qt::PlainText);
        m_emailSent.insert(int(kind), sent);
        grid->addWidget(button, row, 0, Qt::AlignTop);
        grid->addWidget(sent, row, 1);
        ++row;
        const EmailDialog::Kind k = kind;
        connect(button, &QPushButton::clicked, this, [this, k] { showEmail(k); });
    }
    grid->setRowStretch(row, 1);
    return group;
}

QGroupBox *KickoffPage::buildAttendees()
{
    auto *group = new QGroupBox(tr("Attendees"));
    auto *layout = new QVBoxLayout(group);

    auto *bar = new QHBoxLayout;
    bar->addWidget(hintLabel(tr("Both sides, each with a role in the meeting. Double-click a "
                                "role to edit it.")),
                   1);
    m_addAttendees = new QPushButton(tr("Add attendees…"));
    m_addAttendees->setObjectName(QStringLiteral("addAttendees"));
    m_removeAttendees = new QPushButton(tr("Remove"));
    m_removeAttendees->setObjectName(QStringLiteral("removeAttendees"));
    m_removeAttendees->setEnabled(false);
    bar->addWidget(m_addAttendees);
    bar->addWidget(m_removeAttendees);
    layout->addLayout(bar);

    m_attendeeModel = new RecordTableModel<KickoffAttendee>(
        m_workspace, {AttendeeField::Stakeholder, AttendeeField::MeetingRole}, this);
    auto personText = [](const Stakeholder &s) {
        const QString name = s.name.trimmed().isEmpty() ? tr("(unnamed)") : s.name.trimmed();
        return s.side == Side::Vendor ? tr("%1 · %2 (our team)").arg(name, enumDisplayName(s.role))
                                      : tr("%1 · %2").arg(name, enumDisplayName(s.role));
    };
    m_attendeeModel->setReference(
        AttendeeField::Stakeholder,
        [this, personText](const QVariant &id) {
            const Stakeholder *s =
                m_workspace->stakeholder(StakeholderId::fromString(id.toString()));
            return s ? personText(*s) : tr("(removed)");
        },
        [this, personText] {
            QList<RecordTableModelBase::Option> options;
            for (const Stakeholder &s : m_workspace->stakeholders(m_customer))
                options.append({personText(s), s.id.toString()});
            return options;
        });
    m_attendeeTable = recordTable(m_attendeeModel);
    m_attendeeTable->setObjectName(QStringLiteral("attendees"));
    m_attendeeTable->setAccessibleName(tr("Kickoff attendees"));
    m_attendeeTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    layout->addWidget(m_attendeeTable, 1);

    m_attendeeHint = hintLabel();
    layout->addWidget(m_attendeeHint);

    connect(m_addAttendees, &QPushButton::clicked, this, &KickoffPage::showAttendeePicker);
    connect(m_removeAttendees, &QPushButton::clicked, this, &KickoffPage::removeSelectedAttendees);
    connect(m_attendeeTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] {
                m_removeAttendees->setEnabled(m_attendeeTable->selectionModel()->hasSelection());
            });
    connect(m_attendeeModel, &RecordTableModelBase::recordsChanged, this,
            &KickoffPage::refreshAttendeeActions);
    connect(m_attendeeModel, &RecordTableModelBase::recordsChanged, this, [this] {
        m_attendeeTable->resizeColumnToContents(0);
        m_attendeeTable->setColumnWidth(
            0, std::clamp(m_attendeeTable->columnWidth(0) + 16, 200,
                          std::max(200, m_attendeeTable->viewport()->width() * 55 / 100)));
    });
    return group;
}

QGroupBox *KickoffPage::buildTriangle()
{
    auto *group = new QGroupBox(tr("1-2-3 relationship triangle"));
    auto *layout = new QVBoxLayout(group);
    layout->addWidget(hintLabel(tr("One executive sponsor, two primary contacts and three power "
                                   "users on the customer's side.")));
    m_triangle = new RelationshipTriangleWidget;
    m_triangle->setObjectName(QStringLiteral("relationshipTriangle"));
    layout->addWidget(m_triangle);
    layout->addStretch();
    return group;
}

QGroupBox *KickoffPage::buildAgenda()
{
    auto *group = new QGroupBox(tr("Agenda"));
    auto *layout = new QVBoxLayout(group);

    auto *bar = new QHBoxLayout;
    bar->addWidget(hintLabel(tr("Tick each item once it is covered and note what was agreed.")), 1);
    m_agendaProgress = new QLabel;
    m_agendaProgress->setObjectName(QStringLiteral("agendaProgress"));
    QFont bold = m_agendaProgress->font();
    bold.setBold(true);
    m_agendaProgress->setFont(bold);
    bar->addWidget(m_agendaProgress);
    layout->addLayout(bar);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(16);
    grid->setVerticalSpacing(6);
    grid->setColumnStretch(1, 1);
    int row = 0;
    for (const AgendaItem &item : kickoffAgenda()) {
        QWidget *doneRow = m_form->createRow(item.done);
        auto *check = qobject_cast<QCheckBox *>(m_form->editor(item.done));
        if (check)
            check->setText(customerFieldLabel(item.done));
        QWidget *notesRow = m_form->createRow(item.notes);
        if (auto *notes = qobject_cast<QLineEdit *>(m_form->editor(item.notes)))
            notes->setPlaceholderText(tr("What was agreed"));
        grid->addWidget(doneRow, row, 0, Qt::AlignTop);
        grid->addWidget(notesRow, row, 1);
        ++row;
    }
    layout->addLayout(grid);
    return group;
}

QGroupBox *KickoffPage::buildQualification()
{
    QGroupBox *group = m_form->createGroup(
        tr("Pre-onboarding qualification"),
        {CustomerField::DecisionMakerAvailable, CustomerField::ResourcesCommitted,
         CustomerField::ResourcesRole, CustomerField::ResourcesHoursPerWeek});
    auto *form = qobject_cast<QFormLayout *>(group->layout());
    if (auto *role = qobject_cast<QLineEdit *>(m_form->editor(CustomerField::ResourcesRole)))
        role->setPlaceholderText(tr("e.g. IT admin"));
    m_executiveSponsor = new QLabel;
    m_executiveSponsor->setObjectName(QStringLiteral("executiveSponsor"));
    m_executiveSponsor->setWordWrap(true);
    m_executiveSponsor->setTextFormat(Qt::PlainText);
    form->addRow(tr("Executive sponsor"), m_executiveSponsor);

    auto *checks = new QGridLayout;
    checks->setContentsMargins(0, 8, 0, 0);
    checks->setHorizontalSpacing(10);
    checks->setVerticalSpacing(6);
    checks->setColumnStretch(1, 1);
    const QualificationCheck all[] = {QualificationCheck::DecisionMakerAvailable,
                                      QualificationCheck::ResourcesCommitted,
                                      QualificationCheck::ExecutiveSponsorNamed};
    int row = 0;
    for (QualificationCheck check : all) {
        auto *state = new QLabel;
        state->setAlignment(Qt::AlignCenter);
        state->setMinimumWidth(state->fontMetrics().horizontalAdvance(
                                   qualificationStateName(QualificationState::NotYetKnown)) +
                               24);
        auto *reason = new QLabel;
        reason->setWordWrap(true);
        reason->setTextFormat(Qt::PlainText);
        m_qualificationStates.insert(int(check), state);
        m_qualificationReasons.insert(int(check), reason);
        checks->addWidget(state, row, 0, Qt::AlignTop);
        checks->addWidget(reason, row, 1);
        ++row;
    }
    form->addRow(tr("Checks"), checks);
    form->addRow(QString(), hintLabel(tr("An unmet item puts the onboarding at risk at once.")));
    addFormStretch(group);
    return group;
}

QGroupBox *KickoffPage::buildCommunication()
{
    QGroupBox *group = m_form->createGroup(
        tr("Communication plan"), {CustomerField::CheckInCadence, CustomerField::MeetingChannels,
                                   CustomerField::EscalationPath});
    auto *form = qobject_cast<QFormLayout *>(group->layout());
    if (auto *cadence = qobject_cast<QLineEdit *>(m_form->editor(CustomerField::CheckInCadence)))
        cadence->setPlaceholderText(tr("e.g. weekly, Tuesdays at 10:00"));
    if (auto *channels = qobject_cast<QLineEdit *>(m_form->editor(CustomerField::MeetingChannels)))
        channels->setPlaceholderText(tr("e.g. Teams calls, shared Slack channel, e-mail"));
    if (auto *path = qobject_cast<QPlainTextEdit *>(m_form->editor(CustomerField::EscalationPath)))
        path->setPlaceholderText(
            tr("Who to call, by name and in order, e.g. Cara Success, then Dana Lee (VP "
               "Customer Success)"));
    m_nextCheckIn = new QLabel;
    m_nextCheckIn->setObjectName(QStringLiteral("nextCheckIn"));
    m_nextCheckIn->setWordWrap(true);
    m_nextCheckIn->setTextFormat(Qt::PlainText);
    form->addRow(tr("Next check-in"), m_nextCheckIn);
    addFormStretch(group);
    return group;
}

QGroupBox *KickoffPage::buildRisks()
{
    auto *group = new QGroupBox(tr("Risk discussion"));
    auto *layout = new QVBoxLayout(group);
    auto *bar = new QHBoxLayout;
    bar->addWidget(hintLabel(tr("What could derail this? Risks raised here also appear in the "
                                "risk log.")),
                   1);
    auto *raise = new QPushButton(tr("Raise a risk…"));
    raise->setObjectName(QStringLiteral("raiseRisk"));
    bar->addWidget(raise);
    layout->addLayout(bar);

    m_riskModel =
        new RecordTableModel<Risk>(m_workspace,
                                   {RiskField::Risk, RiskField::Likelihood, RiskField::Impact,
                                    RiskField::Owner, RiskField::Status, RiskField::Mitigation},
                                   this);
    m_riskModel->setFilter([](const Risk &risk) { return risk.raisedAtKickoff; });
    m_riskTable = recordTable(m_riskModel);
    m_riskTable->setObjectName(QStringLiteral("risks"));
    m_riskTable->setAccessibleName(tr("Risks raised at the kickoff"));
    layout->addWidget(m_riskTable);
    m_riskHint = hintLabel(tr("No risks raised at the kickoff yet."));
    layout->addWidget(m_riskHint);

    connect(raise, &QPushButton::clicked, this, &KickoffPage::showRaiseRiskDialog);
    connect(m_riskModel, &RecordTableModelBase::recordsChanged, this, [this] {
        m_riskTable->setFixedHeight(heightForRows(m_riskTable, 2, 8));
        m_riskHint->setVisible(m_riskModel->rowCount() == 0);
    });
    connect(m_riskModel, &RecordTableModelBase::recordsChanged, this, [this] {
        // The risk and the mitigation get the room; the short columns fit their content.
        m_riskTable->resizeColumnsToContents();
        m_riskTable->setColumnWidth(0, std::clamp(m_riskTable->columnWidth(0) + 16, 280, 420));
        for (int column = 1; column < 5; ++column)
            m_riskTable->setColumnWidth(column, m_riskTable->columnWidth(column) + 16);
    });
    return group;
}

QWidget *KickoffPage::editor(CustomerField field) const
{
    return m_form->editor(field);
}

QLabel *KickoffPage::qualificationStateLabel(QualificationCheck check) const
{
    return m_qualificationStates.value(int(check));
}

QLabel *KickoffPage::emailSentLabel(EmailDialog::Kind kind) const
{
    return m_emailSent.value(int(kind));
}

void KickoffPage::setCustomer(const CustomerId &customer)
{
    m_customer = customer;
    m_attendeeModel->setCustomer(customer);
    m_riskModel->setCustomer(customer);
    m_form->setCustomer(customer);
    refresh();
}

void KickoffPage::refresh()
{
    const Customer *customer = m_workspace->customer(m_customer);
    setEnabled(customer != nullptr);
    if (!customer)
        return;
    const QList<Stakeholder> stakeholders = m_workspace->stakeholders(m_customer);

    m_title->setText(customer->accountName.isEmpty() ? tr("(unnamed customer)")
                                                     : customer->accountName);
    QStringList facts{tr("Kickoff workshop")};
    if (customer->signatureDate.isValid()) {
        const qint64 days = customer->daysSinceSignature(m_workspace->today());
        if (days >= 0)
            facts.append(tr("Day %1 since signature").arg(days));
    }
    facts.append(tr("%1 phase").arg(enumDisplayName(customer->phase)));
    m_subtitle->setText(facts.join(QStringLiteral("  ·  ")));

    refreshTiming(*customer);

    int covered = 0;
    for (const AgendaItem &item : kickoffAgenda()) {
        if (customerValue(*customer, item.done).toBool())
            ++covered;
    }
    const int total = int(kickoffAgenda().size());
    m_agendaProgress->setText(tr("%1 of %2 covered").arg(covered).arg(total));

    const QDate next = nextCheckIn(*customer, m_workspace->today());
    if (next.isValid())
        m_nextCheckIn->setText(longDate(next));
    else if (customer->checkInCadence.trimmed().isEmpty())
        m_nextCheckIn->setText(tr("Agree a cadence, such as weekly, every two weeks or monthly."));
    else
        m_nextCheckIn->setText(tr("No date from this cadence; weekly, every two weeks, monthly "
                                  "or daily give one."));

    const RelationshipTriangle triangle = relationshipTriangle(stakeholders);
    m_triangle->setTriangle(triangle);
    QStringList sponsors;
    for (const Stakeholder &s : triangle.executiveSponsors)
        sponsors.append(s.title.trimmed().isEmpty()
                            ? s.name.trimmed()
                            : tr("%1, %2").arg(s.name.trimmed(), s.title.trimmed()));
    m_executiveSponsor->setText(
        sponsors.isEmpty()
            ? tr("None named yet: add the customer's executive sponsor on the handoff page.")
            : sponsors.join(QLatin1Char('\n')));

    refreshQualification(*customer, stakeholders);
    refreshEmails(*customer);
    refreshAttendeeActions();
}

void KickoffPage::changeEvent(QEvent *event)
{
    // The warning colours follow the palette.
    if (event->type() == QEvent::PaletteChange)
        refresh();
    QWidget::changeEvent(event);
}

void KickoffPage::refreshTiming(const Customer &customer)
{
    m_timingWarning->setStyleSheet(noticeStyle(palette()));
    m_timingWarning->hide();
    const QDate signature = customer.signatureDate;
    const QDate kickoff = customer.kickoffDate;
    if (!signature.isValid()) {
        m_signatureDay->setText(tr("No signature date yet; it is set on the handoff page."));
        return;
    }
    const QDate deadline = kickoffDeadline(customer);
    const bool slowStart = isSlowStart(customer, m_workspace->today());
    if (!kickoff.isValid()) {
        m_signatureDay->setText(tr("No date yet. Hold it by %1.").arg(longDate(deadline)));
        if (slowStart) {
            m_timingWarning->setText(tr("No kickoff date, and the %1 business days after "
                                        "signature ended on %2.")
                                         .arg(kickoffWithinBusinessDays)
                                         .arg(longDate(deadline)));
            m_timingWarning->show();
        }
        return;
    }
    const qint64 days = signature.daysTo(kickoff);
    if (days < 0) {
        m_signatureDay->setText(tr("Before the signature."));
        return;
    }
    if (days == 0) {
        m_signatureDay->setText(tr("On the day of signature."));
        return;
    }
    m_signatureDay->setText(tr("Day %1 after signature (business day %2)")
                                .arg(days)
                                .arg(businessDaysBetween(signature, kickoff)));
    if (slowStart) {
        m_timingWarning->setText(tr("Not within %1 business days of signature: it should be held "
                                    "by %2. A slow start puts the onboarding at risk.")
                                     .arg(kickoffWithinBusinessDays)
                                     .arg(longDate(deadline)));
        m_timingWarning->show();
    }
}

void KickoffPage::refreshQualification(const Customer &customer,
                                       const QList<Stakeholder> &stakeholders)
{
    for (const QualificationItem &item : assessQualification(customer, stakeholders)) {
        QLabel *state = m_qualificationStates.value(int(item.check));
        QLabel *reason = m_qualificationReasons.value(int(item.check));
        if (!state || !reason)
            continue;
        state->setText(qualificationStateName(item.state));
        state->setStyleSheet(QStringLiteral("QLabel { background: %1; color: white; "
                                            "border-radius: 9px; padding: 1px 8px; }")
                                 .arg(qualificationColor(item.state).name()));
        // Unmet, the reason says more than the label: "Customer resources committed without
        // a role".
        QString text = item.label;
        if (item.state == QualificationState::NotMet && !item.unmetReason.isEmpty())
            text = item.unmetReason.at(0).toUpper() + item.unmetReason.mid(1);
        reason->setText(text);
    }

    const EffectiveStatus status = effectiveStatus(customer, stakeholders);
    m_qualificationBanner->setVisible(status.qualificationUnmet);
    if (status.qualificationUnmet) {
        m_qualificationBanner->setText(
            tr("%1: %2").arg(enumDisplayName(status.status), status.reason));
        m_qualificationBanner->setStyleSheet(
            QStringLiteral("QLabel { background: %1; color: white; border-radius: 4px; "
                           "padding: 8px 10px; font-weight: bold; }")
                .arg(CustomerListDelegate::statusColor(int(status.status)).name()));
    }
}

void KickoffPage::refreshEmails(const Customer &customer)
{
    if (QLabel *intro = m_emailSent.value(int(EmailDialog::Kind::Introduction))) {
        intro->setText(customer.introEmailSentDate.isValid()
                           ? tr("Sent on %1.").arg(longDate(customer.introEmailSentDate))
                           : tr("Not sent yet. The account executive introduces the CSM within "
                                "24 hours of the handoff."));
    }
    if (QLabel *recap = m_emailSent.value(int(EmailDialog::Kind::KickoffRecap))) {
        if (customer.kickoffRecapSentDate.isValid())
            recap->setText(tr("Sent on %1.").arg(longDate(customer.kickoffRecapSentDate)));
        else if (customer.kickoffDate.isValid())
            recap->setText(tr("Not sent yet. Send it within 24 hours of the kickoff, by %1.")
                               .arg(longDate(customer.kickoffDate.addDays(1))));
        else
            recap->setText(tr("Not sent yet. Send it within 24 hours of the kickoff."));
    }
}

void KickoffPage::refreshAttendeeActions()
{
    // Grows with the triangle beside it.
    m_attendeeTable->setMinimumHeight(heightForRows(m_attendeeTable, 3, 10));
    if (m_customer.isNull())
        return;
    const QList<Stakeholder> stakeholders = m_workspace->stakeholders(m_customer);
    int candidates = 0;
    for (const Stakeholder &s : stakeholders) {
        bool attending = false;
        for (const KickoffAttendee &a : m_workspace->records<KickoffAttendee>(m_customer))
            attending = attending || a.stakeholderId == s.id;
        if (!attending)
            ++candidates;
    }
    m_addAttendees->setEnabled(candidates > 0);
    if (stakeholders.isEmpty()) {
        m_attendeeHint->setText(tr("No stakeholders yet: add both sides on the handoff page, "
                                   "then pick the attendees here."));
        m_attendeeHint->show();
    } else if (m_attendeeModel->rowCount() == 0) {
        m_attendeeHint->setText(tr("Nobody picked yet."));
        m_attendeeHint->show();
    } else {
        m_attendeeHint->hide();
    }
}

void KickoffPage::showAttendeePicker()
{
    if (m_customer.isNull())
        return;
    QList<Stakeholder> candidates;
    const QList<KickoffAttendee> attendees = m_workspace->records<KickoffAttendee>(m_customer);
    for (const Stakeholder &s : m_workspace->stakeholders(m_customer)) {
        const bool attending =
            std::any_of(attendees.cbegin(), attendees.cend(),
                        [&](const KickoffAttendee &a) { return a.stakeholderId == s.id; });
        if (!attending)
            candidates.append(s);
    }
    auto *dialog = new AttendeePickerDialog(candidates, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { addAttendees(dialog->checkedStakeholders()); });
    dialog->open();
}

void KickoffPage::addAttendees(const QList<StakeholderId> &stakeholders)
{
    if (m_customer.isNull())
        return;
    const QList<KickoffAttendee> attendees = m_workspace->records<KickoffAttendee>(m_customer);
    QList<const Stakeholder *> people;
    for (const StakeholderId &id : stakeholders) {
        const Stakeholder *s = m_workspace->stakeholder(id);
        const bool attending =
            std::any_of(attendees.cbegin(), attendees.cend(),
                        [&](const KickoffAttendee &a) { return a.stakeholderId == id; });
        if (s && s->customerId == m_customer && !attending && !people.contains(s))
            people.append(s);
    }
    if (people.isEmpty())
        return;

    QUndoStack *stack = m_workspace->undoStack();
    stack->beginMacro(people.size() == 1
                          ? tr("Add %1 to the kickoff").arg(people.first()->name.trimmed())
                          : tr("Add kickoff attendees"));
    const RecordMeta meta = m_workspace->newMeta();
    for (int i = 0; i < people.size(); ++i) {
        KickoffAttendee attendee;
        attendee.id = AttendeeId::create();
        attendee.customerId = m_customer;
        attendee.stakeholderId = people.at(i)->id;
        attendee.meta = meta;
        // Made one after the other, so they list in the order picked.
        attendee.meta.createdAt = meta.createdAt.addMSecs(i);
        stack->push(new AddRecord<KickoffAttendee>(m_workspace, attendee, QString()));
    }
    stack->endMacro();
}

void KickoffPage::removeSelectedAttendees()
{
    const QModelIndexList rows = m_attendeeTable->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    auto *macro = new QUndoCommand(tr("Remove kickoff attendees"));
    for (const QModelIndex &index : rows)
        new RemoveRecord<KickoffAttendee>(m_workspace, m_attendeeModel->idAt(index.row()), macro);
    m_workspace->undoStack()->push(macro);
}

void KickoffPage::showRaiseRiskDialog()
{
    if (m_customer.isNull())
        return;
    QStringList owners;
    const Customer *customer = m_workspace->customer(m_customer);
    if (customer && !customer->csmOwner.trimmed().isEmpty())
        owners.append(customer->csmOwner.trimmed());
    for (const Stakeholder &s : m_workspace->stakeholders(m_customer)) {
        if (!s.name.trimmed().isEmpty() && !owners.contains(s.name.trimmed()))
            owners.append(s.name.trimmed());
    }
    auto *dialog = new RaiseRiskDialog(owners, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { raiseRisk(dialog->risk()); });
    dialog->open();
}

void KickoffPage::raiseRisk(Risk risk)
{
    if (m_customer.isNull() || risk.risk.trimmed().isEmpty())
        return;
    risk.raisedAtKickoff = true;
    const QString text = tr("Raise risk %1").arg(risk.risk.trimmed());
    m_riskModel->addRecord(std::move(risk), text);
}

EmailDialog *KickoffPage::showEmail(EmailDialog::Kind kind)
{
    if (m_customer.isNull())
        return nullptr;
    commitPendingEdits();
    auto *dialog = new EmailDialog(m_workspace, m_customer, kind, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void KickoffPage::commitPendingEdits()
{
    // Moving the current cell commits and closes its editor.
    for (QTableView *table : {m_attendeeTable, m_riskTable}) {
        const QModelIndex current = table->currentIndex();
        table->setCurrentIndex({});
        if (current.isValid() && current.model() == table->model())
            table->setCurrentIndex(current);
    }
}

} // namespace Csm
