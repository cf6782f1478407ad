// The round mark in front of a checklist item or a readiness fact: a tick when done, an empty
// ring when open, a coloured dot for a fact. Sized like a check box's indicator, so marks and
// check boxes line up in one list.
#pragma once

#include "views/adoption/adoptionstyle.h"

#include <QWidget>

namespace Csm {

class ChecklistMark : public QWidget
{
    Q_OBJECT

public:
    enum class Shape { Done, Open, Dot };

    explicit ChecklistMark(QWidget *parent = nullptr);

    void setMark(Shape shape, AdoptionStyle::Tone tone = AdoptionStyle::Tone::Neutral);
    Shape shape() const { return m_shape; }
    AdoptionStyle::Tone tone() const { return m_tone; }

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    Shape m_shape = Shape::Open;
    AdoptionStyle::Tone m_tone = AdoptionStyle::Tone::Neutral;
};

} // namespace Csm
