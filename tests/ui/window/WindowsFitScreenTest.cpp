#include "support/catch.h"

#include "document/DocumentSession.h"
#include "kpi/KpiView.h"
#include "storage/Repository.h"
#include "ui/support/AcmeWindow.h"
#include "widgets/ScreenFit.h"
#include "window/MainWindow.h"
#include "wizard/OkrWizard.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDockWidget>
#include <QLayout>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <functional>

namespace {

// The screen the UI tests run on (TestMain): the 1366x768 laptop of a planning session.
const QSize laptop(1366, 768);

// The application's font at `factor` times its size while alive, as a 200 % font setting makes it.
struct ApplicationFontScale {
    explicit ApplicationFontScale(double factor)
        : normal(QApplication::font())
    {
        QFont scaled = normal;
        scaled.setPointSizeF(normal.pointSizeF() * factor);
        QApplication::setFont(scaled);
    }
    ~ApplicationFontScale() { QApplication::setFont(normal); }
    ApplicationFontScale(const ApplicationFontScale &) = delete;
    ApplicationFontScale &operator=(const ApplicationFontScale &) = delete;

    const QFont normal;
};

// Inside an area that scrolls, or in a dock tabbed behind another (QMainWindow moves those out of the window).
bool outOfSightByDesign(const QWidget *widget, const QWidget *window)
{
    for (const QWidget *above = widget->parentWidget(); above && above != window; above = above->parentWidget()) {
        if (qobject_cast<const QAbstractScrollArea *>(above))
            return true;
        if (qobject_cast<const QDockWidget *>(above) && above->visibleRegion().isEmpty())
            return true;
    }
    return false;
}

// The window as opened fits the screen with its frame, and every button meant to be in sight is inside it.
void checkFitsScreen(QWidget *window)
{
    CAPTURE(window->objectName().toStdString());
    QCoreApplication::processEvents(); // the layout applied
    const QRect available = ScreenFit::availableGeometry(window);
    REQUIRE(available.size() == laptop);
    const QSize frame = ScreenFit::frameAllowance(window);
    CHECK(window->width() + frame.width() <= available.width());
    CHECK(window->height() + frame.height() <= available.height());
    int buttons = 0;
    const QList<QAbstractButton *> found = window->findChildren<QAbstractButton *>();
    for (const QAbstractButton *button : found) {
        if (!button->isVisibleTo(window) || outOfSightByDesign(button, window))
            continue;
        CAPTURE(button->text().toStdString(), button->objectName().toStdString());
        CHECK(window->rect().contains(QRect(button->mapTo(window, QPoint()), button->size())));
        ++buttons;
    }
    CHECK(buttons > 0);
}

// Triggers `action`, which runs a modal dialog: checks it while it is open, then cancels it.
void checkModalFits(QAction *action)
{
    bool seen = false;
    QTimer::singleShot(0, [&seen] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        seen = true;
        checkFitsScreen(dialog);
        dialog->reject();
    });
    action->trigger();
    CHECK(seen);
}

QAction *actionOf(const QWidget &window, const char *name)
{
    auto *found = window.findChild<QAction *>(QString::fromLatin1(name));
    REQUIRE(found);
    REQUIRE(found->isEnabled());
    return found;
}

template <typename Widget> Widget *openedChild(const QWidget &parent, const char *name)
{
    auto *found = parent.findChild<Widget *>(QString::fromLatin1(name));
    REQUIRE(found);
    REQUIRE(found->isVisible());
    return found;
}

} // namespace

TEST_CASE("Every window and dialog fits a 1366x768 screen with its buttons, at 100 % and 200 % font",
          "[ui][window][fit]")
{
    const double fontScale = GENERATE(1.0, 2.0);
    CAPTURE(fontScale);
    const ApplicationFontScale font(fontScale);
    AcmeWindow acme;
    MainWindow &window = acme.window;

    SECTION("the main window at first start")
    {
        checkFitsScreen(&window);
    }
    SECTION("the weekly check-in")
    {
        actionOf(window, "actionCheckIn")->trigger();
        checkFitsScreen(openedChild<QDialog>(window, "checkInDialog"));
    }
    SECTION("the OKR wizard")
    {
        actionOf(window, "actionNewOkr")->trigger();
        checkFitsScreen(openedChild<OkrWizard>(window, "okrWizard"));
    }
    SECTION("the review")
    {
        actionOf(window, "actionReview")->trigger();
        checkFitsScreen(openedChild<QWidget>(window, "reviewView"));
    }
    SECTION("the KPIs and their dialogs")
    {
        window.session()->repository().kpis().add({NoId,
                                                   NoId,
                                                   QStringLiteral("Qualified leads"),
                                                   QStringLiteral("leads"),
                                                   100,
                                                   PreferredTrend::HigherIsBetter,
                                                   {{QDate(2026, 8, 7), 80}}});
        actionOf(window, "actionKpis")->trigger();
        auto *kpis = openedChild<KpiView>(window, "kpiView");
        checkFitsScreen(kpis);
        kpis->findChild<QTableView *>(QStringLiteral("kpiTable"))->selectRow(0);

        actionOf(*kpis, "actionAddKpi")->trigger();
        auto *kpiDialog = openedChild<QDialog>(*kpis, "kpiDialog");
        checkFitsScreen(kpiDialog);
        kpiDialog->reject();

        actionOf(*kpis, "actionRecordKpiValue")->trigger();
        checkFitsScreen(openedChild<QDialog>(*kpis, "kpiValueDialog"));
    }
    SECTION("the new cycle dialog")
    {
        checkModalFits(actionOf(window, "actionNewCycle"));
    }
    SECTION("the carry-over dialog")
    {
        checkModalFits(actionOf(window, "actionCarryOver"));
    }
    SECTION("the report's cycle and team")
    {
        checkModalFits(actionOf(window, "actionExportReport"));
    }
    SECTION("the connection to an organisation database")
    {
        checkModalFits(actionOf(window, "actionConnect"));
    }
    SECTION("the preferences")
    {
        actionOf(window, "actionPreferences")->trigger();
        checkFitsScreen(openedChild<QDialog>(window, "preferencesDialog"));
    }
}
