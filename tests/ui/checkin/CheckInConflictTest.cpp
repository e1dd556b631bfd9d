#include "support/catch.h"

#include "checkin/CheckInDialog.h"
#include "storage/Document.h"
#include "storage/Repository.h"
#include "support/OtherWriter.h"
#include "ui/support/CheckInUiFixture.h"
#include "ui/support/RecordedMessages.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

namespace {

enum ConflictChoice { KeepTheirs = 0, OverwriteWithMine = 1, KeepEditing = -1 };

// The command line's `checkin` of Sales for this week, through a connection of its own.
void checkInElsewhere(const CheckInUiFixture &fixture, double nps)
{
    std::unique_ptr<Document> other = openOtherWriter(fixture.session->document());
    other->describeChanges(QStringLiteral("checkin plan.okr --team Sales"));
    Repository(*other).checkIns().save(
        {NoId, fixture.salesId, fixture.thisWeek, {{fixture.npsId, nps, Confidence::OnTrack, {}}}, {}, {}, {}});
}

double storedNps(const CheckInUiFixture &fixture)
{
    const std::optional<CheckIn> stored = fixture.repository.checkIns().find(fixture.salesId, fixture.thisWeek);
    REQUIRE(stored.has_value());
    REQUIRE(stored->updates.size() == 1);
    return stored->updates.first().value;
}

QLineEdit *npsField(const CheckInDialog &dialog, const CheckInUiFixture &fixture)
{
    auto *field = dialog.findChild<QLineEdit *>(QStringLiteral("newValue-%1").arg(fixture.npsId));
    REQUIRE(field);
    return field;
}

void clickSave(const CheckInDialog &dialog)
{
    QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save), Qt::LeftButton);
}

} // namespace

TEST_CASE("A check-in form opened before another writer saved the week should not overwrite it, and name the writer",
          "[ui][checkin][conflict]")
{
    CheckInUiFixture fixture;
    RecordedMessages messages;
    CheckInDialog dialog(*fixture.session);
    dialog.setTeamAndWeek(fixture.salesId, fixture.thisWeek);
    dialog.show();
    QTest::keyClicks(npsField(dialog, fixture), QStringLiteral("35"));

    checkInElsewhere(fixture, 40);

    SECTION("Keeping editing writes nothing and keeps what was typed")
    {
        messages.answerChoices(KeepEditing);
        clickSave(dialog);
        REQUIRE(messages.messages().size() == 1);
        const MessageBoxes::Message &asked = messages.messages().first();
        CHECK(asked.kind == MessageBoxes::Kind::Choice);
        CHECK(asked.text.contains(QStringLiteral("the command line")));
        CHECK(asked.text.contains(QStringLiteral("checkin plan.okr --team Sales")));
        CHECK(storedNps(fixture) == 40);
        CHECK(fixture.undoStack.count() == 0);
        CHECK(dialog.isVisible());
        CHECK(npsField(dialog, fixture)->text() == QStringLiteral("35"));
    }
    SECTION("Keeping their values reloads the form with them")
    {
        messages.answerChoices(KeepTheirs);
        clickSave(dialog);
        CHECK(storedNps(fixture) == 40);
        CHECK(fixture.undoStack.count() == 0);
        CHECK(dialog.isVisible());
        CHECK(npsField(dialog, fixture)->text() == QStringLiteral("40"));
    }
    SECTION("Overwriting writes the form's values as one undo step, whose undo gives theirs back")
    {
        messages.answerChoices(OverwriteWithMine);
        clickSave(dialog);
        CHECK(storedNps(fixture) == 35);
        CHECK(dialog.result() == QDialog::Accepted);
        REQUIRE(fixture.undoStack.count() == 1);
        fixture.undoStack.undo();
        CHECK(storedNps(fixture) == 40);
    }
}

TEST_CASE("A check-in form should save when nobody else wrote the week since it was opened", "[ui][checkin][conflict]")
{
    CheckInUiFixture fixture;
    RecordedMessages messages;
    checkInElsewhere(fixture, 40); // before the form reads the week
    CheckInDialog dialog(*fixture.session);
    dialog.setTeamAndWeek(fixture.salesId, fixture.thisWeek);
    dialog.show();
    npsField(dialog, fixture)->clear();
    QTest::keyClicks(npsField(dialog, fixture), QStringLiteral("45"));

    clickSave(dialog);

    CHECK(messages.messages().isEmpty());
    CHECK(storedNps(fixture) == 45);
    CHECK(dialog.result() == QDialog::Accepted);
}
