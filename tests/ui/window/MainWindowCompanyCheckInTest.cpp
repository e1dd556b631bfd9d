#include "support/catch.h"

#include "checkin/CheckInDialog.h"
#include "document/DocumentSession.h"
#include "storage/Repository.h"
#include "ui/support/AcmeWindow.h"
#include "ui/support/RecordedMessages.h"

#include <QPointer>
#include <QStatusBar>
#include <QTest>
#include <QTreeView>

namespace {

Id teamNamed(const AcmeWindow &acme, const QString &name)
{
    for (const Team &team : acme.window.session()->repository().teams().all()) {
        if (team.name == name)
            return team.id;
    }
    return NoId;
}

} // namespace

TEST_CASE("Ctrl+K on a company objective opens the check-in of the first team owning key results below it",
          "[ui][window][checkin]")
{
    const RecordedMessages messages;
    AcmeWindow acme;
    acme.select(QStringLiteral("Win the mid-market"));

    QTest::keyClick(acme.tree(), Qt::Key_K, Qt::ControlModifier);

    const QPointer<CheckInDialog> dialog = acme.window.findChild<CheckInDialog *>();
    REQUIRE(dialog);
    CHECK(dialog->teamId() == teamNamed(acme, QStringLiteral("Sales")));
    CHECK(acme.window.statusBar()->currentMessage() ==
          QStringLiteral("The key results below belong to 2 teams: choose the next one in the check-in."));
    CHECK(messages.messages().isEmpty());
    dialog->reject();
}

TEST_CASE("Ctrl+K on an objective with no key results below says why no check-in opens", "[ui][window][checkin]")
{
    const RecordedMessages messages;
    AcmeWindow acme;
    acme.select(QStringLiteral("Be loved by our customers"));

    QTest::keyClick(acme.tree(), Qt::Key_K, Qt::ControlModifier);

    CHECK_FALSE(acme.window.findChild<CheckInDialog *>());
    REQUIRE(messages.messages().size() == 1);
    CHECK(messages.messages().first().text.startsWith(
        QStringLiteral("No team owns key results in or below “Be loved by our customers” yet")));
}
