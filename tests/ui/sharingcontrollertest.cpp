// The main window's side of sharing: a shared file opened as from the command line or a
// double-click is taken back and its customer shown; a remembered shared file that changes
// on disk is noticed, by the file watcher too, and offered once.
#include "sharing/sharingcontroller.h"
#include "commands/addcustomer.h"
#include "commands/changecustomerfield.h"
#include "dialogs/sharedialog.h"
#include "mainwindow.h"
#include "sharing/instancechannel.h"
#include "sharing/sharefile.h"
#include "storage/sharestore.h"
#include "testsupport.h"
#include "views/customerlist/customerlistpanel.h"

#include <QApplication>
#include <QDialog>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>

#include <catch2/catch.hpp>

#include <future>

using namespace Csm;

namespace {

std::unique_ptr<Workspace> openAt(const QString &path, const QString &author)
{
    QString error;
    auto workspace = Workspace::open(path, &error);
    INFO(error.toStdString());
    REQUIRE(workspace);
    workspace->setAuthor(author);
    return workspace;
}

// Accepts the next modal dialog as soon as it shows (the take-back dialog).
void acceptNextDialog()
{
    QTimer::singleShot(0, qApp, [] {
        if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget()))
            dialog->accept();
        else
            acceptNextDialog();
    });
}

ShareOptions fast()
{
    ShareOptions options;
    options.strength = ShareCrypto::Strength::Minimal;
    return options;
}

} // namespace

TEST_CASE("A shared file opened in the main window is taken back and its customer shown")
{
    QTemporaryDir dir;
    auto ann = openAt(dir.filePath(QStringLiteral("ann.csmw")), QStringLiteral("Ann"));
    const OnboardingFile file = Test::fullOnboardingFile(ann->newMeta());
    ann->undoStack()->push(new AddCustomer(ann.get(), file));
    const QString shared = dir.filePath(QStringLiteral("northwind.onboarding"));
    REQUIRE(writeSharedFile(*ann, file.customer.id, shared, fast()).ok);

    MainWindow window;
    window.setWorkspace(openAt(dir.filePath(QStringLiteral("bob.csmw")), QStringLiteral("Bob")));
    window.show();
    REQUIRE(window.takeBackAction()->isEnabled());
    CHECK_FALSE(window.shareAction()->isEnabled());

    acceptNextDialog();
    REQUIRE(window.openFile(shared));
    REQUIRE(window.workspace()->customer(file.customer.id));
    CHECK(window.customerList()->currentCustomer() == file.customer.id);
    CHECK_FALSE(window.isPortfolioShown());
    CHECK(window.shareAction()->isEnabled());
    // One undo step takes it out again.
    window.undoAction()->trigger();
    CHECK_FALSE(window.workspace()->customer(file.customer.id));

    // A drop of the file is accepted; a drop of anything else is not.
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(shared)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    CHECK(enter.isAccepted());
    QMimeData other;
    other.setUrls({QUrl::fromLocalFile(dir.filePath(QStringLiteral("notes.txt")))});
    QDragEnterEvent refused(QPoint(10, 10), Qt::CopyAction, &other, Qt::LeftButton, Qt::NoModifier);
    refused.setAccepted(false);
    QApplication::sendEvent(&window, &refused);
    CHECK_FALSE(refused.isAccepted());
}

TEST_CASE("A remembered shared file that a colleague changes is offered for merging once")
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("shared"));
    REQUIRE(QDir().mkpath(folder));
    MainWindow window;
    window.setWorkspace(openAt(dir.filePath(QStringLiteral("ann.csmw")), QStringLiteral("Ann")));
    Workspace *ann = window.workspace();
    const OnboardingFile file = Test::fullOnboardingFile(ann->newMeta());
    ann->undoStack()->push(new AddCustomer(ann, file));
    const CustomerId id = file.customer.id;

    // Ann saves it to the shared folder: remembered and watched.
    ShareDialog dialog(ann, id);
    dialog.setKeyStrength(ShareCrypto::Strength::Minimal);
    REQUIRE(dialog.saveToSharedFolder(folder));
    const QString shared = dialog.lastWrittenPath();
    SharingController *sharing = window.sharing();
    sharing->setAskOnChange(false);
    QSignalSpy changed(sharing, &SharingController::sharedFileChanged);
    sharing->checkSharedFiles();
    CHECK(changed.isEmpty());
    CHECK(sharing->watchedFiles().contains(QFileInfo(shared).absoluteFilePath()));

    // Bob takes it, edits it and saves it back over the same file.
    auto bob = openAt(dir.filePath(QStringLiteral("bob.csmw")), QStringLiteral("Bob"));
    {
        QString error;
        const auto taken = SharedFile::open(shared, {}, &error);
        REQUIRE(taken);
        REQUIRE(takeBack(*bob, *taken, planTakeBack(*bob, *taken), {}).isEmpty());
    }
    bob->undoStack()->push(new ChangeCustomerField(bob.get(), id, CustomerField::Notes,
                                                   QStringLiteral("Bob was here")));
    QTest::qWait(20); // a modification time the watcher can tell apart
    REQUIRE(writeSharedFile(*bob, id, shared, fast()).ok);

    // The watcher notices without being asked.
    REQUIRE(changed.wait(5000));
    REQUIRE(changed.size() == 1);
    CHECK(changed.at(0).at(0).value<CustomerId>() == id);
    CHECK(changed.at(0).at(1).toString() == shared);
    // Looking again offers nothing new.
    sharing->checkSharedFiles();
    CHECK(changed.size() == 1);

    // Taken back, the file counts as seen.
    acceptNextDialog();
    REQUIRE(sharing->openSharedFile(shared));
    CHECK(ann->customer(id)->notes == QLatin1String("Bob was here"));
    const auto remembered = ShareStore(ann->database().connection()).sharedFile(id);
    REQUIRE(remembered);
    CHECK(remembered->size == QFileInfo(shared).size());
}

TEST_CASE("A second start on the same workspace hands its files to the first")
{
    QTemporaryDir dir;
    const QString workspace = dir.filePath(QStringLiteral("w.csmw"));
    Test::writeBytes(workspace, "");
    const QString name = InstanceChannel::nameFor(workspace);
    // The same file by another spelling of its path gives the same channel; another file not.
    CHECK(InstanceChannel::nameFor(dir.filePath(QStringLiteral("./w.csmw"))) == name);
    CHECK(InstanceChannel::nameFor(dir.filePath(QStringLiteral("other.csmw"))) != name);

    // Nobody listens yet: the start is the first.
    CHECK_FALSE(InstanceChannel::forward(name, {QStringLiteral("a.onboarding")}, 200));

    InstanceChannel first;
    REQUIRE(first.listen(name));
    QSignalSpy received(&first, &InstanceChannel::filesReceived);
    const QString file = dir.filePath(QStringLiteral("northwind.onboarding"));
    // The second start blocks while it waits for the answer: it runs beside this event loop.
    std::future<bool> handed = std::async(
        std::launch::async, [name, file] { return InstanceChannel::forward(name, {file}); });
    REQUIRE(received.wait(5000));
    CHECK(handed.get());
    REQUIRE(received.size() == 1);
    CHECK(received.at(0).at(0).toStringList() == QStringList{file});
}
