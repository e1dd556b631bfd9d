#include "support/CatchQt.h"
#include "support/OtherWriter.h"

#include "document/DocumentSession.h"
#include "model/Organisation.h"
#include "storage/Repository.h"
#include "teams/TeamsView.h"
#include "tree/AlignmentTreeModel.h"
#include "ui/support/AcmeWindow.h"
#include "ui/support/RecordedMessages.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

namespace {

// The Acme window with its Teams window opened from the Teams menu, as the user would.
struct TeamsWindow : AcmeWindow {
    TeamsView *teams = nullptr;

    TeamsWindow()
    {
        auto *action = window.findChild<QAction *>(QStringLiteral("actionTeams"));
        REQUIRE(action);
        REQUIRE(action->isEnabled());
        action->trigger();
        teams = window.findChild<TeamsView *>(QStringLiteral("teamsView"));
        REQUIRE(teams);
        REQUIRE(teams->isVisible());
    }

    template <typename Widget> Widget *child(const char *name) const
    {
        auto *found = teams->findChild<Widget *>(QLatin1String(name));
        REQUIRE(found);
        return found;
    }

    Repository &repository() const { return window.findChild<AlignmentTreeModel *>()->session()->repository(); }
    QUndoStack *undoStack() const { return window.findChild<AlignmentTreeModel *>()->session()->undoStack(); }

    std::optional<Team> team(const QString &name) const { return repository().teams().byName(name); }

    // Selects the team in the Teams window's tree, as a click would.
    void select(const QString &name) const
    {
        const QList<QTreeWidgetItem *> found =
            child<QTreeWidget>("teamTree")->findItems(name, Qt::MatchExactly | Qt::MatchRecursive);
        REQUIRE(found.size() == 1);
        child<QTreeWidget>("teamTree")->setCurrentItem(found.first());
    }

    void typeName(const QString &name) const
    {
        auto *edit = child<QLineEdit>("teamName");
        edit->clear();
        QTest::keyClicks(edit, name);
    }

    void chooseParent(const QString &name) const
    {
        auto *parent = child<QComboBox>("teamParent");
        const int row = parent->findText(name, Qt::MatchEndsWith);
        REQUIRE(row >= 0);
        parent->setCurrentIndex(row);
    }

    void click(const char *button) const
    {
        auto *found = child<QPushButton>(button);
        REQUIRE(found->isEnabled());
        QTest::mouseClick(found, Qt::LeftButton);
    }

    QStringList teamFilterEntries() const
    {
        auto *filter = window.findChild<QComboBox *>(QStringLiteral("teamFilter"));
        QStringList entries;
        for (int row = 0; row < filter->count(); ++row)
            entries.append(filter->itemText(row).trimmed());
        return entries;
    }
};

} // namespace

TEST_CASE("The Teams window should add a team below the chosen one, as one undo step", "[ui][teams]")
{
    TeamsWindow fixture;
    fixture.select(QStringLiteral("Sales"));
    fixture.typeName(QStringLiteral("Key Accounts"));
    fixture.chooseParent(QStringLiteral("Sales"));
    fixture.click("addTeamButton");

    const std::optional<Team> added = fixture.team(QStringLiteral("Key Accounts"));
    REQUIRE(added.has_value());
    CHECK(added->parentId == fixture.team(QStringLiteral("Sales"))->id);
    // The window and the main window's team filter read the teams again.
    CHECK(fixture.child<QTreeWidget>("teamTree")->currentItem()->text(0) == QStringLiteral("Key Accounts"));
    CHECK(fixture.teamFilterEntries().contains(QStringLiteral("Key Accounts")));

    fixture.undoStack()->undo();
    CHECK_FALSE(fixture.team(QStringLiteral("Key Accounts")).has_value());
    CHECK_FALSE(fixture.teamFilterEntries().contains(QStringLiteral("Key Accounts")));
    fixture.undoStack()->redo();
    CHECK(fixture.team(QStringLiteral("Key Accounts"))->id == added->id);
}

TEST_CASE("The Teams window should rename and move a team, each undone alone", "[ui][teams]")
{
    TeamsWindow fixture;
    const Id salesId = fixture.team(QStringLiteral("Sales"))->id;
    fixture.select(QStringLiteral("Sales"));
    fixture.typeName(QStringLiteral("Revenue"));
    fixture.click("renameTeamButton");
    CHECK(fixture.team(QStringLiteral("Revenue"))->id == salesId);

    fixture.select(QStringLiteral("Revenue"));
    fixture.chooseParent(QStringLiteral("Engineering"));
    fixture.click("moveTeamButton");
    CHECK(fixture.team(QStringLiteral("Revenue"))->parentId == fixture.team(QStringLiteral("Engineering"))->id);

    fixture.undoStack()->undo();
    CHECK(fixture.team(QStringLiteral("Revenue"))->parentId == fixture.team(QStringLiteral("Acme"))->id);
    fixture.undoStack()->undo();
    CHECK(fixture.team(QStringLiteral("Sales"))->id == salesId);
}

TEST_CASE("The Teams window should refuse a name another team has and a move under the team itself", "[ui][teams]")
{
    TeamsWindow fixture;
    RecordedMessages messages;
    const int steps = fixture.undoStack()->count();
    fixture.select(QStringLiteral("Sales"));
    fixture.typeName(QStringLiteral("engineering"));
    fixture.click("renameTeamButton");
    REQUIRE(messages.messages().size() == 1);
    CHECK(messages.messages().first().text.contains(QStringLiteral("already named")));

    fixture.select(QStringLiteral("Acme"));
    fixture.chooseParent(QStringLiteral("Sales"));
    CHECK_FALSE(fixture.child<QPushButton>("moveTeamButton")->isEnabled()); // the company stays on top
    CHECK(fixture.undoStack()->count() == steps);
    CHECK(fixture.team(QStringLiteral("Sales")).has_value());
}

TEST_CASE("Deleting a team should say what it takes along, ask, and come back with undo", "[ui][teams]")
{
    TeamsWindow fixture;
    RecordedMessages messages;
    const Id cycleId = fixture.window.findChild<AlignmentTreeModel *>()->plan().cycle.id;
    const qsizetype objectivesBefore = fixture.repository().queries().loadCyclePlan(cycleId).objectives.size();
    fixture.select(QStringLiteral("Engineering"));

    messages.answerQuestions(false);
    fixture.click("removeTeamButton");
    REQUIRE(messages.messages().size() == 1);
    CHECK(messages.messages().first().kind == MessageBoxes::Kind::Question);
    CHECK(messages.messages().first().text.contains(QStringLiteral("2 objective")));
    CHECK(messages.messages().first().text.contains(QStringLiteral("key result")));
    CHECK(fixture.team(QStringLiteral("Engineering")).has_value());

    messages.answerQuestions(true);
    fixture.click("removeTeamButton");
    CHECK_FALSE(fixture.team(QStringLiteral("Engineering")).has_value());
    CHECK(fixture.repository().queries().loadCyclePlan(cycleId).objectives.size() == objectivesBefore - 2);
    CHECK_FALSE(fixture.find(QStringLiteral("Ship reliably")).isValid());

    fixture.undoStack()->undo();
    CHECK(fixture.team(QStringLiteral("Engineering")).has_value());
    CHECK(fixture.repository().queries().loadCyclePlan(cycleId).objectives.size() == objectivesBefore);
    CHECK(fixture.find(QStringLiteral("Ship reliably")).isValid());
}

TEST_CASE("A team change should be refused when another writer changed the team since the window read it",
          "[ui][teams]")
{
    TeamsWindow fixture;
    RecordedMessages messages;
    fixture.select(QStringLiteral("Sales"));
    {
        const std::unique_ptr<Document> other = openOtherWriter(fixture.repository().document());
        Repository repository(*other);
        repository.teams().rename(repository.teams().byName(QStringLiteral("Sales"))->id, QStringLiteral("Deals"));
    }
    fixture.typeName(QStringLiteral("Revenue"));
    fixture.click("renameTeamButton");
    CHECK(fixture.team(QStringLiteral("Deals")).has_value());
    CHECK_FALSE(fixture.team(QStringLiteral("Revenue")).has_value());
    REQUIRE(messages.messages().size() == 1);
    CHECK(messages.messages().first().title.startsWith(QStringLiteral("Changed Elsewhere")));
}
