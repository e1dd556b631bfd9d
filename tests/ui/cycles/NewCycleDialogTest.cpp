#include "support/CatchQt.h"

#include "cycles/NewCycleDialog.h"
#include "model/Quarter.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

namespace {

template <typename Widget> Widget *child(const QWidget &parent, const char *name)
{
    auto *found = parent.findChild<Widget *>(QLatin1String(name));
    REQUIRE(found);
    return found;
}

QPushButton *okButton(const NewCycleDialog &dialog)
{
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    REQUIRE(buttons);
    return buttons->button(QDialogButtonBox::Ok);
}

QList<Cycle> existingQuarters()
{
    Cycle active = Quarter::containing(QDate(2026, 10, 1));
    active.id = 1;
    active.state = CycleState::Active;
    return {active};
}

} // namespace

TEST_CASE("The new cycle dialog should propose the next quarter's name and dates", "[ui][cycles]")
{
    NewCycleDialog dialog(existingQuarters(), QDate(2026, 11, 23));
    const Cycle proposed = dialog.cycle();
    CHECK(proposed.name == QStringLiteral("2027 Q1"));
    CHECK(proposed.start == QDate(2027, 1, 1));
    CHECK(proposed.end == QDate(2027, 3, 31));
    CHECK(okButton(dialog)->isEnabled());

    auto *kind = child<QComboBox>(dialog, "cycleKind");
    kind->setCurrentIndex(1);
    CHECK(dialog.cycle().name == QStringLiteral("2027"));
    CHECK(dialog.cycle().annual);
    CHECK(dialog.cycle().end == QDate(2027, 12, 31));
}

TEST_CASE("The new cycle dialog should refuse a custom cycle that ends before it starts or overlaps", "[ui][cycles]")
{
    NewCycleDialog dialog(existingQuarters(), QDate(2026, 11, 23));
    child<QComboBox>(dialog, "cycleKind")->setCurrentIndex(2);
    QTest::keyClicks(child<QLineEdit>(dialog, "cycleName"), QStringLiteral("Launch sprint"));
    child<QDateEdit>(dialog, "cycleStart")->setDate(QDate(2027, 2, 1));
    child<QDateEdit>(dialog, "cycleEnd")->setDate(QDate(2027, 1, 15));
    CHECK_FALSE(okButton(dialog)->isEnabled());
    CHECK(child<QLabel>(dialog, "cycleProblem")->text().contains(QStringLiteral("before it starts")));

    child<QDateEdit>(dialog, "cycleStart")->setDate(QDate(2026, 12, 1));
    child<QDateEdit>(dialog, "cycleEnd")->setDate(QDate(2027, 1, 15));
    CHECK(child<QLabel>(dialog, "cycleProblem")->text().contains(QStringLiteral("overlaps")));

    child<QDateEdit>(dialog, "cycleStart")->setDate(QDate(2027, 1, 1));
    CHECK(okButton(dialog)->isEnabled());
    CHECK(dialog.cycle().name == QStringLiteral("Launch sprint"));
    CHECK_FALSE(dialog.cycle().annual);
}
