#include "support/catch.h"

#include "palette/PaceColours.h"
#include "ui/support/DemoWindow.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QPalette>
#include <QTest>

namespace {

// A dark palette as a desktop's dark theme gives one: light text on dark grey, a blue highlight.
QPalette darkPalette()
{
    QPalette dark;
    const QColor window(0x2b, 0x2b, 0x2b);
    const QColor base(0x1e, 0x1e, 0x1e);
    const QColor text(0xe8, 0xe8, 0xe8);
    dark.setColor(QPalette::Window, window);
    dark.setColor(QPalette::WindowText, text);
    dark.setColor(QPalette::Base, base);
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    dark.setColor(QPalette::Text, text);
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, text);
    dark.setColor(QPalette::BrightText, Qt::white);
    dark.setColor(QPalette::Light, QColor(0x50, 0x50, 0x50));
    dark.setColor(QPalette::Midlight, QColor(0x40, 0x40, 0x40));
    dark.setColor(QPalette::Mid, QColor(0x30, 0x30, 0x30));
    dark.setColor(QPalette::Dark, QColor(0x18, 0x18, 0x18));
    dark.setColor(QPalette::Shadow, Qt::black);
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0x7b, 0xd9));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::ToolTipBase, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ToolTipText, text);
    dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    dark.setColor(QPalette::Link, QColor(0x7f, 0xb3, 0xff));
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        dark.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x80));
    return dark;
}

void shoot(QWidget &window, const QString &name)
{
    QTest::qWait(200); // charts animate nothing, but layouts settle over a few events
    const QString folder = qEnvironmentVariable("QUARTERDECK_SCREENSHOTS", QDir::tempPath());
    CHECK(window.grab().save(QDir(folder).filePath(name + QStringLiteral(".png"))));
}

} // namespace

TEST_CASE("Status words keep a text's contrast on a light, a dark and the paper palette",
          "[ui][palette][accessibility]")
{
    for (const QPalette &palette :
         {QPalette(QColor(0xEF, 0xEF, 0xEF)), darkPalette(), PaceColours::paper(QPalette())}) {
        const QColor base = palette.color(QPalette::Base);
        for (const Confidence status : {Confidence::OnTrack, Confidence::AtRisk, Confidence::OffTrack}) {
            CAPTURE(base.name().toStdString(), int(status));
            CHECK(PaceColours::contrast(PaceColours::forText(status, palette), base) >= 4.5);
        }
    }
    // Only text is darkened: the bars and swatches keep the palette's colours.
    const QPalette light(QColor(0xEF, 0xEF, 0xEF));
    CHECK(PaceColours::forText(Confidence::AtRisk, light) != PaceColours::forStatus(Confidence::AtRisk, light));
}

// Not run by default: the tree, the board and the charts of the demo document under the system palette and a dark
// one, as PNGs in $QUARTERDECK_SCREENSHOTS, to be looked at under a real X server:
// QT_QPA_PLATFORMTHEME= xvfb-run -a -s "-screen 0 1366x768x24" quarterdeck_ui_tests "[palette]"
TEST_CASE("Screenshots of the window under the system palette and a dark palette", "[.][screenshot][palette]")
{
    const QPalette system = QApplication::palette();
    for (const bool dark : {false, true}) {
        QApplication::setPalette(dark ? darkPalette() : system);
        const QString prefix = dark ? QStringLiteral("dark-") : QStringLiteral("light-");
        const DemoWindow demo;
        MainWindow &window = *demo.window;
        window.resize(1366, 768);
        shoot(window, prefix + QStringLiteral("tree"));
        window.findChild<QAction *>(QStringLiteral("actionProgressBoard"))->setChecked(true);
        shoot(window, prefix + QStringLiteral("board"));
        window.findChild<QAction *>(QStringLiteral("actionProgressBoard"))->setChecked(false);
        window.findChild<QAction *>(QStringLiteral("actionCharts"))->trigger();
        shoot(window, prefix + QStringLiteral("charts"));
    }
    QApplication::setPalette(system);
}
