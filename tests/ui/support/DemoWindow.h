#pragma once

#include "window/MainWindow.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

// The demo company (DemoCompany::write, its quarter around today) in a new document, open in a shown, active window
// with fresh settings: the window as someone trying Quarterdeck first sees it.
struct DemoWindow {
    DemoWindow();

    QTemporaryDir folder;
    QString path;
    std::unique_ptr<MainWindow> window; // made once the settings are cleared: it reads them as it is built
};
