// Notes in Markdown: a plain-text editor with a rendered preview one click away.
#pragma once

#include <QWidget>

class QPlainTextEdit;
class QStackedWidget;
class QTextBrowser;
class QToolButton;

namespace Csm {

class MarkdownEditor : public QWidget
{
    Q_OBJECT

public:
    explicit MarkdownEditor(QWidget *parent = nullptr);

    QString markdown() const;
    // Replaces the text without emitting markdownEdited; keeps the cursor where it was.
    void setMarkdown(const QString &markdown);
    bool isPreviewing() const;
    void setPreviewing(bool preview);
    QPlainTextEdit *editor() const { return m_editor; }

Q_SIGNALS:
    void markdownEdited(const QString &markdown);

private:
    QPlainTextEdit *m_editor;
    QTextBrowser *m_preview;
    QStackedWidget *m_stack;
    QToolButton *m_previewButton;
    bool m_updating = false;
};

} // namespace Csm
