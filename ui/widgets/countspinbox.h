// A spin box for a count of something, shown with its unit in the right grammatical number:
// "1 business day", "5 business days", "1 Arbeitstag", "5 Arbeitstage". A fixed suffix cannot
// do that. The user types the number with or without the unit.
#pragma once

#include <QSpinBox>

#include <optional>

namespace Csm {

class CountSpinBox : public QSpinBox
{
    Q_OBJECT

public:
    enum class Unit { Days, BusinessDays, Months };

    explicit CountSpinBox(Unit unit, QWidget *parent = nullptr);

    Unit unit() const { return m_unit; }

protected:
    QString textFromValue(int value) const override;
    int valueFromText(const QString &text) const override;
    QValidator::State validate(QString &input, int &pos) const override;

private:
    // The number in `text`, or nullopt when it holds none.
    std::optional<int> number(const QString &text) const;

    Unit m_unit;
};

} // namespace Csm
