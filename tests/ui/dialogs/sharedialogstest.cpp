// The share, take-back and passphrase dialogs: a customer shared from one workspace and taken
// back in another, first as a new customer, then with a conflict decided in the table.
#include "adoption/usageimporter.h"
#include "commands/addcustomer.h"
#include "commands/changecustomerfield.h"
#include "dialogs/passphrasedialog.h"
#include "dialogs/sharedialog.h"
#include "dialogs/takebackdialog.h"
#include "sharing/sharefile.h"
#include "storage/sharestore.h"
#include "testsupport.h"

#include <QCheckBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUrl>

#include <catch2/catch.hpp>

#include <algorithm>

using namespace Csm;

namespace {

// Receives the URLs the dialog asks the desktop to open.
class UrlCatcher : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> urls;

public Q_SLOTS:
    void open(const QUrl &url) { urls.append(url); }
};

CustomerId addFullCustomer(Test::TempWorkspace &ws)
{
    OnboardingFile file = Test::fullOnboardingFile(ws->newMeta());
    ws->undoStack()->push(new AddCustomer(ws.get(), file));
    return file.customer.id;
}

// Imports 700 usage events (25 users on 28 days) for the customer, as the import wizard does.
void importUsage(Test::TempWorkspace &ws, const CustomerId &customer)
{
    QByteArray csv = "user_email,timestamp,event,feature,duration_s\n";
    for (int day = 1; day <= 28; ++day) {
        for (int user = 1; user <= 25; ++user)
            csv += QStringLiteral("user%1@acme.example,2026-02-%2T10:00:00Z,report_created,"
                                  "Reports,60\n")
                       .arg(user)
                       .arg(day, 2, 10, QLatin1Char('0'))
                       .toUtf8();
    }
    const QString path = QDir(ws.dir()).filePath(QStringLiteral("events.csv"));
    Test::writeBytes(path, csv);
    const ImportPreview preview = previewImportFile(path);
    REQUIRE(preview.error.isEmpty());
    ImportOptions options;
    options.customer = customer;
    options.kind = ImportKind::Usage;
    options.mapping = guessMapping(ImportKind::Usage, preview.header);
    options.author = QStringLiteral("Test User");
    options.importedAt = ws->now();
    const ImportResult result = UsageImporter(ws.path(), options).run(path);
    INFO(result.error.toStdString());
    REQUIRE(result.ok);
    ws->notifyUsageImported(customer);
}

std::unique_ptr<SharedFile> openShared(const QString &path, const QByteArray &passphrase = {})
{
    QString error;
    std::unique_ptr<SharedFile> file = SharedFile::open(path, passphrase, &error);
    INFO(error.toStdString());
    REQUIRE(file);
    return file;
}

// Writes the customer's shared file through the dialog, as "Save As…" does.
void share(Test::TempWorkspace &ws, const CustomerId &id, const QString &path)
{
    ShareDialog dialog(ws.get(), id);
    dialog.setKeyStrength(ShareCrypto::Strength::Minimal);
    REQUIRE(dialog.saveTo(path));
    CHECK(dialog.lastWrittenPath() == QFileInfo(path).absoluteFilePath());
}

QPushButton *button(QWidget &dialog, const char *name)
{
    auto *found = dialog.findChild<QPushButton *>(QLatin1String(name));
    REQUIRE(found);
    return found;
}

QRadioButton *choiceButton(QTableWidget *table, int row, MergeChoice choice)
{
    QWidget *cell = table->cellWidget(row, TakeBackDialog::ChoiceColumn);
    REQUIRE(cell);
    const QList<QRadioButton *> radios = cell->findChildren<QRadioButton *>();
    REQUIRE(radios.size() == 2);
    return radios.at(choice == MergeChoice::Ours ? 0 : 1);
}

} // namespace

TEST_CASE("A shared customer is added in another workspace, then a conflict takes theirs")
{
    Test::TempWorkspace here;
    Test::TempWorkspace there;
    const CustomerId id = addFullCustomer(here);
    const QString account = here->customer(id)->accountName;
    QTemporaryDir files;
    REQUIRE(files.isValid());

    // The share dialog: no usage data in this workspace, so nothing to choose.
    const QString first = files.filePath(QStringLiteral("first.onboarding"));
    {
        ShareDialog dialog(here.get(), id);
        dialog.setKeyStrength(ShareCrypto::Strength::Minimal);
        CHECK(dialog.windowTitle().contains(account));
        CHECK(dialog.findChild<QLabel *>(QStringLiteral("noUsage")));
        CHECK_FALSE(dialog.rawUsageButton()->isEnabled());
        CHECK(dialog.options().usage == UsageSharing::Raw);
        CHECK(dialog.options().passphrase.isEmpty());
        CHECK(dialog.options().strength == ShareCrypto::Strength::Minimal);
        REQUIRE(dialog.saveTo(first));
        CHECK(dialog.lastWrittenPath() == QFileInfo(first).absoluteFilePath());
        CHECK(dialog.statusLabel()->text().contains(QDir::toNativeSeparators(first)));
    }

    // Taken in as a new customer.
    {
        std::unique_ptr<SharedFile> shared = openShared(first);
        TakeBackPlan plan = planTakeBack(*there, *shared);
        REQUIRE(plan.isNewCustomer);
        REQUIRE(plan.problem.isEmpty());
        TakeBackDialog dialog(there.get(), shared.get(), plan);
        CHECK(dialog.okButton()->text() == QStringLiteral("Add Customer"));
        CHECK(dialog.okButton()->isEnabled());
        CHECK(dialog.summaryLabel()->text().startsWith(
            QStringLiteral("A new customer: %1 will be added with ").arg(account)));
        CHECK(dialog.conflictTable()->rowCount() == 0);
        CHECK(dialog.choices().isEmpty());
        dialog.accept();
        CHECK(dialog.result() == QDialog::Accepted);
    }
    REQUIRE(there->customer(id));
    CHECK(there->customer(id)->accountName == account);
    CHECK(there->stakeholders(id).size() == here->stakeholders(id).size());

    // Both sides change the industry; the file from here brings the conflict there.
    here.advance(60 * 1000);
    there.advance(30 * 1000);
    here->undoStack()->push(
        new ChangeCustomerField(here.get(), id, CustomerField::Industry, QStringLiteral("Retail")));
    there->undoStack()->push(new ChangeCustomerField(there.get(), id, CustomerField::Industry,
                                                     QStringLiteral("Logistics")));
    const QString second = files.filePath(QStringLiteral("second.onboarding"));
    share(here, id, second);

    std::unique_ptr<SharedFile> shared = openShared(second);
    {
        TakeBackPlan plan = planTakeBack(*there, *shared);
        REQUIRE_FALSE(plan.isNewCustomer);
        REQUIRE(plan.base.has_value());
        TakeBackDialog dialog(there.get(), shared.get(), plan);
        CHECK(dialog.findChild<QLabel *>(QStringLiteral("mergeBase"))
                  ->text()
                  .startsWith(QStringLiteral("Merged against the file exchanged on ")));
        CHECK(dialog.okButton()->text() == QStringLiteral("Take Back"));

        QTableWidget *table = dialog.conflictTable();
        REQUIRE(table->rowCount() == 1);
        CHECK(table->item(0, TakeBackDialog::RecordColumn)->text().contains(account));
        CHECK(table->item(0, TakeBackDialog::FieldColumn)->text() ==
              customerFieldLabel(CustomerField::Industry));
        CHECK(table->item(0, TakeBackDialog::HereColumn)->text() == QStringLiteral("Logistics"));
        CHECK(table->item(0, TakeBackDialog::ThereColumn)->text() == QStringLiteral("Retail"));
        CHECK(dialog.choices() == QList<MergeChoice>{MergeChoice::Ours});
        CHECK(choiceButton(table, 0, MergeChoice::Ours)->isChecked());

        // The bulk buttons and the row's radio buttons set the same choice.
        button(dialog, "takeAllTheirs")->click();
        CHECK(dialog.choices() == QList<MergeChoice>{MergeChoice::Theirs});
        CHECK(choiceButton(table, 0, MergeChoice::Theirs)->isChecked());
        button(dialog, "keepAllHere")->click();
        CHECK(dialog.choices() == QList<MergeChoice>{MergeChoice::Ours});
        choiceButton(table, 0, MergeChoice::Theirs)->click();
        CHECK(dialog.choices() == QList<MergeChoice>{MergeChoice::Theirs});
        CHECK(dialog.summaryLabel()->text().contains(QStringLiteral("changed")));

        dialog.accept();
        CHECK(dialog.result() == QDialog::Accepted);
    }
    CHECK(there->customer(id)->industry == QStringLiteral("Retail"));
    CHECK(here->customer(id)->industry == QStringLiteral("Retail"));

    // The same file again: nothing left to take.
    {
        TakeBackPlan plan = planTakeBack(*there, *shared);
        TakeBackDialog dialog(there.get(), shared.get(), plan);
        CHECK(dialog.nothingToTake());
        CHECK(dialog.conflictTable()->rowCount() == 0);
        CHECK(dialog.okButton()->text() == QStringLiteral("Close"));
        CHECK(dialog.summaryLabel()->text().startsWith(QStringLiteral("Nothing to take")));
        dialog.accept();
        CHECK(dialog.result() == QDialog::Accepted);
    }

    // The merge is one undo step there.
    there->undoStack()->undo();
    CHECK(there->customer(id)->industry == QStringLiteral("Logistics"));
}

TEST_CASE("The share dialog offers raw usage events or their rollups, with the sizes")
{
    Test::TempWorkspace here;
    Test::TempWorkspace there;
    const CustomerId id = addFullCustomer(here);
    importUsage(here, id);
    REQUIRE_FALSE(here->usageImports(id).isEmpty());

    ShareDialog dialog(here.get(), id);
    dialog.setKeyStrength(ShareCrypto::Strength::Minimal);
    CHECK_FALSE(dialog.findChild<QLabel *>(QStringLiteral("noUsage")));
    CHECK(dialog.rawUsageButton()->isEnabled());
    CHECK(dialog.rawUsageButton()->isChecked());
    CHECK(dialog.rawUsageButton()->text().contains(QLocale().toString(700)));
    const qint64 raw = sharedFileSize(*here, id, UsageSharing::Raw);
    const qint64 rollups = sharedFileSize(*here, id, UsageSharing::RollupsOnly);
    REQUIRE(raw > 0); // measured
    CHECK(rollups < raw);
    CHECK(dialog.findChild<QLabel *>(QStringLiteral("rawSize"))->text() ==
          QLocale().formattedDataSize(raw));
    CHECK(dialog.findChild<QLabel *>(QStringLiteral("rollupsSize"))->text() ==
          QLocale().formattedDataSize(rollups));
    CHECK(dialog.options().usage == UsageSharing::Raw);
    dialog.rollupsButton()->click();
    CHECK(dialog.options().usage == UsageSharing::RollupsOnly);

    QTemporaryDir files;
    const QString path = files.filePath(QStringLiteral("rollups.onboarding"));
    REQUIRE(dialog.saveTo(path));
    std::unique_ptr<SharedFile> shared = openShared(path);
    CHECK(shared->info().hasUsage);
    CHECK(shared->info().usage == UsageSharing::RollupsOnly);
    CHECK(shared->info().usageEvents == 0);

    // Taken in: the rollups come along with the new customer.
    TakeBackPlan plan = planTakeBack(*there, *shared);
    REQUIRE(plan.usage == TakeBackPlan::Usage::Add);
    TakeBackDialog takeBack(there.get(), shared.get(), plan);
    CHECK_FALSE(takeBack.findChild<QLabel *>(QStringLiteral("usageNote"))->text().isEmpty());
    takeBack.accept();
    CHECK(takeBack.result() == QDialog::Accepted);
    CHECK(there->usageImports(id).size() == here->usageImports(id).size());
}

TEST_CASE("A plan with a problem cannot be taken back")
{
    Test::TempWorkspace here;
    Test::TempWorkspace there;
    const CustomerId id = addFullCustomer(here);
    QTemporaryDir files;
    const QString path = files.filePath(QStringLiteral("acme.onboarding"));
    share(here, id, path);
    std::unique_ptr<SharedFile> shared = openShared(path);
    TakeBackPlan plan = planTakeBack(*there, *shared);
    plan.problem = QStringLiteral("stakeholders[0].id: belongs to another customer here");
    TakeBackDialog dialog(there.get(), shared.get(), plan);
    auto *problem = dialog.findChild<QLabel *>(QStringLiteral("problem"));
    REQUIRE(problem);
    CHECK_FALSE(problem->isHidden());
    CHECK(problem->text() == plan.problem);
    CHECK_FALSE(dialog.okButton()->isEnabled());
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK_FALSE(there->customer(id));
}

TEST_CASE("Taking back refuses a plan the workspace changed under")
{
    Test::TempWorkspace here;
    Test::TempWorkspace there;
    const CustomerId id = addFullCustomer(here);
    QTemporaryDir files;
    const QString path = files.filePath(QStringLiteral("acme.onboarding"));
    share(here, id, path);
    std::unique_ptr<SharedFile> shared = openShared(path);
    TakeBackDialog dialog(there.get(), shared.get(), planTakeBack(*there, *shared));
    // The customer arrives another way while the dialog is open.
    there->undoStack()->push(new AddCustomer(there.get(), shared->file()));
    const int steps = there->undoStack()->count();
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(there->undoStack()->count() == steps);
    CHECK(dialog.findChild<QMessageBox *>());
}

TEST_CASE("The share dialog's passphrase must be repeated and long enough")
{
    Test::TempWorkspace ws;
    const CustomerId id = addFullCustomer(ws);
    QTemporaryDir files;
    const QString path = files.filePath(QStringLiteral("protected.onboarding"));
    ShareDialog dialog(ws.get(), id);
    dialog.setKeyStrength(ShareCrypto::Strength::Minimal);
    const QList<QPushButton *> actions = {button(dialog, "saveAs"),
                                          button(dialog, "saveToSharedFolder"),
                                          button(dialog, "sendByEmail")};
    const auto actionsEnabled = [&] {
        return std::all_of(actions.cbegin(), actions.cend(),
                           [](QPushButton *b) { return b->isEnabled(); });
    };
    const auto actionsDisabled = [&] {
        return std::none_of(actions.cbegin(), actions.cend(),
                            [](QPushButton *b) { return b->isEnabled(); });
    };
    CHECK(actionsEnabled());

    NewPassphraseFields *fields = dialog.passphraseFields();
    dialog.protectCheck()->setChecked(true);
    CHECK_FALSE(dialog.canShare());
    CHECK(actionsDisabled());

    fields->passphraseField()->setText(QStringLiteral("correct horse"));
    fields->repeatField()->setText(QStringLiteral("correct horsE"));
    CHECK(actionsDisabled());
    CHECK(fields->problemLabel()->text() == QStringLiteral("The two passphrases differ."));
    CHECK(dialog.options().passphrase.isEmpty());
    CHECK_FALSE(dialog.saveTo(path));
    CHECK_FALSE(QFileInfo::exists(path));

    fields->passphraseField()->setText(QStringLiteral("short"));
    fields->repeatField()->setText(QStringLiteral("short"));
    CHECK(actionsDisabled());
    CHECK_FALSE(fields->isValid());

    fields->passphraseField()->setText(QStringLiteral("correct horse"));
    fields->repeatField()->setText(QStringLiteral("correct horse"));
    CHECK(actionsEnabled());
    CHECK(dialog.options().passphrase == QByteArray("correct horse"));
    REQUIRE(dialog.saveTo(path));
    CHECK(dialog.statusLabel()->text().contains(QStringLiteral("passphrase")));
    CHECK(sharedFileNeedsPassphrase(path));

    QString error;
    ShareError kind = ShareError::None;
    CHECK_FALSE(SharedFile::open(path, {}, &error, &kind));
    CHECK(kind == ShareError::NeedsPassphrase);
    CHECK_FALSE(SharedFile::open(path, "correct horsE", &error, &kind));
    CHECK(kind == ShareError::WrongPassphrase);
    CHECK(openShared(path, "correct horse")->info().encrypted);

    // Protection off again: no passphrase, whatever the fields hold.
    dialog.protectCheck()->setChecked(false);
    CHECK(dialog.options().passphrase.isEmpty());
    CHECK(actionsEnabled());
}

TEST_CASE("The passphrase dialog asks for one passphrase or a new one typed twice")
{
    PassphraseDialog open(PassphraseDialog::Mode::Open, QStringLiteral("acme.onboarding"));
    QPushButton *ok = open.buttonBox()->button(QDialogButtonBox::Ok);
    CHECK_FALSE(ok->isEnabled());
    CHECK(open.problemLabel()->isHidden());
    open.passphraseField()->setText(QStringLiteral("x"));
    CHECK(ok->isEnabled());
    CHECK(open.passphrase() == QByteArray("x"));
    open.setProblem(QStringLiteral("The passphrase does not open it."));
    CHECK_FALSE(open.problemLabel()->isHidden());
    CHECK(open.passphraseField()->echoMode() == QLineEdit::Password);

    PassphraseDialog choose(PassphraseDialog::Mode::Choose, QString());
    QPushButton *protect = choose.buttonBox()->button(QDialogButtonBox::Ok);
    NewPassphraseFields *fields = choose.newPassphraseFields();
    REQUIRE(fields);
    CHECK_FALSE(protect->isEnabled());
    fields->passphraseField()->setText(QStringLiteral("12345678"));
    CHECK_FALSE(protect->isEnabled());
    fields->repeatField()->setText(QStringLiteral("12345678"));
    CHECK(protect->isEnabled());
    CHECK(choose.passphrase() == QByteArray("12345678"));
    fields->repeatField()->setText(QStringLiteral("1234567"));
    CHECK_FALSE(protect->isEnabled());
    CHECK(choose.passphrase().isEmpty());

    // The same passphrase composed or decomposed gives the same bytes.
    CHECK(PassphraseDialog::toBytes(QStringLiteral("Gr\u00fc\u00dfe")) ==
          PassphraseDialog::toBytes(QStringLiteral("Gru\u0308\u00dfe")));
}

TEST_CASE("Saving to the shared folder remembers the folder and the file")
{
    QTemporaryDir settingsDir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    Test::TempWorkspace ws;
    const CustomerId id = addFullCustomer(ws);
    QTemporaryDir folder;
    ShareDialog dialog(ws.get(), id);
    dialog.setKeyStrength(ShareCrypto::Strength::Minimal);
    QList<std::pair<CustomerId, QString>> remembered;
    QObject::connect(&dialog, &ShareDialog::sharedFileRemembered,
                     [&](const CustomerId &customer, const QString &path) {
                         remembered.append({customer, path});
                     });

    REQUIRE(dialog.saveToSharedFolder(folder.path()));
    // The account name is "Acme Grüße & Co \"quoted\"": the quotes cannot be in a file name.
    const QString expected =
        QDir(folder.path()).filePath(QStringLiteral("Acme Gr\u00fc\u00dfe & Co quoted.onboarding"));
    CHECK(dialog.lastWrittenPath() == expected);
    CHECK(QFileInfo::exists(expected));
    REQUIRE(remembered.size() == 1);
    CHECK(remembered.first().first == id);
    CHECK(remembered.first().second == expected);
    CHECK(QSettings().value(QStringLiteral("sharing/sharedFolder")).toString() ==
          QDir(folder.path()).absolutePath());
    const std::optional<RememberedSharedFile> stored =
        ShareStore(ws->database().connection()).sharedFile(id);
    REQUIRE(stored);
    CHECK(stored->path == expected);
    CHECK(stored->size == QFileInfo(expected).size());
}

TEST_CASE("Shared file names keep what file systems accept")
{
    CHECK(ShareDialog::fileSafeName(QStringLiteral("Acme: EU/West")) ==
          QStringLiteral("Acme EU West"));
    CHECK(ShareDialog::fileSafeName(QStringLiteral("  a\tb  ")) == QStringLiteral("a b"));
    CHECK(ShareDialog::fileSafeName(QStringLiteral("..hidden.")) == QStringLiteral("hidden"));
    CHECK(ShareDialog::fileSafeName(QStringLiteral("con")) == QStringLiteral("con_"));
    CHECK(ShareDialog::fileSafeName(QStringLiteral("COM1")) == QStringLiteral("COM1_"));
    CHECK(ShareDialog::fileSafeName(QStringLiteral("???")) == QStringLiteral("Customer"));
    CHECK(ShareDialog::fileSafeName(QString(300, u'x')).size() == 100);
}

TEST_CASE("Send by e-mail writes the file into the outbox and attaches it")
{
    Test::TempWorkspace ws;
    const CustomerId id = addFullCustomer(ws);
    const QString account = ws->customer(id)->accountName;
    QTemporaryDir outbox;
    ShareDialog dialog(ws.get(), id);
    dialog.setKeyStrength(ShareCrypto::Strength::Minimal);
    dialog.setOutboxFolder(outbox.path());

    QString subject;
    QString attached;
    dialog.setMailLauncher([&](const QString &s, const QString &file) {
        subject = s;
        attached = file;
        return true;
    });
    REQUIRE(dialog.sendByEmail());
    CHECK(subject == QStringLiteral("%1 onboarding file").arg(account));
    CHECK(attached == dialog.lastWrittenPath());
    CHECK(attached.startsWith(QDir(outbox.path()).absolutePath() + u'/'));
    CHECK(QFileInfo(attached).fileName() == dialog.fileName());
    CHECK(openShared(attached)->info().customer == id);

    // Without a mail program the folder opens instead, and the file is still there.
    dialog.setMailLauncher([](const QString &, const QString &) { return false; });
    UrlCatcher catcher;
    QDesktopServices::setUrlHandler(QStringLiteral("file"), &catcher, "open");
    const bool sent = dialog.sendByEmail();
    QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
    REQUIRE(sent);
    REQUIRE(catcher.urls.size() == 1);
    CHECK(catcher.urls.first() ==
          QUrl::fromLocalFile(QFileInfo(dialog.lastWrittenPath()).absolutePath()));
    CHECK(QFileInfo::exists(dialog.lastWrittenPath()));
    CHECK(dialog.lastWrittenPath() != attached); // a folder of its own per e-mail
    CHECK(dialog.findChild<QMessageBox *>());
}

#include "sharedialogstest.moc"
