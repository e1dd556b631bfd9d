#include "ui/support/DemoWindow.h"

#include "document/DocumentSession.h"
#include "sample/DemoCompany.h"
#include "support/catch.h"

#include <QSettings>
#include <QTest>

DemoWindow::DemoWindow()
    : path(folder.filePath(QStringLiteral("demo.okr")))
{
    QSettings().clear();
    {
        const auto written = DocumentSession::create(path);
        DemoCompany::write(written->repository(), QDate::currentDate());
    }
    window = std::make_unique<MainWindow>();
    REQUIRE(window->openDocument(path));
    window->show();
    window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(window.get()));
}
