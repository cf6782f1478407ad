#include "graduationpage.h"

#include "checklistmark.h"
#include "commands/changecustomerfield.h"
#include "commands/removerecord.h"
#include "models/recordtablemodel.h"
#include "successplan/checkincadence.h"
#include "surveyresponsedelegate.h"
#include "views/adoption/adoptionstyle.h"
#include "views/adoption/kpicard.h"
#include "views/logs/logtable.h"
#include "widgets/customerform.h"
#include "widgets/optionaldateedit.h"
#include "widgets/pagewidgets.h"
#include "widgets/scrollingpage.h"
#include "workspace/workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStringListModel>
#include <QTableView>
#include <QUndoStack>

#include <algorithm>
#include <optional>

namespace Csm {

namespace {

using Tone = AdoptionStyle::Tone;

QString longDate(const QDate &date)
{
    return QLocale().toString(date, QLocale::LongFormat);
}

// The check box of each ticked item, the customer field behind it.
std::optional<CustomerField> tickedField(GraduationItem item)
{
    switch (item) {
    case GraduationItem::GoalsReviewed:
        return CustomerField::GraduationGoalsReviewed;
    case GraduationItem::NewGoalsSet:
        return CustomerField::GraduationNewGoalsSet;
    default:
        return std::nullopt;
    }
}

QLabel *boldLabel()
{
    auto *label = new QLabel;
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QLabel *detailLabel()
{
    QLabel *label = hintLabel();
    label->setTextFormat(Qt::PlainText);
    return label;
}

// A rounded badge in a tone's colour, white text.
QString pillStyle(Tone tone, const QPalette &palette)
{
    const QColor color = tone == Tone::Neutral ? palette.color(QPalette::Mid)
                                               : AdoptionStyle::toneColor(tone, palette);
    const QColor text = AdoptionStyle::isDark(palette) ? QColor(0x12, 0x12, 0x12) : Qt::white;
    return QStringLiteral("QLabel { background: %1; color: %2; border-radius: 10px; "
                          "padding: 3px 12px; font-weight: bold; }")
        .arg(color.name(), text.name());
}

// A notice that reads well on light and dark palettes, for validation problems.
QString problemStyle(const QPalette &palette)
{
    return AdoptionStyle::flagBannerStyle(palette);
}

} // namespace

GraduationPage::GraduationPage(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_form(new CustomerForm(workspace, this))
    , m_surveyModel(new RecordTableModel<SurveyResponse>(
          workspace,
          {SurveyResponseField::Respondent, SurveyResponseField::Role, SurveyResponseField::Date,
           SurveyResponseField::Satisfaction, SurveyResponseField::NpsScore,
           SurveyResponseField::Comment},
          this))
{
    auto *content = new QWidget;
    auto *column = new QVBoxLayout(content);
    column->setContentsMargins(16, 12, 16, 16);
    column->setSpacing(12);

    column->addWidget(buildHeader());

    auto *top = new QHBoxLayout;
    top->setSpacing(12);
    top->addWidget(buildChecklist(), 1);
    top->addWidget(buildHandOver(), 1);
    column->addLayout(top);

    column->addWidget(buildReadiness());
    column->addWidget(buildSurvey());
    column->addStretch();

    setScrollingContent(this, content);

    connect(m_form, &CustomerForm::refreshed, this, &GraduationPage::refresh);
    // The checklist and the readiness facts follow the success plan, the logs and the survey.
    auto recordsChanged = [this](RecordKind, const CustomerId &customer, const QUuid &) {
        if (customer == m_customer && !m_customer.isNull())
            refresh();
    };
    connect(workspace, &Workspace::recordAdded, this, recordsChanged);
    connect(workspace, &Workspace::recordRemoved, this, recordsChanged);
    connect(workspace, &Workspace::recordChanged, this, recordsChanged);
    auto customerAddedOrRemoved = [this](const CustomerId &id) {
        if (id == m_customer)
            setCustomer(m_customer);
    };
    connect(workspace, &Workspace::customerAdded, this, customerAddedOrRemoved);
    connect(workspace, &Workspace::customerRemoved, this, customerAddedOrRemoved);
    setCustomer({});
}

GraduationPage::~GraduationPage() = default;

QWidget *GraduationPage::buildHeader()
{
    auto *header = new QWidget;
    auto *row = new QHBoxLayout(header);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(12);

    auto *titles = new QVBoxLayout;
    titles->setSpacing(4);
    m_title = new QLabel;
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle = new QLabel;
    m_subtitle->setEnabled(false);
    m_subtitle->setTextFormat(Qt::PlainText);
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    row->addLayout(titles, 1);

    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("graduationStatus"));
    m_status->setTextFormat(Qt::PlainText);
    row->addWidget(m_status, 0, Qt::AlignVCenter);

    m_markGraduated = new QPushButton(tr("Mark as graduated"));
    m_markGraduated->setObjectName(QStringLiteral("markGraduated"));
    m_markGraduated->setToolTip(
        tr("Moves the customer to the Graduated phase with today as the graduation date."));
    row->addWidget(m_markGraduated, 0, Qt::AlignVCenter);
    connect(m_markGraduated, &QPushButton::clicked, this, &GraduationPage::markAsGraduated);
    return header;
}

QGroupBox *GraduationPage::buildChecklist()
{
    auto *group = new QGroupBox(tr("Graduation checklist"));
    auto *layout = new QVBoxLayout(group);
    layout->setSpacing(10);

    auto *bar = new QHBoxLayout;
    bar->addWidget(hintLabel(tr("Tick what was done with the customer; the hand-over items follow "
                                "from the fields beside.")),
                   1);
    m_progressLabel = boldLabel();
    m_progressLabel->setObjectName(QStringLiteral("checklistProgress"));
    bar->addWidget(m_progressLabel, 0, Qt::AlignTop);
    layout->addLayout(bar);

    m_progressBar = new QProgressBar;
    m_progressBar->setObjectName(QStringLiteral("checklistProgressBar"));
    m_progressBar->setRange(0, graduationItemCount);
    m_progressBar->setTextVisible(false);
    m_progressBar->setFixedHeight(6);
    layout->addWidget(m_progressBar);

    // A check box's indicator and its text, with the marks and labels of the other items
    // lined up on the same two columns.
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(style()->pixelMetric(QStyle::PM_CheckBoxLabelSpacing));
    grid->setVerticalSpacing(2);
    grid->setColumnStretch(1, 1);
    int row = 0;
    for (int i = 0; i < graduationItemCount; ++i) {
        const auto item = GraduationItem(i);
        if (row > 0)
            grid->setRowMinimumHeight(row++, 6);
        if (const std::optional<CustomerField> field = tickedField(item)) {
            QWidget *control = m_form->createRow(*field);
            m_itemControls.insert(i, m_form->editor(*field));
            grid->addWidget(control, row, 0, 1, 2);
        } else {
            auto *mark = new ChecklistMark;
            auto *label = new QLabel;
            label->setTextFormat(Qt::PlainText);
            label->setWordWrap(true);
            m_itemControls.insert(i, mark);
            m_itemLabels.insert(i, label);
            grid->addWidget(mark, row, 0, Qt::AlignCenter);
            grid->addWidget(label, row, 1);
        }
        ++row;
        QLabel *detail = detailLabel();
        m_itemDetails.insert(i, detail);
        grid->addWidget(detail, row++, 1);
    }
    layout->addLayout(grid);
    layout->addStretch();
    return group;
}

QGroupBox *GraduationPage::buildHandOver()
{
    QGroupBox *group = m_form->createGroup(
        tr("Hand-over"),
        {CustomerField::OngoingCsm, CustomerField::FirstQbrDate, CustomerField::GraduationDate});
    auto *form = qobject_cast<QFormLayout *>(group->layout());

    if (auto *csm = qobject_cast<QLineEdit *>(m_form->editor(CustomerField::OngoingCsm))) {
        csm->setPlaceholderText(tr("Who takes the account over"));
        auto *completer = new QCompleter(csm);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        csm->setCompleter(completer);
    }

    // The cadence is free text; the list offers the usual ones.
    m_cadence = new QComboBox;
    m_cadence->setObjectName(QStringLiteral("ongoing_check_in_cadence"));
    m_cadence->setEditable(true);
    m_cadence->setInsertPolicy(QComboBox::NoInsert);
    m_cadence->addItems({tr("Weekly"), tr("Every two weeks"), tr("Monthly"), tr("Quarterly")});
    m_cadence->lineEdit()->setPlaceholderText(tr("e.g. monthly, first Tuesday"));
    m_cadence->setAccessibleName(customerFieldLabel(CustomerField::OngoingCheckInCadence));
    m_cadence->setToolTip(customerFieldLabel(CustomerField::OngoingCheckInCadence));
    // Inline completion would show more than what is saved while typing.
    m_cadence->setCompleter(nullptr);
    m_cadence->setCurrentIndex(-1);
    auto *cadenceLabel = new QLabel(tr("Check-in cadence"));
    cadenceLabel->setBuddy(m_cadence);
    form->insertRow(1, cadenceLabel, m_cadence);
    connect(m_cadence->lineEdit(), &QLineEdit::textEdited, this, &GraduationPage::editCadence);
    connect(m_cadence, &QComboBox::activated, this,
            [this](int index) { editCadence(m_cadence->itemText(index)); });

    m_nextCheckIn = new QLabel;
    m_nextCheckIn->setObjectName(QStringLiteral("nextCheckIn"));
    m_nextCheckIn->setWordWrap(true);
    m_nextCheckIn->setTextFormat(Qt::PlainText);
    form->insertRow(2, tr("Next check-in"), m_nextCheckIn);

    form->addRow(QString(), hintLabel(tr("The graduation date is set to today when you mark the "
                                         "customer as graduated; change it here if it was "
                                         "another day.")));
    form->addItem(new QSpacerItem(0, 0, QSizePolicy::Minimum, QSizePolicy::Expanding));
    return group;
}

QGroupBox *GraduationPage::buildReadiness()
{
    auto *group = new QGroupBox(tr("Before graduating"));
    auto *layout = new QVBoxLayout(group);
    layout->addWidget(hintLabel(tr("What the onboarding file says about the customer's "
                                   "readiness, worked out from the success plan, the key dates "
                                   "and the logs.")));
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(2);
    constexpr int perRow = 3;
    for (int i = 0; i < readinessFactCount; ++i) {
        const int row = (i / perRow) * 3;
        const int col = (i % perRow) * 3;
        auto *mark = new ChecklistMark;
        QLabel *label = boldLabel();
        label->setWordWrap(true);
        QLabel *detail = detailLabel();
        m_factMarks.insert(i, mark);
        m_factLabels.insert(i, label);
        m_factDetails.insert(i, detail);
        grid->addWidget(mark, row, col, Qt::AlignCenter);
        grid->addWidget(label, row, col + 1);
        grid->addWidget(detail, row + 1, col + 1, Qt::AlignTop);
        grid->setColumnStretch(col + 1, 1);
        if (i % perRow != perRow - 1)
            grid->setColumnMinimumWidth(col + 2, 16);
        grid->setRowMinimumHeight(row + 2, 8);
    }
    layout->addLayout(grid);
    return group;
}

QGroupBox *GraduationPage::buildSurvey()
{
    auto *group = new QGroupBox(tr("Onboarding survey"));
    auto *layout = new QVBoxLayout(group);
    layout->setSpacing(10);
    layout->addWidget(
        hintLabel(tr("One row per respondent: satisfaction with the onboarding from 1 to 5, and "
                     "how likely they are to recommend us from 0 to 10. Targets: satisfaction "
                     "above %1, NPS above %2.")
                      .arg(QLocale().toString(satisfactionTarget, 'f', 1),
                           QLocale().toString(npsTarget, 'f', 0))));

    m_cards = new QWidget;
    auto *cards = new QHBoxLayout(m_cards);
    cards->setContentsMargins(0, 0, 0, 0);
    cards->setSpacing(12);
    m_responsesCard = new KpiCard(tr("Responses"));
    m_responsesCard->setObjectName(QStringLiteral("surveyResponsesCard"));
    m_satisfactionCard = new KpiCard(tr("Average satisfaction"));
    m_satisfactionCard->setObjectName(QStringLiteral("surveySatisfactionCard"));
    m_satisfactionCard->setExplanation(
        tr("The average of the answers from 1 to 5; responses without one are left out."));
    m_npsCard = new KpiCard(tr("Onboarding NPS"));
    m_npsCard->setObjectName(QStringLiteral("surveyNpsCard"));
    m_npsCard->setExplanation(
        tr("Per cent promoters (9 or 10) minus per cent detractors (0 to 6) of the answers from "
           "0 to 10; from -100 to 100."));
    cards->addWidget(m_responsesCard, 1);
    cards->addWidget(m_satisfactionCard, 1);
    cards->addWidget(m_npsCard, 1);
    layout->addWidget(m_cards);

    m_surveyHint = hintLabel(tr("No responses yet. Send the onboarding survey once the customer "
                                "has reached first value, and record each answer here with "
                                "Add response."));
    m_surveyHint->setObjectName(QStringLiteral("surveyEmptyHint"));
    layout->addWidget(m_surveyHint);

    m_surveyProblems = new QLabel;
    m_surveyProblems->setObjectName(QStringLiteral("surveyProblems"));
    m_surveyProblems->setWordWrap(true);
    m_surveyProblems->setTextFormat(Qt::PlainText);
    m_surveyProblems->hide();
    layout->addWidget(m_surveyProblems);

    m_surveyTable = new LogTable(m_surveyModel, tr("Add response"));
    m_surveyTable->setObjectName(QStringLiteral("surveyResponses"));
    m_surveyTable->setEmptyText(QString()); // the survey's own hint says it above the table
    m_surveyTable->view()->setAccessibleName(tr("Survey responses"));
    m_surveyTable->searchField()->setAccessibleName(tr("Search the survey responses"));
    m_surveyTable->layout()->setContentsMargins(0, 0, 0, 0);
    QTableView *view = m_surveyTable->view();
    auto *delegate =
        new SurveyResponseDelegate(m_surveyModel->columnOf(SurveyResponseField::Satisfaction),
                                   m_surveyModel->columnOf(SurveyResponseField::NpsScore), view);
    delegate->setProblemLookup([this](const QModelIndex &index) {
        return surveyProblem(m_surveyTable->proxy()->mapToSource(index));
    });
    view->setItemDelegate(delegate);
    layout->addWidget(m_surveyTable);

    const auto responseAt = [this](int row) { return m_surveyModel->recordAt(row); };
    m_surveyTable->setFilters({
        {tr("All responses"), {}},
        {tr("Promoters (9-10)"),
         [responseAt](int row) {
             const SurveyResponse *r = responseAt(row);
             return r && r->npsScore >= 9 && r->npsScore <= 10;
         }},
        {tr("Passives (7-8)"),
         [responseAt](int row) {
             const SurveyResponse *r = responseAt(row);
             return r && (r->npsScore == 7 || r->npsScore == 8);
         }},
        {tr("Detractors (0-6)"),
         [responseAt](int row) {
             const SurveyResponse *r = responseAt(row);
             return r && r->npsScore >= 0 && r->npsScore <= 6;
         }},
        {tr("Satisfaction below 4"),
         [responseAt](int row) {
             const SurveyResponse *r = responseAt(row);
             return r && r->satisfaction >= 1 && r->satisfaction < 4;
         }},
        {tr("With problems"),
         [this, responseAt](int row) {
             const SurveyResponse *r = responseAt(row);
             return r && !validateSurveyResponse(*r, m_workspace->today()).isEmpty();
         }},
    });
    m_surveyTable->setAdder([this] { return addSurveyResponseRecord(); });
    m_surveyTable->setRemover([this](const QList<int> &rows) { removeSurveyResponses(rows); });

    connect(m_surveyModel, &RecordTableModelBase::recordsChanged, this,
            &GraduationPage::refreshSurvey);
    connect(m_surveyTable->proxy(), &QAbstractItemModel::rowsInserted, this,
            &GraduationPage::resizeSurveyTable);
    connect(m_surveyTable->proxy(), &QAbstractItemModel::rowsRemoved, this,
            &GraduationPage::resizeSurveyTable);
    connect(m_surveyTable->proxy(), &QAbstractItemModel::modelReset, this,
            &GraduationPage::resizeSurveyTable);
    connect(m_surveyTable->proxy(), &QAbstractItemModel::layoutChanged, this,
            &GraduationPage::resizeSurveyTable);
    return group;
}

QWidget *GraduationPage::editor(CustomerField field) const
{
    if (field == CustomerField::OngoingCheckInCadence)
        return m_cadence;
    return m_form->editor(field);
}

QStringList GraduationPage::openItems() const
{
    QStringList open;
    for (const GraduationCheck &check : m_checks) {
        if (!check.done)
            open.append(check.label);
    }
    return open;
}

void GraduationPage::setCustomer(const CustomerId &customer)
{
    m_customer = customer;
    m_surveyModel->setCustomer(customer);
    m_form->setCustomer(customer);
    if (auto *csm = qobject_cast<QLineEdit *>(m_form->editor(CustomerField::OngoingCsm))) {
        // The CSMs the workspace knows, as suggestions.
        QStringList names;
        for (const CustomerId &id : m_workspace->customerIds()) {
            if (const Customer *c = m_workspace->customer(id)) {
                for (const QString &name : {c->csmOwner.trimmed(), c->ongoingCsm.trimmed()}) {
                    if (!name.isEmpty() && !names.contains(name))
                        names.append(name);
                }
            }
        }
        names.sort(Qt::CaseInsensitive);
        if (QCompleter *completer = csm->completer())
            completer->setModel(new QStringListModel(names, completer));
    }
    refresh();
}

void GraduationPage::refresh()
{
    const Customer *customer = m_workspace->customer(m_customer);
    setEnabled(customer != nullptr);
    if (!customer) {
        m_title->setText(tr("No customer selected"));
        m_subtitle->clear();
        m_status->hide();
        m_checks.clear();
        m_progressLabel->clear();
        m_progressBar->setValue(0);
        m_cadence->setCurrentIndex(-1);
        m_nextCheckIn->clear();
        // Blank, not the last customer's values.
        for (QWidget *control : std::as_const(m_itemControls)) {
            if (auto *box = qobject_cast<QCheckBox *>(control))
                box->setChecked(false);
            else if (auto *mark = qobject_cast<ChecklistMark *>(control))
                mark->setMark(ChecklistMark::Shape::Open);
        }
        if (auto *csm = qobject_cast<QLineEdit *>(m_form->editor(CustomerField::OngoingCsm)))
            csm->clear();
        for (CustomerField field : {CustomerField::FirstQbrDate, CustomerField::GraduationDate}) {
            if (auto *date = qobject_cast<OptionalDateEdit *>(m_form->editor(field)))
                date->setDate({});
        }
        for (ChecklistMark *mark : std::as_const(m_factMarks))
            mark->setMark(ChecklistMark::Shape::Dot, Tone::Neutral);
        // The items' names stay, so the page still says what it is for.
        for (const GraduationCheck &check : GraduationChecklist::checks({})) {
            if (auto *box = qobject_cast<QCheckBox *>(m_itemControls.value(int(check.item))))
                box->setText(check.label);
            if (QLabel *label = m_itemLabels.value(int(check.item)))
                label->setText(check.label);
        }
        for (QLabel *label : std::as_const(m_itemDetails))
            label->hide();
        for (QLabel *label : std::as_const(m_factLabels))
            label->clear();
        for (QLabel *label : std::as_const(m_factDetails))
            label->clear();
        refreshSurvey();
        return;
    }

    GraduationInputs inputs;
    inputs.customer = *customer;
    inputs.objectives = m_workspace->records<Objective>(m_customer);
    inputs.measurements = m_workspace->records<Measurement>(m_customer);
    inputs.actions = m_workspace->records<ActionItem>(m_customer);
    inputs.risks = m_workspace->records<Risk>(m_customer);
    inputs.surveyResponses = int(m_workspace->records<SurveyResponse>(m_customer).size());
    inputs.today = m_workspace->today();

    m_title->setText(customer->accountName.isEmpty() ? tr("(unnamed customer)")
                                                     : customer->accountName);
    QStringList facts{tr("Graduation")};
    if (customer->signatureDate.isValid()) {
        const qint64 days = customer->daysSinceSignature(inputs.today);
        if (days >= 0)
            facts.append(tr("Day %1 since signature").arg(days));
    }
    facts.append(tr("%1 phase").arg(enumDisplayName(customer->phase)));
    m_subtitle->setText(facts.join(QStringLiteral("  ·  ")));

    refreshChecklist(inputs);
    refreshReadiness(inputs);
    refreshHandOver(*customer);
    refreshSurvey();
    refreshStyles();
}

void GraduationPage::refreshChecklist(const GraduationInputs &inputs)
{
    m_checks = GraduationChecklist::checks(inputs);
    int done = 0;
    for (const GraduationCheck &check : std::as_const(m_checks)) {
        const int i = int(check.item);
        done += check.done;
        if (auto *box = qobject_cast<QCheckBox *>(m_itemControls.value(i)))
            box->setText(check.label);
        if (auto *mark = qobject_cast<ChecklistMark *>(m_itemControls.value(i))) {
            mark->setMark(check.done ? ChecklistMark::Shape::Done : ChecklistMark::Shape::Open);
            mark->setToolTip(check.done ? tr("Done") : tr("Open"));
        }
        if (QLabel *label = m_itemLabels.value(i))
            label->setText(check.label);
        if (QLabel *detail = m_itemDetails.value(i)) {
            detail->setText(check.detail);
            detail->setVisible(!check.detail.isEmpty());
        }
    }
    const int total = int(m_checks.size());
    m_progressLabel->setText(tr("%1 of %2 done").arg(done).arg(total));
    m_progressBar->setValue(done);

    const Customer &customer = inputs.customer;
    const bool graduated = customer.phase == Phase::Graduated;
    m_markGraduated->setEnabled(!graduated);
    if (graduated) {
        m_status->setText(customer.graduationDate.isValid()
                              ? tr("Graduated on %1").arg(longDate(customer.graduationDate))
                              : tr("Graduated"));
        m_markGraduated->setToolTip(tr("The customer has graduated already."));
    } else {
        m_status->setText(done == total ? tr("Ready to graduate") : tr("Not graduated yet"));
        m_markGraduated->setToolTip(
            tr("Moves the customer to the Graduated phase with today as the graduation date."));
    }
    m_status->show();
}

void GraduationPage::refreshReadiness(const GraduationInputs &inputs)
{
    for (const ReadinessItem &item : GraduationChecklist::readiness(inputs)) {
        const int i = int(item.fact);
        if (ChecklistMark *mark = m_factMarks.value(i))
            mark->setMark(ChecklistMark::Shape::Dot, item.tone);
        if (QLabel *label = m_factLabels.value(i))
            label->setText(item.label);
        if (QLabel *detail = m_factDetails.value(i))
            detail->setText(item.detail);
    }
}

void GraduationPage::refreshHandOver(const Customer &customer)
{
    m_refreshing = true;
    const QString cadence = customer.ongoingCheckInCadence;
    if (m_cadence->currentText() != cadence) {
        const int index = m_cadence->findText(cadence, Qt::MatchFixedString);
        m_cadence->setCurrentIndex(index);
        if (index < 0 || m_cadence->currentText() != cadence)
            m_cadence->setEditText(cadence);
    }
    m_refreshing = false;

    // The rhythm after graduation starts at the graduation date.
    Customer after = customer;
    after.checkInCadence = customer.ongoingCheckInCadence;
    after.kickoffDate =
        customer.graduationDate.isValid() ? customer.graduationDate : m_workspace->today();
    const QDate next = nextCheckIn(after, m_workspace->today());
    if (next.isValid())
        m_nextCheckIn->setText(longDate(next));
    else if (cadence.trimmed().isEmpty())
        m_nextCheckIn->setText(tr("Agree a cadence first."));
    else
        m_nextCheckIn->setText(tr("Not worked out for this cadence; put it in your calendar."));
}

void GraduationPage::refreshSurvey()
{
    m_summary = summariseSurvey(m_workspace->records<SurveyResponse>(m_customer));
    const bool empty = m_summary.responses == 0;
    m_cards->setVisible(!empty);
    m_surveyHint->setVisible(!empty ? false : !m_customer.isNull());
    const QLocale locale;

    m_responsesCard->setValue(locale.toString(m_summary.responses),
                              tr("%1 rated satisfaction · %2 answered the NPS question")
                                  .arg(locale.toString(m_summary.satisfactionAnswers),
                                       locale.toString(m_summary.npsAnswers)));

    if (m_summary.averageSatisfaction) {
        const double average = *m_summary.averageSatisfaction;
        m_satisfactionCard->setValue(
            tr("%1 of 5").arg(locale.toString(average, 'f', 1)),
            tr("Target: above %1").arg(locale.toString(satisfactionTarget, 'f', 1)),
            average > satisfactionTarget ? Tone::Good : Tone::Bad);
    } else {
        m_satisfactionCard->setValue(QStringLiteral("\u2013"), tr("No satisfaction answers yet."),
                                     Tone::Neutral);
    }

    if (m_summary.nps) {
        const double nps = *m_summary.nps;
        m_npsCard->setValue(
            locale.toString(nps, 'f', 0),
            tr("Promoters %1 · passives %2 · detractors %3 · target: above %4")
                .arg(locale.toString(m_summary.promoters), locale.toString(m_summary.passives),
                     locale.toString(m_summary.detractors), locale.toString(npsTarget, 'f', 0)),
            nps > npsTarget ? Tone::Good : Tone::Bad);
    } else {
        m_npsCard->setValue(QStringLiteral("\u2013"), tr("No answers to the NPS question yet."),
                            Tone::Neutral);
    }

    QStringList problems;
    const QDate today = m_workspace->today();
    for (int row = 0; row < m_surveyModel->rowCount(); ++row) {
        const SurveyResponse *response = m_surveyModel->recordAt(row);
        if (!response)
            continue;
        const QString who = response->respondent.trimmed().isEmpty()
                                ? tr("Response %1").arg(row + 1)
                                : response->respondent.trimmed();
        for (const SurveyResponseProblem &problem : validateSurveyResponse(*response, today))
            problems.append(tr("%1: %2").arg(who, problem.message));
    }
    m_surveyProblems->setText(problems.join(QLatin1Char('\n')));
    m_surveyProblems->setVisible(!problems.isEmpty());
    m_surveyTable->view()->viewport()->update();
    resizeSurveyTable();
}

void GraduationPage::refreshStyles()
{
    const Customer *customer = m_workspace->customer(m_customer);
    Tone tone = Tone::Warning;
    if (customer && customer->phase == Phase::Graduated)
        tone = Tone::Good;
    else if (!m_checks.isEmpty() && openItems().isEmpty())
        tone = Tone::Good;
    m_status->setStyleSheet(pillStyle(tone, palette()));
    m_surveyProblems->setStyleSheet(problemStyle(palette()));
}

void GraduationPage::changeEvent(QEvent *event)
{
    // The badges' colours follow the palette.
    if (event->type() == QEvent::PaletteChange)
        refreshStyles();
    QWidget::changeEvent(event);
}

void GraduationPage::editCadence(const QString &text)
{
    if (m_refreshing || m_customer.isNull())
        return;
    const Customer *customer = m_workspace->customer(m_customer);
    if (!customer || customer->ongoingCheckInCadence == text)
        return;
    m_workspace->undoStack()->push(new ChangeCustomerField(
        m_workspace, m_customer, CustomerField::OngoingCheckInCadence, text));
}

void GraduationPage::markAsGraduated()
{
    const Customer *customer = m_workspace->customer(m_customer);
    if (!customer || customer->phase == Phase::Graduated)
        return;
    commitPendingEdits();
    const QStringList open = openItems();
    if (!open.isEmpty()) {
        QMessageBox box(QMessageBox::Question, tr("Mark as graduated"),
                        tr("Not everything on the graduation checklist is done."),
                        QMessageBox::NoButton, this);
        box.setObjectName(QStringLiteral("graduateConfirmation"));
        QStringList lines;
        for (const QString &item : open)
            lines.append(QStringLiteral("\u2022 ") + item);
        box.setInformativeText(tr("%1\n\nMark %2 as graduated anyway?")
                                   .arg(lines.join(QLatin1Char('\n')), customer->accountName));
        QPushButton *graduateButton =
            box.addButton(tr("Mark as graduated"), QMessageBox::AcceptRole);
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() != graduateButton)
            return;
    }
    graduate();
}

void GraduationPage::graduate()
{
    const Customer *customer = m_workspace->customer(m_customer);
    if (!customer || customer->phase == Phase::Graduated)
        return;
    const QString name = customer->accountName;
    QUndoStack *stack = m_workspace->undoStack();
    stack->beginMacro(tr("Mark %1 as graduated").arg(name));
    stack->push(new ChangeCustomerField(m_workspace, m_customer, CustomerField::Phase,
                                        int(Phase::Graduated)));
    stack->push(new ChangeCustomerField(m_workspace, m_customer, CustomerField::GraduationDate,
                                        m_workspace->today()));
    stack->endMacro();
}

int GraduationPage::addSurveyResponseRecord()
{
    m_lastAddedRow = -1;
    if (m_customer.isNull())
        return -1;
    SurveyResponse response;
    response.date = m_workspace->today();
    m_lastAddedRow = m_surveyModel->addRecord(response, tr("Add survey response"));
    return m_lastAddedRow;
}

int GraduationPage::addSurveyResponse()
{
    m_lastAddedRow = -1;
    m_surveyTable->addRecord();
    return m_lastAddedRow;
}

void GraduationPage::removeSurveyResponses(const QList<int> &rows)
{
    QList<SurveyResponseId> ids;
    for (int row : rows)
        ids.append(m_surveyModel->idAt(row));
    if (ids.isEmpty())
        return;
    QUndoStack *stack = m_workspace->undoStack();
    stack->beginMacro(ids.size() == 1 ? tr("Remove survey response")
                                      : tr("Remove survey responses"));
    for (const SurveyResponseId &id : std::as_const(ids))
        stack->push(new RemoveRecord<SurveyResponse>(m_workspace, id));
    stack->endMacro();
}

QString GraduationPage::surveyProblem(const QModelIndex &index) const
{
    if (!index.isValid())
        return {};
    const SurveyResponse *response = m_surveyModel->recordAt(index.row());
    if (!response)
        return {};
    const SurveyResponseField field = m_surveyModel->fieldAt(index.column());
    QStringList messages;
    for (const SurveyResponseProblem &problem :
         validateSurveyResponse(*response, m_workspace->today())) {
        if (problem.field == field)
            messages.append(problem.message);
    }
    return messages.join(QLatin1Char(' '));
}

void GraduationPage::resizeSurveyTable()
{
    // Tall enough for its rows, so the page scrolls rather than the table.
    QTableView *view = m_surveyTable->view();
    const int rows = std::clamp(view->model()->rowCount(), 3, 12);
    view->setFixedHeight(view->horizontalHeader()->sizeHint().height() +
                         rows * view->verticalHeader()->defaultSectionSize() +
                         2 * view->frameWidth());
}

void GraduationPage::commitPendingEdits()
{
    // Moving the current cell commits and closes its editor.
    QTableView *table = m_surveyTable->view();
    const QModelIndex current = table->currentIndex();
    table->setCurrentIndex({});
    if (current.isValid() && current.model() == table->model())
        table->setCurrentIndex(current);
}

} // namespace Csm
