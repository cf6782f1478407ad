// One application per workspace: a second start (a double-clicked shared file, say) hands its
// files to the window already open on that workspace and exits, rather than opening the same
// workspace twice, whose copies in memory would then overwrite each other's edits.
#pragma once

#include <QLocalServer>
#include <QObject>
#include <QStringList>

namespace Csm {

class InstanceChannel : public QObject
{
    Q_OBJECT

public:
    explicit InstanceChannel(QObject *parent = nullptr);

    // The channel's name for a workspace file: the same for every spelling of its path.
    static QString nameFor(const QString &workspacePath);

    // Hands `files` to the application listening on `name`. False when none listens (or it
    // did not take them within `timeoutMs`): the caller is then the first.
    static bool forward(const QString &name, const QStringList &files, int timeoutMs = 2000);

    // Listens on `name` (taking over a name left behind by a crashed start). False when it
    // cannot.
    bool listen(const QString &name);

Q_SIGNALS:
    // Another start handed over these files (possibly none: it only wants the window shown).
    void filesReceived(const QStringList &files);

private:
    QLocalServer m_server;
};

} // namespace Csm
