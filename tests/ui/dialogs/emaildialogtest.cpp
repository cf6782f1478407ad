#include "dialogs/emaildialog.h"
#include "commands/addcustomer.h"
#include "coretestprinting.h"
#include "email/onboardingemails.h"
#include "testsupport.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QTest>
#include <QTextBrowser>

#include <catch2/catch.hpp>

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

QPushButton *button(EmailDialog &dialog, const char *name)
{
    auto *found = dialog.findChild<QPushButton *>(QLatin1String(name));
    REQUIRE(found);
    return found;
}

} // namespace

TEST_CASE("The e-mail dialog shows the introduction written from the customer's file")
{
    Test::TempWorkspace ws;
    const CustomerId id = addFullCustomer(ws);
    const Email expected = introductionEmail(ws->onboardingFile(id), ws->today());
    REQUIRE_FALSE(expected.subject.isEmpty());

    EmailDialog dialog(ws.get(), id, EmailDialog::Kind::Introduction);
    dialog.show();
    CHECK(dialog.email() == expected);
    CHECK(dialog.subjectLabel()->text() == expected.subject);
    CHECK(dialog.toLabel()->text() == expected.to.join(QStringLiteral(", ")));
    CHECK(dialog.toLabel()->text().contains(QStringLiteral("person0@example.com")));
    CHECK(dialog.windowTitle().contains(QStringLiteral("Acme")));

    // The customer writes German; the preview switches between formatted and plain text.
    CHECK(dialog.findChild<QLabel *>(QStringLiteral("language"))
              ->text()
              .contains(QStringLiteral("German")));
    CHECK(dialog.showsHtml());
    const QString firstLine = expected.plainText.section(u'\n', 0, 0);
    CHECK(dialog.preview()->toPlainText().startsWith(firstLine));
    dialog.setShowsHtml(false);
    CHECK(dialog.preview()->toPlainText() == expected.plainText);
}

TEST_CASE("The kickoff recap goes to the attendees")
{
    Test::TempWorkspace ws;
    const CustomerId id = addFullCustomer(ws);
    const Email expected = kickoffRecapEmail(ws->onboardingFile(id), ws->today());
    EmailDialog dialog(ws.get(), id, EmailDialog::Kind::KickoffRecap);
    CHECK(dialog.subjectLabel()->text() == expected.subject);
    CHECK(dialog.toLabel()->text() == expected.to.join(QStringLiteral(", ")));
    CHECK(dialog.findChild<QLabel *>(QStringLiteral("noRecipient"))->isHidden() ==
          !expected.to.isEmpty());
}

TEST_CASE("Mark as sent records today's date as one undo step")
{
    Test::TempWorkspace ws;
    const CustomerId id = addFullCustomer(ws);
    const QDate earlier = ws->customer(id)->introEmailSentDate;
    REQUIRE(earlier.isValid());
    REQUIRE(earlier != ws->today());

    EmailDialog dialog(ws.get(), id, EmailDialog::Kind::Introduction);
    dialog.show();
    QPushButton *mark = button(dialog, "markAsSent");
    CHECK(mark->isEnabled());
    const int before = ws->undoStack()->count();
    QTest::mouseClick(mark, Qt::LeftButton);
    CHECK(ws->undoStack()->count() == before + 1);
    CHECK(ws->customer(id)->introEmailSentDate == ws->today());
    CHECK(ws->customer(id)->kickoffRecapSentDate == QDate(2026, 2, 6)); // the other one stays
    CHECK(dialog.sentLabel()->text() ==
          QStringLiteral("Sent on %1.").arg(QLocale().toString(ws->today(), QLocale::LongFormat)));
    CHECK_FALSE(mark->isEnabled());

    ws->undoStack()->undo();
    CHECK(ws->customer(id)->introEmailSentDate == earlier);
    CHECK(dialog.sentLabel()->text().contains(QLocale().toString(earlier, QLocale::LongFormat)));
    CHECK(mark->isEnabled());

    ws.reopen();
    CHECK(ws->customer(id)->introEmailSentDate == earlier);
}

TEST_CASE("Mark as sent on the recap records the recap's date")
{
    Test::TempWorkspace ws;
    const CustomerId id = addFullCustomer(ws);
    EmailDialog dialog(ws.get(), id, EmailDialog::Kind::KickoffRecap);
    dialog.markAsSent();
    CHECK(ws->customer(id)->kickoffRecapSentDate == ws->today());
    CHECK(ws->customer(id)->introEmailSentDate == QDate(2026, 2, 3));
}

TEST_CASE("The copy buttons put plain text, and HTML with plain text, on the clipboard")
{
    Test::TempWorkspace ws;
    const CustomerId id = addFullCustomer(ws);
    EmailDialog dialog(ws.get(), id, EmailDialog::Kind::KickoffRecap);
    dialog.show();
    QClipboard *clipboard = QApplication::clipboard();
    clipboard->clear();

    QTest::mouseClick(button(dialog, "copyText"), Qt::LeftButton);
    const QMimeData *text = clipboard->mimeData();
    REQUIRE(text);
    CHECK(text->hasText());
    CHECK(text->text() == dialog.email().plainText);
    CHECK_FALSE(text->hasHtml());
    CHECK(dialog.feedbackLabel()->text() == QStringLiteral("Copied as plain text."));

    QTest::mouseClick(button(dialog, "copyHtml"), Qt::LeftButton);
    const QMimeData *html = clipboard->mimeData();
    REQUIRE(html);
    CHECK(html->hasHtml());
    CHECK(html->html() == dialog.email().html);
    CHECK(html->formats().contains(QStringLiteral("text/plain")));
    CHECK(html->text() == dialog.email().plainText);
}

TEST_CASE("Open in mail app hands the mailto URL to the desktop")
{
    Test::TempWorkspace ws;
    const CustomerId id = addFullCustomer(ws);
    EmailDialog dialog(ws.get(), id, EmailDialog::Kind::Introduction);
    UrlCatcher catcher;
    QDesktopServices::setUrlHandler(QStringLiteral("mailto"), &catcher, "open");
    QTest::mouseClick(button(dialog, "openInMailApp"), Qt::LeftButton);
    QDesktopServices::unsetUrlHandler(QStringLiteral("mailto"));
    REQUIRE(catcher.urls.size() == 1);
    CHECK(catcher.urls.first() == dialog.email().mailtoUrl());
    CHECK(catcher.urls.first().scheme() == QStringLiteral("mailto"));
}

#include "emaildialogtest.moc"
