#include "instancechannel.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QFileInfo>
#include <QLocalSocket>

namespace Csm {

InstanceChannel::InstanceChannel(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server.nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                QDataStream in(socket);
                in.startTransaction();
                QStringList files;
                in >> files;
                if (!in.commitTransaction())
                    return; // the rest is still on its way
                socket->write("ok");
                socket->flush();
                Q_EMIT filesReceived(files);
            });
        }
    });
}

QString InstanceChannel::nameFor(const QString &workspacePath)
{
    const QFileInfo info(workspacePath);
    const QString canonical = info.exists() ? info.canonicalFilePath() : info.absoluteFilePath();
    const QByteArray hash =
        QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return QStringLiteral("csm-workspace-") + QString::fromLatin1(hash);
}

bool InstanceChannel::forward(const QString &name, const QStringList &files, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(name);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    QByteArray message;
    QDataStream out(&message, QIODevice::WriteOnly);
    QStringList absolute;
    for (const QString &file : files)
        absolute.append(QFileInfo(file).absoluteFilePath());
    out << absolute;
    socket.write(message);
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    // The first application answers once it has the files.
    return socket.waitForReadyRead(timeoutMs) && socket.readAll() == "ok";
}

bool InstanceChannel::listen(const QString &name)
{
    if (m_server.listen(name))
        return true;
    // A live application keeps its name; a socket file left by one that crashed is removed.
    QLocalSocket probe;
    probe.connectToServer(name);
    if (probe.waitForConnected(500))
        return false;
    QLocalServer::removeServer(name);
    return m_server.listen(name);
}

} // namespace Csm
