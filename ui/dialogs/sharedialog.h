// Shares one customer's onboarding file with a colleague: a `.onboarding` file saved anywhere,
// to the shared folder both use (remembered, so changes there can be noticed), or attached to
// an e-mail; with raw usage events or only their rollups, optionally behind a passphrase.
#pragma once

#include "domain/id.h"
#include "sharing/sharefile.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QLabel;
class QPushButton;
class QRadioButton;

namespace Csm {

class NewPassphraseFields;
class Workspace;

class ShareDialog : public QDialog
{
    Q_OBJECT

public:
    // Starts the user's mail program with a new message carrying `file`; false when none starts.
    using MailLauncher = std::function<bool(const QString &subject, const QString &file)>;

    // Measures the file for both kinds of usage data while it opens.
    ShareDialog(Workspace *workspace, const CustomerId &customer, QWidget *parent = nullptr);

    // The options as the controls show them. The passphrase is empty unless protection is on
    // and both fields agree.
    ShareOptions options() const;
    // Whether the actions can run: protection off, or a valid passphrase.
    bool canShare() const;

    // The actions without their file dialogs. Each writes the file, reports in the status line
    // (or a warning box) and returns whether the file was written.
    bool saveTo(const QString &path);
    // Writes "<account>.onboarding" into `folder`, remembers the folder for next time and the
    // file for the customer, and emits sharedFileRemembered().
    bool saveToSharedFolder(const QString &folder);
    // Writes the file into a new folder of the outbox and hands it to the mail launcher; when
    // that fails, opens the folder so the user can attach the file by hand.
    bool sendByEmail();
    QString lastWrittenPath() const { return m_lastWrittenPath; }

    // The file name for the customer: the account name without characters file systems refuse.
    QString fileName() const;

    void setMailLauncher(MailLauncher launcher) { m_launchMail = std::move(launcher); }
    // Where e-mailed files are written (default: the application's data folder's "outbox").
    void setOutboxFolder(const QString &folder) { m_outbox = folder; }
    void setKeyStrength(ShareCrypto::Strength strength) { m_strength = strength; }

    QRadioButton *rawUsageButton() const { return m_raw; }
    QRadioButton *rollupsButton() const { return m_rollups; }
    QCheckBox *protectCheck() const { return m_protect; }
    NewPassphraseFields *passphraseFields() const { return m_passphrase; }
    QLabel *statusLabel() const { return m_status; }

    // The default launcher: xdg-email, when installed.
    static bool launchXdgEmail(const QString &subject, const QString &file);
    // Turns an account name into a name every file system accepts ("Acme: EU" → "Acme EU").
    static QString fileSafeName(const QString &accountName);

Q_SIGNALS:
    // A file was saved to the shared folder and remembered as the customer's shared file.
    void sharedFileRemembered(const Csm::CustomerId &customer, const QString &path);

private:
    // Writes the file and reports; the result's `ok` says whether it was written.
    ShareWriteResult write(const QString &path);
    void chooseSaveAs();
    void chooseSharedFolder();
    void updateActions();
    QString accountName() const;
    QString outboxFolder() const;

    Workspace *m_workspace;
    CustomerId m_customer;
    ShareCrypto::Strength m_strength = ShareCrypto::Strength::Interactive;
    MailLauncher m_launchMail = &ShareDialog::launchXdgEmail;
    QString m_outbox;
    QString m_lastWrittenPath;
    bool m_hasUsage = false;

    QRadioButton *m_raw = nullptr;
    QRadioButton *m_rollups = nullptr;
    QCheckBox *m_protect = nullptr;
    NewPassphraseFields *m_passphrase = nullptr;
    QLabel *m_status = nullptr;
    QList<QPushButton *> m_actions;
};

} // namespace Csm
