// Small building blocks the customer pages share.
#pragma once

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWidget>

namespace Csm {

// Quieter text that explains.
inline QLabel *hintLabel(const QString &text = {})
{
    auto *label = new QLabel(text);
    label->setWordWrap(true);
    label->setEnabled(false);
    return label;
}

// What a page shows instead of its editor while there is nothing to edit: a card at most
// 640 px wide, centred a little above the middle, with `title` on top. The page fills
// `layout` with the rest.
struct EmptyStateCard
{
    QWidget *page = nullptr;
    QVBoxLayout *layout = nullptr;
};

inline EmptyStateCard makeEmptyStateCard(const QString &objectName, QLabel *title)
{
    auto *page = new QWidget;
    auto *card = new QFrame;
    card->setObjectName(objectName);
    card->setFrameShape(QFrame::StyledPanel);
    card->setMaximumWidth(640);
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(28, 24, 28, 24);
    layout->setSpacing(12);
    layout->addWidget(title);

    auto *center = new QHBoxLayout;
    center->addStretch(1);
    center->addWidget(card, 4);
    center->addStretch(1);
    auto *outer = new QVBoxLayout(page);
    outer->addStretch(1);
    outer->addLayout(center);
    outer->addStretch(2);
    return {page, layout};
}

// The empty state's call to action: a default button at the left of the card's last row.
inline QPushButton *addEmptyStateButton(const EmptyStateCard &card, const QString &text,
                                        const QString &objectName)
{
    auto *button = new QPushButton(text);
    button->setObjectName(objectName);
    button->setDefault(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(button);
    buttons->addStretch();
    card.layout->addSpacing(4);
    card.layout->addLayout(buttons);
    return button;
}

} // namespace Csm
