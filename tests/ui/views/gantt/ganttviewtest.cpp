#include "views/gantt/ganttview.h"

#include "coretestprinting.h"
#include "ganttfixture.h"
#include "views/gantt/ganttchart.h"
#include "views/gantt/ganttmodel.h"

#include <QApplication>
#include <QDateEdit>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QToolTip>
#include <QTreeView>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace Csm;
using Model = GanttModel;

namespace {

// A Gantt view of the sample plan, shown and active, at week zoom.
struct ShownView
{
    Test::TempWorkspace ws;
    Test::GanttPlan plan = Test::addGanttPlan(ws);
    GanttView view{ws.get()};

    explicit ShownView(QSize size = QSize(1300, 700))
    {
        view.resize(size);
        view.setCustomer(plan.customer);
        view.setZoom(GanttView::Zoom::Week);
        view.show();
        REQUIRE(QTest::qWaitForWindowExposed(&view));
        view.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&view));
        settle();
        view.chart()->scrollToDate(QDate(2026, 2, 16));
    }

    static void settle()
    {
        for (int i = 0; i < 5; ++i)
            QApplication::processEvents();
    }

    GanttChart *chart() const { return view.chart(); }
    QWidget *viewport() const { return view.chart()->viewport(); }
    QModelIndex index(const TaskId &id) { return view.model()->indexOf(id); }
    QRectF bar(const TaskId &id) { return chart()->barRect(index(id)); }
    const PlanTask &task(const TaskId &id)
    {
        const PlanTask *record = ws->record<PlanTask>(id);
        REQUIRE(record);
        return *record;
    }
    QList<TaskDependency> dependencies() { return ws->records<TaskDependency>(plan.customer); }

    void drag(const QPointF &from, const QPointF &to,
              Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::mousePress(viewport(), Qt::LeftButton, modifiers, from.toPoint());
        QTest::mouseMove(viewport(), ((from + to) / 2).toPoint());
        QTest::mouseMove(viewport(), to.toPoint());
        QTest::mouseRelease(viewport(), Qt::LeftButton, modifiers, to.toPoint());
        settle();
    }
};

bool hasDependency(const QList<TaskDependency> &dependencies, const TaskId &from, const TaskId &to)
{
    return std::any_of(dependencies.cbegin(), dependencies.cend(), [&](const TaskDependency &d) {
        return d.predecessorId == from && d.successorId == to;
    });
}

} // namespace

TEST_CASE("Dragging a bar moves the task by whole days in one undo step and pushes its dependants")
{
    ShownView shown;
    const QRectF bar = shown.bar(shown.plan.configureSso);
    REQUIRE_FALSE(bar.isEmpty());
    const double day = shown.chart()->dayWidth();
    // Five working days, Monday to Friday: five days wide.
    CHECK(bar.width() == Approx(5 * day));

    // Three days and a bit later: snaps to three days.
    shown.drag(bar.center(), bar.center() + QPointF(3 * day + day / 3, 0));
    CHECK(shown.ws->undoStack()->count() == 1);
    CHECK(shown.task(shown.plan.configureSso).start == QDate(2026, 3, 5));
    CHECK(shown.task(shown.plan.configureSso).finish == QDate(2026, 3, 9));
    // The SSO test waits for it.
    CHECK(shown.task(shown.plan.testSso).start > QDate(2026, 3, 9));
    // The bar is drawn where the task now is.
    CHECK(shown.bar(shown.plan.configureSso).left() == Approx(bar.left() + 3 * day));

    shown.ws->undoStack()->undo();
    CHECK(shown.task(shown.plan.configureSso).start == QDate(2026, 3, 2));
    CHECK(shown.task(shown.plan.configureSso).finish == QDate(2026, 3, 6));
    CHECK(shown.task(shown.plan.testSso).start == QDate(2026, 3, 9));
    CHECK(shown.bar(shown.plan.configureSso).left() == Approx(bar.left()));
}

TEST_CASE("Dragging a bar's ends changes only that end")
{
    ShownView shown;
    const double day = shown.chart()->dayWidth();
    const QRectF bar = shown.bar(shown.plan.configureSso);

    SECTION("The right end changes the finish and pushes the dependants")
    {
        const QPointF edge(bar.right() - 2, bar.center().y());
        shown.drag(edge, edge + QPointF(4 * day, 0));
        CHECK(shown.task(shown.plan.configureSso).start == QDate(2026, 3, 2));
        CHECK(shown.task(shown.plan.configureSso).finish == QDate(2026, 3, 10));
        CHECK(shown.task(shown.plan.testSso).start == QDate(2026, 3, 11));
        CHECK(shown.ws->undoStack()->count() == 1);
    }

    SECTION("The left end changes the start")
    {
        const QPointF edge(bar.left() + 2, bar.center().y());
        shown.drag(edge, edge - QPointF(3 * day, 0));
        CHECK(shown.task(shown.plan.configureSso).start == QDate(2026, 2, 27));
        CHECK(shown.task(shown.plan.configureSso).finish == QDate(2026, 3, 6));
        CHECK(shown.ws->undoStack()->count() == 1);
    }

    SECTION("An end cannot pass the other: the task keeps at least one day")
    {
        const QPointF edge(bar.right() - 2, bar.center().y());
        shown.drag(edge, edge - QPointF(12 * day, 0));
        CHECK(shown.task(shown.plan.configureSso).start == QDate(2026, 3, 2));
        CHECK(shown.task(shown.plan.configureSso).finish == QDate(2026, 3, 2));
    }

    SECTION("A workstream's summary is not dragged: its span comes from its tasks")
    {
        const QRectF summary =
            shown.chart()->barRect(shown.view.model()->indexOf(shown.plan.security));
        REQUIRE_FALSE(summary.isEmpty());
        shown.drag(summary.center(), summary.center() + QPointF(5 * day, 0));
        CHECK(shown.ws->undoStack()->count() == 0);
    }

    SECTION("A click without moving changes nothing")
    {
        shown.drag(bar.center(), bar.center());
        CHECK(shown.ws->undoStack()->count() == 0);
    }
}

TEST_CASE(
    "Dragging from a bar's link handle onto another bar links the tasks, but never in a circle")
{
    ShownView shown;
    QSignalSpy refused(shown.chart(), &GanttChart::linkRefused);
    const int before = int(shown.dependencies().size());

    SECTION("A new link is one undo step")
    {
        const QPointF handle = shown.chart()->linkHandle(shown.index(shown.plan.questionnaire));
        shown.drag(handle, shown.bar(shown.plan.mapFields).center());
        const QList<TaskDependency> after = shown.dependencies();
        CHECK(after.size() == before + 1);
        CHECK(hasDependency(after, shown.plan.questionnaire, shown.plan.mapFields));
        CHECK(shown.ws->undoStack()->count() == 1);
        CHECK(refused.isEmpty());
        shown.ws->undoStack()->undo();
        CHECK(shown.dependencies().size() == before);
    }

    SECTION("Ctrl-dragging a bar links too")
    {
        shown.drag(shown.bar(shown.plan.cleanData).center(),
                   shown.bar(shown.plan.adminTraining).center(), Qt::ControlModifier);
        CHECK(hasDependency(shown.dependencies(), shown.plan.cleanData, shown.plan.adminTraining));
        // Not moved: Ctrl-drag links, it does not move.
        CHECK(shown.task(shown.plan.cleanData).start == QDate(2026, 2, 23));
    }

    SECTION("A link that would close a cycle is refused with the reason")
    {
        // Configure SSO -> Test SSO exists; Test SSO -> Configure SSO would close a circle.
        const QPointF handle = shown.chart()->linkHandle(shown.index(shown.plan.testSso));
        shown.drag(handle, shown.bar(shown.plan.configureSso).center());
        CHECK(shown.dependencies().size() == before);
        CHECK(shown.ws->undoStack()->count() == 0);
        REQUIRE(refused.size() == 1);
        CHECK(refused.first().first().toString().contains(QStringLiteral("Configure SSO")));
    }

    SECTION("Dropping the link on empty space makes nothing")
    {
        const QPointF handle = shown.chart()->linkHandle(shown.index(shown.plan.questionnaire));
        shown.drag(handle, QPointF(handle.x() + 40, shown.viewport()->height() - 5));
        CHECK(shown.dependencies().size() == before);
        CHECK(shown.ws->undoStack()->count() == 0);
    }
}

TEST_CASE("Alt and the arrow keys move the selected task, Alt, Shift and the arrows its finish")
{
    ShownView shown;
    shown.view.selectTask(shown.plan.configureSso);
    REQUIRE(shown.view.currentTask() == shown.plan.configureSso);

    QTreeView *tree = shown.view.treeView();
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_Right, Qt::AltModifier);
    CHECK(shown.task(shown.plan.configureSso).start == QDate(2026, 3, 3));
    CHECK(shown.task(shown.plan.configureSso).finish == QDate(2026, 3, 7));
    QTest::keyClick(tree, Qt::Key_Left, Qt::AltModifier | Qt::ShiftModifier);
    CHECK(shown.task(shown.plan.configureSso).start == QDate(2026, 3, 3));
    CHECK(shown.task(shown.plan.configureSso).finish == QDate(2026, 3, 6));
    // The keys leave the tree's own navigation alone: still the same row.
    CHECK(shown.view.currentTask() == shown.plan.configureSso);

    shown.chart()->setFocus();
    QTest::keyClick(shown.chart(), Qt::Key_Left, Qt::AltModifier);
    CHECK(shown.task(shown.plan.configureSso).start == QDate(2026, 3, 2));
    QTest::keyClick(shown.chart(), Qt::Key_Right, Qt::AltModifier | Qt::ShiftModifier);
    CHECK(shown.task(shown.plan.configureSso).finish == QDate(2026, 3, 6));
    CHECK(shown.ws->undoStack()->count() == 4);

    // On a workstream the keys do nothing.
    shown.view.selectWorkstream(shown.plan.security);
    QTest::keyClick(tree, Qt::Key_Right, Qt::AltModifier);
    CHECK(shown.ws->undoStack()->count() == 4);
}

TEST_CASE("Zooming changes the width of a day, around the day under the mouse")
{
    ShownView shown;
    GanttChart *chart = shown.chart();
    QSignalSpy zoomed(&shown.view, &GanttView::zoomChanged);
    const double week = chart->dayWidth();

    shown.view.setZoom(GanttView::Zoom::Month);
    CHECK(shown.view.zoom() == GanttView::Zoom::Month);
    CHECK(chart->dayWidth() < week);
    CHECK(shown.bar(shown.plan.configureSso).width() == Approx(5 * chart->dayWidth()));
    REQUIRE(zoomed.size() == 1);
    CHECK(zoomed.first().first().value<GanttZoom>() == GanttZoom::Month);

    // Ctrl and the wheel zoom in, keeping the day under the mouse where it is.
    const QRectF bar = shown.bar(shown.plan.configureSso);
    const QPointF at(bar.left() + 1, bar.center().y());
    const QDate day = chart->dateAt(at.x());
    QWheelEvent wheel(at, shown.viewport()->mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton,
                      Qt::ControlModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(shown.viewport(), &wheel);
    CHECK(shown.view.zoom() == GanttView::Zoom::Week);
    CHECK(chart->dayWidth() == Approx(week));
    CHECK(chart->dateAt(at.x()) == day);

    chart->setFocus();
    QTest::keyClick(chart, Qt::Key_Plus);
    CHECK(shown.view.zoom() == GanttView::Zoom::Day);
    CHECK(chart->dayWidth() > week);
    QTest::keyClick(chart, Qt::Key_Minus);
    QTest::keyClick(chart, Qt::Key_Minus);
    QTest::keyClick(chart, Qt::Key_Minus);
    CHECK(shown.view.zoom() == GanttView::Zoom::Quarter);
    QTest::keyClick(chart, Qt::Key_Minus);
    CHECK(shown.view.zoom() == GanttView::Zoom::Quarter);
    CHECK(zoomed.size() == 6);
}

TEST_CASE("The chart's rows line up with the tree's, through collapsing and scrolling")
{
    ShownView shown(QSize(1300, 330));
    QTreeView *tree = shown.view.treeView();
    GanttChart *chart = shown.chart();
    Model *model = shown.view.model();
    // Both views start their rows at the same height on screen.
    CHECK(tree->viewport()->mapToGlobal(QPoint(0, 0)).y() ==
          chart->viewport()->mapToGlobal(QPoint(0, 0)).y());
    CHECK(tree->viewport()->height() == chart->viewport()->height());

    auto aligned = [&](const QModelIndex &index) {
        const QRect row = tree->visualRect(index);
        const QRectF bar = chart->barRect(index);
        INFO(index.data().toString().toStdString());
        REQUIRE(row.isValid());
        REQUIRE_FALSE(bar.isEmpty());
        CHECK(bar.top() >= row.top());
        CHECK(bar.bottom() <= row.bottom() + 1);
    };
    aligned(shown.index(shown.plan.configureSso));
    aligned(model->indexOf(shown.plan.integrations));

    tree->collapse(model->indexOf(shown.plan.security));
    shown.settle();
    CHECK(chart->barRect(shown.index(shown.plan.configureSso)).isEmpty());
    aligned(model->indexOf(shown.plan.integrations));
    aligned(shown.index(shown.plan.mapFields));
    tree->expand(model->indexOf(shown.plan.security));
    shown.settle();

    // The chart's scroll bar scrolls the tree, and the bars follow.
    QScrollBar *bar = chart->verticalScrollBar();
    REQUIRE(bar->maximum() > 0);
    CHECK(bar->maximum() == tree->verticalScrollBar()->maximum());
    bar->setValue(bar->maximum());
    shown.settle();
    CHECK(tree->verticalScrollBar()->value() == bar->maximum());
    aligned(shown.index(shown.plan.firstDispatch));
    tree->verticalScrollBar()->setValue(0);
    shown.settle();
    CHECK(bar->value() == 0);
    aligned(shown.index(shown.plan.questionnaire));
}

TEST_CASE("The chart and the tree share their selection")
{
    ShownView shown;
    QSignalSpy current(&shown.view, &GanttView::currentChanged);
    CHECK(shown.chart()->treeView()->selectionModel() == shown.view.treeView()->selectionModel());

    QTest::mouseClick(shown.viewport(), Qt::LeftButton, Qt::NoModifier,
                      shown.bar(shown.plan.mapFields).center().toPoint());
    CHECK(shown.view.currentTask() == shown.plan.mapFields);
    CHECK(shown.view.currentWorkstream() == shown.plan.integrations);
    CHECK(shown.view.treeView()->selectionModel()->isSelected(shown.index(shown.plan.mapFields)));
    CHECK_FALSE(current.isEmpty());

    shown.view.selectTask(shown.plan.goLive);
    CHECK(shown.view.treeView()->currentIndex() == shown.index(shown.plan.goLive));
    CHECK(shown.view.currentWorkstream() == shown.plan.training);

    shown.view.selectWorkstream(shown.plan.migration);
    CHECK(shown.view.currentTask().isNull());
    CHECK(shown.view.currentWorkstream() == shown.plan.migration);
}

TEST_CASE("Editing a start date in the tree's editor moves the dependants in one undo step")
{
    ShownView shown;
    QTreeView *tree = shown.view.treeView();
    const QModelIndex start =
        shown.view.model()->indexOf(shown.plan.configureSso, Model::StartColumn);
    tree->setCurrentIndex(start);
    tree->edit(start);
    shown.settle();
    auto *editor = tree->viewport()->findChild<QDateEdit *>();
    REQUIRE(editor);
    CHECK(editor->date() == QDate(2026, 3, 2));
    editor->setDate(QDate(2026, 3, 9));
    QTest::keyClick(editor, Qt::Key_Return);
    shown.settle();
    CHECK(shown.task(shown.plan.configureSso).start == QDate(2026, 3, 9));
    CHECK(shown.task(shown.plan.testSso).start == QDate(2026, 3, 16));
    CHECK(shown.ws->undoStack()->count() == 1);
    shown.ws->undoStack()->undo();
    CHECK(shown.task(shown.plan.testSso).start == QDate(2026, 3, 9));
}

TEST_CASE("A bar's tooltip tells its dates, working days, owners and progress")
{
    ShownView shown;
    const QPointF at = shown.bar(shown.plan.configureSso).center();
    QHelpEvent help(QEvent::ToolTip, at.toPoint(), shown.viewport()->mapToGlobal(at.toPoint()));
    QApplication::sendEvent(shown.viewport(), &help);
    shown.settle();
    const QString text = QToolTip::text();
    CHECK(text.contains(QStringLiteral("Configure SSO")));
    CHECK(text.contains(QStringLiteral("5 working day")));
    CHECK(text.contains(QStringLiteral("Tom Becker")));
    CHECK(text.contains(QStringLiteral("40 %")));
    QToolTip::hideText();
}

TEST_CASE("Export writes the whole plan as a PDF with the task names and as a PNG image")
{
    ShownView shown;
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QString error;

    const QString pdf = dir.filePath(QStringLiteral("plan.pdf"));
    REQUIRE(shown.view.exportPdf(pdf, &error));
    CHECK(error.isEmpty());
    QProcess text;
    // -raw: the text in the order it was drawn, each name in one piece.
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")});
    REQUIRE(text.waitForFinished(30000));
    const QString content = QString::fromUtf8(text.readAllStandardOutput());
    INFO(content.toStdString());
    for (const QString &name :
         {QStringLiteral("Northwind Logistics"), QStringLiteral("Configure SSO"),
          QStringLiteral("Import routes"), QStringLiteral("First route planned in the tool"),
          QStringLiteral("Dispatcher training"), QStringLiteral("Page 1 of")}) {
        INFO(name.toStdString());
        CHECK(content.contains(name));
    }

    const QString png = dir.filePath(QStringLiteral("plan.png"));
    REQUIRE(shown.view.exportPng(png, &error));
    const QImage image(png);
    REQUIRE_FALSE(image.isNull());
    CHECK(image.width() > 600);
    CHECK(image.height() > 15 * 20);

    // A folder that does not exist: refused with the path in the message, nothing written.
    const QString missing = dir.filePath(QStringLiteral("missing/plan.pdf"));
    CHECK_FALSE(shown.view.exportPdf(missing, &error));
    CHECK(error.contains(missing));
    CHECK_FALSE(QFile::exists(missing));
}

TEST_CASE("The PDF of a long plan at day zoom runs over several numbered pages")
{
    ShownView shown;
    shown.view.setZoom(GanttView::Zoom::Day);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("plan.pdf"));
    QString error;
    REQUIRE(shown.view.exportPdf(pdf, &error));
    QProcess info;
    info.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")});
    REQUIRE(info.waitForFinished(30000));
    const QString content = QString::fromUtf8(info.readAllStandardOutput());
    // Two months at 30 pixels a day do not fit across one A4 page.
    CHECK(content.contains(QStringLiteral("Page 2 of")));
    // The task names head every page across.
    CHECK(content.count(QStringLiteral("Configure SSO")) >= 2);
}

TEST_CASE("The chart shades weekends and holidays and draws a line at the workspace's today")
{
    Test::TempWorkspace ws;
    const Test::GanttPlan plan = Test::addGanttPlan(ws);
    Test::addEasterHolidays(ws);
    GanttView view(ws.get());
    view.resize(1300, 700);
    view.setCustomer(plan.customer);
    view.setZoom(GanttView::Zoom::Week);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    GanttChart *chart = view.chart();
    chart->scrollToDate(QDate(2026, 3, 2));
    QApplication::processEvents();

    // Below the last row, where only the calendar is drawn.
    const QModelIndex last = view.model()->indexOf(plan.firstDispatch);
    const int y = view.treeView()->visualRect(last).bottom() + 8;
    const QImage image = chart->viewport()->grab().toImage();
    REQUIRE(y < image.height() - 80);
    auto at = [&](const QDate &day) {
        const int x = int(chart->xOf(day) + chart->dayWidth() / 2);
        REQUIRE(x > 0);
        REQUIRE(x < image.width());
        return image.pixelColor(x, y);
    };
    const QColor weekday = at(QDate(2026, 3, 11));
    const QColor weekend = at(QDate(2026, 3, 14));
    const QColor holiday = at(QDate(2026, 4, 3)); // Good Friday
    const QColor today = at(QDate(2026, 3, 2));
    CHECK(weekday == chart->palette().color(QPalette::Base));
    CHECK(weekend != weekday);
    CHECK(holiday != weekday);
    CHECK(holiday != weekend);
    // Orange, whatever the palette.
    CHECK(today.red() > today.blue() + 100);
    CHECK(at(QDate(2026, 3, 3)) == weekday);
}
