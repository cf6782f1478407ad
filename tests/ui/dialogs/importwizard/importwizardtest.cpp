#include "dialogs/importwizard/importwizard.h"

#include "commands/addcustomer.h"
#include "coretestprinting.h"
#include "dialogs/importwizard/importfilepage.h"
#include "dialogs/importwizard/importmappingpage.h"
#include "dialogs/importwizard/importpreviewmodel.h"
#include "dialogs/importwizard/importprogresspanel.h"
#include "dialogs/importwizard/importrunpage.h"
#include "dialogs/importwizard/importvalidatepage.h"
#include "dialogs/importwizard/rejectedrowsmodel.h"
#include "testsupport.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <catch2/catch.hpp>

using namespace Csm;

namespace {

const QByteArray kUsageHeader = "user_email,user_role,event,feature,timestamp,duration_s\n";

// Five rows: the second has no e-mail (line 3), the fourth an unreadable time (line 5).
const QByteArray kRowsWithTwoBad = kUsageHeader +
                                   "anna@customer.example,admin,login,,2026-01-05T09:00:00,30\n"
                                   ",end_user,login,,2026-01-05T09:05:00,12\n"
                                   "ben@customer.example,end_user,feature_used,forecast,"
                                   "2026-01-05T10:00:00,300\n"
                                   "cleo@customer.example,end_user,login,,yesterday,40\n"
                                   "dan@customer.example,manager,report_shared,report_builder,"
                                   "2026-01-06T11:30:00,90\n";

class Fixture
{
public:
    Fixture()
    {
        OnboardingFile file;
        file.customer.id = CustomerId::create();
        file.customer.accountName = QStringLiteral("Northwind Logistics");
        file.customer.signatureDate = QDate(2026, 1, 2);
        file.customer.meta = ws->newMeta();
        ws->undoStack()->push(new AddCustomer(ws.get(), file));
        customer = file.customer.id;
    }

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = dir.filePath(name);
        Test::writeBytes(path, bytes);
        return path;
    }

    // `rows` valid usage events, each one different.
    QString writeLarge(const QString &name, int rows)
    {
        QByteArray bytes = kUsageHeader;
        bytes.reserve(rows * 72);
        for (int i = 0; i < rows; ++i) {
            const int seconds = i * 7; // one event every 7 seconds from 5 January
            bytes += "user" + QByteArray::number(i % 5000).rightJustified(5, '0') +
                     "@customer.example,end_user,feature_used,forecast,2026-01-" +
                     QByteArray::number(5 + seconds / 86400).rightJustified(2, '0') + 'T' +
                     QByteArray::number(seconds / 3600 % 24).rightJustified(2, '0') + ':' +
                     QByteArray::number(seconds / 60 % 60).rightJustified(2, '0') + ':' +
                     QByteArray::number(seconds % 60).rightJustified(2, '0') + ',' +
                     QByteArray::number(5 + i % 900) + '\n';
        }
        return write(name, bytes);
    }

    Test::TempWorkspace ws;
    QTemporaryDir dir;
    CustomerId customer;
};

// The Next or Commit button the current page shows.
QAbstractButton *forwardButton(ImportWizard &wizard)
{
    QAbstractButton *commit = wizard.button(QWizard::CommitButton);
    return commit->isVisible() ? commit : wizard.button(QWizard::NextButton);
}

void goForward(ImportWizard &wizard)
{
    QAbstractButton *button = forwardButton(wizard);
    REQUIRE(button->isVisible());
    REQUIRE(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

// From the file page through the mapping page to the finished check.
void checkFile(ImportWizard &wizard)
{
    REQUIRE(wizard.currentId() == ImportWizard::FilePageId);
    goForward(wizard);
    REQUIRE(wizard.currentId() == ImportWizard::MappingPageId);
    QSignalSpy checked(&wizard, &ImportWizard::validationFinished);
    goForward(wizard);
    REQUIRE(wizard.currentId() == ImportWizard::ValidatePageId);
    REQUIRE(checked.wait(60000));
}

bool waitFor(const std::function<bool()> &condition, int ms = 60000)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > ms)
            return false;
        QTest::qWait(10);
    }
    return true;
}

} // namespace

TEST_CASE("The file page shows the format and guesses the kind from the header")
{
    Fixture f;
    ImportWizard wizard(f.ws.get(), f.customer);
    wizard.show();
    ImportFilePage *page = wizard.filePage();
    CHECK_FALSE(wizard.button(QWizard::NextButton)->isEnabled());

    wizard.setFile(f.write(QStringLiteral("roster.csv"),
                           "E-mail;Role;Seat start\nanna@customer.example;admin;2026-01-05\n"));
    CHECK(wizard.kind() == ImportKind::Roster);
    CHECK(page->kindButton(ImportKind::Roster)->isChecked());
    CHECK(page->fileLabel()->text() == QStringLiteral("roster.csv"));
    CHECK(page->formatLabel()->text().contains(QStringLiteral("UTF-8")));
    CHECK(page->formatLabel()->text().contains(QStringLiteral("semicolon")));
    CHECK(page->formatLabel()->text().contains(QStringLiteral("3 columns")));
    CHECK(page->kindNote()->text().contains(QStringLiteral("user roster")));
    CHECK(wizard.button(QWizard::NextButton)->isEnabled());

    wizard.setFile(f.write(QStringLiteral("courses.tsv"),
                           "Learner Email\tCourse\tCompleted On\tPassed\n"
                           "anna@customer.example\tAdmin basics\t2026-01-09\tyes\n"));
    CHECK(wizard.kind() == ImportKind::Training);
    CHECK(page->formatLabel()->text().contains(QStringLiteral("tab")));

    wizard.setFile(f.write(QStringLiteral("usage.csv"), "Email,Event Name,Time\n"
                                                        "anna@customer.example,login,"
                                                        "2026-01-05T09:00:00\n"));
    CHECK(wizard.kind() == ImportKind::Usage);
    CHECK(page->kindNote()->text().contains(QStringLiteral("usage events")));

    // Columns that fit no kind leave the choice to the user.
    wizard.setFile(f.write(QStringLiteral("other.csv"), "a,b,c\n1,2,3\n"));
    CHECK(page->kindNote()->text().contains(QStringLiteral("Choose what the file holds")));
    page->kindButton(ImportKind::Training)->click();
    CHECK(wizard.kind() == ImportKind::Training);
}

TEST_CASE("The columns are matched from header names like Email, Event Name and Time")
{
    Fixture f;
    ImportWizard wizard(f.ws.get(), f.customer);
    wizard.setFile(f.write(QStringLiteral("usage.csv"),
                           "Email,Plan,Event Name,Time\n"
                           "anna@customer.example,Pro,login,2026-01-05T09:00:00\n"
                           "ben@customer.example,Pro,feature_used,2026-01-05T09:30:00\n"));
    wizard.show();
    goForward(wizard);
    ImportMappingPage *page = wizard.mappingPage();
    REQUIRE(wizard.currentId() == ImportWizard::MappingPageId);

    CHECK(page->fieldCombo(ImportField::UserEmail)->currentText() == QStringLiteral("Email"));
    CHECK(page->fieldCombo(ImportField::Event)->currentText() == QStringLiteral("Event Name"));
    CHECK(page->fieldCombo(ImportField::Timestamp)->currentText() == QStringLiteral("Time"));
    CHECK(page->fieldCombo(ImportField::Feature)->currentData().toInt() == -1);
    CHECK(page->fieldCombo(ImportField::DurationSeconds)->currentData().toInt() == -1);
    CHECK(page->fieldCombo(ImportField::SeatStart) == nullptr); // not a field of usage events
    CHECK_FALSE(page->usesRememberedMapping());
    CHECK(page->sourceNote()->text().contains(QStringLiteral("matched by their names")));
    CHECK(page->timeZone() == QTimeZone("UTC"));
    CHECK(page->dateOrderNote()->text().startsWith(QStringLiteral("Not needed")));
    CHECK(page->missingLabel()->isHidden());
    CHECK(wizard.button(QWizard::NextButton)->isEnabled());

    // The preview says which column feeds which field; the unused one is not imported.
    ImportPreviewModel *preview = page->previewModel();
    REQUIRE(preview->rowCount() == 2);
    CHECK(
        preview->headerData(0, Qt::Horizontal).toString().contains(QStringLiteral("User e-mail")));
    CHECK(preview->headerData(1, Qt::Horizontal).toString() ==
          QStringLiteral("Plan\nnot imported"));
    CHECK(preview->headerData(1, Qt::Horizontal, Qt::ToolTipRole)
              .toString()
              .contains(QStringLiteral("not imported")));
    CHECK(preview->data(preview->index(1, 2)).toString() == QStringLiteral("feature_used"));
    CHECK(preview->headerData(0, Qt::Vertical).toString() == QStringLiteral("2"));

    CHECK(wizard.mapping().value(ImportField::Event) == 2);
}

TEST_CASE("Next stays disabled while a required field has no column, saying which")
{
    Fixture f;
    ImportWizard wizard(f.ws.get(), f.customer);
    wizard.setFile(f.write(QStringLiteral("usage.csv"),
                           "Email,Happened,Time\nanna@customer.example,login,2026-01-05T09:00\n"));
    wizard.setKind(ImportKind::Usage);
    wizard.show();
    goForward(wizard);
    ImportMappingPage *page = wizard.mappingPage();
    QAbstractButton *next = wizard.button(QWizard::NextButton);

    CHECK(page->fieldCombo(ImportField::Event)->currentData().toInt() == -1);
    CHECK_FALSE(next->isEnabled());
    CHECK(page->missingLabel()->isVisible());
    CHECK(page->missingLabel()->text() == QStringLiteral("Choose a column for Event."));

    // Unmapping the e-mail too names both.
    page->fieldCombo(ImportField::UserEmail)->setCurrentIndex(0);
    CHECK(page->missingLabel()->text().contains(QStringLiteral("User e-mail")));
    CHECK(page->missingLabel()->text().contains(QStringLiteral("Event")));

    QComboBox *event = page->fieldCombo(ImportField::Event);
    event->setCurrentIndex(event->findText(QStringLiteral("Happened")));
    page->fieldCombo(ImportField::UserEmail)->setCurrentIndex(1);
    CHECK(next->isEnabled());
    CHECK(page->missingLabel()->isHidden());

    // A time zone that does not exist holds the wizard too.
    page->timeZoneCombo()->setEditText(QStringLiteral("Mars/Olympus"));
    CHECK_FALSE(next->isEnabled());
    CHECK(page->missingLabel()->text().contains(QStringLiteral("Mars/Olympus")));
    page->timeZoneCombo()->setEditText(QStringLiteral("Europe/Berlin"));
    CHECK(next->isEnabled());
    CHECK(wizard.timeZone() == QTimeZone("Europe/Berlin"));
}

TEST_CASE("The date order is preset from the file's dates and says whether it is certain")
{
    Fixture f;
    ImportWizard wizard(f.ws.get(), f.customer);
    wizard.show();

    wizard.setFile(f.write(QStringLiteral("us.csv"),
                           "Email,Event,Time\n"
                           "anna@customer.example,login,01/31/2026 09:00\n"));
    goForward(wizard);
    CHECK(wizard.mappingPage()->monthFirstButton()->isChecked());
    CHECK(wizard.dateOrder() == DateOrder::MonthFirst);
    CHECK(wizard.mappingPage()->dateOrderNote()->text().startsWith(QStringLiteral("Certain")));
    wizard.back();

    wizard.setFile(f.write(QStringLiteral("either.csv"),
                           "Email,Event,Time\nanna@customer.example,login,03/04/2026 09:00\n"));
    goForward(wizard);
    CHECK(wizard.mappingPage()->dateOrderNote()->text().startsWith(QStringLiteral("Guessed")));
}

TEST_CASE("A file that cannot be read is refused, saying which file and where")
{
    Fixture f;
    ImportWizard wizard(f.ws.get(), f.customer);
    wizard.show();
    ImportFilePage *page = wizard.filePage();

    wizard.setFile(f.write(QStringLiteral("picture.csv"),
                           QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10", 24)));
    CHECK(page->errorLabel()->isVisible());
    CHECK(page->errorLabel()->text().contains(QStringLiteral("picture.csv")));
    CHECK_FALSE(wizard.button(QWizard::NextButton)->isEnabled());

    wizard.setFile(f.write(QStringLiteral("quote.csv"),
                           "Email,Event,Time\nanna@customer.example,\"login,2026-01-05T09:00\n"));
    CHECK(page->errorLabel()->text().contains(QStringLiteral("quote.csv")));
    CHECK(page->errorLabel()->text().contains(QStringLiteral("line 2")));
    CHECK_FALSE(wizard.button(QWizard::NextButton)->isEnabled());

    wizard.setFile(f.dir.filePath(QStringLiteral("missing.csv")));
    CHECK(page->errorLabel()->text().contains(QStringLiteral("missing.csv")));
    CHECK_FALSE(wizard.button(QWizard::NextButton)->isEnabled());

    wizard.setFile(f.write(QStringLiteral("good.csv"), kRowsWithTwoBad));
    CHECK(page->errorLabel()->isHidden());
    CHECK(wizard.button(QWizard::NextButton)->isEnabled());
}

TEST_CASE("A file dropped on the first page is taken")
{
    Fixture f;
    ImportWizard wizard(f.ws.get(), f.customer);
    wizard.show();
    const QString path = f.write(QStringLiteral("dropped.csv"), kRowsWithTwoBad);

    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    QDragEnterEvent enter(QPoint(40, 40), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(wizard.filePage(), &enter);
    CHECK(enter.isAccepted());
    QDropEvent drop(QPointF(40, 40), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(wizard.filePage(), &drop);
    CHECK(wizard.filePath() == QFileInfo(path).absoluteFilePath());
    CHECK(wizard.filePage()->fileLabel()->text() == QStringLiteral("dropped.csv"));

    // Text that is not a file is refused.
    QMimeData text;
    text.setText(QStringLiteral("hello"));
    QDragEnterEvent refused(QPoint(40, 40), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    refused.setAccepted(false);
    QApplication::sendEvent(wizard.filePage(), &refused);
    CHECK_FALSE(refused.isAccepted());
}

TEST_CASE("Checking a file lists the rejected rows with row, column and reason")
{
    Fixture f;
    ImportWizard wizard(f.ws.get(), f.customer);
    wizard.setFile(f.write(QStringLiteral("usage.csv"), kRowsWithTwoBad));
    wizard.show();
    QSignalSpy changed(f.ws.get(), &Workspace::usageChanged);
    checkFile(wizard);
    ImportValidatePage *page = wizard.validatePage();

    const ImportResult &result = page->result();
    INFO(result.error.toStdString());
    REQUIRE(result.ok);
    CHECK(page->rowsLabel()->text() == QStringLiteral("5"));
    CHECK(page->validLabel()->text() == QStringLiteral("3"));
    CHECK(page->duplicatesLabel()->text() == QStringLiteral("0"));
    CHECK(page->rejectedLabel()->text() == QStringLiteral("2"));

    RejectedRowsModel *rejects = page->rejectsModel();
    REQUIRE(rejects->rowCount() == 2);
    CHECK(rejects->data(rejects->index(0, RejectedRowsModel::RowColumn)).toString() ==
          QStringLiteral("3"));
    CHECK(rejects->data(rejects->index(0, RejectedRowsModel::ColumnColumn)).toString() ==
          QStringLiteral("user_email"));
    CHECK_FALSE(
        rejects->data(rejects->index(0, RejectedRowsModel::ReasonColumn)).toString().isEmpty());
    CHECK(rejects->data(rejects->index(1, RejectedRowsModel::RowColumn)).toString() ==
          QStringLiteral("5"));
    CHECK(rejects->data(rejects->index(1, RejectedRowsModel::ColumnColumn)).toString() ==
          QStringLiteral("timestamp"));
    CHECK(page->rejectsView()->isVisible());

    // The choice: import the valid rows, or go back.
    QAbstractButton *commit = wizard.button(QWizard::CommitButton);
    CHECK(commit->isEnabled());
    CHECK(commit->text().remove(u'&') == QStringLiteral("Import valid rows"));
    CHECK(page->nextStepLabel()->text().contains(QStringLiteral("Import the 3 valid rows")));
    CHECK(wizard.button(QWizard::BackButton)->isEnabled());

    // Nothing was written by the check.
    CHECK(f.ws->usageImports(f.customer).isEmpty());
    CHECK(changed.isEmpty());

    // Back to the mapping, and forward checks again.
    wizard.back();
    CHECK(wizard.currentId() == ImportWizard::MappingPageId);
    CHECK(wizard.mappingPage()->fieldCombo(ImportField::UserEmail)->currentText() ==
          QStringLiteral("user_email"));
}

TEST_CASE("Saving the rejects writes them as a CSV file")
{
    Fixture f;
    ImportWizard wizard(f.ws.get(), f.customer);
    wizard.setFile(f.write(QStringLiteral("usage.csv"), kRowsWithTwoBad));
    wizard.show();
    checkFile(wizard);
    ImportValidatePage *page = wizard.validatePage();
    REQUIRE(page->result().ok);
    CHECK(page->saveRejectsButton()->isEnabled());

    const QString target = f.dir.filePath(QStringLiteral("usage rejects.csv"));
    Test::writeBytes(target, "an older file\n");
    QString error;
    REQUIRE(page->saveRejects(target, &error));
    const QString saved = QString::fromUtf8(Test::readBytes(target));
    const QStringList lines = saved.split(u'\n', Qt::SkipEmptyParts);
    CHECK(lines.size() == 3); // header and the two rejected rows
    CHECK(lines.value(0).contains(QStringLiteral("reason")));
    CHECK(lines.value(0).contains(QStringLiteral("user_email")));
    CHECK(saved.contains(QStringLiteral("yesterday")));
    CHECK_FALSE(saved.contains(QStringLiteral("an older file")));
    CHECK_FALSE(saved.contains(QStringLiteral("anna@customer.example")));

    // A folder that does not exist says why.
    CHECK_FALSE(page->saveRejects(f.dir.filePath(QStringLiteral("no/such/folder/r.csv")), &error));
    CHECK(error.contains(QStringLiteral("r.csv")));
}

TEST_CASE("Importing writes the valid rows and announces them")
{
    Fixture f;
    const QString path = f.write(QStringLiteral("usage.csv"), kRowsWithTwoBad);
    {
        ImportWizard wizard(f.ws.get(), f.customer);
        wizard.setFile(path);
        wizard.show();
        checkFile(wizard);
        REQUIRE(wizard.validatePage()->result().ok);

        QSignalSpy changed(f.ws.get(), &Workspace::usageChanged);
        QSignalSpy finished(&wizard, &ImportWizard::importFinished);
        goForward(wizard);
        REQUIRE(wizard.currentId() == ImportWizard::ImportPageId);
        CHECK_FALSE(wizard.button(QWizard::FinishButton)->isEnabled());
        REQUIRE(finished.wait(60000));

        ImportRunPage *page = wizard.runPage();
        INFO(page->result().error.toStdString());
        REQUIRE(page->result().ok);
        CHECK(page->importedLabel()->text() == QStringLiteral("3"));
        CHECK(page->rejectedLabel()->text() == QStringLiteral("2"));
        CHECK(page->title() == QStringLiteral("Import finished"));
        CHECK(page->messageLabel()->text().contains(QStringLiteral("3 rows from usage.csv")));
        REQUIRE(changed.size() == 1);
        CHECK(changed.first().first().value<CustomerId>() == f.customer);

        const QList<UsageImportRecord> imports = f.ws->usageImports(f.customer);
        REQUIRE(imports.size() == 1);
        CHECK(imports.first().imported == 3);
        CHECK(imports.first().rejected == 2);
        CHECK(imports.first().importedBy == QStringLiteral("Test User"));

        // Done: Close, and no way back into a finished import.
        CHECK(wizard.button(QWizard::FinishButton)->isEnabled());
        QAbstractButton *back = wizard.button(QWizard::BackButton);
        CHECK_FALSE((back->isVisible() && back->isEnabled()));
        CHECK_FALSE(wizard.button(QWizard::CancelButton)->isVisible());
    }

    // The same file again: every valid row is already there.
    ImportWizard again(f.ws.get(), f.customer);
    again.setFile(path);
    again.show();
    checkFile(again);
    REQUIRE(again.validatePage()->result().ok);
    CHECK(again.validatePage()->duplicatesLabel()->text() == QStringLiteral("3"));
    CHECK(again.validatePage()->validLabel()->text() == QStringLiteral("0"));
    CHECK_FALSE(again.button(QWizard::CommitButton)->isEnabled());
}

TEST_CASE("Cancelling the import leaves the workspace unchanged")
{
    Fixture f;
    ImportWizard wizard(f.ws.get(), f.customer);
    wizard.setFile(f.writeLarge(QStringLiteral("large.csv"), 200000));
    wizard.show();
    checkFile(wizard);
    REQUIRE(wizard.validatePage()->result().ok);
    REQUIRE(wizard.validatePage()->result().imported == 200000);

    QSignalSpy changed(f.ws.get(), &Workspace::usageChanged);
    QSignalSpy finished(&wizard, &ImportWizard::importFinished);
    goForward(wizard);
    ImportRunPage *page = wizard.runPage();
    REQUIRE(page->isRunning());
    CHECK(page->progressPanel()->isVisible());

    // Cancel stops the import; the wizard stays open to say so.
    QTest::mouseClick(wizard.button(QWizard::CancelButton), Qt::LeftButton);
    CHECK(wizard.isVisible());
    REQUIRE(finished.wait(60000));
    CHECK(wizard.isVisible());
    CHECK(page->result().cancelled);
    CHECK_FALSE(page->result().ok);
    CHECK(page->title() == QStringLiteral("Import cancelled"));
    CHECK(page->messageLabel()->text().contains(QStringLiteral("Nothing was changed")));
    CHECK(changed.isEmpty());
    CHECK(f.ws->usageImports(f.customer).isEmpty());
    CHECK(f.ws->usageRollups(f.customer).isEmpty());

    // Then Close closes.
    QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
    CHECK_FALSE(wizard.isVisible());
}

TEST_CASE("Closing the wizard during a check stops the check before it closes")
{
    Fixture f;
    ImportWizard wizard(f.ws.get(), f.customer);
    wizard.setFile(f.writeLarge(QStringLiteral("large.csv"), 200000));
    wizard.show();
    goForward(wizard);
    goForward(wizard);
    REQUIRE(wizard.validatePage()->isRunning());

    wizard.reject();
    CHECK(wizard.isVisible());
    CHECK(wizard.isBusy());
    CHECK_FALSE(wizard.button(QWizard::CancelButton)->isEnabled());
    REQUIRE(waitFor([&] { return !wizard.isVisible(); }));
    CHECK_FALSE(wizard.isBusy());
    CHECK(wizard.result() == QDialog::Rejected);
}

TEST_CASE("Going back during a check stops it, and the wizard can be destroyed at once")
{
    Fixture f;
    auto *wizard = new ImportWizard(f.ws.get(), f.customer);
    wizard->setFile(f.writeLarge(QStringLiteral("large.csv"), 200000));
    wizard->show();
    goForward(*wizard);
    goForward(*wizard);
    REQUIRE(wizard->validatePage()->isRunning());
    QTest::mouseClick(wizard->button(QWizard::BackButton), Qt::LeftButton);
    CHECK(wizard->currentId() == ImportWizard::MappingPageId);
    CHECK_FALSE(wizard->validatePage()->isRunning());
    CHECK(wizard->isBusy()); // the cancelled check is still stopping
    delete wizard;           // cancels and waits; must not crash or leave a thread behind
    CHECK(f.ws->usageImports(f.customer).isEmpty());
}

TEST_CASE("A mapping chosen once is preselected for the next file with the same columns")
{
    Fixture f;
    const QByteArray header = "Who,What,At\n";
    {
        ImportWizard wizard(f.ws.get(), f.customer);
        wizard.setFile(f.write(QStringLiteral("january.csv"),
                               header + "anna@customer.example,login,2026-01-05 09:00:00\n"));
        wizard.setKind(ImportKind::Usage);
        wizard.show();
        goForward(wizard);
        ImportMappingPage *page = wizard.mappingPage();
        CHECK_FALSE(page->usesRememberedMapping());
        page->fieldCombo(ImportField::UserEmail)->setCurrentIndex(1); // Who
        page->fieldCombo(ImportField::Event)->setCurrentIndex(2);     // What
        page->fieldCombo(ImportField::Timestamp)->setCurrentIndex(3); // At
        page->timeZoneCombo()->setEditText(QStringLiteral("Europe/Berlin"));
        page->monthFirstButton()->setChecked(true);
        QSignalSpy checked(&wizard, &ImportWizard::validationFinished);
        goForward(wizard);
        REQUIRE(checked.wait(60000));
        INFO(wizard.validatePage()->result().error.toStdString());
        REQUIRE(wizard.validatePage()->result().ok);
        QSignalSpy finished(&wizard, &ImportWizard::importFinished);
        goForward(wizard);
        REQUIRE(finished.wait(60000));
        REQUIRE(wizard.runPage()->result().ok);
    }

    ImportWizard wizard(f.ws.get(), f.customer);
    wizard.setFile(f.write(QStringLiteral("february.csv"),
                           header + "ben@customer.example,login,2026-02-02 10:00:00\n"));
    wizard.setKind(ImportKind::Usage);
    wizard.show();
    goForward(wizard);
    ImportMappingPage *page = wizard.mappingPage();
    CHECK(page->usesRememberedMapping());
    CHECK(page->sourceNote()->text().contains(QStringLiteral("last file with these columns")));
    CHECK(page->fieldCombo(ImportField::UserEmail)->currentText() == QStringLiteral("Who"));
    CHECK(page->fieldCombo(ImportField::Event)->currentText() == QStringLiteral("What"));
    CHECK(page->fieldCombo(ImportField::Timestamp)->currentText() == QStringLiteral("At"));
    CHECK(page->timeZoneCombo()->currentText() == QStringLiteral("Europe/Berlin"));
    CHECK(page->monthFirstButton()->isChecked());
    CHECK(wizard.button(QWizard::NextButton)->isEnabled());

    // A file with other columns is matched by name again.
    wizard.back();
    wizard.setFile(
        f.write(QStringLiteral("other.csv"),
                "Who,What,At,Extra\nben@customer.example,login,2026-02-02 10:00:00,1\n"));
    goForward(wizard);
    CHECK_FALSE(page->usesRememberedMapping());
    CHECK(page->timeZoneCombo()->currentText() == QStringLiteral("UTC"));
}

TEST_CASE("The rejected rows model and the preview model pass the model tester")
{
    RejectedRowsModel rejects;
    QAbstractItemModelTester rejectsTester(&rejects,
                                           QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(rejects.rowCount() == 0);
    rejects.setRejects({{3, QStringLiteral("user_email"), QStringLiteral("missing e-mail")},
                        {9, QString(), QStringLiteral("5 columns where the header has 6")},
                        {12, QStringLiteral("timestamp"), QStringLiteral("not a time")}});
    CHECK(rejects.rowCount() == 3);
    CHECK(rejects.columnCount() == RejectedRowsModel::ColumnCount);
    CHECK(rejects.data(rejects.index(1, RejectedRowsModel::ColumnColumn)).toString() ==
          QStringLiteral("Whole row"));
    CHECK(rejects.data(rejects.index(2, RejectedRowsModel::RowColumn), Qt::EditRole).toLongLong() ==
          12);
    CHECK(rejects.headerData(RejectedRowsModel::ReasonColumn, Qt::Horizontal).toString() ==
          QStringLiteral("Reason"));
    rejects.setRejects({});
    CHECK(rejects.rowCount() == 0);

    ImportPreviewModel preview;
    QAbstractItemModelTester previewTester(&preview,
                                           QAbstractItemModelTester::FailureReportingMode::Fatal);
    preview.setPreview({QStringLiteral("Email"), QStringLiteral("Event")},
                       {{QStringLiteral("a@x.example"), QStringLiteral("login")},
                        {QStringLiteral("b@x.example")}});
    preview.setMapping(ImportKind::Usage, {{ImportField::UserEmail, 0}});
    CHECK(preview.data(preview.index(1, 1)).toString().isEmpty()); // a short row
    CHECK(preview.headerData(0, Qt::Horizontal).toString().contains(QStringLiteral("User e-mail")));
    preview.setPreview({}, {});
    CHECK(preview.columnCount() == 0);
}
