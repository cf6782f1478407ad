#include "dialogs/aboutdialog.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

#include <catch2/catch.hpp>

using namespace Csm;

namespace {

QStringList labelTexts(const QWidget &widget)
{
    QStringList texts;
    const QList<QLabel *> labels = widget.findChildren<QLabel *>();
    for (const QLabel *label : labels)
        texts.append(label->text());
    return texts;
}

} // namespace

TEST_CASE("About names the version, the libraries the application runs on and the workspace")
{
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0"));
    AboutDialog dialog(QStringLiteral("/home/ana/Customers.csmw"));
    const QStringList texts = labelTexts(dialog);
    CHECK(texts.contains(QStringLiteral("Version 0.1.0")));
    CHECK(texts.contains(QStringLiteral("/home/ana/Customers.csmw")));
    CHECK(
        texts.filter(QStringLiteral("built with %1").arg(QStringLiteral(QT_VERSION_STR))).size() ==
        1);
    // The icon is there at its size, not an empty square.
    const QList<QLabel *> labels = dialog.findChildren<QLabel *>();
    const bool hasIcon = std::any_of(labels.cbegin(), labels.cend(), [](const QLabel *label) {
        return label->pixmap().width() >= 96;
    });
    CHECK(hasIcon);

    AboutDialog withoutWorkspace{QString()};
    CHECK(labelTexts(withoutWorkspace).contains(QStringLiteral("None open")));
}

TEST_CASE("About shows the whole MIT licence the application is distributed under")
{
    AboutDialog dialog{QString()};
    const QString licence = dialog.licenceText()->toPlainText();
    CHECK(licence.startsWith(QStringLiteral("MIT License")));
    CHECK(licence.contains(QStringLiteral("THE SOFTWARE IS PROVIDED \"AS IS\"")));
    CHECK(dialog.licenceText()->isReadOnly());
}

TEST_CASE("Copy version information puts a plain report for a bug on the clipboard")
{
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0"));
    AboutDialog dialog(QStringLiteral("/home/ana/Customers.csmw"));
    QApplication::clipboard()->clear();
    QTest::mouseClick(dialog.copyButton(), Qt::LeftButton);
    const QString report = QApplication::clipboard()->text();
    CHECK(report.startsWith(QStringLiteral("CSM Workspace 0.1.0\n")));
    CHECK(report.contains(QStringLiteral("Qt %1\n").arg(QString::fromLatin1(qVersion()))));
    CHECK(report.contains(QStringLiteral("SQLite 3.")));
    CHECK(report.contains(QStringLiteral("libsodium ")));
    // The workspace's path is the user's business, not the bug's.
    CHECK_FALSE(report.contains(QStringLiteral("Customers.csmw")));
    CHECK(dialog.copyButton()->text() == QStringLiteral("Copied"));
}
