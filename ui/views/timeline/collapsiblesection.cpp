#include "collapsiblesection.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Csm {

CollapsibleSection::CollapsibleSection(const QString &title, QWidget *content, QWidget *parent)
    : QWidget(parent)
    , m_header(new QToolButton)
    , m_summary(new QLabel)
    , m_content(content)
{
    m_header->setText(title);
    // Not checkable: a checked tool button looks pressed.
    m_header->setAutoRaise(true);
    m_header->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_header->setArrowType(Qt::DownArrow);
    m_header->setFocusPolicy(Qt::StrongFocus);
    m_header->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_header->setAccessibleName(title);
    m_header->setToolTip(tr("Show or hide %1").arg(title));
    QFont bold = m_header->font();
    bold.setBold(true);
    m_header->setFont(bold);

    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setEnabled(false);
    m_summary->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    // Elided to the room left beside the title, so a long task name never widens the panel.
    m_summary->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    auto *line = new QFrame;
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);

    auto *head = new QHBoxLayout;
    head->setContentsMargins(0, 0, 4, 0);
    head->setSpacing(12);
    head->addWidget(m_header);
    head->addWidget(m_summary, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(line);
    layout->addLayout(head);
    layout->addWidget(m_content);

    m_header->setAccessibleDescription(tr("Expanded"));
    connect(m_header, &QToolButton::clicked, this, [this] { setExpanded(!m_expanded); });
}

bool CollapsibleSection::isExpanded() const
{
    return m_expanded;
}

void CollapsibleSection::setExpanded(bool expanded)
{
    if (expanded == m_expanded)
        return;
    m_expanded = expanded;
    m_header->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    m_header->setAccessibleDescription(expanded ? tr("Expanded") : tr("Collapsed"));
    m_content->setVisible(expanded);
    Q_EMIT expandedChanged(expanded);
}

void CollapsibleSection::setSummary(const QString &summary)
{
    m_fullSummary = summary;
    m_summary->setToolTip(summary);
    elideSummary();
}

QString CollapsibleSection::summary() const
{
    return m_fullSummary;
}

void CollapsibleSection::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    elideSummary();
}

void CollapsibleSection::elideSummary()
{
    m_summary->setText(m_summary->fontMetrics().elidedText(m_fullSummary, Qt::ElideRight,
                                                           std::max(0, m_summary->width())));
}

} // namespace Csm
