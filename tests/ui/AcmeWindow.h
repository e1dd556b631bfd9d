#pragma once

#include "MainWindow.h"

#include <QString>
#include <QTemporaryDir>

// The Acme document (DocumentFixtures::writeAcme: a closed and an active quarter) open in a shown, active window,
// with fresh settings: the starting point of the tests that drive the window from the keyboard.
struct AcmeWindow {
    AcmeWindow();

    QTemporaryDir directory;
    QString path;
    MainWindow window;
};
