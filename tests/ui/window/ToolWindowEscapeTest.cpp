#include "support/catch.h"

#include "ui/support/AcmeWindow.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QPointer>
#include <QTest>

namespace {

// Opens a tool window through the main window's action, presses Esc in it as a user would, and says whether it
// closed (and the main window stayed).
bool closesOnEscape(AcmeWindow &acme, const char *actionName, const char *windowName)
{
    auto *action = acme.window.findChild<QAction *>(QLatin1String(actionName));
    REQUIRE(action);
    action->trigger();
    const QPointer<QWidget> toolWindow = acme.window.findChild<QWidget *>(QLatin1String(windowName));
    REQUIRE(toolWindow);
    REQUIRE(QTest::qWaitForWindowExposed(toolWindow));
    // qWaitForWindowActive would not wait: the tool window shares activation with the main window.
    toolWindow->activateWindow();
    REQUIRE(QTest::qWaitFor([&toolWindow] { return QApplication::activeWindow() == toolWindow; }));
    QTest::keyClick(toolWindow, Qt::Key_Escape);
    const bool closed = QTest::qWaitFor([&toolWindow] { return toolWindow.isNull() || !toolWindow->isVisible(); });
    return closed && acme.window.isVisible();
}

} // namespace

TEST_CASE("Esc closes the review, the KPI and the teams windows, as it closes a dialog", "[ui][window]")
{
    AcmeWindow acme;
    SECTION("the review")
    {
        CHECK(closesOnEscape(acme, "actionReview", "reviewView"));
    }
    SECTION("the KPIs")
    {
        CHECK(closesOnEscape(acme, "actionKpis", "kpiView"));
    }
    SECTION("the teams")
    {
        CHECK(closesOnEscape(acme, "actionTeams", "teamsView"));
    }
}
