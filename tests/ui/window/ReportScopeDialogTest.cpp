#include "support/CatchQt.h"

#include "window/ReportScopeDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QTest>

namespace {

QComboBox *comboBox(const QWidget &parent, const char *name)
{
    auto *found = parent.findChild<QComboBox *>(QLatin1String(name));
    REQUIRE(found);
    return found;
}

Cycle cycle(Id id, const QString &name, CycleState state)
{
    Cycle cycle;
    cycle.id = id;
    cycle.name = name;
    cycle.state = state;
    cycle.start = QDate(2026, 1, 1);
    cycle.end = QDate(2026, 3, 31);
    return cycle;
}

} // namespace

TEST_CASE("The report's question offers every cycle, the shown one first, and every team by department",
          "[ui][window][report]")
{
    const QList<Cycle> cycles{cycle(1, QStringLiteral("2026 Q1"), CycleState::Closed),
                              cycle(2, QStringLiteral("2026 Q2"), CycleState::Active)};
    const QList<Team> teams{{10, NoId, QStringLiteral("Company")},
                            {12, 10, QStringLiteral("Sales")},
                            {11, 10, QStringLiteral("Product")},
                            {13, 12, QStringLiteral("EMEA")}};
    ReportScopeDialog dialog(cycles, 2, teams);
    dialog.show();
    dialog.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));

    QComboBox *cycleBox = comboBox(dialog, "reportCycle");
    QComboBox *teamBox = comboBox(dialog, "reportTeam");
    REQUIRE(cycleBox->count() == 2);
    CHECK(cycleBox->currentText().startsWith(QStringLiteral("2026 Q2")));
    CHECK(dialog.cycleId() == 2);
    CHECK(dialog.teamId() == NoId);
    QStringList shown;
    for (int index = 0; index < teamBox->count(); ++index)
        shown.append(teamBox->itemText(index));
    CHECK(shown == QStringList{QStringLiteral("The whole organisation"), QStringLiteral("Company"),
                               QStringLiteral("    Sales"), QStringLiteral("        EMEA"),
                               QStringLiteral("    Product")});

    // Keyboard only: the cycle has the focus, Tab reaches the team.
    CHECK(QApplication::focusWidget() == cycleBox);
    QTest::keyClick(cycleBox, Qt::Key_Up);
    CHECK(dialog.cycleId() == 1);
    QTest::keyClick(cycleBox, Qt::Key_Tab);
    CHECK(QApplication::focusWidget() == teamBox);
    QTest::keyClick(teamBox, Qt::Key_Down);
    QTest::keyClick(teamBox, Qt::Key_Down);
    CHECK(dialog.teamId() == 12);
    // Each field's label carries its mnemonic.
    for (const QLabel *label : dialog.findChildren<QLabel *>()) {
        if (label->buddy())
            CHECK(label->text().contains(QLatin1Char('&')));
    }
}
