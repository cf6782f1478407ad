// What csmw writes: UTF-8 text on standard output and error, aligned tables, exit codes.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Csm::Cli {

enum ExitCode : int {
    Success = 0,
    Failure = 1,    // bad input: unknown customer, unreadable file, refused workspace
    UsageError = 2, // unknown command or option, missing or extra argument
};

// The tool's strings, in the context "Csm::Cli": CliText::tr(text), or
// CliText::tr(text, nullptr, n) for a counted message.
struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(Csm::Cli)
};

void printOut(const QString &text);
void printErr(const QString &text);
void writeOut(const QByteArray &bytes);

// Writes "csmw: <reason>" on standard error and returns Failure.
int fail(const QString &reason);
// Writes "csmw: warning: <message>" on standard error.
void warn(const QString &message);
// Writes "csmw: note: <message>" on standard error.
void note(const QString &message);

// Rows padded to common column widths, one line each; the columns listed in `rightAligned`
// are aligned to the right. No trailing spaces.
QString alignedTable(const QList<QStringList> &rows, const QList<int> &rightAligned = {});

// Text broken into lines of at most `width` characters at spaces, each ending in a newline.
QString wrapped(const QString &text, int width = 80);

// A path as the user should read it in a message.
QString displayPath(const QString &path);

} // namespace Csm::Cli
