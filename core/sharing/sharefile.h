// A customer's onboarding file shared with a colleague: a self-contained `.onboarding` file,
// an SQLite database with the workspace's schema holding one customer, its usage data (raw or
// rollups only) and what the file is (`share_info`), optionally protected by a passphrase.
//
// Files are never opened where they lie (a shared drive, a mail attachment): writing builds
// the file in a local temporary folder and copies it into place atomically; reading copies it
// into a local temporary folder, decrypts and checks it there.
#pragma once

#include "domain/onboardingfile.h"
#include "sharing/merge.h"
#include "sharing/sharecrypto.h"

#include <QDateTime>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace Csm {

class Workspace;

constexpr const char *SharedFileFormat = "csm-workspace/shared-onboarding-file";
constexpr int SharedFileFormatVersion = 1;
constexpr const char *SharedFileSuffix = "onboarding";
constexpr const char *SharedFileMimeType = "application/x-csm-onboarding";

enum class UsageSharing {
    Raw,         // every event, so the other side can recompute anything
    RollupsOnly, // the daily rollups the metrics read: much smaller
};

struct ShareOptions
{
    UsageSharing usage = UsageSharing::Raw;
    QByteArray passphrase; // empty: not protected
    ShareCrypto::Strength strength = ShareCrypto::Strength::Interactive;
};

// What a shared file says about itself.
struct ShareInfo
{
    QString exchangeId;
    CustomerId customer;
    QString accountName;
    QDateTime writtenAt;
    QString writtenBy;
    bool hasUsage = false;
    UsageSharing usage = UsageSharing::Raw;
    qint64 usageEvents = 0;     // raw events carried
    QStringList usageImportIds; // the uuids of the usage imports carried
    // The exchanges the writer knew of for this customer, this one included.
    QStringList knownExchanges;
    bool encrypted = false;
    qint64 fileSize = 0;
};

enum class ShareError {
    None,
    CannotRead,
    CannotWrite,
    NotOnboardingFile, // not an SQLite database, or another application's
    Damaged,           // fails the integrity or foreign-key check, or its content digest
    TooNew,            // written by a newer version
    NotShared,         // one of our databases, but a workspace rather than a shared file
    NeedsPassphrase,
    WrongPassphrase,
    Tampered, // a protected file changed after it was protected
    Truncated,
    Unsupported,
};

struct ShareWriteResult
{
    bool ok = false;
    QString error; // naming the file and the reason
    ShareInfo info;
};

// Writes the customer to `path` (replacing any file there only once the new one is complete)
// and records the exchange in the workspace, so that the file can be merged when it comes back.
ShareWriteResult writeSharedFile(Workspace &workspace, const CustomerId &customer,
                                 const QString &path, const ShareOptions &options);

// The size the file would have, for the share dialog: written to a temporary file and
// measured (without a passphrase; protection adds a few dozen bytes).
qint64 sharedFileSize(const Workspace &workspace, const CustomerId &customer, UsageSharing usage);

// True when the file at `path` is passphrase-protected.
bool sharedFileNeedsPassphrase(const QString &path);

// A shared file taken in: copied, decrypted and checked in a local temporary folder.
class SharedFile
{
public:
    // On failure returns null, sets `kind` and explains in `error`, naming the file.
    static std::unique_ptr<SharedFile> open(const QString &path, const QByteArray &passphrase,
                                            QString *error, ShareError *kind = nullptr);
    ~SharedFile();

    QString sourcePath() const { return m_sourcePath; }
    // The checked local copy (an SQLite file), read for the usage data.
    QString localPath() const { return m_localPath; }
    const ShareInfo &info() const { return m_info; }
    const OnboardingFile &file() const { return m_file; }

private:
    SharedFile() = default;

    QTemporaryDir m_dir;
    QString m_sourcePath;
    QString m_localPath;
    ShareInfo m_info;
    OnboardingFile m_file;
};

// What taking a shared file back would do to the workspace.
struct TakeBackPlan
{
    ShareInfo info;
    QString sourcePath;
    bool isNewCustomer = false;
    // Why the file cannot be taken back (a new customer whose records belong to another one
    // here), empty when it can.
    QString problem;
    // The newest exchange both sides know (none: a two-way merge).
    QString baseExchangeId;
    QDateTime baseExchangedAt;
    std::optional<OnboardingFile> base;
    OnboardingFile ours;
    OnboardingFile theirs;
    MergeResult merge; // with every conflict keeping ours

    // Usage data: what happens to the workspace's.
    enum class Usage { None, Add, Replace, KeepOurs };
    Usage usage = Usage::None;
    QString usageNote; // why, when ours is kept

    // The merged file with these choices (by conflict position).
    MergeResult resolve(const QList<MergeChoice> &choices) const;
};

TakeBackPlan planTakeBack(const Workspace &workspace, const SharedFile &file);

// Takes the file back: adds the customer or merges it with `choices`, as one transaction and
// one undo step on the workspace's stack, records the exchange, and takes the usage data as
// the plan says (in a transaction of its own; usage data is not undone). Returns an empty
// string on success, otherwise what went wrong (and the workspace is as it was).
QString takeBack(Workspace &workspace, const SharedFile &file, const TakeBackPlan &plan,
                 const QList<MergeChoice> &choices);

} // namespace Csm
