// Runs the built csmw as a user would: in a temporary folder with its own home, data and
// settings folders, so the tool never sees the real user's workspace or settings.
#pragma once

#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>

#include <initializer_list>
#include <string>

namespace Csm::Test {

struct CliResult
{
    int exitCode = -1;
    QByteArray outBytes;
    std::string out;
    std::string err;

    // The reason of a failure: exactly one line on standard error, prefixed with the tool.
    bool isOneLineReason() const
    {
        return err.rfind("csmw: ", 0) == 0 && err.find('\n') == err.size() - 1;
    }
};

class CliSandbox
{
public:
    CliSandbox()
    {
        REQUIRE(m_dir.isValid());
        m_environment = QProcessEnvironment::systemEnvironment();
        m_environment.insert(QStringLiteral("HOME"), path(QStringLiteral("home")));
        m_environment.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("data")));
        m_environment.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("config")));
        m_environment.insert(QStringLiteral("USER"), QStringLiteral("Casey Tester"));
        m_environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    }

    QString root() const { return m_dir.path(); }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString workspace() const { return path(QStringLiteral("workspace.csmw")); }

    // Starts csmw with exactly `arguments`; the caller waits for it.
    void start(QProcess *process, const QStringList &arguments) const
    {
        process->setProcessEnvironment(m_environment);
        process->setWorkingDirectory(m_dir.path());
        process->start(QStringLiteral(CSMW_PATH), arguments);
        REQUIRE(process->waitForStarted());
    }

    CliResult run(const QStringList &arguments) const
    {
        QProcess process;
        start(&process, arguments);
        REQUIRE(process.waitForFinished(60000));
        REQUIRE(process.exitStatus() == QProcess::NormalExit);
        CliResult result;
        result.exitCode = process.exitCode();
        result.outBytes = process.readAllStandardOutput();
        result.out = result.outBytes.toStdString();
        result.err = process.readAllStandardError().toStdString();
        return result;
    }

    // Runs a command on `workspace`, the sandbox's own workspace file by default.
    CliResult csmw(const QStringList &arguments, const QString &workspace = {}) const
    {
        return run(QStringList{QStringLiteral("--workspace"),
                               workspace.isEmpty() ? this->workspace() : workspace} +
                   arguments);
    }

    // Writes `text` to a file in the sandbox and returns its path.
    QString file(const char *name, const QByteArray &text) const
    {
        const QString filePath = path(QString::fromUtf8(name));
        writeBytes(filePath, text);
        return filePath;
    }

private:
    QTemporaryDir m_dir;
    QProcessEnvironment m_environment;
};

// A file of tests/cli/data.
inline QString cliDataFile(const char *name)
{
    return QDir(QStringLiteral(CSM_CLI_DATA_DIR)).filePath(QString::fromUtf8(name));
}

inline QStringList args(std::initializer_list<const char *> list)
{
    QStringList result;
    for (const char *item : list)
        result.append(QString::fromUtf8(item));
    return result;
}

} // namespace Csm::Test
