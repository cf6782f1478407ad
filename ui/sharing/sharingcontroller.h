// The application's side of sharing a customer's onboarding file: the share dialog, taking a
// file back (from the menu, a drop, the command line or a double-click), and watching the
// shared files the workspace remembers, offering to merge one when a colleague changed it.
#pragma once

#include "domain/id.h"

#include <QFileSystemWatcher>
#include <QObject>
#include <QPointer>
#include <QSet>

class QWidget;

namespace Csm {

class Workspace;

class SharingController : public QObject
{
    Q_OBJECT

public:
    // Dialogs open over `window`.
    explicit SharingController(QWidget *window);

    void setWorkspace(Workspace *workspace);

    void shareCustomer(const CustomerId &customer);
    // Asks for a file, then takes it back.
    void chooseSharedFile();
    // Takes in the file at `path`: asks for its passphrase when protected, shows what it
    // holds and what taking it back changes, and takes it back when the user agrees. Returns
    // whether it was taken back.
    bool openSharedFile(const QString &path);

    // The remembered shared files now watched (for tests).
    QStringList watchedFiles() const { return m_watcher.files(); }
    // Looks at every remembered shared file now, as the watcher does when one changes.
    void checkSharedFiles();

    // When false (tests), a changed shared file is reported with sharedFileChanged() only,
    // without asking.
    void setAskOnChange(bool ask) { m_askOnChange = ask; }

Q_SIGNALS:
    // A file was taken back for this customer (added or merged).
    void customerTakenBack(const Csm::CustomerId &customer);
    // A remembered shared file changed on disk since this workspace last wrote or took it.
    void sharedFileChanged(const Csm::CustomerId &customer, const QString &path);

private:
    void watchRememberedFiles();
    void offerMerge(const CustomerId &customer, const QString &path);

    QWidget *m_window;
    QPointer<Workspace> m_workspace;
    QFileSystemWatcher m_watcher;
    // Changes the user already declined this session, as path and modification time.
    QSet<QString> m_declined;
    bool m_askOnChange = true;
    bool m_asking = false;
};

} // namespace Csm
