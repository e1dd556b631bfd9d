#include "support/CatchQt.h"

#include "commands/AddCycleCommand.h"
#include "document/DocumentSession.h"
#include "model/Quarter.h"
#include "storage/Repository.h"
#include "teams/TeamsView.h"
#include "tree/AlignmentTreeModel.h"
#include "ui/support/AcmeWindow.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

namespace {

template <typename Widget> Widget *child(const MainWindow &window, const char *name)
{
    auto *found = window.findChild<Widget *>(QLatin1String(name));
    REQUIRE(found);
    return found;
}

} // namespace

TEST_CASE("A cycle without objectives should offer the OKR wizard and carrying over from the cycle before",
          "[ui][tree][empty]")
{
    AcmeWindow acme;
    auto *panel = child<QWidget>(acme.window, "emptyPlanPanel");
    CHECK_FALSE(panel->isVisible()); // 2026 Q3 has objectives

    DocumentSession *session = acme.window.findChild<AlignmentTreeModel *>()->session();
    const Cycle next = Quarter::following(*session->repository().cycles().active());
    REQUIRE(session->push(new AddCycleCommand(*session, next)).isDone()); // the window shows the cycle added
    REQUIRE(acme.window.findChild<AlignmentTreeModel *>()->plan().cycle.name == next.name);

    CHECK(panel->isVisible());
    CHECK(child<QLabel>(acme.window, "emptyPlanMessage")->text().contains(QStringLiteral("no OKRs yet")));
    auto *newOkr = child<QToolButton>(acme.window, "emptyPlanNewOkr");
    CHECK(newOkr->isVisible());
    CHECK(newOkr->isEnabled());
    auto *carryOver = child<QToolButton>(acme.window, "emptyPlanCarryOver");
    CHECK(carryOver->isVisible());
    CHECK(carryOver->text() == QStringLiteral("Carry Over from 2026 Q3…"));
    CHECK_FALSE(child<QToolButton>(acme.window, "emptyPlanNewTeam")->isVisible());
}

TEST_CASE("A document without teams should offer adding them, and the Teams window adds the first", "[ui][tree][empty]")
{
    QTemporaryDir folder;
    MainWindow window;
    const QString path = folder.filePath(QStringLiteral("empty.okr"));
    Document::create(path);
    REQUIRE(window.openDocument(path));
    window.show();

    auto *panel = child<QWidget>(window, "emptyPlanPanel");
    CHECK(panel->isVisible());
    CHECK(child<QLabel>(window, "emptyPlanMessage")->text().contains(QStringLiteral("no teams yet")));
    auto *newTeam = child<QToolButton>(window, "emptyPlanNewTeam");
    REQUIRE(newTeam->isVisible());
    REQUIRE(newTeam->isEnabled());
    CHECK_FALSE(child<QToolButton>(window, "emptyPlanNewOkr")->isVisible());

    QTest::mouseClick(newTeam, Qt::LeftButton);
    auto *teams = window.findChild<TeamsView *>(QStringLiteral("teamsView"));
    REQUIRE(teams);
    auto *name = teams->findChild<QLineEdit *>(QStringLiteral("teamName"));
    QTest::keyClicks(name, QStringLiteral("Acme"));
    QTest::mouseClick(teams->findChild<QPushButton *>(QStringLiteral("addTeamButton")), Qt::LeftButton);
    REQUIRE(window.session()->repository().teams().all().size() == 1);
    CHECK(window.session()->repository().teams().all().first().parentId == NoId);
    CHECK_FALSE(panel->isVisible());
}
