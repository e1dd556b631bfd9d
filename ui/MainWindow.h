#pragma once

#include "Ids.h"

#include <QMainWindow>

#include <memory>

class AlignmentTreeModel;
class Document;
class QComboBox;
class QLabel;
class QMenu;
class QTreeView;
class Repository;

// The document window: one cycle's alignment tree, a cycle selector and the File and Help menus.
// Actions carry objectNames ("actionOpen", "actionQuit", ...) so tests and later features can find them.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens `path`; on failure shows the document's clear message and keeps the current document.
    bool openDocument(const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createCycleToolBar();
    void createAlignmentTree();
    void createStatusBar();
    void restoreSettings();
    void saveSettings() const;

    void chooseDocumentToOpen();
    void rebuildRecentMenu();
    void showAbout();
    void exportQuarterReport();

    void fillCycleSelector(Id selectedCycleId);
    void showSelectedCycle();
    void expandObjectives(const QModelIndex &parent);
    void updateStatusBar();

    // Declared before the repository, which refers to it, so it is destroyed after it.
    std::unique_ptr<Document> m_document;
    std::unique_ptr<Repository> m_repository;

    AlignmentTreeModel *m_model = nullptr;
    QTreeView *m_tree = nullptr;
    QComboBox *m_cycleSelector = nullptr;
    QMenu *m_recentMenu = nullptr;
    QLabel *m_cycleLabel = nullptr;
    QLabel *m_progressLabel = nullptr;
};
