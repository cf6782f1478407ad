#include "console.h"

#include <QCoreApplication>
#include <QDir>

#include <algorithm>
#include <cstdio>

namespace Csm::Cli {

namespace {

void write(std::FILE *stream, const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

} // namespace

void printOut(const QString &text)
{
    write(stdout, text.toUtf8());
}

void printErr(const QString &text)
{
    write(stderr, text.toUtf8());
}

void writeOut(const QByteArray &bytes)
{
    write(stdout, bytes);
}

int fail(const QString &reason)
{
    // One line, whatever the reason holds (SQLite's reports span several).
    QStringList lines = reason.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (QString &line : lines)
        line = line.trimmed();
    printErr(QStringLiteral("csmw: %1\n").arg(lines.join(QLatin1Char(' '))));
    return Failure;
}

void warn(const QString &message)
{
    fail(CliText::tr("warning: %1").arg(message));
}

void note(const QString &message)
{
    fail(CliText::tr("note: %1").arg(message));
}

QString alignedTable(const QList<QStringList> &rows, const QList<int> &rightAligned)
{
    QList<qsizetype> widths;
    for (const QStringList &row : rows) {
        if (widths.size() < row.size())
            widths.resize(row.size(), 0);
        for (qsizetype column = 0; column < row.size(); ++column)
            widths[column] = std::max(widths[column], row[column].size());
    }
    QString text;
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype column = 0; column < row.size(); ++column) {
            if (column > 0)
                line += QLatin1String("  ");
            const int width = int(widths[column]);
            if (rightAligned.contains(int(column)))
                line += row[column].rightJustified(width);
            else if (column + 1 < row.size())
                line += row[column].leftJustified(width);
            else
                line += row[column];
        }
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        text += line + QLatin1Char('\n');
    }
    return text;
}

QString wrapped(const QString &text, int width)
{
    QString result;
    QString line;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
            result += line + QLatin1Char('\n');
            line.clear();
        }
        if (!line.isEmpty())
            line += QLatin1Char(' ');
        line += word;
    }
    return result + line + QLatin1Char('\n');
}

QString displayPath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace Csm::Cli
