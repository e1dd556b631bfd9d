#include "ui/support/AcmeWindow.h"

#include "support/catch.h"

#include "tree/AlignmentTreeModel.h"
#include "ui/support/DocumentFixtures.h"

#include <QSettings>
#include <QTest>
#include <QTreeView>

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

QTreeView *AcmeWindow::tree() const
{
    auto *found = window.findChild<QTreeView *>(QStringLiteral("alignmentTree"));
    REQUIRE(found);
    return found;
}

QModelIndex AcmeWindow::find(const QString &title, const QModelIndex &parent) const
{
    const QAbstractItemModel *treeModel = tree()->model();
    for (int row = 0; row < treeModel->rowCount(parent); ++row) {
        const QModelIndex row0 = treeModel->index(row, AlignmentTreeModel::TitleColumn, parent);
        if (row0.data().toString() == title)
            return row0;
        if (const QModelIndex below = find(title, row0); below.isValid())
            return below;
    }
    return {};
}

void AcmeWindow::select(const QString &title) const
{
    const QModelIndex index = find(title);
    REQUIRE(index.isValid());
    tree()->setCurrentIndex(index);
    tree()->setFocus();
}
