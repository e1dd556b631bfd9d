#include "support/catch.h"

#include "widgets/ScreenFit.h"

#include <QGuiApplication>
#include <QScreen>
#include <QVBoxLayout>
#include <QWidget>

namespace {

const QRect laptop(0, 0, 1366, 768);

// A window whose layout cannot be smaller than `minimum`.
struct LaidOutWindow {
    explicit LaidOutWindow(QSize minimum)
    {
        auto *content = new QWidget(&window);
        content->setMinimumSize(minimum);
        auto *layout = new QVBoxLayout(&window);
        layout->addWidget(content);
    }
    QWidget window;
};

} // namespace

TEST_CASE("A window asking for more than the screen gets the screen less its frame", "[ui][widgets][fit]")
{
    LaidOutWindow dialog(QSize(200, 100));

    ScreenFit::fit(&dialog.window, QSize(1200, 820), laptop);

    const QSize frame = ScreenFit::frameAllowance(&dialog.window);
    CHECK(frame.height() > 0); // a title bar is allowed for before the window manager says how high it is
    CHECK(dialog.window.width() == 1200);
    CHECK(dialog.window.height() == laptop.height() - frame.height());
}

TEST_CASE("A window that fits keeps the size it asks for, and shown never gets less than its layout needs",
          "[ui][widgets][fit]")
{
    LaidOutWindow small(QSize(200, 100));
    ScreenFit::fit(&small.window, QSize(600, 400), laptop);
    CHECK(small.window.size() == QSize(600, 400));

    LaidOutWindow large(QSize(300, 500));
    ScreenFit::fit(&large.window, QSize(100, 100), laptop);
    large.window.show();
    CHECK(large.window.width() >= 300);
    CHECK(large.window.height() >= 500);
}

TEST_CASE("A size in characters grows with the font", "[ui][widgets][fit]")
{
    QWidget normal;
    QWidget doubled;
    QFont large = doubled.font();
    large.setPointSizeF(large.pointSizeF() * 2);
    doubled.setFont(large);

    const QSize normalSize = ScreenFit::inCharacters(&normal, 100, 40);
    const QSize doubledSize = ScreenFit::inCharacters(&doubled, 100, 40);

    CHECK(normalSize.width() == 100 * normal.fontMetrics().averageCharWidth());
    CHECK(doubledSize.width() > normalSize.width() * 3 / 2);
    CHECK(doubledSize.height() > normalSize.height() * 3 / 2);
}

TEST_CASE("Without a given screen a window fits the one it opens on", "[ui][widgets][fit]")
{
    LaidOutWindow dialog(QSize(200, 100));

    ScreenFit::fit(&dialog.window, QSize(5000, 5000));

    const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
    CHECK(ScreenFit::availableGeometry(&dialog.window) == available);
    CHECK(dialog.window.width() + ScreenFit::frameAllowance(&dialog.window).width() <= available.width());
    CHECK(dialog.window.height() + ScreenFit::frameAllowance(&dialog.window).height() <= available.height());
}
