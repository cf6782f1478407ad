#include "collapsiblesection.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace Csm {

CollapsibleSection::CollapsibleSection(const QString &title, QWidget *content, QWidget *parent)
    : QWidget(parent)
    , m_header(new QToolButton)
    , m_summary(new QLabel)
    , m_content(content)
{
    m_header->setText(title);
    m_header->setCheckable(true);
    m_header->setChecked(true);
    m_header->setAutoRaise(true);
    m_header->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_header->setArrowType(Qt::DownArrow);
    m_header->setFocusPolicy(Qt::StrongFocus);
    m_header->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_header->setAccessibleName(title);
    m_header->setToolTip(tr("Show or hide %1").arg(title));
    QFont bold = m_header->font();
    bold.setBold(true);
    m_header->setFont(bold);

    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setEnabled(false);

    auto *line = new QFrame;
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);

    auto *head = new QHBoxLayout;
    head->setContentsMargins(0, 0, 4, 0);
    head->addWidget(m_header, 1);
    head->addWidget(m_summary);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(line);
    layout->addLayout(head);
    layout->addWidget(m_content);

    connect(m_header, &QToolButton::toggled, this, [this](bool on) {
        m_header->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
        m_content->setVisible(on);
        Q_EMIT expandedChanged(on);
    });
}

bool CollapsibleSection::isExpanded() const
{
    return m_header->isChecked();
}

void CollapsibleSection::setExpanded(bool expanded)
{
    m_header->setChecked(expanded);
}

void CollapsibleSection::setSummary(const QString &summary)
{
    m_summary->setText(summary);
}

QString CollapsibleSection::summary() const
{
    return m_summary->text();
}

} // namespace Csm
