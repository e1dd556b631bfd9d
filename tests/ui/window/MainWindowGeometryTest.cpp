#include "support/catch.h"

#include "widgets/ScreenFit.h"
#include "window/MainWindow.h"

#include <QSettings>

namespace {

QSize withFrame(const QWidget &window)
{
    return window.size() + ScreenFit::frameAllowance(&window);
}

} // namespace

TEST_CASE("The first window takes the screen's available room, and the next start remembers its size",
          "[ui][window][fit]")
{
    QSettings().clear();
    QRect resized;
    {
        MainWindow window;
        const QRect available = ScreenFit::availableGeometry(&window);
        CHECK(withFrame(window) == available.size());
        CHECK(window.pos() == available.topLeft());
        window.show();
        window.setGeometry(100, 80, 900, 600);
        resized = window.geometry();
        window.close();
    }
    MainWindow reopened;
    CHECK(reopened.geometry() == resized);
    QSettings().clear(); // the next test's window starts afresh
}

TEST_CASE("A window saved on a larger screen opens no larger than this one", "[ui][window][fit]")
{
    QSettings().clear();
    {
        MainWindow onProjector;
        onProjector.setGeometry(0, 0, 2400, 1500);
        QSettings().setValue(QStringLiteral("MainWindow/geometry"), onProjector.saveGeometry());
    }
    MainWindow window;
    const QRect available = ScreenFit::availableGeometry(&window);
    CHECK(withFrame(window).width() <= available.width());
    CHECK(withFrame(window).height() <= available.height());
}
