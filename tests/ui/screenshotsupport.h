// What the programs that render pages to PNG files for review share: where the files go and
// how a widget is saved.
#pragma once

#include <QApplication>
#include <QDir>
#include <QString>
#include <QWidget>

#include <catch2/catch.hpp>

#include <cstdio>

namespace Csm::Test {

// The folder in CSM_SCREENSHOT_DIR, or the current one; created when missing.
inline QString outputDir()
{
    const QString dir = qEnvironmentVariable("CSM_SCREENSHOT_DIR", QStringLiteral("."));
    QDir().mkpath(dir);
    return dir;
}

// Saves `widget` as outputDir()/name once its layout has settled, and checks that its content
// fits: a minimum width above the widget's would mean clipped or squeezed content.
inline void save(QWidget *widget, const QString &name)
{
    // Layout requests travel up the widget tree one posted event at a time.
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
    const QString path = outputDir() + QLatin1Char('/') + name;
    CHECK(widget->minimumSizeHint().width() <= widget->width());
    CHECK(widget->grab().save(path));
    std::printf("wrote %s (minimum width %d)\n", qPrintable(path),
                widget->minimumSizeHint().width());
}

} // namespace Csm::Test
