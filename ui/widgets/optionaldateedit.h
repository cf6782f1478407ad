// A date field that can be empty: type a date or pick one from the calendar, clear it with
// the button or by deleting the text.
#pragma once

#include <QDate>
#include <QWidget>

class QLineEdit;
class QToolButton;
class QCalendarWidget;

namespace Csm {

class OptionalDateEdit : public QWidget
{
    Q_OBJECT

public:
    explicit OptionalDateEdit(QWidget *parent = nullptr);

    QDate date() const { return m_date; }
    // Shows `date` (invalid: empty) without emitting dateEdited.
    void setDate(const QDate &date);
    bool hasAcceptableInput() const;
    QLineEdit *lineEdit() const { return m_edit; }

Q_SIGNALS:
    // The user typed a complete date, picked one, or cleared the field.
    void dateEdited(const QDate &date);
    void editingFinished();

protected:
    void showEvent(QShowEvent *event) override;

private:
    // What a screen reader calls the field: the widget's accessible name, else the text of
    // the label that names it in its form.
    QString fieldName() const;
    void onTextEdited(const QString &text);
    void showInvalid(bool invalid);
    static QDate parse(const QString &text, bool *ok);

    QLineEdit *m_edit;
    QToolButton *m_calendarButton;
    QCalendarWidget *m_calendar;
    QDate m_date;
};

} // namespace Csm
