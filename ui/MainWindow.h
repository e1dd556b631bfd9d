#pragma once

#include <QMainWindow>

// The document window: the active cycle's alignment tree.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens `path`; on failure shows the document's clear message and keeps the current document.
    bool openDocument(const QString &path);
};
