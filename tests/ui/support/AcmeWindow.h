#pragma once

#include "window/MainWindow.h"

#include <QModelIndex>
#include <QString>
#include <QTemporaryDir>

class QTreeView;

// The Acme document (DocumentFixtures::writeAcme: a closed and an active quarter) open in a shown, active window,
// with fresh settings: the starting point of the tests that drive the window from the keyboard.
struct AcmeWindow {
    AcmeWindow();

    QTreeView *tree() const; // the alignment tree
    // The title cell of the row titled `title`, anywhere below `parent` in the tree as the view shows it.
    QModelIndex find(const QString &title, const QModelIndex &parent = {}) const;
    // Makes that row the current one and gives the tree the focus.
    void select(const QString &title) const;

    QTemporaryDir directory;
    QString path;
    MainWindow window;
};
