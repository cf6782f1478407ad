// Helpers shared by the tests: temporary workspaces with a fixed clock, file bytes.
#pragma once

#include "workspace/workspace.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace Csm::Test {

// A workspace file in its own temporary folder, opened with a fixed clock and author.
class TempWorkspace
{
public:
    TempWorkspace();
    ~TempWorkspace();

    Workspace &operator*() { return *m_workspace; }
    Workspace *operator->() { return m_workspace.get(); }
    Workspace *get() { return m_workspace.get(); }

    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }

    // Closes and opens the same file again, as after a restart.
    void reopen();
    // Moves the fixed clock forward.
    void advance(qint64 msecs);

private:
    void open();

    QTemporaryDir m_dir;
    QString m_path;
    QDateTime m_time;
    std::unique_ptr<Workspace> m_workspace;
};

QByteArray readBytes(const QString &path);
void writeBytes(const QString &path, const QByteArray &bytes);

// A customer with every field set to a non-default value, and two stakeholders.
OnboardingFile fullOnboardingFile(const RecordMeta &meta);

} // namespace Csm::Test
