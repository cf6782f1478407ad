#include "countspinbox.h"

#include <QLocale>
#include <QRegularExpression>

namespace Csm {

CountSpinBox::CountSpinBox(Unit unit, QWidget *parent)
    : QSpinBox(parent)
    , m_unit(unit)
{}

QString CountSpinBox::textFromValue(int value) const
{
    switch (m_unit) {
    case Unit::Days:
        return tr("%n day(s)", nullptr, value);
    case Unit::BusinessDays:
        return tr("%n business day(s)", nullptr, value);
    case Unit::Months:
        return tr("%n month(s)", nullptr, value);
    }
    return locale().toString(value);
}

std::optional<int> CountSpinBox::number(const QString &text) const
{
    static const QRegularExpression digits(QStringLiteral("[-\\x{2212}]?\\d+"));
    QString plain = text;
    plain.remove(locale().groupSeparator());
    const QRegularExpressionMatch match = digits.match(plain);
    if (!match.hasMatch())
        return std::nullopt;
    QString found = match.captured();
    found.replace(QChar(0x2212), QLatin1Char('-'));
    bool ok = false;
    const int value = found.toInt(&ok);
    return ok ? std::optional<int>(value) : std::nullopt;
}

int CountSpinBox::valueFromText(const QString &text) const
{
    return number(text).value_or(value());
}

QValidator::State CountSpinBox::validate(QString &input, int &pos) const
{
    Q_UNUSED(pos);
    const std::optional<int> value = number(input);
    if (!value)
        return QValidator::Intermediate;
    // More digits only move a number further from zero: one past the range cannot come back.
    if ((*value > maximum() && *value >= 0) || (*value < minimum() && *value < 0))
        return QValidator::Invalid;
    if (*value < minimum() || *value > maximum())
        return QValidator::Intermediate;
    return QValidator::Acceptable;
}

} // namespace Csm
