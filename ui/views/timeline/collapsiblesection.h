// A titled part of the Timeline page's side panel that folds away to its header line, so the
// panels the user does not need leave room for the others.
#pragma once

#include <QWidget>

class QLabel;
class QToolButton;

namespace Csm {

class CollapsibleSection : public QWidget
{
    Q_OBJECT

public:
    CollapsibleSection(const QString &title, QWidget *content, QWidget *parent = nullptr);

    bool isExpanded() const;
    void setExpanded(bool expanded);

    // A short text at the right of the header that stays visible when folded ("7 of 10").
    void setSummary(const QString &summary);
    QString summary() const;

    QToolButton *headerButton() const { return m_header; }
    QWidget *content() const { return m_content; }

Q_SIGNALS:
    void expandedChanged(bool expanded);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void elideSummary();

    QToolButton *m_header;
    QLabel *m_summary;
    QWidget *m_content;
    bool m_expanded = true;
    QString m_fullSummary;
};

} // namespace Csm
