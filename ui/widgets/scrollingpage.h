// Pages taller than the window scroll as a whole.
#pragma once

#include <QFrame>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Csm {

// Makes `content` the scrolling body of `page`, edge to edge, without a frame.
inline void setScrollingContent(QWidget *page, QWidget *content)
{
    auto *scroll = new QScrollArea(page);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
}

} // namespace Csm
