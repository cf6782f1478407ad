#include "markdowneditor.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace Csm {

MarkdownEditor::MarkdownEditor(QWidget *parent)
    : QWidget(parent)
    , m_editor(new QPlainTextEdit(this))
    , m_preview(new QTextBrowser(this))
    , m_stack(new QStackedWidget(this))
    , m_previewButton(new QToolButton(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    auto *hint = new QLabel(tr("Markdown: **bold**, *italic*, - lists, # headings"), this);
    hint->setEnabled(false);
    bar->addWidget(hint, 1);
    m_previewButton->setText(tr("Preview"));
    m_previewButton->setCheckable(true);
    bar->addWidget(m_previewButton);
    layout->addLayout(bar);
    m_stack->addWidget(m_editor);
    m_stack->addWidget(m_preview);
    layout->addWidget(m_stack);
    m_editor->setTabChangesFocus(true);
    m_editor->setPlaceholderText(tr("Anything the team should know about this customer."));
    m_preview->setOpenExternalLinks(true);
    setFocusProxy(m_editor);

    connect(m_previewButton, &QToolButton::toggled, this, &MarkdownEditor::setPreviewing);
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_updating)
            Q_EMIT markdownEdited(m_editor->toPlainText());
    });
}

QString MarkdownEditor::markdown() const
{
    return m_editor->toPlainText();
}

void MarkdownEditor::setMarkdown(const QString &markdown)
{
    if (markdown == m_editor->toPlainText())
        return;
    m_updating = true;
    const int position = m_editor->textCursor().position();
    m_editor->setPlainText(markdown);
    QTextCursor cursor = m_editor->textCursor();
    cursor.setPosition(qMin(position, int(markdown.size())));
    m_editor->setTextCursor(cursor);
    m_updating = false;
    if (isPreviewing())
        m_preview->setMarkdown(markdown);
}

bool MarkdownEditor::isPreviewing() const
{
    return m_stack->currentWidget() == m_preview;
}

void MarkdownEditor::setPreviewing(bool preview)
{
    if (preview)
        m_preview->setMarkdown(m_editor->toPlainText());
    m_stack->setCurrentWidget(preview ? static_cast<QWidget *>(m_preview) : m_editor);
    if (m_previewButton->isChecked() != preview)
        m_previewButton->setChecked(preview);
    m_previewButton->setText(preview ? tr("Edit") : tr("Preview"));
}

} // namespace Csm
