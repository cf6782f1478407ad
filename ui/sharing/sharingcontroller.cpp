#include "sharingcontroller.h"

#include "dialogs/passphrasedialog.h"
#include "dialogs/sharedialog.h"
#include "dialogs/takebackdialog.h"
#include "sharing/sharefile.h"
#include "storage/sharestore.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QTimer>
#include <QWidget>

namespace Csm {

SharingController::SharingController(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    // A shared folder's file is replaced by a rename, which ends the watch on the file
    // itself: the folder is watched too, and every change leads to the same check.
    const auto check = [this] {
        QTimer::singleShot(300, this, &SharingController::checkSharedFiles);
    };
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, check);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, check);
}

void SharingController::setWorkspace(Workspace *workspace)
{
    m_workspace = workspace;
    m_declined.clear();
    watchRememberedFiles();
    if (m_workspace)
        QTimer::singleShot(0, this, &SharingController::checkSharedFiles);
}

void SharingController::watchRememberedFiles()
{
    if (!m_watcher.files().isEmpty())
        m_watcher.removePaths(m_watcher.files());
    if (!m_watcher.directories().isEmpty())
        m_watcher.removePaths(m_watcher.directories());
    if (!m_workspace)
        return;
    for (const RememberedSharedFile &file :
         ShareStore(m_workspace->database().connection()).sharedFiles()) {
        const QFileInfo info(file.path);
        if (info.exists())
            m_watcher.addPath(info.absoluteFilePath());
        if (info.absoluteDir().exists())
            m_watcher.addPath(info.absolutePath());
    }
}

void SharingController::shareCustomer(const CustomerId &customer)
{
    if (!m_workspace || !m_workspace->customer(customer))
        return;
    ShareDialog dialog(m_workspace, customer, m_window);
    connect(&dialog, &ShareDialog::sharedFileRemembered, this, [this] { watchRememberedFiles(); });
    dialog.exec();
}

void SharingController::chooseSharedFile()
{
    const QString path =
        QFileDialog::getOpenFileName(m_window, tr("Take back a shared file"), QString(),
                                     tr("Shared onboarding files (*.onboarding);;All files (*)"));
    if (!path.isEmpty())
        openSharedFile(path);
}

bool SharingController::openSharedFile(const QString &path)
{
    if (!m_workspace)
        return false;
    QByteArray passphrase;
    QString problem;
    std::unique_ptr<SharedFile> file;
    const QString name = QFileInfo(path).fileName();
    for (;;) {
        if (sharedFileNeedsPassphrase(path)) {
            const std::optional<QByteArray> given = PassphraseDialog::ask(m_window, name, problem);
            if (!given)
                return false;
            passphrase = *given;
        }
        QString error;
        ShareError kind = ShareError::None;
        file = SharedFile::open(path, passphrase, &error, &kind);
        if (file)
            break;
        if (kind == ShareError::WrongPassphrase) {
            problem = tr("The passphrase does not open it. Try again.");
            continue;
        }
        QMessageBox::warning(m_window, tr("Cannot take the file back"), error);
        return false;
    }
    const TakeBackPlan plan = planTakeBack(*m_workspace, *file);
    TakeBackDialog dialog(m_workspace, file.get(), plan, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    watchRememberedFiles();
    Q_EMIT customerTakenBack(plan.info.customer);
    return true;
}

void SharingController::checkSharedFiles()
{
    if (!m_workspace || m_asking)
        return;
    watchRememberedFiles();
    for (const RememberedSharedFile &file :
         ShareStore(m_workspace->database().connection()).sharedFiles()) {
        const QFileInfo info(file.path);
        if (!info.exists() || !m_workspace->customer(file.customer))
            continue;
        const QDateTime modified = info.lastModified().toUTC();
        // Timestamps are stored to the millisecond.
        if (info.size() == file.size && qAbs(modified.msecsTo(file.modifiedAt)) < 1)
            continue;
        const QString key = file.path + QLatin1Char('@') + modified.toString(Qt::ISODateWithMs);
        if (m_declined.contains(key))
            continue;
        m_declined.insert(key);
        Q_EMIT sharedFileChanged(file.customer, file.path);
        if (m_askOnChange)
            offerMerge(file.customer, file.path);
    }
}

void SharingController::offerMerge(const CustomerId &customer, const QString &path)
{
    const Customer *c = m_workspace->customer(customer);
    if (!c)
        return;
    m_asking = true;
    const auto answer = QMessageBox::question(
        m_window, tr("Shared file changed"),
        tr("The shared file of %1 changed on disk:\n%2\n\nTake it back now? You will see what "
           "changed before anything is merged.")
            .arg(c->accountName, QDir::toNativeSeparators(path)),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer == QMessageBox::Yes)
        openSharedFile(path);
    m_asking = false;
}

} // namespace Csm
