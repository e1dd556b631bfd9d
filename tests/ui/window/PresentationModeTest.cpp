#include "support/catch.h"

#include "charts/ChartPanel.h"
#include "tree/AlignmentTreeModel.h"
#include "ui/support/AcmeWindow.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QChart>
#include <QHeaderView>
#include <QTest>
#include <QTreeView>

namespace {

QAction *presentationAction(const MainWindow &window)
{
    auto *found = window.findChild<QAction *>(QStringLiteral("actionPresentation"));
    REQUIRE(found);
    return found;
}

// The width of the shown columns beside the title: the numbers, the status and the owner.
int besideTitle(const QTreeView &tree)
{
    int width = 0;
    for (int column = 0; column < AlignmentTreeModel::ColumnCount; ++column) {
        if (column != AlignmentTreeModel::TitleColumn && !tree.isColumnHidden(column))
            width += tree.header()->sectionSize(column);
    }
    return width;
}

// A resize reaches the docks through posted layout requests, which may post more: process them until the docks stop
// moving, so the layout compared is the one on screen and not one half-way.
void settleLayout(const QMainWindow &window)
{
    for (int round = 0; round < 10; ++round) {
        const QByteArray state = window.saveState();
        QCoreApplication::processEvents();
        if (window.saveState() == state)
            return;
    }
}

// What leaving presentation mode must put back.
struct ShownLayout {
    explicit ShownLayout(const AcmeWindow &acme)
        : geometry(acme.window.geometry())
        , maximised(acme.window.isMaximized())
        , state(acme.window.saveState())
        , header(acme.tree()->header()->saveState())
        , fontSize(acme.window.font().pointSizeF())
    {
    }
    bool operator==(const ShownLayout &) const = default;

    QRect geometry;
    bool maximised;
    QByteArray state;
    QByteArray header;
    qreal fontSize;
};

} // namespace

TEST_CASE("Esc leaves presentation mode and the window is back exactly as it was, maximised or not",
          "[ui][window][presentation]")
{
    const bool maximised = GENERATE(false, true);
    CAPTURE(maximised);
    AcmeWindow acme;
    if (maximised)
        acme.window.showMaximized();
    else
        acme.window.setGeometry(60, 50, 1000, 600);
    settleLayout(acme.window);
    const ShownLayout before(acme);
    QAction *presentation = presentationAction(acme.window);

    presentation->trigger();
    REQUIRE(acme.window.isFullScreen());
    REQUIRE(acme.window.font().pointSizeF() > before.fontSize);
    QTest::keyClick(&acme.window, Qt::Key_Escape);
    settleLayout(acme.window);

    CHECK_FALSE(presentation->isChecked());
    CHECK_FALSE(acme.window.isFullScreen());
    const ShownLayout after(acme);
    CHECK(after.geometry == before.geometry);
    CHECK(after.maximised == before.maximised);
    CHECK(after.state == before.state);
    CHECK(after.header == before.header);
    CHECK(after.fontSize == before.fontSize);
    // Esc belongs to the window again (closing editors and menus) once presentation mode is over.
    CHECK_FALSE(presentation->shortcuts().contains(QKeySequence(Qt::Key_Escape)));
}

TEST_CASE("In presentation mode the titles come first and the charts' fonts grow with the window's",
          "[ui][window][presentation]")
{
    AcmeWindow acme;
    auto *charts = acme.window.findChild<QAction *>(QStringLiteral("actionCharts"));
    REQUIRE(charts);
    charts->trigger();
    auto *teamProgress = acme.window.findChild<ChartPanel *>(QStringLiteral("teamProgressChart"));
    REQUIRE(teamProgress);
    REQUIRE_FALSE(teamProgress->chart()->title().isEmpty());
    const qreal normalTitleSize = teamProgress->chart()->titleFont().pointSizeF();

    presentationAction(acme.window)->trigger();
    QCoreApplication::processEvents();

    const QTreeView &tree = *acme.tree();
    CAPTURE(tree.header()->sectionSize(AlignmentTreeModel::TitleColumn), besideTitle(tree));
    CHECK(tree.header()->sectionSize(AlignmentTreeModel::TitleColumn) >= besideTitle(tree));
    CHECK(teamProgress->chart()->titleFont().pointSizeF() > normalTitleSize * 1.5);
}

TEST_CASE("The first window gives titles more room than the numbers, and a long title loses its middle, not its end",
          "[ui][window][tree]")
{
    AcmeWindow acme;
    const QTreeView &tree = *acme.tree();

    // The numbers: the columns beside the title but the owners', which starts as wide as its header in any language.
    const int numbers = besideTitle(tree) - tree.header()->sectionSize(AlignmentTreeModel::OwnerColumn);
    CAPTURE(tree.header()->sectionSize(AlignmentTreeModel::TitleColumn), numbers);
    CHECK(tree.header()->sectionSize(AlignmentTreeModel::TitleColumn) > numbers);
    CHECK(tree.textElideMode() == Qt::ElideMiddle);
    // The tooltip has the whole title, whatever the column shows of it.
    const QModelIndex objective = acme.find(QStringLiteral("Win the mid-market"));
    REQUIRE(objective.isValid());
    CHECK(objective.data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("Win the mid-market\n")));
}
