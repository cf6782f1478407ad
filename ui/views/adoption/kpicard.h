// One key figure of the Adoption page: a caption, the value in large type, a line that says
// what it means, and a coloured edge that says whether it is good.
#pragma once

#include "adoptionstyle.h"

#include <QFrame>

class QLabel;

namespace Csm {

class KpiCard : public QFrame
{
    Q_OBJECT

public:
    using Tone = AdoptionStyle::Tone;

    explicit KpiCard(const QString &title, QWidget *parent = nullptr);

    void setValue(const QString &value, const QString &detail, Tone tone = Tone::Neutral);
    void setExplanation(const QString &explanation); // the tooltip: how the figure is counted

    QString title() const;
    QString value() const;
    QString detail() const;
    Tone tone() const { return m_tone; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QLabel *m_title;
    QLabel *m_value;
    QLabel *m_detail;
    Tone m_tone = Tone::Neutral;
};

} // namespace Csm
