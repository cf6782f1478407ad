// Every page can be used from the keyboard and by a screen reader: each control a user works
// with takes keyboard focus (Tab reaches it) and has a name an assistive tool can read out,
// from its text, its label or an accessible name. Checked on the portfolio and on every page
// of a sample customer, in the window as the application shows it, and in the dialogs with
// the most fields.
#include "dialogs/newcustomerdialog.h"
#include "dialogs/preferencesdialog.h"
#include "mainwindow.h"
#include "testsupport.h"
#include "workspace/userpreferences.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QCalendarWidget>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTest>
#include <QTextEdit>
#include <QToolBar>

#include <catch2/catch.hpp>

using namespace Csm;

namespace {

bool isControl(const QWidget *widget)
{
    return qobject_cast<const QAbstractButton *>(widget) ||
           qobject_cast<const QLineEdit *>(widget) || qobject_cast<const QComboBox *>(widget) ||
           qobject_cast<const QAbstractSpinBox *>(widget) ||
           qobject_cast<const QAbstractItemView *>(widget) ||
           qobject_cast<const QTextEdit *>(widget) || qobject_cast<const QPlainTextEdit *>(widget);
}

// Controls that are parts of another control (a combo box's line edit, a spin box's, a line
// edit's clear button, a calendar's buttons, a view's header or the editor open in its cell) or
// tool bar buttons, whose actions have menus and shortcuts.
bool isPartOfAnother(const QWidget *widget)
{
    for (const QWidget *parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
        if (qobject_cast<const QComboBox *>(parent) ||
            qobject_cast<const QAbstractSpinBox *>(parent) ||
            qobject_cast<const QLineEdit *>(parent) || qobject_cast<const QToolBar *>(parent) ||
            qobject_cast<const QCalendarWidget *>(parent) ||
            qobject_cast<const QAbstractItemView *>(parent))
            return true;
    }
    return false;
}

QString describe(const QWidget *widget)
{
    QString path;
    for (const QObject *o = widget; o; o = o->parent()) {
        const QString name = o->objectName().isEmpty()
                                 ? QString::fromLatin1(o->metaObject()->className())
                                 : o->objectName();
        path = path.isEmpty() ? name : name + QStringLiteral(" > ") + path;
        if (qobject_cast<const QMainWindow *>(o))
            break;
    }
    return path;
}

// What is missing for keyboard and screen reader use on the visible part of `root`.
QStringList problemsIn(QWidget *root)
{
    QStringList problems;
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!widget->isVisible() || !widget->isEnabled() || !isControl(widget) ||
            isPartOfAnother(widget))
            continue;
        if (!(widget->focusPolicy() & Qt::TabFocus))
            problems.append(QStringLiteral("%1: Tab does not reach it").arg(describe(widget)));
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty())
            problems.append(QStringLiteral("%1: no accessible name").arg(describe(widget)));
    }
    return problems;
}

} // namespace

TEST_CASE("Every control of every page takes keyboard focus and has an accessible name")
{
    QTemporaryDir dir;
    QString error;
    auto workspace = Workspace::open(dir.filePath(QStringLiteral("w.csmw")), &error);
    INFO(error.toStdString());
    REQUIRE(workspace);
    workspace->setAuthor(QStringLiteral("Test User"));
    MainWindow window;
    window.setWorkspace(std::move(workspace));
    window.addSamplePortfolio();
    window.resize(1400, 900);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    window.portfolioAction()->trigger();
    QApplication::processEvents();
    {
        INFO("Portfolio");
        const QStringList problems = problemsIn(&window);
        INFO(problems.join(u'\n').toStdString());
        CHECK(problems.isEmpty());
    }

    window.showCustomer(*window.workspace()->findCustomer(QStringLiteral("Alpine Manufacturing")));
    QApplication::processEvents();
    QTabWidget *pages = window.pages();
    REQUIRE(pages->count() >= 9);
    for (int i = 0; i < pages->count(); ++i) {
        pages->setCurrentIndex(i);
        QApplication::processEvents();
        INFO(pages->tabText(i).toStdString());
        const QStringList problems = problemsIn(&window);
        INFO(problems.join(u'\n').toStdString());
        CHECK(problems.isEmpty());
    }
}

TEST_CASE("Every control of the Preferences and New customer dialogs takes keyboard focus and "
          "has an accessible name")
{
    QTemporaryDir dir;
    QString error;
    auto workspace = Workspace::open(dir.filePath(QStringLiteral("w.csmw")), &error);
    INFO(error.toStdString());
    REQUIRE(workspace);

    PreferencesDialog preferences(workspace.get(), UserPreferences{});
    preferences.show();
    REQUIRE(QTest::qWaitForWindowExposed(&preferences));
    REQUIRE(preferences.pageList()->count() >= 4);
    for (int i = 0; i < preferences.pageList()->count(); ++i) {
        preferences.pageList()->setCurrentRow(i);
        QApplication::processEvents();
        INFO(preferences.pageList()->item(i)->text().toStdString());
        const QStringList problems = problemsIn(&preferences);
        INFO(problems.join(u'\n').toStdString());
        CHECK(problems.isEmpty());
    }
    preferences.reject();

    NewCustomerDialog newCustomer(workspace.get());
    newCustomer.show();
    REQUIRE(QTest::qWaitForWindowExposed(&newCustomer));
    const QStringList problems = problemsIn(&newCustomer);
    INFO(problems.join(u'\n').toStdString());
    CHECK(problems.isEmpty());
}
