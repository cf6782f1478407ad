// The body of a generated e-mail (the kickoff recap, the weekly status update): blocks of
// paragraphs, sections and lists, written out once as plain text and once as HTML. Every text
// in a block is plain text; the HTML escapes all of it.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace Csm {

class EmailBody
{
public:
    // `colon` ends a heading in the plain text (the template's: " :" in French).
    explicit EmailBody(QStringView colon = u":")
        : m_colon(colon.toString())
    {}

    void paragraph(const QString &text) { m_blocks.append({{}, text, {}}); }
    void section(const QString &heading, const QString &text)
    {
        m_blocks.append({heading, text, {}});
    }
    // A heading with a list, or with `none` as a sentence when the list is empty.
    void list(const QString &heading, const QStringList &items, const QString &none = {})
    {
        if (items.isEmpty())
            m_blocks.append({heading, none, {}});
        else
            m_blocks.append({heading, {}, items});
    }

    QString plainText() const
    {
        QStringList blocks;
        for (const Block &block : m_blocks) {
            QStringList lines;
            if (!block.heading.isEmpty())
                lines.append(block.heading + m_colon);
            if (!block.text.isEmpty())
                lines.append(normalized(block.text));
            for (const QString &item : block.items)
                lines.append(QLatin1String("- ") +
                             normalized(item).replace(u'\n', QLatin1String("\n  ")));
            blocks.append(lines.join(u'\n'));
        }
        return blocks.join(QLatin1String("\n\n")) + u'\n';
    }

    QString html(QStringView language, const QString &title) const
    {
        QString html = QLatin1String("<!DOCTYPE html>\n<html lang=\"") + language.toString() +
                       QLatin1String("\">\n<head>\n<meta charset=\"utf-8\">\n<title>") +
                       escaped(title) + QLatin1String("</title>\n</head>\n<body>\n");
        for (const Block &block : m_blocks) {
            if (!block.heading.isEmpty())
                html += QLatin1String("<p><strong>") + escaped(block.heading) +
                        QLatin1String("</strong></p>\n");
            if (!block.text.isEmpty())
                html += QLatin1String("<p>") + escaped(block.text) + QLatin1String("</p>\n");
            if (!block.items.isEmpty()) {
                html += QLatin1String("<ul>\n");
                for (const QString &item : block.items)
                    html += QLatin1String("<li>") + escaped(item) + QLatin1String("</li>\n");
                html += QLatin1String("</ul>\n");
            }
        }
        return html + QLatin1String("</body>\n</html>\n");
    }

private:
    QString m_colon;
    struct Block
    {
        QString heading;
        QString text;
        QStringList items;
    };

    static QString normalized(const QString &text)
    {
        QString result = text;
        result.replace(QLatin1String("\r\n"), QLatin1String("\n"));
        result.replace(u'\r', u'\n');
        return result;
    }

    static QString escaped(const QString &text)
    {
        return normalized(text).toHtmlEscaped().replace(u'\n', QLatin1String("<br>"));
    }

    QList<Block> m_blocks;
};

// Fills a template's placeholders in one pass, so that a value containing "%2" stays as is.
template<typename... Args> QString fill(QStringView text, const Args &...args)
{
    return text.toString().arg(args...);
}

} // namespace Csm
