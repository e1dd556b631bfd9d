#include "support/catch.h"

#include "window/FirstDrawn.h"

#include <QPaintEvent>
#include <QSignalSpy>
#include <QTest>
#include <QWidget>

namespace {

// Counts its paints, as the window's first frame is what the signal waits for.
class CountingWidget : public QWidget {
public:
    int paints = 0;

protected:
    void paintEvent(QPaintEvent *) override { ++paints; }
};

} // namespace

TEST_CASE("FirstDrawn should tell once, after the window's first frame is painted", "[window][startup]")
{
    CountingWidget window;
    window.resize(200, 100);
    window.show();
    auto *firstDrawn = new FirstDrawn(&window);
    int paintsWhenTold = -1;
    QObject::connect(firstDrawn, &FirstDrawn::drawn, &window, [&] { paintsWhenTold = window.paints; });
    QSignalSpy drawn(firstDrawn, &FirstDrawn::drawn);

    REQUIRE(drawn.wait(5000));
    CHECK(paintsWhenTold >= 1);

    // Shown again, it is not the first time.
    window.hide();
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.repaint();
    QTest::qWait(1200); // past the time a window never exposed is told at
    CHECK(drawn.size() == 1);
}

TEST_CASE("FirstDrawn should tell a window that is never exposed after a while all the same", "[window][startup]")
{
    QWidget window;
    window.winId(); // its native window, never shown
    QSignalSpy drawn(new FirstDrawn(&window), &FirstDrawn::drawn);
    REQUIRE(drawn.wait(5000));
    QTest::qWait(50);
    CHECK(drawn.size() == 1);
}
