#include "adoptionpage.h"

#include "adoptionchartview.h"
#include "adoptionstyle.h"
#include "commands/changecustomerfield.h"
#include "kpicard.h"
#include "usageimporttablemodel.h"
#include "widgets/pagewidgets.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace Csm {

namespace {

using Tone = AdoptionStyle::Tone;
using AdoptionStyle::percent;

QLabel *boldLabel(const QString &text, qreal scale = 1.0)
{
    auto *label = new QLabel(text);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * scale);
    label->setFont(font);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QString number(double value, int digits = 1)
{
    return QLocale().toString(value, 'f', digits);
}

QString shortDate(const QDate &date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

QString duration(double minutes)
{
    const int total = int(std::lround(minutes));
    if (total < 60)
        return AdoptionPage::tr("%1 min").arg(total);
    return AdoptionPage::tr("%1 h %2 min").arg(total / 60).arg(total % 60);
}

} // namespace

AdoptionPage::AdoptionPage(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    m_importAction = new QAction(tr("Import usage data…"), this);
    m_importAction->setObjectName(QStringLiteral("importUsage"));
    m_importAction->setToolTip(tr("Import usage events, the user roster or training completions "
                                  "exported from the product"));
    connect(m_importAction, &QAction::triggered, this, &AdoptionPage::importRequested);

    m_history = new UsageImportTableModel(workspace, this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(8);
    layout->addWidget(buildHeader());
    layout->addWidget(buildToolBar());
    m_pages = new QStackedWidget;
    m_emptyState = buildEmptyState();
    m_pages->addWidget(m_emptyState);
    m_pages->addWidget(buildContent());
    layout->addWidget(m_pages, 1);

    connect(workspace, &Workspace::usageChanged, this, [this](const CustomerId &customer) {
        if (customer == m_customer) {
            reloadUsage();
            refresh();
        }
    });
    auto customerEvent = [this](const CustomerId &customer) {
        if (customer == m_customer)
            refresh();
    };
    connect(workspace, &Workspace::customerAdded, this, [this](const CustomerId &customer) {
        if (customer == m_customer) {
            reloadUsage();
            refresh();
        }
    });
    connect(workspace, &Workspace::customerRemoved, this, customerEvent);
    connect(workspace, &Workspace::customerChanged, this, customerEvent);
    setCustomer({});
}

QWidget *AdoptionPage::buildHeader()
{
    auto *header = new QWidget;
    auto *layout = new QVBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_title = boldLabel(tr("Adoption"), 1.6);
    m_subtitle = new QLabel;
    m_subtitle->setObjectName(QStringLiteral("adoptionSubtitle"));
    m_subtitle->setEnabled(false);
    m_subtitle->setWordWrap(true);
    m_subtitle->setTextFormat(Qt::PlainText);
    auto *titles = new QVBoxLayout;
    titles->setSpacing(4);
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);

    // What the figures are measured against, beside the title.
    m_seats = new QSpinBox;
    m_seats->setObjectName(QStringLiteral("licensedSeats"));
    m_seats->setAccessibleName(tr("Licensed seats"));
    m_seats->setRange(0, 1000000);
    m_seats->setGroupSeparatorShown(true);
    m_seats->setSpecialValueText(tr("Not set"));
    m_seats->setToolTip(tr("The seats the customer bought; adoption is measured against them"));
    m_seats->setKeyboardTracking(false);

    m_activation = new QComboBox;
    m_activation->setObjectName(QStringLiteral("activationEvent"));
    m_activation->setAccessibleName(tr("Activation event"));
    m_activation->setEditable(true);
    m_activation->setInsertPolicy(QComboBox::NoInsert);
    m_activation->setMinimumContentsLength(18);
    m_activation->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_activation->lineEdit()->setPlaceholderText(tr("Choose the core action"));
    m_activation->setToolTip(
        tr("The one core action that proves first value; a user who did it is activated"));
    auto *fields = new QHBoxLayout;
    fields->setSpacing(6);
    auto caption = [fields](const QString &text, QWidget *buddy) {
        auto *label = new QLabel(text);
        label->setBuddy(buddy);
        fields->addWidget(label);
        fields->addWidget(buddy);
    };
    caption(tr("&Seats:"), m_seats);
    fields->addSpacing(8);
    caption(tr("&Activation event:"), m_activation);

    auto *top = new QHBoxLayout;
    top->setSpacing(16);
    top->addLayout(titles, 1);
    top->addLayout(fields);
    layout->addLayout(top);

    m_flags = new QLabel;
    m_flags->setObjectName(QStringLiteral("adoptionFlags"));
    m_flags->setWordWrap(true);
    m_flags->setTextFormat(Qt::PlainText);
    m_flags->setAccessibleName(tr("Red flags"));
    QFont bold = m_flags->font();
    bold.setBold(true);
    m_flags->setFont(bold);
    m_flags->hide();
    layout->addWidget(m_flags);

    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("adoptionMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setEnabled(false);
    m_message->hide();
    layout->addWidget(m_message);
    return header;
}

QToolBar *AdoptionPage::buildToolBar()
{
    m_toolBar = new QToolBar(tr("Adoption"));
    m_toolBar->setObjectName(QStringLiteral("adoptionToolbar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->setIconSize(QSize(16, 16));
    auto *rangeCaption = new QLabel(tr("&Range:"));
    rangeCaption->setContentsMargins(4, 0, 4, 0);

    m_rangeCombo = new QComboBox;
    m_rangeCombo->setObjectName(QStringLiteral("adoptionRange"));
    m_rangeCombo->setAccessibleName(tr("Date range"));
    m_rangeCombo->addItem(tr("Last 30 days"), int(RangePreset::Last30Days));
    m_rangeCombo->addItem(tr("Last 90 days"), int(RangePreset::Last90Days));
    m_rangeCombo->addItem(tr("Since go-live"), int(RangePreset::SinceGoLive));
    m_rangeCombo->addItem(tr("All data"), int(RangePreset::AllData));
    m_rangeCombo->addItem(tr("Custom range"), int(RangePreset::Custom));
    m_rangeCombo->setToolTip(tr("The weeks the charts show; the figures are as of the last day"));
    rangeCaption->setBuddy(m_rangeCombo);
    m_toolBar->addWidget(rangeCaption);
    m_rangeWidgets.append(rangeCaption);
    m_toolBar->addWidget(m_rangeCombo);
    m_rangeWidgets.append(m_rangeCombo);

    auto dateEdit = [](const QString &name, const QString &accessibleName) {
        auto *edit = new QDateEdit;
        edit->setObjectName(name);
        edit->setAccessibleName(accessibleName);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        return edit;
    };
    m_fromEdit = dateEdit(QStringLiteral("adoptionFrom"), tr("From"));
    m_toEdit = dateEdit(QStringLiteral("adoptionTo"), tr("To"));
    m_toolBar->addWidget(m_fromEdit);
    m_rangeWidgets.append(m_fromEdit);
    auto *to = new QLabel(tr("to"));
    to->setContentsMargins(4, 0, 4, 0);
    m_toolBar->addWidget(to);
    m_rangeWidgets.append(to);
    m_toolBar->addWidget(m_toEdit);
    m_rangeWidgets.append(m_toEdit);
    m_toolBar->addSeparator();

    m_toolBar->addAction(m_importAction);

    auto *exportButton = new QToolButton;
    exportButton->setText(tr("Export chart"));
    exportButton->setObjectName(QStringLiteral("exportChartMenu"));
    exportButton->setAccessibleName(exportButton->text());
    exportButton->setToolTip(tr("Save a chart as a PNG image (also from each chart's context "
                                "menu)"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    exportButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    exportButton->setMenu(new QMenu(exportButton));
    m_toolBar->addWidget(exportButton);
    m_rangeWidgets.append(exportButton);

    connect(m_seats, &QSpinBox::valueChanged, this, [this](int value) {
        if (!m_updating)
            setLicensedSeats(value);
    });
    connect(m_activation, &QComboBox::activated, this, [this](int) { commitActivationText(); });
    connect(m_activation->lineEdit(), &QLineEdit::editingFinished, this,
            &AdoptionPage::commitActivationText);
    connect(m_rangeCombo, &QComboBox::activated, this,
            [this](int) { setRangePreset(RangePreset(m_rangeCombo->currentData().toInt())); });
    auto dateEdited = [this] {
        if (m_updating)
            return;
        setRange(m_fromEdit->date(), m_toEdit->date());
    };
    connect(m_fromEdit, &QDateEdit::dateChanged, this, dateEdited);
    connect(m_toEdit, &QDateEdit::dateChanged, this, dateEdited);
    return m_toolBar;
}

QWidget *AdoptionPage::buildEmptyState()
{
    const EmptyStateCard card = makeEmptyStateCard(QStringLiteral("adoptionEmptyState"),
                                                   boldLabel(tr("No usage data yet"), 1.3));
    m_emptyText = new QLabel;
    m_emptyText->setWordWrap(true);
    card.layout->addWidget(m_emptyText);
    card.layout->addWidget(
        hintLabel(tr("Export the usage events (user, time, event or feature) from the "
                     "product's analytics, and if you have them the user roster with roles "
                     "and the training completions. CSV and TSV files in any common encoding "
                     "are read; rows already imported are skipped.")));
    m_emptyImport =
        addEmptyStateButton(card, tr("Import usage data…"), QStringLiteral("emptyImportUsage"));
    connect(m_emptyImport, &QPushButton::clicked, this, &AdoptionPage::importRequested);
    return card.page;
}

QWidget *AdoptionPage::buildContent()
{
    auto *content = new QWidget;
    auto *column = new QVBoxLayout(content);
    column->setContentsMargins(0, 0, 4, 8);
    column->setSpacing(12);

    m_kpiGrid = new QGridLayout;
    m_kpiGrid->setSpacing(8);
    auto card = [this](const QString &title, const QString &explanation, const QString &name) {
        auto *kpi = new KpiCard(title);
        kpi->setObjectName(name);
        kpi->setExplanation(explanation);
        m_cards.append(kpi);
    };
    card(tr("Login rate"),
         tr("Users provisioned who have logged in at least once. Under 60 % two weeks after "
            "go-live is a red flag."),
         QStringLiteral("kpiLoginRate"));
    card(tr("Active users (DAU / WAU / MAU)"),
         tr("Users active on the last day of the range, in its last 7 days and in its last "
            "30 days"),
         QStringLiteral("kpiActiveUsers"));
    card(tr("Adoption rate"),
         tr("Monthly active users against the licensed seats; the target is 80 % 30 days "
            "after go-live"),
         QStringLiteral("kpiAdoptionRate"));
    card(tr("Activation rate"),
         tr("Users provisioned who did the activation event. 25-40 % is average, over 50 % "
            "excellent."),
         QStringLiteral("kpiActivationRate"));
    card(tr("Trend"), tr("Weekly active users over the last 4 weeks of the range"),
         QStringLiteral("kpiTrend"));
    card(tr("Time in product"),
         tr("Minutes a week per active user over the last 4 weeks, with how many days a week "
            "they come back and how many features they use"),
         QStringLiteral("kpiTimeInProduct"));
    card(tr("Training completion"),
         tr("Users on a role track (admin, end user, manager) who passed at least one course"),
         QStringLiteral("kpiTraining"));
    card(tr("Last activity"), tr("The last day anyone used the product"),
         QStringLiteral("kpiLastActivity"));
    column->addLayout(m_kpiGrid);

    m_chartGrid = new QGridLayout;
    m_chartGrid->setSpacing(8);
    const AdoptionChartView::Kind kinds[] = {
        AdoptionChartView::Kind::ActiveUsers, AdoptionChartView::Kind::FeatureAdoption,
        AdoptionChartView::Kind::ActivationFunnel, AdoptionChartView::Kind::TrainingCompletion};
    const QString names[] = {QStringLiteral("activeUsersChart"), QStringLiteral("featureChart"),
                             QStringLiteral("funnelChart"), QStringLiteral("trainingChart")};
    auto *exportMenu = m_toolBar->findChild<QToolButton *>(QStringLiteral("exportChartMenu"));
    for (int i = 0; i < 4; ++i) {
        auto *chart = new AdoptionChartView(kinds[i]);
        chart->setObjectName(names[i]);
        m_charts.append(chart);
        connect(chart, &AdoptionChartView::exported, this, [this](const QString &path) {
            postMessage(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
        });
        if (exportMenu) {
            QAction *action = exportMenu->menu()->addAction(tr("%1…").arg(chart->title()));
            connect(action, &QAction::triggered, chart, &AdoptionChartView::chooseExportPng);
        }
    }
    column->addLayout(m_chartGrid);

    column->addWidget(boldLabel(tr("Import history")));
    m_historyTable = new QTableView;
    m_historyTable->setObjectName(QStringLiteral("importHistory"));
    m_historyTable->setAccessibleName(tr("Import history"));
    m_historyTable->setModel(m_history);
    m_historyTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_historyTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_historyTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_historyTable->setAlternatingRowColors(true);
    m_historyTable->setWordWrap(false);
    m_historyTable->verticalHeader()->hide();
    m_historyTable->verticalHeader()->setDefaultSectionSize(m_historyTable->fontMetrics().height() +
                                                            8);
    QHeaderView *header = m_historyTable->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(UsageImportTableModel::FileColumn, QHeaderView::Stretch);
    column->addWidget(m_historyTable);
    connect(m_history, &QAbstractItemModel::modelReset, this, [this] {
        // Every import shows; the page, not the table, scrolls.
        const int rows = std::clamp(m_history->rowCount(), 1, 12);
        m_historyTable->setFixedHeight(m_historyTable->horizontalHeader()->sizeHint().height() +
                                       rows *
                                           m_historyTable->verticalHeader()->defaultSectionSize() +
                                       2 * m_historyTable->frameWidth() + 2);
    });
    column->addStretch();

    m_content = new QScrollArea;
    m_content->setObjectName(QStringLiteral("adoptionContent"));
    m_content->setWidget(content);
    m_content->setWidgetResizable(true);
    m_content->setFrameShape(QFrame::NoFrame);
    m_content->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_content->installEventFilter(this);
    layoutGrids();
    return m_content;
}

void AdoptionPage::layoutGrids()
{
    // Four cards and two charts a row where there is room, two and one where there is not.
    // The scroll area's width less its scroll bar: the viewport may not have been resized yet.
    const int width = m_content
                          ? m_content->width() - m_content->verticalScrollBar()->sizeHint().width()
                          : this->width();
    const int kpiColumns = width >= 900 ? 4 : 2;
    const int chartColumns = width >= 820 ? 2 : 1;
    if (kpiColumns != m_kpiColumns) {
        m_kpiColumns = kpiColumns;
        for (KpiCard *card : std::as_const(m_cards))
            m_kpiGrid->removeWidget(card);
        for (int i = 0; i < m_cards.size(); ++i)
            m_kpiGrid->addWidget(m_cards.at(i), i / kpiColumns, i % kpiColumns);
        for (int c = 0; c < 4; ++c)
            m_kpiGrid->setColumnStretch(c, c < kpiColumns ? 1 : 0);
    }
    if (chartColumns != m_chartColumns) {
        m_chartColumns = chartColumns;
        for (AdoptionChartView *chart : std::as_const(m_charts))
            m_chartGrid->removeWidget(chart);
        for (int i = 0; i < m_charts.size(); ++i)
            m_chartGrid->addWidget(m_charts.at(i), i / chartColumns, i % chartColumns);
        for (int c = 0; c < 2; ++c)
            m_chartGrid->setColumnStretch(c, c < chartColumns ? 1 : 0);
    }
}

bool AdoptionPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_content && event->type() == QEvent::Resize)
        layoutGrids();
    return QWidget::eventFilter(watched, event);
}

void AdoptionPage::setCustomer(const CustomerId &customer)
{
    const bool another = customer != m_customer;
    if (another)
        commitPendingEdits();
    m_customer = customer;
    m_history->setCustomer(customer);
    m_message->hide();
    reloadUsage();
    if (another && m_preset == RangePreset::Custom)
        m_preset = RangePreset::Last90Days;
    refresh();
}

void AdoptionPage::reloadUsage()
{
    m_rollups =
        m_workspace->customer(m_customer) ? m_workspace->usageRollups(m_customer) : UsageRollups();
    // The activation event is chosen from the events the product reported.
    QStringList events = m_rollups.events;
    events.sort(Qt::CaseInsensitive);
    const bool was = m_updating;
    m_updating = true;
    const QString text = m_activation->currentText();
    m_activation->clear();
    m_activation->addItems(events);
    m_activation->setCurrentIndex(-1);
    m_activation->setEditText(text);
    m_updating = was;
}

bool AdoptionPage::isEmptyStateShown() const
{
    return m_pages->currentWidget() == m_emptyState;
}

void AdoptionPage::refresh()
{
    const Customer *customer = m_workspace->customer(m_customer);
    setEnabled(customer != nullptr);
    const bool hasData = customer && !m_rollups.isEmpty();
    m_pages->setCurrentWidget(hasData || !customer ? static_cast<QWidget *>(m_content)
                                                   : m_emptyState);
    for (QWidget *widget : std::as_const(m_rangeWidgets))
        widget->setEnabled(hasData);
    m_importAction->setEnabled(customer != nullptr);
    // Without data the empty state's button is the way in.
    m_toolBar->setVisible(!customer || hasData);
    if (customer) {
        m_emptyText->setText(
            tr("Import %1's usage data to see who logs in, which features they use, whether "
               "they reach the activation event and how adoption compares with the seats "
               "bought.")
                .arg(customer->accountName.isEmpty() ? tr("the customer") : customer->accountName));
        for (AdoptionChartView *chart : std::as_const(m_charts))
            chart->setFileBaseName(customer->accountName);
    }
    refreshCustomerFields();
    applyPresetDates();
    recompute();
}

void AdoptionPage::refreshCustomerFields()
{
    const Customer *customer = m_workspace->customer(m_customer);
    const bool was = m_updating;
    m_updating = true;
    m_seats->setValue(
        customer ? int(std::clamp<qint64>(customer->licensedSeats, 0, m_seats->maximum())) : 0);
    const QString event = customer ? customer->activationEvent : QString();
    const int index = m_activation->findText(event);
    m_activation->setCurrentIndex(event.isEmpty() ? -1 : index);
    m_activation->setEditText(event);
    m_updating = was;

    // "Since go-live" only once the customer is live.
    auto *model = qobject_cast<QStandardItemModel *>(m_rangeCombo->model());
    const int goLiveRow = m_rangeCombo->findData(int(RangePreset::SinceGoLive));
    const bool live =
        customer && customer->goLiveDate.isValid() && customer->goLiveDate <= m_workspace->today();
    if (model && goLiveRow >= 0) {
        QStandardItem *item = model->item(goLiveRow);
        item->setEnabled(live);
        item->setToolTip(live ? QString() : tr("The customer has no go-live date yet"));
    }
}

void AdoptionPage::setLicensedSeats(int seats)
{
    const Customer *customer = m_workspace->customer(m_customer);
    if (!customer || customer->licensedSeats == seats)
        return;
    m_workspace->undoStack()->push(new ChangeCustomerField(
        m_workspace, m_customer, CustomerField::LicensedSeats, qint64(seats)));
}

void AdoptionPage::setActivationEvent(const QString &event)
{
    const Customer *customer = m_workspace->customer(m_customer);
    const QString value = event.trimmed();
    if (!customer || customer->activationEvent == value)
        return;
    m_workspace->undoStack()->push(
        new ChangeCustomerField(m_workspace, m_customer, CustomerField::ActivationEvent, value));
}

void AdoptionPage::commitPendingEdits()
{
    if (m_updating)
        return;
    m_seats->interpretText();
    commitActivationText();
}

void AdoptionPage::commitActivationText()
{
    if (!m_updating)
        setActivationEvent(m_activation->currentText());
}

void AdoptionPage::setRangePreset(RangePreset preset)
{
    m_preset = preset;
    applyPresetDates();
    recompute();
}

void AdoptionPage::setRange(const QDate &from, const QDate &to)
{
    if (!from.isValid() || !to.isValid())
        return;
    m_preset = RangePreset::Custom;
    m_from = std::min(from, to);
    m_to = std::max(from, to);
    showRangeInFields();
    recompute();
}

QDate AdoptionPage::firstDataDay() const
{
    QDate first;
    for (const UsageRollups::UserDay &day : m_rollups.userDays) {
        if (!first.isValid() || day.day < first)
            first = day.day;
    }
    for (const UsageRollups::Training &training : m_rollups.training) {
        if (training.completedOn.isValid() && (!first.isValid() || training.completedOn < first))
            first = training.completedOn;
    }
    return first;
}

QDate AdoptionPage::lastDataDay() const
{
    QDate last;
    for (const UsageRollups::UserDay &day : m_rollups.userDays) {
        if (!last.isValid() || day.day > last)
            last = day.day;
    }
    for (const UsageRollups::Training &training : m_rollups.training) {
        if (training.completedOn.isValid() && (!last.isValid() || training.completedOn > last))
            last = training.completedOn;
    }
    return last;
}

void AdoptionPage::applyPresetDates()
{
    const QDate today = m_workspace->today();
    const Customer *customer = m_workspace->customer(m_customer);
    RangePreset preset = m_preset;
    if (preset == RangePreset::SinceGoLive &&
        !(customer && customer->goLiveDate.isValid() && customer->goLiveDate <= today))
        preset = RangePreset::Last90Days;
    if (preset == RangePreset::AllData && !firstDataDay().isValid())
        preset = RangePreset::Last90Days;
    if (preset == RangePreset::Custom && (!m_from.isValid() || !m_to.isValid()))
        preset = RangePreset::Last90Days;
    m_preset = preset;

    switch (preset) {
    case RangePreset::Last30Days:
        m_to = today;
        m_from = today.addDays(-29);
        break;
    case RangePreset::Last90Days: {
        m_to = today;
        m_from = today.addDays(-89);
        // No empty weeks before the first data: a customer live for a week shows that week.
        const QDate first = firstDataDay();
        if (first.isValid() && first > m_from)
            m_from = std::min(today, first.addDays(1 - first.dayOfWeek()));
        break;
    }
    case RangePreset::SinceGoLive:
        m_to = today;
        m_from = customer->goLiveDate;
        break;
    case RangePreset::AllData:
        m_from = firstDataDay();
        m_to = std::max(today, lastDataDay());
        break;
    case RangePreset::Custom:
        break;
    }
    showRangeInFields();
}

void AdoptionPage::showRangeInFields()
{
    const bool was = m_updating;
    m_updating = true;
    const QDate latest = std::max({m_workspace->today(), lastDataDay(), m_to});
    m_fromEdit->setMaximumDate(latest);
    m_toEdit->setMaximumDate(latest);
    m_fromEdit->setDate(m_from);
    m_toEdit->setDate(m_to);
    m_rangeCombo->setCurrentIndex(m_rangeCombo->findData(int(m_preset)));
    m_updating = was;
}

void AdoptionPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        recompute();
}

void AdoptionPage::recompute()
{
    // A hidden page (another tab) catches up when shown: edits elsewhere need not redraw it.
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    if (!m_workspace->customer(m_customer) || m_rollups.isEmpty()) {
        m_metrics = AdoptionMetrics();
    } else {
        AdoptionInputs inputs =
            m_workspace->adoptionInputs(m_customer, m_to, int(m_from.daysTo(m_to)) + 1);
        inputs.from = m_from;
        inputs.to = m_to;
        m_metrics = computeAdoptionMetrics(m_rollups, inputs);
    }
    for (AdoptionChartView *chart : std::as_const(m_charts))
        chart->setMetrics(m_metrics, m_from, m_to);
    refreshKpis();
    refreshFlags();
    refreshSubtitle();
}

void AdoptionPage::refreshKpis()
{
    const AdoptionMetrics &m = m_metrics;
    const QString none = tr("–");
    const int reference = m.licensedSeats > 0 ? m.licensedSeats : m.usersProvisioned;

    if (m.usersProvisioned > 0)
        kpiCard(Kpi::LoginRate)
            ->setValue(percent(m.loginRate),
                       tr("%1 of %n users provisioned have logged in", nullptr, m.usersProvisioned)
                           .arg(m.usersLoggedIn),
                       m.loginRate < 0.6   ? Tone::Bad
                       : m.loginRate < 0.8 ? Tone::Warning
                                           : Tone::Good);
    else
        kpiCard(Kpi::LoginRate)->setValue(none, tr("No users yet"));

    kpiCard(Kpi::ActiveUsers)
        ->setValue(tr("%1 / %2 / %3")
                       .arg(QLocale().toString(m.dailyActive), QLocale().toString(m.weeklyActive),
                            QLocale().toString(m.monthlyActive)),
                   tr("Daily, weekly, monthly; stickiness %1").arg(percent(m.stickiness)));

    if (reference > 0)
        kpiCard(Kpi::AdoptionRate)
            ->setValue(percent(m.adoptionRate),
                       m.licensedSeats > 0
                           ? tr("%1 active of %n seats; target 80 %", nullptr, m.licensedSeats)
                                 .arg(m.monthlyActive)
                           : tr("%1 active of %n users provisioned (no seats set); target 80 %",
                                nullptr, m.usersProvisioned)
                                 .arg(m.monthlyActive),
                       m.adoptionRate >= 0.8   ? Tone::Good
                       : m.adoptionRate >= 0.6 ? Tone::Warning
                                               : Tone::Bad);
    else
        kpiCard(Kpi::AdoptionRate)->setValue(none, tr("Set the licensed seats"));

    if (m.activationEvent.isEmpty())
        kpiCard(Kpi::ActivationRate)
            ->setValue(none, tr("Choose the activation event to count who reached first value"));
    else if (m.usersProvisioned == 0)
        kpiCard(Kpi::ActivationRate)->setValue(none, tr("No users yet"));
    else
        kpiCard(Kpi::ActivationRate)
            ->setValue(percent(m.activationRate),
                       m.activationRate > 0.5
                           ? tr("Excellent: %n users did %1", nullptr, m.activatedUsers)
                                 .arg(m.activationEvent)
                       : m.activationRate >= 0.25
                           ? tr("Average (25-40 %): %n users did %1", nullptr, m.activatedUsers)
                                 .arg(m.activationEvent)
                           : tr("Below the 25-40 % average: %n users did "
                                "%1",
                                nullptr, m.activatedUsers)
                                 .arg(m.activationEvent),
                       m.activationRate > 0.5     ? Tone::Good
                       : m.activationRate >= 0.25 ? Tone::Neutral
                                                  : Tone::Warning);

    const QString arrow = m.trend == Trend::Up     ? QStringLiteral("\u2191")
                          : m.trend == Trend::Down ? QStringLiteral("\u2193")
                                                   : QStringLiteral("\u2192");
    // The figures the trend compares: the last 7 days against the three weeks before.
    const double before = (m.trendWindows[0] + m.trendWindows[1] + m.trendWindows[2]) / 3.0;
    const QString trendDetail = tr("%1 active in the last 7 days, %2 a week in the 3 weeks before")
                                    .arg(m.trendWindows[3])
                                    .arg(number(before));
    kpiCard(Kpi::Trend)
        ->setValue(tr("%1 %2").arg(arrow, trendLabel(m.trend)), trendDetail,
                   m.trend == Trend::Up     ? Tone::Good
                   : m.trend == Trend::Down ? Tone::Bad
                                            : Tone::Neutral);

    kpiCard(Kpi::TimeInProduct)
        ->setValue(duration(m.minutesPerUserPerWeek),
                   tr("A week per active user; %1 days a week, %2 features each")
                       .arg(number(m.activeDaysPerUserPerWeek), number(m.featuresPerUser)));

    if (m.training.isEmpty())
        kpiCard(Kpi::TrainingCompletion)->setValue(none, tr("No training completions imported"));
    else {
        int users = 0;
        int completed = 0;
        for (const TrackCompletion &track : m.training) {
            users += track.users;
            completed += track.completed;
        }
        kpiCard(Kpi::TrainingCompletion)
            ->setValue(percent(m.trainingCompletion),
                       tr("%1 of %n users on a role track", nullptr, users).arg(completed),
                       m.trainingCompletion >= 0.8 ? Tone::Good : Tone::Warning);
    }

    if (m.lastActivity.isValid()) {
        const qint64 days = m.lastActivity.daysTo(m_to);
        const QString ago = days <= 0 ? tr("On the last day of the range")
                            : days == 1
                                ? tr("The day before the end of the range")
                                : tr("%n days before the end of the range", nullptr, int(days));
        kpiCard(Kpi::LastActivity)
            ->setValue(shortDate(m.lastActivity), ago, days >= 7 ? Tone::Bad : Tone::Neutral);
    } else {
        kpiCard(Kpi::LastActivity)->setValue(none, tr("No activity yet"));
    }
}

void AdoptionPage::refreshFlags()
{
    QStringList lines;
    for (const AdoptionFlag &flag : m_metrics.flags)
        lines.append(tr("\u26a0 %1").arg(flag.message));
    m_flags->setText(lines.join(QLatin1Char('\n')));
    m_flags->setStyleSheet(AdoptionStyle::flagBannerStyle(palette()));
    m_flags->setVisible(!lines.isEmpty() && !isEmptyStateShown());
}

void AdoptionPage::refreshSubtitle()
{
    const Customer *customer = m_workspace->customer(m_customer);
    if (!customer) {
        m_subtitle->clear();
        return;
    }
    QStringList facts;
    facts.append(customer->accountName.isEmpty() ? tr("(unnamed customer)")
                                                 : customer->accountName);
    facts.append(customer->licensedSeats > 0
                     ? tr("%n licensed seats", nullptr, int(customer->licensedSeats))
                     : tr("Seats not set"));
    if (customer->goLiveDate.isValid())
        facts.append(tr("Go-live %1").arg(shortDate(customer->goLiveDate)));
    if (!m_rollups.isEmpty()) {
        facts.append(tr("%n users in the data", nullptr, int(m_rollups.users.size())));
        const QDate first = firstDataDay();
        const QDate last = lastDataDay();
        if (first.isValid() && last.isValid())
            facts.append(tr("Data from %1 to %2").arg(shortDate(first), shortDate(last)));
    }
    m_subtitle->setText(facts.join(QStringLiteral("  ·  ")));
}

void AdoptionPage::postMessage(const QString &message)
{
    m_message->setText(message);
    m_message->show();
    Q_EMIT messagePosted(message);
}

void AdoptionPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        m_flags->setStyleSheet(AdoptionStyle::flagBannerStyle(palette()));
    QWidget::changeEvent(event);
}

} // namespace Csm
