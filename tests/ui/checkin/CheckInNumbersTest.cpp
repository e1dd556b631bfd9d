#include "support/catch.h"

#include "checkin/CheckInDialog.h"
#include "history/KeyResultHistoryView.h"
#include "support/PinnedLocale.h"
#include "ui/support/CheckInUiFixture.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

namespace {

template <typename Widget> Widget *child(const QWidget &parent, const QString &name)
{
    auto *found = parent.findChild<Widget *>(name);
    REQUIRE(found);
    return found;
}

// A key result measured in dollars with last week's value, beside the fixture's NPS and churn.
Id addRevenue(CheckInUiFixture &fixture, double lastValue)
{
    const CyclePlan plan = fixture.repository.queries().loadCyclePlan(fixture.cycleId);
    KeyResult revenue = *plan.keyResult(fixture.npsId);
    revenue.id = NoId;
    revenue.current.reset();
    revenue.title = QStringLiteral("Grow revenue per customer to $60");
    revenue.start = 40;
    revenue.target = 60;
    revenue.unitLabel = QStringLiteral("$");
    revenue.position = -1;
    const Id revenueId = fixture.repository.plan().addKeyResult(revenue);
    CheckIn previous = *fixture.repository.checkIns().find(fixture.salesId, fixture.lastWeek);
    previous.updates.append({revenueId, lastValue, Confidence::OnTrack, QString()});
    fixture.repository.checkIns().save(previous);
    return revenueId;
}

} // namespace

TEST_CASE("The check-in accepts a percent sign in a percent field and a decimal comma in a comma locale",
          "[ui][checkin][numbers]")
{
    const PinnedLocale german(PinnedLocale::german());
    CheckInUiFixture fixture;
    CheckInDialog dialog(*fixture.session);
    dialog.setTeamAndWeek(fixture.salesId, fixture.thisWeek);
    auto *save = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);

    auto *churn = child<QLineEdit>(dialog, QStringLiteral("newValue-%1").arg(fixture.churnId));
    QTest::keyClicks(churn, QStringLiteral("7,5%"));
    CHECK(save->isEnabled());
    CHECK_FALSE(child<QLabel>(dialog, QStringLiteral("standing-%1").arg(fixture.churnId))
                    ->text()
                    .contains(QStringLiteral("not a number")));
    auto *nps = child<QLineEdit>(dialog, QStringLiteral("newValue-%1").arg(fixture.npsId));
    QTest::keyClicks(nps, QStringLiteral("1.450 points"));
    REQUIRE(save->isEnabled());

    save->click();
    const std::optional<CheckIn> saved = fixture.repository.checkIns().find(fixture.salesId, fixture.thisWeek);
    REQUIRE(saved);
    REQUIRE(saved->updates.size() == 2);
    for (const KeyResultUpdate &update : saved->updates)
        CHECK(update.value == (update.keyResultId == fixture.churnId ? 7.5 : 1450.0));
}

TEST_CASE("The check-in and the history write one value the same way as the tree", "[ui][checkin][numbers]")
{
    const PinnedLocale english(PinnedLocale::english());
    CheckInUiFixture fixture;
    const Id revenueId = addRevenue(fixture, 56);
    CheckIn previous = *fixture.repository.checkIns().find(fixture.salesId, fixture.lastWeek);
    previous.updates.first().value = 12596; // NPS as a count, large enough to be grouped
    fixture.repository.checkIns().save(previous);
    fixture.shownPlan.showCycle(fixture.cycleId);

    CheckInDialog dialog(*fixture.session);
    dialog.setTeamAndWeek(fixture.salesId, fixture.thisWeek);
    const QString week = fixture.lastWeek.toString();
    CHECK(child<QLabel>(dialog, QStringLiteral("lastValue-%1").arg(fixture.npsId))->text() ==
          QStringLiteral("12,596\u00a0points (%1)").arg(week));
    CHECK(child<QLabel>(dialog, QStringLiteral("lastValue-%1").arg(revenueId))->text() ==
          QStringLiteral("$56 (%1)").arg(week));

    KeyResultHistoryView history(*fixture.session, fixture.shownPlan);
    history.setKeyResult(revenueId);
    auto *timeline = history.findChild<QTableWidget *>(QStringLiteral("timeline"));
    REQUIRE(timeline);
    REQUIRE(timeline->rowCount() == 1);
    CHECK(timeline->item(0, 1)->text() == QStringLiteral("$56"));
    CHECK(timeline->item(0, 2)->text() == QStringLiteral("80\u00a0%"));
}
