#include "snoozealertdialog.h"

#include "widgets/pagewidgets.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Csm {

SnoozeAlertDialog::SnoozeAlertDialog(const QString &customerName, const PortfolioAlert &alert,
                                     const QDate &today, QWidget *parent)
    : QDialog(parent)
    , m_note(new QPlainTextEdit)
    , m_untilChange(new QRadioButton(tr("Until the &situation changes")))
    , m_untilDate(new QRadioButton(tr("Until the end of &day:")))
    , m_date(new QDateEdit(today.addDays(7)))
{
    setWindowTitle(tr("Snooze alert"));
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("%1: %2").arg(customerName, alertKindName(alert.kind)));
    title->setTextFormat(Qt::PlainText);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    layout->addWidget(title);
    auto *reason = new QLabel(alert.reason);
    reason->setTextFormat(Qt::PlainText);
    reason->setWordWrap(true);
    layout->addWidget(reason);
    layout->addSpacing(6);

    auto *noteLabel = new QLabel(tr("&Note (why it can wait):"));
    noteLabel->setBuddy(m_note);
    layout->addWidget(noteLabel);
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(tr("e.g. The sponsor is on leave until the 20th"));
    m_note->setAccessibleName(tr("Note"));
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 4 + 12);
    layout->addWidget(m_note);

    m_untilChange->setChecked(true);
    layout->addWidget(m_untilChange);
    auto *dateRow = new QHBoxLayout;
    dateRow->addWidget(m_untilDate);
    m_date->setCalendarPopup(true);
    m_date->setMinimumDate(today);
    m_date->setAccessibleName(tr("Snoozed until"));
    m_date->setEnabled(false);
    dateRow->addWidget(m_date);
    dateRow->addStretch();
    layout->addLayout(dateRow);
    connect(m_untilDate, &QRadioButton::toggled, m_date, &QWidget::setEnabled);
    layout->addWidget(hintLabel(tr("The alert comes back as soon as the facts behind it change, "
                                   "whichever you choose.")));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Snooze"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_note->setFocus();
    resize(440, sizeHint().height());
}

QString SnoozeAlertDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

QDate SnoozeAlertDialog::until() const
{
    return m_untilDate->isChecked() ? m_date->date() : QDate();
}

} // namespace Csm
