#include "AcmeWindow.h"

#include "catch.h"

#include "DocumentFixtures.h"

#include <QSettings>
#include <QTest>

AcmeWindow::AcmeWindow()
    : path(directory.filePath(QStringLiteral("acme.okr")))
{
    QSettings().clear();
    DocumentFixtures::writeAcme(path, DocumentFixtures::closedAndActiveQuarters());
    REQUIRE(window.openDocument(path));
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
}
