#include "views/kickoff/kickoffpage.h"
#include "commands/addcustomer.h"
#include "commands/addrecord.h"
#include "commands/addstakeholder.h"
#include "commands/changecustomerfield.h"
#include "commands/changestakeholderfield.h"
#include "commands/removecascade.h"
#include "coretestprinting.h"
#include "darkpalette.h"
#include "models/recordtablemodel.h"
#include "testsupport.h"
#include "views/kickoff/attendeepickerdialog.h"
#include "views/kickoff/raiseriskdialog.h"
#include "widgets/optionaldateedit.h"
#include "widgets/relationshiptrianglewidget.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPalette>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStyle>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

using namespace Csm;

namespace {

CustomerId addCustomer(Test::TempWorkspace &ws, const QString &name,
                       const QDate &signature = QDate(2026, 2, 20))
{
    OnboardingFile file;
    file.customer.id = CustomerId::create();
    file.customer.accountName = name;
    file.customer.signatureDate = signature;
    file.customer.csmOwner = QStringLiteral("Cara Success");
    file.customer.meta = ws->newMeta();
    ws->undoStack()->push(new AddCustomer(ws.get(), file));
    return file.customer.id;
}

StakeholderId addStakeholder(Test::TempWorkspace &ws, const CustomerId &customer,
                             const QString &name, StakeholderRole role, Side side = Side::Customer)
{
    Stakeholder s;
    s.id = StakeholderId::create();
    s.customerId = customer;
    s.name = name;
    s.email = name.section(u' ', 0, 0).toLower() + QStringLiteral("@example.com");
    s.side = side;
    s.role = role;
    s.meta = ws->newMeta();
    ws->undoStack()->push(new AddStakeholder(ws.get(), s));
    // Distinct creation times keep the display order fixed.
    ws.advance(1000);
    return s.id;
}

template<typename T> T *editorOf(KickoffPage &page, CustomerField field)
{
    auto *editor = qobject_cast<T *>(page.editor(field));
    REQUIRE(editor);
    return editor;
}

void choose(QComboBox *combo, int value)
{
    combo->setCurrentIndex(combo->findData(value));
    Q_EMIT combo->activated(combo->currentIndex());
}

QStringList attendeeNames(const QAbstractItemModel &model)
{
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row)
        names.append(model.index(row, 0).data().toString().section(QStringLiteral(" · "), 0, 0));
    return names;
}

// Clicks "Add attendees…", ticks `names` in the picker and confirms.
void pickAttendees(KickoffPage &page, const QStringList &names)
{
    QTest::mouseClick(page.addAttendeesButton(), Qt::LeftButton);
    auto *picker = page.findChild<AttendeePickerDialog *>();
    REQUIRE(picker);
    REQUIRE(picker->isVisible());
    for (int row = 0; row < picker->list()->count(); ++row) {
        QListWidgetItem *item = picker->list()->item(row);
        for (const QString &name : names) {
            if (item->text().startsWith(name))
                item->setCheckState(Qt::Checked);
        }
    }
    auto *buttons = picker->findChild<QDialogButtonBox *>();
    REQUIRE(buttons);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    REQUIRE(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    // The picker deletes itself once closed.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

} // namespace

TEST_CASE("The attendee model follows adds, removals, undo and a change of customer")
{
    Test::TempWorkspace ws;
    const CustomerId acme = addCustomer(ws, QStringLiteral("Acme"));
    const CustomerId other = addCustomer(ws, QStringLiteral("Other"));
    addStakeholder(ws, acme, QStringLiteral("Eva Sponsor"), StakeholderRole::ExecutiveSponsor);
    const StakeholderId raj =
        addStakeholder(ws, acme, QStringLiteral("Raj Lead"), StakeholderRole::ProjectLead);
    addStakeholder(ws, other, QStringLiteral("Olga Other"), StakeholderRole::Champion);

    KickoffPage page(ws.get());
    QAbstractItemModelTester tester(page.attendeeModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    page.setCustomer(acme);
    page.show();
    REQUIRE(page.attendeeModel()->rowCount() == 0);

    page.addAttendees({raj});
    CHECK(attendeeNames(*page.attendeeModel()) == QStringList{QStringLiteral("Raj Lead")});
    CHECK(page.attendeeModel()->headerData(1, Qt::Horizontal).toString() ==
          QStringLiteral("Role in the meeting"));
    REQUIRE(page.attendeeModel()->setData(page.attendeeModel()->index(0, 1),
                                          QStringLiteral("Note taker")));
    CHECK(ws->records<KickoffAttendee>(acme).first().meetingRole == QStringLiteral("Note taker"));

    page.attendeeTable()->selectRow(0);
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("removeAttendees")),
                      Qt::LeftButton);
    CHECK(page.attendeeModel()->rowCount() == 0);
    ws->undoStack()->undo();
    CHECK(attendeeNames(*page.attendeeModel()) == QStringList{QStringLiteral("Raj Lead")});

    // Renaming the stakeholder renames the attendee, and the selection stays.
    page.attendeeTable()->selectRow(0);
    REQUIRE(page.findChild<QPushButton *>(QStringLiteral("removeAttendees"))->isEnabled());
    QSignalSpy reset(page.attendeeModel(), &QAbstractItemModel::modelReset);
    QSignalSpy renamed(page.attendeeModel(), &QAbstractItemModel::dataChanged);
    ws->undoStack()->push(new ChangeStakeholderField(ws.get(), raj, StakeholderField::Name,
                                                     QStringLiteral("Raj Kumar")));
    CHECK(attendeeNames(*page.attendeeModel()) == QStringList{QStringLiteral("Raj Kumar")});
    CHECK(renamed.count() == 1);
    CHECK(reset.isEmpty());
    CHECK(page.attendeeTable()->selectionModel()->isRowSelected(0, {}));
    CHECK(page.findChild<QPushButton *>(QStringLiteral("removeAttendees"))->isEnabled());

    page.setCustomer(other);
    CHECK(page.attendeeModel()->rowCount() == 0);
    page.setCustomer(acme);
    CHECK(page.attendeeModel()->rowCount() == 1);
}

TEST_CASE("Adding attendees with the picker is one undo step and survives a restart")
{
    Test::TempWorkspace ws;
    const CustomerId id = addCustomer(ws, QStringLiteral("Acme"));
    const StakeholderId eva =
        addStakeholder(ws, id, QStringLiteral("Eva Sponsor"), StakeholderRole::ExecutiveSponsor);
    addStakeholder(ws, id, QStringLiteral("Paul Power"), StakeholderRole::PowerUser);
    const StakeholderId cara =
        addStakeholder(ws, id, QStringLiteral("Cara Success"), StakeholderRole::Csm, Side::Vendor);
    {
        KickoffPage page(ws.get());
        page.setCustomer(id);
        page.show();
        const int before = ws->undoStack()->count();

        pickAttendees(page, {QStringLiteral("Eva Sponsor"), QStringLiteral("Cara Success")});
        CHECK(ws->undoStack()->count() == before + 1);
        CHECK(attendeeNames(*page.attendeeModel()) ==
              QStringList{QStringLiteral("Eva Sponsor"), QStringLiteral("Cara Success")});

        ws->undoStack()->undo();
        CHECK(page.attendeeModel()->rowCount() == 0);
        CHECK(ws->records<KickoffAttendee>(id).isEmpty());
        ws->undoStack()->redo();
        CHECK(page.attendeeModel()->rowCount() == 2);

        // The picker offers only who is not attending yet.
        QTest::mouseClick(page.addAttendeesButton(), Qt::LeftButton);
        auto *picker = page.findChild<AttendeePickerDialog *>();
        REQUIRE(picker);
        QStringList offered;
        for (int row = 0; row < picker->list()->count(); ++row) {
            if (picker->list()->item(row)->flags() & Qt::ItemIsUserCheckable)
                offered.append(picker->list()->item(row)->text());
        }
        CHECK(offered == QStringList{QStringLiteral("Paul Power (Power user)")});
        picker->reject();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    ws.reopen();
    QList<StakeholderId> attending;
    for (const KickoffAttendee &a : ws->records<KickoffAttendee>(id))
        attending.append(a.stakeholderId);
    CHECK(attending == QList<StakeholderId>{eva, cara});

    KickoffPage page(ws.get());
    page.setCustomer(id);
    CHECK(attendeeNames(*page.attendeeModel()) ==
          QStringList{QStringLiteral("Eva Sponsor"), QStringLiteral("Cara Success")});
    // Nobody left to add.
    page.addAttendees({eva});
    CHECK(page.attendeeModel()->rowCount() == 2);
}

TEST_CASE("Removing a stakeholder removes their attendance and undo restores it")
{
    Test::TempWorkspace ws;
    const CustomerId id = addCustomer(ws, QStringLiteral("Acme"));
    const StakeholderId eva =
        addStakeholder(ws, id, QStringLiteral("Eva Sponsor"), StakeholderRole::ExecutiveSponsor);
    const StakeholderId raj =
        addStakeholder(ws, id, QStringLiteral("Raj Lead"), StakeholderRole::ProjectLead);
    KickoffPage page(ws.get());
    QAbstractItemModelTester tester(page.attendeeModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    page.setCustomer(id);
    page.addAttendees({eva, raj});
    REQUIRE(page.attendeeModel()->rowCount() == 2);
    const AttendeeId evaAttends = page.attendeeModel()->idAt(0);

    ws->undoStack()->push(makeRemoveStakeholders(ws.get(), {eva}));
    CHECK(attendeeNames(*page.attendeeModel()) == QStringList{QStringLiteral("Raj Lead")});
    CHECK(ws->record<KickoffAttendee>(evaAttends) == nullptr);

    ws->undoStack()->undo();
    CHECK(attendeeNames(*page.attendeeModel()) ==
          QStringList{QStringLiteral("Eva Sponsor"), QStringLiteral("Raj Lead")});
    REQUIRE(ws->record<KickoffAttendee>(evaAttends));
    CHECK(ws->record<KickoffAttendee>(evaAttends)->stakeholderId == eva);
}

TEST_CASE("Ticking an agenda item and typing its notes is saved")
{
    Test::TempWorkspace ws;
    const CustomerId id = addCustomer(ws, QStringLiteral("Acme"));
    const AgendaItem quickWin{CustomerField::AgendaQuickWin, CustomerField::AgendaQuickWinNotes};
    {
        KickoffPage page(ws.get());
        page.setCustomer(id);
        page.show();
        CHECK(page.agendaProgressLabel()->text() == QStringLiteral("0 of 8 covered"));

        auto *done = editorOf<QCheckBox>(page, quickWin.done);
        CHECK(done->text() == QStringLiteral("Quick win"));
        QTest::mouseClick(done, Qt::LeftButton, {}, QPoint(8, done->height() / 2));
        CHECK(done->isChecked());
        CHECK(page.agendaProgressLabel()->text() == QStringLiteral("1 of 8 covered"));

        auto *notes = editorOf<QLineEdit>(page, quickWin.notes);
        notes->setFocus();
        QTest::keyClicks(notes, QStringLiteral("Depot report by day 10"));

        ws->undoStack()->undo(); // the notes, typed as one step
        CHECK(notes->text().isEmpty());
        ws->undoStack()->redo();
    }
    ws.reopen();
    const Customer *customer = ws->customer(id);
    REQUIRE(customer);
    CHECK(customer->agendaQuickWin);
    CHECK(customer->agendaQuickWinNotes == QStringLiteral("Depot report by day 10"));
    CHECK_FALSE(customer->agendaRiskDiscussion);

    KickoffPage page(ws.get());
    page.setCustomer(id);
    CHECK(editorOf<QCheckBox>(page, quickWin.done)->isChecked());
    CHECK(editorOf<QLineEdit>(page, quickWin.notes)->text() ==
          QStringLiteral("Depot report by day 10"));
    CHECK(page.agendaProgressLabel()->text() == QStringLiteral("1 of 8 covered"));
}

TEST_CASE("Customer resources not committed show the at-risk banner with the reason")
{
    Test::TempWorkspace ws;
    const CustomerId id = addCustomer(ws, QStringLiteral("Acme"));
    addStakeholder(ws, id, QStringLiteral("Eva Sponsor"), StakeholderRole::ExecutiveSponsor);
    KickoffPage page(ws.get());
    page.setCustomer(id);
    page.show();
    CHECK_FALSE(page.qualificationBanner()->isVisible());
    CHECK(page.qualificationStateLabel(QualificationCheck::ResourcesCommitted)->text() ==
          QStringLiteral("Not yet known"));

    auto *resources = editorOf<QComboBox>(page, CustomerField::ResourcesCommitted);
    choose(resources, int(Answer::No));
    CHECK(ws->customer(id)->resourcesCommitted == Answer::No);
    CHECK(page.qualificationBanner()->isVisible());
    CHECK(page.qualificationBanner()->text() ==
          QStringLiteral("At risk: Qualification: no customer resources committed"));
    CHECK(page.qualificationStateLabel(QualificationCheck::ResourcesCommitted)->text() ==
          QStringLiteral("Not met"));

    choose(resources, int(Answer::Unknown));
    CHECK_FALSE(page.qualificationBanner()->isVisible());

    // Yes needs a role and hours before it counts.
    choose(resources, int(Answer::Yes));
    CHECK(page.qualificationBanner()->text().contains(QStringLiteral("without a role")));
    auto *role = editorOf<QLineEdit>(page, CustomerField::ResourcesRole);
    role->setFocus();
    QTest::keyClicks(role, QStringLiteral("IT admin"));
    editorOf<QSpinBox>(page, CustomerField::ResourcesHoursPerWeek)->setValue(5);
    CHECK_FALSE(page.qualificationBanner()->isVisible());
    CHECK(page.qualificationStateLabel(QualificationCheck::ResourcesCommitted)->text() ==
          QStringLiteral("Met"));
    CHECK(page.executiveSponsorLabel()->text() == QStringLiteral("Eva Sponsor"));
}

TEST_CASE("Raising a risk at the kickoff adds a risk marked as raised there")
{
    Test::TempWorkspace ws;
    const CustomerId id = addCustomer(ws, QStringLiteral("Acme"));
    // A risk from the log, not raised at the kickoff, stays out of the kickoff list.
    Risk logged;
    logged.id = RiskId::create();
    logged.customerId = id;
    logged.risk = QStringLiteral("Budget freeze");
    logged.meta = ws->newMeta();
    ws->undoStack()->push(new AddRecord<Risk>(ws.get(), logged, QStringLiteral("Add risk")));
    ws.advance(1000);

    KickoffPage page(ws.get());
    QAbstractItemModelTester tester(page.riskModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    page.setCustomer(id);
    page.show();
    CHECK(page.riskModel()->rowCount() == 0);
    const int before = ws->undoStack()->count();

    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("raiseRisk")), Qt::LeftButton);
    auto *dialog = page.findChild<RaiseRiskDialog *>();
    REQUIRE(dialog);
    auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    CHECK_FALSE(ok->isEnabled());
    QTest::keyClicks(dialog->riskField(), QStringLiteral("No IT admin before go-live"));
    dialog->impactField()->setCurrentIndex(int(RiskLevel::High));
    dialog->ownerField()->setCurrentText(QStringLiteral("Cara Success"));
    REQUIRE(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);

    CHECK(ws->undoStack()->count() == before + 1);
    const QList<Risk> risks = ws->records<Risk>(id);
    REQUIRE(risks.size() == 2);
    const Risk &raised = risks.last();
    CHECK(raised.risk == QStringLiteral("No IT admin before go-live"));
    CHECK(raised.raisedAtKickoff);
    CHECK(raised.impact == RiskLevel::High);
    CHECK(raised.owner == QStringLiteral("Cara Success"));
    REQUIRE(page.riskModel()->rowCount() == 1);
    CHECK(page.riskModel()->index(0, 0).data().toString() ==
          QStringLiteral("No IT admin before go-live"));

    ws->undoStack()->undo();
    CHECK(page.riskModel()->rowCount() == 0);
    CHECK(ws->records<Risk>(id).size() == 1);
}

TEST_CASE("The triangle warns when the customer has a single contact")
{
    Test::TempWorkspace ws;
    const CustomerId id = addCustomer(ws, QStringLiteral("Acme"));
    addStakeholder(ws, id, QStringLiteral("Eva Sponsor"), StakeholderRole::ExecutiveSponsor);
    addStakeholder(ws, id, QStringLiteral("Cara Success"), StakeholderRole::Csm, Side::Vendor);
    KickoffPage page(ws.get());
    page.setCustomer(id);
    page.show();

    RelationshipTriangleWidget *triangle = page.triangleWidget();
    CHECK(triangle->warningText() == QStringLiteral("Single-threaded: only one customer contact"));
    CHECK(triangle->summaryText() == triangle->warningText());
    CHECK(triangle->toolTip().contains(QStringLiteral("Executive sponsor: Eva Sponsor")));
    CHECK_FALSE(triangle->grab().isNull());

    addStakeholder(ws, id, QStringLiteral("Raj Lead"), StakeholderRole::ProjectLead);
    CHECK(triangle->warningText().isEmpty());
    CHECK(triangle->triangle().primaryContacts.size() == 1);
    CHECK(triangle->summaryText().startsWith(QStringLiteral("Multi-threaded")));
}

TEST_CASE("The workshop section counts days from signature and warns about a slow start")
{
    Test::TempWorkspace ws; // today is Monday 2026-03-02
    const CustomerId id = addCustomer(ws, QStringLiteral("Acme"), QDate(2026, 2, 20)); // Friday
    KickoffPage page(ws.get());
    page.setCustomer(id);
    page.show();
    const QString deadline = QLocale().toString(QDate(2026, 2, 27), QLocale::LongFormat);

    // No date, and the five business days ended last Friday.
    CHECK(page.timingWarningLabel()->isVisible());
    CHECK(page.timingWarningLabel()->text().contains(deadline));

    auto *date = editorOf<OptionalDateEdit>(page, CustomerField::KickoffDate);
    QTest::keyClicks(date->lineEdit(), QStringLiteral("2026-02-27"));
    CHECK(ws->customer(id)->kickoffDate == QDate(2026, 2, 27));
    CHECK(page.signatureDayLabel()->text() ==
          QStringLiteral("Day 7 after signature (business day 5)"));
    CHECK_FALSE(page.timingWarningLabel()->isVisible());

    // The Saturday after the deadline is still five business days on, but too late.
    ws->undoStack()->push(
        new ChangeCustomerField(ws.get(), id, CustomerField::KickoffDate, QDate(2026, 2, 28)));
    CHECK(page.signatureDayLabel()->text() ==
          QStringLiteral("Day 8 after signature (business day 5)"));
    CHECK(page.timingWarningLabel()->isVisible());

    ws->undoStack()->push(
        new ChangeCustomerField(ws.get(), id, CustomerField::KickoffDate, QDate(2026, 3, 2)));
    CHECK(page.signatureDayLabel()->text() ==
          QStringLiteral("Day 10 after signature (business day 6)"));
    CHECK(page.timingWarningLabel()->isVisible());
    CHECK(page.timingWarningLabel()->text().startsWith(
        QStringLiteral("Not within 5 business days of signature")));
}

TEST_CASE("The communication plan shows the next check-in from the cadence")
{
    Test::TempWorkspace ws; // today is 2026-03-02
    const CustomerId id = addCustomer(ws, QStringLiteral("Acme"));
    ws->undoStack()->push(
        new ChangeCustomerField(ws.get(), id, CustomerField::KickoffDate, QDate(2026, 2, 25)));
    KickoffPage page(ws.get());
    page.setCustomer(id);
    page.show();
    CHECK(page.nextCheckInLabel()->text().startsWith(QStringLiteral("Agree a cadence")));

    auto *cadence = editorOf<QLineEdit>(page, CustomerField::CheckInCadence);
    cadence->setFocus();
    QTest::keyClicks(cadence, QStringLiteral("Weekly, Wednesdays"));
    CHECK(page.nextCheckInLabel()->text() ==
          QLocale().toString(QDate(2026, 3, 4), QLocale::LongFormat));

    // The weekday counts, not only the kickoff's (a Wednesday).
    cadence->clear();
    QTest::keyClicks(cadence, QStringLiteral("Weekly, Fridays"));
    CHECK(page.nextCheckInLabel()->text() ==
          QLocale().toString(QDate(2026, 3, 6), QLocale::LongFormat));
}

TEST_CASE("The page shows when each e-mail was sent")
{
    Test::TempWorkspace ws;
    const CustomerId id = addCustomer(ws, QStringLiteral("Acme"));
    KickoffPage page(ws.get());
    page.setCustomer(id);
    QLabel *recap = page.emailSentLabel(EmailDialog::Kind::KickoffRecap);
    REQUIRE(recap);
    CHECK(recap->text().startsWith(QStringLiteral("Not sent yet")));

    EmailDialog *dialog = page.showEmail(EmailDialog::Kind::KickoffRecap);
    REQUIRE(dialog);
    dialog->markAsSent();
    CHECK(recap->text() ==
          QStringLiteral("Sent on %1.").arg(QLocale().toString(ws->today(), QLocale::LongFormat)));
    CHECK(page.emailSentLabel(EmailDialog::Kind::Introduction)
              ->text()
              .startsWith(QStringLiteral("Not sent yet")));
    dialog->close();
}

// Renders the page and the e-mail dialog for review: set CSM_SCREENSHOT_DIR and run with
// "[screenshots]". Not run by ctest.
TEST_CASE("Kickoff page screenshots", "[.][screenshots]")
{
    const QString out = qEnvironmentVariable("CSM_SCREENSHOT_DIR", QDir::currentPath());
    Test::TempWorkspace ws;
    OnboardingFile file;
    Customer &c = file.customer;
    c.id = CustomerId::create();
    c.accountName = QStringLiteral("Northwind Logistics");
    c.industry = QStringLiteral("Logistics");
    c.tier = Tier::HighTouch;
    c.signatureDate = QDate(2026, 2, 19);
    c.accountExecutive = QStringLiteral("Jordan Blake");
    c.csmOwner = QStringLiteral("Alex Morgan");
    c.phase = Phase::Kickoff;
    c.kickoffDate = QDate(2026, 2, 27);
    c.kickoffDurationMinutes = 60;
    c.introEmailSentDate = QDate(2026, 2, 20);
    c.agendaIntroductions = true;
    c.agendaIntroductionsNotes = QStringLiteral("Roles clear; Priya runs the project day to day");
    c.agendaSuccessCriteria = true;
    c.agendaSuccessCriteriaNotes = QStringLiteral("Depot forecast error from 18 % to 8 % by June");
    c.agendaSolutionOverview = true;
    c.agendaQuickWin = true;
    c.agendaQuickWinNotes = QStringLiteral("Hamburg depot live dashboard by 12 March");
    c.checkInCadence = QStringLiteral("Weekly, Tuesdays 10:00");
    c.meetingChannels = QStringLiteral("Teams, shared Slack channel");
    c.escalationPath = QStringLiteral("Alex Morgan, then Dana Lee (VP Customer Success)");
    c.decisionMakerAvailable = Answer::Yes;
    c.resourcesCommitted = Answer::No;
    c.meta = ws->newMeta();
    struct Person
    {
        const char *name;
        const char *title;
        Side side;
        StakeholderRole role;
    };
    const Person people[] = {
        {"Margaret Chen", "COO", Side::Customer, StakeholderRole::ExecutiveSponsor},
        {"Priya Raman", "Head of Planning", Side::Customer, StakeholderRole::ProjectLead},
        {"Tom Becker", "IT Manager", Side::Customer, StakeholderRole::AdminOwner},
        {"Lena Vogt", "Dispatcher", Side::Customer, StakeholderRole::PowerUser},
        {"Alex Morgan", "", Side::Vendor, StakeholderRole::Csm},
        {"Jordan Blake", "", Side::Vendor, StakeholderRole::AccountExecutive},
    };
    int offset = 0;
    for (const Person &p : people) {
        Stakeholder s;
        s.id = StakeholderId::create();
        s.customerId = c.id;
        s.name = QString::fromUtf8(p.name);
        s.title = QString::fromUtf8(p.title);
        s.email = s.name.section(u' ', 0, 0).toLower() + QStringLiteral("@northwind.example");
        s.side = p.side;
        s.role = p.role;
        s.meta = ws->newMeta();
        s.meta.createdAt = s.meta.createdAt.addMSecs(offset++);
        file.stakeholders.append(s);
    }
    ws->undoStack()->push(new AddCustomer(ws.get(), file));

    KickoffPage page(ws.get());
    page.setCustomer(c.id);
    page.addAttendees({file.stakeholders.at(0).id, file.stakeholders.at(1).id,
                       file.stakeholders.at(2).id, file.stakeholders.at(4).id});
    const QStringList roles = {QStringLiteral("Sponsor, opens the meeting"),
                               QStringLiteral("Project lead"), QStringLiteral("SSO and data"),
                               QStringLiteral("Facilitator")};
    for (int row = 0; row < roles.size(); ++row)
        page.attendeeModel()->setData(page.attendeeModel()->index(row, 1), roles.at(row));
    Risk risk;
    risk.risk = QStringLiteral("No IT admin time before the peak season");
    risk.likelihood = RiskLevel::High;
    risk.impact = RiskLevel::High;
    risk.owner = QStringLiteral("Tom Becker");
    risk.mitigation = QStringLiteral("Ask Margaret to free 5 h/week");
    page.raiseRisk(risk);

    auto save = [&](QWidget *widget, const QString &name) {
        for (int i = 0; i < 5; ++i)
            QApplication::processEvents();
        CHECK(widget->grab().save(out + u'/' + name));
    };
    page.resize(1100, 900);
    page.show();
    save(&page, QStringLiteral("kickoff-top.png"));
    auto *scroll = page.findChild<QScrollArea *>();
    QWidget *content = scroll->widget();
    content->resize(content->width(), content->sizeHint().height());
    save(content, QStringLiteral("kickoff-full.png"));

    page.showAttendeePicker();
    auto *picker = page.findChild<AttendeePickerDialog *>();
    picker->setAllChecked(true);
    save(picker, QStringLiteral("kickoff-attendee-picker.png"));
    picker->reject();
    page.showRaiseRiskDialog();
    auto *raise = page.findChild<RaiseRiskDialog *>();
    raise->riskField()->setText(QStringLiteral("Peak season freezes changes from November"));
    save(raise, QStringLiteral("kickoff-raise-risk.png"));
    raise->reject();

    EmailDialog *recap = page.showEmail(EmailDialog::Kind::KickoffRecap);
    save(recap, QStringLiteral("email-recap.png"));
    recap->setShowsHtml(false);
    save(recap, QStringLiteral("email-recap-plain.png"));
    recap->close();
    EmailDialog *intro = page.showEmail(EmailDialog::Kind::Introduction);

    Test::useDarkPalette();
    save(intro, QStringLiteral("email-intro-dark.png"));
    intro->close();
    content->resize(content->width(), content->sizeHint().height());
    save(content, QStringLiteral("kickoff-full-dark.png"));
    scroll->widget()->resize(scroll->viewport()->size());
    save(&page, QStringLiteral("kickoff-top-dark.png"));
    QApplication::setPalette(QApplication::style()->standardPalette());
}
