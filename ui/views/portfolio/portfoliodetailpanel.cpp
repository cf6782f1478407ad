#include "portfoliodetailpanel.h"

#include "views/adoption/adoptionstyle.h"
#include "widgets/pagewidgets.h"
#include "widgets/scrollingpage.h"

#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

namespace Csm {

namespace {

using Tone = AdoptionStyle::Tone;

Tone bandTone(HealthBand band)
{
    return band == HealthBand::Good    ? Tone::Good
           : band == HealthBand::Watch ? Tone::Warning
                                       : Tone::Bad;
}

// A horizontal bar filled to `score` of 100 in a tone's colour.
class ScoreBar : public QWidget
{
public:
    ScoreBar(int score, Tone tone, bool hasData)
        : m_score(score)
        , m_tone(tone)
        , m_hasData(hasData)
    {
        setFixedHeight(8);
        setMinimumWidth(60);
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        QColor track = palette().color(QPalette::Mid);
        track.setAlphaF(0.35);
        painter.setBrush(track);
        const QRectF all = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
        painter.drawRoundedRect(all, 3, 3);
        if (!m_hasData)
            return;
        QRectF filled = all;
        filled.setWidth(all.width() * std::clamp(m_score, 0, 100) / 100.0);
        painter.setBrush(AdoptionStyle::toneColor(m_tone, palette()));
        painter.drawRoundedRect(filled, 3, 3);
    }

private:
    int m_score;
    Tone m_tone;
    bool m_hasData;
};

QLabel *boldLabel(const QString &text, double scale = 1.0)
{
    auto *label = new QLabel(text);
    label->setTextFormat(Qt::PlainText);
    QFont font = label->font();
    font.setBold(true);
    if (scale != 1.0)
        font.setPointSizeF(font.pointSizeF() * scale);
    label->setFont(font);
    return label;
}

QLabel *plainLabel(const QString &text)
{
    auto *label = new QLabel(text);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

} // namespace

PortfolioDetailPanel::PortfolioDetailPanel(QWidget *parent)
    : QWidget(parent)
    , m_title(boldLabel(QString(), 1.3))
    , m_subtitle(hintLabel())
    , m_score(boldLabel(QString(), 1.6))
    , m_open(new QPushButton(tr("Open customer")))
    , m_content(new QWidget)
    , m_healthLayout(new QVBoxLayout)
    , m_alertsLayout(new QVBoxLayout)
    , m_alertsTitle(boldLabel(tr("Alerts")))
    , m_empty(hintLabel(tr("Select a customer to see its health and alerts.")))
{
    m_title->setWordWrap(true);
    m_subtitle->setTextFormat(Qt::PlainText);
    m_open->setObjectName(QStringLiteral("openCustomer"));
    m_open->setToolTip(tr("Show the customer's pages (Enter or double-click in the table)"));
    connect(m_open, &QPushButton::clicked, this,
            [this] { Q_EMIT openRequested(m_customer, QString(), QUuid()); });

    auto *body = new QVBoxLayout(m_content);
    body->setContentsMargins(12, 12, 12, 12);
    body->setSpacing(8);
    auto *header = new QHBoxLayout;
    auto *titles = new QVBoxLayout;
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    header->addLayout(titles, 1);
    header->addWidget(m_open, 0, Qt::AlignTop);
    body->addLayout(header);
    body->addSpacing(4);
    // Health on the left, the alerts beside it: the panel sits under the wide table.
    auto *columns = new QHBoxLayout;
    columns->setSpacing(24);
    auto *healthColumn = new QVBoxLayout;
    auto *healthTitle = new QHBoxLayout;
    healthTitle->addWidget(boldLabel(tr("Health")));
    healthTitle->addStretch();
    healthTitle->addWidget(m_score);
    healthColumn->addLayout(healthTitle);
    m_healthLayout->setSpacing(6);
    healthColumn->addLayout(m_healthLayout);
    healthColumn->addStretch();
    auto *alertsColumn = new QVBoxLayout;
    alertsColumn->addWidget(m_alertsTitle);
    m_alertsLayout->setSpacing(8);
    alertsColumn->addLayout(m_alertsLayout);
    alertsColumn->addStretch();
    columns->addLayout(healthColumn, 1);
    columns->addLayout(alertsColumn, 1);
    body->addLayout(columns);
    body->addStretch();

    auto *scrolled = new QWidget;
    auto *layout = new QVBoxLayout(scrolled);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_empty);
    layout->addWidget(m_content);
    m_empty->setContentsMargins(12, 12, 12, 12);
    layout->setAlignment(m_empty, Qt::AlignTop);
    setScrollingContent(this, scrolled);
    setRow(nullptr);
}

QString PortfolioDetailPanel::pageTitle(const QString &key)
{
    if (key == QLatin1String(AlertPage::handoff))
        return tr("Handoff");
    if (key == QLatin1String(AlertPage::kickoff))
        return tr("Kickoff");
    if (key == QLatin1String(AlertPage::successPlan))
        return tr("Success plan");
    if (key == QLatin1String(AlertPage::timeline))
        return tr("Timeline");
    if (key == QLatin1String(AlertPage::adoption))
        return tr("Adoption");
    if (key == QLatin1String(AlertPage::logs))
        return tr("Logs");
    if (key == QLatin1String(AlertPage::graduation))
        return tr("Graduation");
    return key;
}

void PortfolioDetailPanel::clearContent()
{
    m_openButtons.clear();
    m_snoozeButtons.clear();
    for (QLayout *layout :
         {static_cast<QLayout *>(m_healthLayout), static_cast<QLayout *>(m_alertsLayout)}) {
        while (QLayoutItem *item = layout->takeAt(0)) {
            if (QWidget *widget = item->widget())
                delete widget;
            else if (QLayout *inner = item->layout()) {
                while (QLayoutItem *innerItem = inner->takeAt(0)) {
                    delete innerItem->widget();
                    delete innerItem;
                }
            }
            delete item;
        }
    }
}

void PortfolioDetailPanel::setRow(const PortfolioRow *row, const PortfolioSettings &settings)
{
    clearContent();
    m_empty->setVisible(!row);
    m_content->setVisible(row);
    m_customer = row ? row->id : CustomerId();
    if (!row)
        return;

    m_title->setText(row->accountName);
    QStringList facts{enumDisplayName(row->tier), enumDisplayName(row->phase)};
    if (row->daysSinceSignature)
        facts << tr("day %1").arg(*row->daysSinceSignature);
    facts << (row->csmOwner.isEmpty() ? tr("no CSM owner") : row->csmOwner);
    m_subtitle->setText(facts.join(QStringLiteral(" · ")));

    const Tone overall = row->health.score ? bandTone(row->health.band) : Tone::Neutral;
    m_score->setText(
        row->health.score
            ? tr("%1 · %2").arg(*row->health.score).arg(healthBandName(row->health.band))
            : tr("no score yet"));
    QPalette scorePalette = m_score->palette();
    if (overall != Tone::Neutral)
        scorePalette.setColor(QPalette::WindowText, AdoptionStyle::toneColor(overall, palette()));
    m_score->setPalette(scorePalette);

    auto *grid = new QWidget;
    auto *parts = new QGridLayout(grid);
    parts->setContentsMargins(0, 0, 0, 0);
    parts->setHorizontalSpacing(10);
    parts->setVerticalSpacing(2);
    parts->setColumnStretch(1, 1);
    int line = 0;
    for (const HealthPart &part : row->health.parts) {
        const Tone tone = part.hasData ? bandTone(healthBand(part.score, settings)) : Tone::Neutral;
        auto *name = plainLabel(healthPartName(part.kind));
        name->setWordWrap(false);
        auto *score = new QLabel(part.hasData ? QString::number(part.score) : tr("no data"));
        score->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto *share = hintLabel(
            part.hasData ? tr("weight %1").arg(AdoptionStyle::percent(part.share)) : QString());
        share->setWordWrap(false);
        parts->addWidget(name, line, 0);
        parts->addWidget(new ScoreBar(part.score, tone, part.hasData), line, 1);
        parts->addWidget(score, line, 2);
        parts->addWidget(share, line, 3);
        auto *why = hintLabel(part.explanation);
        why->setTextFormat(Qt::PlainText);
        parts->addWidget(why, line + 1, 0, 1, 4);
        parts->setRowMinimumHeight(line + 2, 4);
        line += 3;
        grid->setAccessibleDescription(grid->accessibleDescription() + healthPartName(part.kind) +
                                       QLatin1String(": ") + part.explanation + QLatin1Char('\n'));
    }
    m_healthLayout->addWidget(grid);

    const int active = activeAlertCount(row->alerts);
    const int snoozed = int(row->alerts.size()) - active;
    m_alertsTitle->setText(snoozed > 0
                               ? tr("Alerts (%1 active, %2 snoozed)").arg(active).arg(snoozed)
                               : tr("Alerts (%1)").arg(active));
    if (row->alerts.isEmpty())
        m_alertsLayout->addWidget(hintLabel(tr("No alert: nothing in this onboarding matches a "
                                               "failure pattern today.")));
    for (const PortfolioAlert &alert : row->alerts)
        m_alertsLayout->addWidget(makeAlertCard(alert));
}

QWidget *PortfolioDetailPanel::makeAlertCard(const PortfolioAlert &alert)
{
    auto *card = new QFrame;
    card->setFrameShape(QFrame::StyledPanel);
    card->setObjectName(QStringLiteral("alert_") + alert.key());
    const Tone tone = !alert.isActive()                           ? Tone::Neutral
                      : alert.severity == AlertSeverity::Critical ? Tone::Bad
                                                                  : Tone::Warning;
    // A coloured edge says how urgent the alert is (grey once snoozed).
    auto *edge = new QWidget;
    edge->setFixedWidth(4);
    edge->setAutoFillBackground(true);
    QPalette edgePalette = edge->palette();
    edgePalette.setColor(QPalette::Window, AdoptionStyle::toneColor(tone, palette()));
    edge->setPalette(edgePalette);
    auto *row = new QHBoxLayout(card);
    row->setContentsMargins(1, 1, 1, 1);
    row->setSpacing(0);
    row->addWidget(edge);
    auto *layout = new QVBoxLayout;
    layout->setContentsMargins(10, 6, 8, 6);
    layout->setSpacing(4);
    row->addLayout(layout, 1);

    auto *title = boldLabel(alert.isActive() ? alertKindName(alert.kind)
                                             : tr("%1 (snoozed)").arg(alertKindName(alert.kind)));
    layout->addWidget(title);
    auto *reason = plainLabel(alert.reason);
    reason->setEnabled(alert.isActive());
    layout->addWidget(reason);
    if (alert.snooze) {
        const AlertSnooze &s = *alert.snooze;
        const QString when =
            QLocale().toString(s.meta.modifiedAt.toLocalTime().date(), QLocale::ShortFormat);
        QString text = s.until.isValid()
                           ? tr("Snoozed by %1 on %2 until %3")
                                 .arg(s.meta.modifiedBy, when,
                                      QLocale().toString(s.until, QLocale::ShortFormat))
                           : tr("Snoozed by %1 on %2 until the situation changes")
                                 .arg(s.meta.modifiedBy, when);
        if (!s.note.isEmpty())
            text += QStringLiteral(": ") + s.note;
        layout->addWidget(hintLabel(text));
    }

    auto *buttons = new QHBoxLayout;
    auto *open = new QPushButton(tr("Go to %1").arg(pageTitle(alert.page)));
    open->setToolTip(
        tr("Open the customer's %1 page, where this is fixed").arg(pageTitle(alert.page)));
    auto *snooze = new QPushButton(alert.isActive() ? tr("Snooze…") : tr("Bring back"));
    snooze->setToolTip(alert.isActive()
                           ? tr("Put the alert aside with a note; it returns when the situation "
                                "changes")
                           : tr("Show the alert as active again"));
    open->setAccessibleName(
        tr("%1: go to %2").arg(alertKindName(alert.kind), pageTitle(alert.page)));
    snooze->setAccessibleName(tr("%1: %2").arg(alertKindName(alert.kind), snooze->text()));
    buttons->addWidget(open);
    buttons->addWidget(snooze);
    buttons->addStretch();
    layout->addLayout(buttons);
    m_openButtons.insert(int(alert.kind), open);
    m_snoozeButtons.insert(int(alert.kind), snooze);

    const CustomerId customer = m_customer;
    connect(open, &QPushButton::clicked, this, [this, customer, alert] {
        Q_EMIT openRequested(customer, alert.page, alert.recordId);
    });
    connect(snooze, &QPushButton::clicked, this, [this, customer, alert] {
        if (alert.isActive())
            Q_EMIT snoozeRequested(customer, alert);
        else
            Q_EMIT wakeRequested(customer, alert);
    });
    return card;
}

QPushButton *PortfolioDetailPanel::openButton(AlertKind kind) const
{
    return m_openButtons.value(int(kind));
}

QPushButton *PortfolioDetailPanel::snoozeButton(AlertKind kind) const
{
    return m_snoozeButtons.value(int(kind));
}

QString PortfolioDetailPanel::healthText() const
{
    return m_score->text();
}

} // namespace Csm
