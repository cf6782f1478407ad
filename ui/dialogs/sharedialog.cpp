#include "sharedialog.h"

#include "passphrasedialog.h"
#include "storage/sharestore.h"
#include "storage/usagestore.h"
#include "widgets/pagewidgets.h"
#include "workspace/workspace.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>
#include <QVBoxLayout>

#include <limits>

namespace Csm {

namespace {

constexpr const char *SharedFolderKey = "sharing/sharedFolder";
// Outbox folders older than this are removed when the next e-mail is sent.
constexpr int OutboxDays = 30;

QString sizeText(qint64 bytes)
{
    return bytes < 0 ? ShareDialog::tr("size unknown") : QLocale().formattedDataSize(bytes);
}

// A message box that does not block the caller (tests drive the dialog without an event loop).
void showMessage(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text)
{
    auto *box = new QMessageBox(icon, title, text, QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

// Removes the outbox's own folders ("share-…") that are old enough to have been sent.
void removeOldOutboxFolders(const QString &root)
{
    const QDateTime limit = QDateTime::currentDateTimeUtc().addDays(-OutboxDays);
    const QFileInfoList entries =
        QDir(root).entryInfoList({QStringLiteral("share-*")}, QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QFileInfo &entry : entries) {
        if (entry.lastModified().toUTC() < limit)
            QDir(entry.absoluteFilePath()).removeRecursively();
    }
}

bool isReservedWindowsName(const QString &name)
{
    static const QStringList reserved = {QStringLiteral("CON"), QStringLiteral("PRN"),
                                         QStringLiteral("AUX"), QStringLiteral("NUL")};
    const QString upper = name.toUpper();
    if (reserved.contains(upper))
        return true;
    return upper.size() == 4 &&
           (upper.startsWith(QLatin1String("COM")) || upper.startsWith(QLatin1String("LPT"))) &&
           upper.at(3) >= u'1' && upper.at(3) <= u'9';
}

} // namespace

ShareDialog::ShareDialog(Workspace *workspace, const CustomerId &customer, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_customer(customer)
{
    setWindowTitle(tr("Share customer %1").arg(accountName()));

    auto *title = new QLabel(tr("Share %1").arg(accountName().toHtmlEscaped()));
    title->setTextFormat(Qt::RichText);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    title->setFont(titleFont);
    auto *intro = hintLabel(tr("Saves the customer's onboarding file for a colleague. When it "
                               "comes back, take it back to merge their changes with yours."));

    // Usage data: both sizes measured once, now (a fraction of a second).
    m_hasUsage = !workspace->usageImports(customer).isEmpty();
    auto *usage = new QGroupBox(tr("Usage data"));
    auto *usageGrid = new QGridLayout(usage);
    usageGrid->setColumnStretch(0, 1);
    const auto sizeLabel = [](const QString &objectName, qint64 bytes) {
        auto *label = new QLabel(sizeText(bytes));
        label->setObjectName(objectName);
        label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        return label;
    };
    {
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
        const qint64 rawSize = sharedFileSize(*workspace, customer, UsageSharing::Raw);
        const qint64 rollupsSize =
            m_hasUsage ? sharedFileSize(*workspace, customer, UsageSharing::RollupsOnly) : -1;
        QGuiApplication::restoreOverrideCursor();

        const qint64 events = UsageStore(workspace->database().connection()).eventCount(customer);
        const int shownEvents = int(qMin<qint64>(events, std::numeric_limits<int>::max()));
        m_raw = new QRadioButton(tr("Raw usage events (%Ln event(s))", nullptr, shownEvents));
        m_raw->setObjectName(QStringLiteral("rawUsage"));
        m_raw->setToolTip(tr("Every event, so your colleague can recompute anything"));
        m_rollups = new QRadioButton(tr("Usage rollups only (smaller)"));
        m_rollups->setObjectName(QStringLiteral("rollupsOnly"));
        m_rollups->setToolTip(tr("The daily totals the adoption metrics read"));
        auto *choice = new QButtonGroup(this);
        choice->addButton(m_raw);
        choice->addButton(m_rollups);
        m_raw->setChecked(true);
        if (m_hasUsage) {
            usageGrid->addWidget(m_raw, 0, 0);
            usageGrid->addWidget(sizeLabel(QStringLiteral("rawSize"), rawSize), 0, 1);
            usageGrid->addWidget(m_rollups, 1, 0);
            usageGrid->addWidget(sizeLabel(QStringLiteral("rollupsSize"), rollupsSize), 1, 1);
        } else {
            // Nothing to choose: the radio buttons stay out of the layout, hidden and disabled.
            m_raw->setParent(usage);
            m_rollups->setParent(usage);
            m_raw->hide();
            m_rollups->hide();
            m_raw->setEnabled(false);
            m_rollups->setEnabled(false);
            auto *none = new QLabel(tr("No usage data"));
            none->setObjectName(QStringLiteral("noUsage"));
            none->setEnabled(false);
            usageGrid->addWidget(none, 0, 0);
            usageGrid->addWidget(sizeLabel(QStringLiteral("fileSize"), rawSize), 0, 1);
        }
    }

    // The passphrase, typed twice, behind a check box.
    m_protect = new QCheckBox(tr("&Protect with a passphrase"));
    m_protect->setObjectName(QStringLiteral("protect"));
    auto *protection = new QWidget;
    auto *protectionLayout = new QVBoxLayout(protection);
    protectionLayout->setContentsMargins(24, 0, 0, 0);
    m_passphrase = new NewPassphraseFields;
    protectionLayout->addWidget(m_passphrase);
    protectionLayout->addWidget(
        hintLabel(tr("Tell your colleague the passphrase another way than the file travels: "
                     "by phone or in a chat, not in the same e-mail.")));
    protection->hide();

    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *saveAs = new QPushButton(tr("Save &As\u2026"));
    saveAs->setObjectName(QStringLiteral("saveAs"));
    saveAs->setToolTip(tr("Save the file anywhere"));
    auto *sharedFolder = new QPushButton(tr("Save to &Shared Folder\u2026"));
    sharedFolder->setObjectName(QStringLiteral("saveToSharedFolder"));
    sharedFolder->setToolTip(tr("Save the file to a folder you share with your colleague; the "
                                "workspace remembers it to notice their changes"));
    auto *email = new QPushButton(tr("Send by &E-mail\u2026"));
    email->setObjectName(QStringLiteral("sendByEmail"));
    email->setToolTip(tr("Attach the file to a new e-mail in your mail program"));
    auto *close = new QPushButton(tr("Close"));
    close->setObjectName(QStringLiteral("close"));
    m_actions = {saveAs, sharedFolder, email};
    // Enter in a passphrase field must not start an action.
    for (QPushButton *button : {saveAs, sharedFolder, email, close})
        button->setAutoDefault(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(saveAs);
    buttons->addWidget(sharedFolder);
    buttons->addWidget(email);
    buttons->addStretch();
    buttons->addWidget(close);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addWidget(usage);
    layout->addWidget(m_protect);
    layout->addWidget(protection);
    layout->addStretch();
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    setMinimumWidth(560);

    connect(m_protect, &QCheckBox::toggled, this, [this, protection](bool on) {
        protection->setVisible(on);
        if (on)
            m_passphrase->passphraseField()->setFocus();
        updateActions();
    });
    connect(m_passphrase, &NewPassphraseFields::changed, this, &ShareDialog::updateActions);
    connect(saveAs, &QPushButton::clicked, this, &ShareDialog::chooseSaveAs);
    connect(sharedFolder, &QPushButton::clicked, this, &ShareDialog::chooseSharedFolder);
    connect(email, &QPushButton::clicked, this, &ShareDialog::sendByEmail);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    connect(workspace, &Workspace::customerRemoved, this, [this](const CustomerId &id) {
        if (id == m_customer)
            reject();
    });
    updateActions();
}

QString ShareDialog::accountName() const
{
    const Customer *customer = m_workspace->customer(m_customer);
    return customer ? customer->accountName.trimmed() : QString();
}

ShareOptions ShareDialog::options() const
{
    ShareOptions options;
    options.usage =
        m_hasUsage && m_rollups->isChecked() ? UsageSharing::RollupsOnly : UsageSharing::Raw;
    if (m_protect->isChecked())
        options.passphrase = m_passphrase->passphrase();
    options.strength = m_strength;
    return options;
}

bool ShareDialog::canShare() const
{
    return !m_protect->isChecked() || m_passphrase->isValid();
}

void ShareDialog::updateActions()
{
    const bool ok = canShare();
    for (QPushButton *button : std::as_const(m_actions))
        button->setEnabled(ok);
}

QString ShareDialog::fileSafeName(const QString &accountName)
{
    // Characters Windows, macOS or Linux refuse in names, and control characters.
    const QString forbidden = QStringLiteral("<>:\"/\\|?*");
    QString name;
    name.reserve(accountName.size());
    for (const QChar c : accountName)
        name.append(c.unicode() < 0x20 || forbidden.contains(c) ? QChar(u' ') : c);
    name = name.simplified();
    // No hidden file, and no trailing dot (Windows drops it).
    while (name.startsWith(u'.'))
        name.remove(0, 1);
    while (name.endsWith(u'.'))
        name.chop(1);
    constexpr qsizetype MaxLength = 100;
    if (name.size() > MaxLength)
        name.truncate(name.at(MaxLength - 1).isHighSurrogate() ? MaxLength - 1 : MaxLength);
    name = name.trimmed();
    if (name.isEmpty())
        return tr("Customer");
    if (isReservedWindowsName(name))
        name.append(u'_');
    return name;
}

QString ShareDialog::fileName() const
{
    return fileSafeName(accountName()) + u'.' + QLatin1String(SharedFileSuffix);
}

ShareWriteResult ShareDialog::write(const QString &path)
{
    if (!canShare()) {
        ShareWriteResult refused;
        refused.error = m_passphrase->problem();
        m_status->setText(refused.error);
        return refused;
    }
    const ShareOptions chosen = options();
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const ShareWriteResult result = writeSharedFile(*m_workspace, m_customer, path, chosen);
    QGuiApplication::restoreOverrideCursor();
    if (!result.ok) {
        m_status->setText(tr("Not saved."));
        showMessage(this, QMessageBox::Warning, tr("Cannot Share"), result.error);
        return result;
    }
    m_lastWrittenPath = QFileInfo(path).absoluteFilePath();
    const QString where = QDir::toNativeSeparators(m_lastWrittenPath);
    const QString size = sizeText(result.info.fileSize);
    m_status->setText(result.info.encrypted
                          ? tr("Saved to %1 (%2), protected with a passphrase.").arg(where, size)
                          : tr("Saved to %1 (%2).").arg(where, size));
    return result;
}

bool ShareDialog::saveTo(const QString &path)
{
    return !path.isEmpty() && write(path).ok;
}

bool ShareDialog::saveToSharedFolder(const QString &folder)
{
    if (folder.isEmpty())
        return false;
    const QString path = QDir(folder).absoluteFilePath(fileName());
    const ShareWriteResult result = write(path);
    if (!result.ok)
        return false;
    QSettings().setValue(QLatin1String(SharedFolderKey), QDir(folder).absolutePath());
    const QString error =
        ShareStore(m_workspace->database().connection())
            .rememberSharedFile({m_customer, m_lastWrittenPath, result.info.fileSize,
                                 QFileInfo(path).lastModified().toUTC()});
    if (!error.isEmpty()) {
        showMessage(this, QMessageBox::Warning, tr("Cannot Share"),
                    tr("The file was saved, but the workspace could not remember it as the "
                       "customer's shared file: %1")
                        .arg(error));
        return true;
    }
    Q_EMIT sharedFileRemembered(m_customer, m_lastWrittenPath);
    return true;
}

QString ShareDialog::outboxFolder() const
{
    if (!m_outbox.isEmpty())
        return m_outbox;
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("outbox"));
}

bool ShareDialog::sendByEmail()
{
    if (!canShare())
        return false;
    // A folder of its own per e-mail, so the attachment keeps the customer's file name.
    const QString root = outboxFolder();
    if (!QDir().mkpath(root)) {
        showMessage(this, QMessageBox::Warning, tr("Cannot Share"),
                    tr("The folder %1 cannot be made.").arg(QDir::toNativeSeparators(root)));
        return false;
    }
    removeOldOutboxFolders(root);
    QTemporaryDir folder(QDir(root).filePath(QStringLiteral("share-XXXXXX")));
    if (!folder.isValid()) {
        showMessage(this, QMessageBox::Warning, tr("Cannot Share"), folder.errorString());
        return false;
    }
    folder.setAutoRemove(false);
    const ShareWriteResult result = write(QDir(folder.path()).filePath(fileName()));
    if (!result.ok) {
        QDir(folder.path()).removeRecursively();
        return false;
    }

    const QString subject = tr("%1 onboarding file").arg(accountName());
    if (m_launchMail && m_launchMail(subject, m_lastWrittenPath)) {
        m_status->setText(
            tr("Attached %1 (%2) to a new e-mail.")
                .arg(QDir::toNativeSeparators(m_lastWrittenPath), sizeText(result.info.fileSize)));
        return true;
    }
    // No mail program: the user attaches the file from the opened folder.
    QDesktopServices::openUrl(QUrl::fromLocalFile(folder.path()));
    m_status->setText(
        tr("Saved to %1 (%2); attach it to an e-mail yourself.")
            .arg(QDir::toNativeSeparators(m_lastWrittenPath), sizeText(result.info.fileSize)));
    showMessage(this, QMessageBox::Information, tr("Send by E-mail"),
                tr("No mail program could be started. The file is in the folder that was just "
                   "opened: attach \u201c%1\u201d to an e-mail yourself.")
                    .arg(fileName()));
    return true;
}

bool ShareDialog::launchXdgEmail(const QString &subject, const QString &file)
{
    const QString program = QStandardPaths::findExecutable(QStringLiteral("xdg-email"));
    if (program.isEmpty())
        return false;
    return QProcess::startDetached(
        program, {QStringLiteral("--subject"), subject, QStringLiteral("--attach"), file});
}

void ShareDialog::chooseSaveAs()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QFileDialog dialog(this, tr("Save Shared File"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setNameFilter(tr("Onboarding files (*.onboarding)"));
    // The suffix is added before the dialog asks about replacing a file.
    dialog.setDefaultSuffix(QLatin1String(SharedFileSuffix));
    dialog.selectFile(QDir(documents).filePath(fileName()));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    saveTo(dialog.selectedFiles().constFirst());
}

void ShareDialog::chooseSharedFolder()
{
    QString start = QSettings().value(QLatin1String(SharedFolderKey)).toString();
    if (start.isEmpty() || !QFileInfo(start).isDir())
        start = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Choose the Shared Folder"), start);
    if (folder.isEmpty())
        return;

    // The folder's file may hold a colleague's changes: replacing it loses them.
    const QFileInfo target(QDir(folder).absoluteFilePath(fileName()));
    if (target.exists()) {
        const std::optional<RememberedSharedFile> remembered =
            ShareStore(m_workspace->database().connection()).sharedFile(m_customer);
        const bool ours = remembered && QFileInfo(remembered->path) == target;
        const bool unchanged = ours && remembered->size == target.size() &&
                               qAbs(remembered->modifiedAt.msecsTo(target.lastModified())) < 1000;
        if (!unchanged) {
            const QString name = QDir::toNativeSeparators(target.absoluteFilePath());
            const QString question =
                ours ? tr("%1 changed since you last saved it there, perhaps by a colleague. "
                          "Replace it? To keep their changes, take the file back first.")
                           .arg(name)
                     : tr("%1 already exists. Replace it?").arg(name);
            if (QMessageBox::question(this, tr("Replace Shared File"), question,
                                      QMessageBox::Yes | QMessageBox::Cancel,
                                      QMessageBox::Cancel) != QMessageBox::Yes)
                return;
        }
    }
    saveToSharedFolder(folder);
}

} // namespace Csm
