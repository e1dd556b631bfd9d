#include "MainWindow.h"

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Quarterdeck"));
}

MainWindow::~MainWindow() = default;

bool MainWindow::openDocument(const QString &path)
{
    setWindowTitle(path);
    return true;
}
