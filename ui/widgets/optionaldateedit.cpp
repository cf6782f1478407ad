#include "optionaldateedit.h"

#include <QCalendarWidget>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QRegularExpression>
#include <QStyle>
#include <QToolButton>
#include <QWidgetAction>

namespace Csm {

OptionalDateEdit::OptionalDateEdit(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_calendarButton(new QToolButton(this))
    , m_calendar(new QCalendarWidget(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit);
    layout->addWidget(m_calendarButton);
    layout->addStretch(1);
    setFocusProxy(m_edit);

    m_edit->setPlaceholderText(tr("Not set (YYYY-MM-DD)"));
    m_edit->setClearButtonEnabled(true);
    // Room for the placeholder in the user's language and the clear button.
    m_edit->setFixedWidth(m_edit->fontMetrics().horizontalAdvance(m_edit->placeholderText()) + 36);

    m_calendarButton->setText(tr("Calendar"));
    m_calendarButton->setToolTip(tr("Pick a date from the calendar"));
    auto *menu = new QMenu(m_calendarButton);
    auto *action = new QWidgetAction(menu);
    m_calendar->setGridVisible(false);
    action->setDefaultWidget(m_calendar);
    menu->addAction(action);
    // Opened by hand rather than as the button's menu, which would add an arrow that crowds
    // the label.
    connect(m_calendarButton, &QToolButton::clicked, this, [this, menu] {
        menu->popup(m_calendarButton->mapToGlobal(QPoint(0, m_calendarButton->height())));
    });
    connect(menu, &QMenu::aboutToShow, this, [this] {
        m_calendar->setSelectedDate(m_date.isValid() ? m_date : QDate::currentDate());
    });
    connect(m_calendar, &QCalendarWidget::clicked, this, [this, menu](const QDate &date) {
        menu->hide();
        setDate(date);
        Q_EMIT dateEdited(date);
        Q_EMIT editingFinished();
    });

    connect(m_edit, &QLineEdit::textEdited, this, &OptionalDateEdit::onTextEdited);
    connect(m_edit, &QLineEdit::editingFinished, this, [this] {
        // Show the stored date again in its canonical form once the user leaves.
        if (hasAcceptableInput())
            setDate(m_date);
        Q_EMIT editingFinished();
    });
}

void OptionalDateEdit::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // The form's label names this widget, but the screen reader reads out the line edit.
    const QString name = fieldName();
    if (!name.isEmpty() && m_edit->accessibleName() != name)
        m_edit->setAccessibleName(name);
}

QString OptionalDateEdit::fieldName() const
{
    if (!accessibleName().isEmpty())
        return accessibleName();
    if (!parentWidget())
        return {};
    const QList<QLabel *> labels = parentWidget()->findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        if (label->buddy() == this) {
            QString text = label->text();
            text.remove(QRegularExpression(QStringLiteral("&(?=[^&])")));
            return text.trimmed().remove(QRegularExpression(QStringLiteral(":$")));
        }
    }
    return {};
}

QDate OptionalDateEdit::parse(const QString &text, bool *ok)
{
    const QString trimmed = text.trimmed();
    *ok = true;
    if (trimmed.isEmpty())
        return {};
    QDate date = QDate::fromString(trimmed, Qt::ISODate);
    if (!date.isValid())
        date = QLocale().toDate(trimmed, QLocale::ShortFormat);
    // Two-digit years in the short format would land in the 1900s.
    if (date.isValid() && date.year() < 1950)
        date = date.addYears(100);
    *ok = date.isValid();
    return date;
}

bool OptionalDateEdit::hasAcceptableInput() const
{
    bool ok = false;
    parse(m_edit->text(), &ok);
    return ok;
}

void OptionalDateEdit::setDate(const QDate &date)
{
    m_date = date;
    const QString text = date.isValid() ? date.toString(Qt::ISODate) : QString();
    if (m_edit->text() != text)
        m_edit->setText(text);
    showInvalid(false);
}

void OptionalDateEdit::onTextEdited(const QString &text)
{
    bool ok = false;
    const QDate date = parse(text, &ok);
    showInvalid(!ok);
    if (!ok || date == m_date)
        return;
    m_date = date;
    Q_EMIT dateEdited(date);
}

void OptionalDateEdit::showInvalid(bool invalid)
{
    m_edit->setStyleSheet(invalid ? QStringLiteral("QLineEdit { border: 1px solid #c62828; }")
                                  : QString());
    m_edit->setToolTip(invalid ? tr("Type a date as YYYY-MM-DD, or clear the field.") : QString());
}

} // namespace Csm
