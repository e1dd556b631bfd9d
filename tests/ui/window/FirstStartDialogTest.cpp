#include "support/CatchQt.h"

#include "window/FirstStartDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>

namespace {

template <typename Widget> Widget *field(const QWidget &parent, const char *name)
{
    auto *found = parent.findChild<Widget *>(QLatin1String(name));
    REQUIRE(found);
    return found;
}

QPushButton *startButton(const FirstStartDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

} // namespace

TEST_CASE("The first start should offer the user's organisation, named with its first teams", "[ui][first-start]")
{
    FirstStartDialog dialog(QDate(2026, 11, 20));
    dialog.show();
    CHECK(dialog.choice() == FirstStartDialog::Choice::Organisation);
    // Nothing to start before the organisation has a name.
    CHECK_FALSE(startButton(dialog)->isEnabled());
    CHECK(field<QLabel>(dialog, "firstStartProblem")->isVisible());

    QTest::keyClicks(field<QLineEdit>(dialog, "firstStartName"), QStringLiteral(" Northwind "));
    CHECK(startButton(dialog)->isEnabled());
    field<QPlainTextEdit>(dialog, "firstStartTeams")->setPlainText(QStringLiteral("Sales\n\n  Support \n"));
    CHECK(dialog.organisationName() == QStringLiteral("Northwind"));
    CHECK(dialog.teamNames() == QStringList{QStringLiteral("Sales"), QStringLiteral("Support")});
    // The first cycle is said before it is written.
    bool quarterNamed = false;
    for (const QLabel *label : dialog.findChildren<QLabel *>())
        quarterNamed = quarterNamed || label->text().contains(QStringLiteral("2026 Q4"));
    CHECK(quarterNamed);
}

TEST_CASE("The first start should offer the example company instead, needing no name", "[ui][first-start]")
{
    FirstStartDialog dialog(QDate(2026, 11, 20));
    dialog.show();
    field<QRadioButton>(dialog, "firstStartExample")->click();
    CHECK(dialog.choice() == FirstStartDialog::Choice::Example);
    CHECK(startButton(dialog)->isEnabled());
    CHECK_FALSE(field<QLineEdit>(dialog, "firstStartName")->isEnabled());
    // It fits the laptop the product is built for.
    CHECK(dialog.sizeHint().height() <= 700);
    CHECK(dialog.sizeHint().width() <= 1300);
}
