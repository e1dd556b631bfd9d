#include "support/catch.h"

#include "checkin/CheckInDialog.h"
#include "commands/AddCommentCommand.h"
#include "ui/support/CheckInUiFixture.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

namespace {

template <typename Widget> Widget *child(const QWidget &parent, const QString &name)
{
    auto *found = parent.findChild<Widget *>(name);
    REQUIRE(found);
    return found;
}

QPushButton *saveButton(const CheckInDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
}

// Shortcuts such as Ctrl+S only reach an active window.
void showActive(CheckInDialog &dialog)
{
    dialog.show();
    dialog.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
}

QString valueField(Id keyResultId)
{
    return QStringLiteral("newValue-%1").arg(keyResultId);
}

// The form on Sales' week, shown, with 35 typed as the NPS: what the failure tests then try to save.
void typeSalesNps(const CheckInUiFixture &fixture, CheckInDialog &dialog)
{
    dialog.setTeamAndWeek(fixture.salesId, fixture.thisWeek);
    showActive(dialog);
    QTest::keyClicks(child<QLineEdit>(dialog, valueField(fixture.npsId)), QStringLiteral("35"));
}

} // namespace

TEST_CASE("The check-in form should save values typed with the keyboard as one undo step", "[ui][checkin]")
{
    CheckInUiFixture fixture;
    CheckInDialog dialog(*fixture.session);
    dialog.setTeamAndWeek(fixture.salesId, fixture.thisWeek);
    showActive(dialog);
    QSignalSpy saved(&dialog, &CheckInDialog::checkInSaved);

    auto *value = child<QLineEdit>(dialog, valueField(fixture.npsId));
    CHECK(value->text().isEmpty());
    CHECK(value->placeholderText() == QStringLiteral("30")); // last week's value
    value->setFocus();
    QTest::keyClicks(value, QStringLiteral("35"));
    CHECK(child<QLabel>(dialog, QStringLiteral("standing-%1").arg(fixture.npsId))
              ->text()
              .startsWith(QStringLiteral("50\u00a0%")));
    auto *confidence = child<QComboBox>(dialog, QStringLiteral("confidence-%1").arg(fixture.npsId));
    CHECK(confidence->currentText() == QStringLiteral("At risk")); // last week's stated confidence
    QTest::keyClick(confidence, Qt::Key_Up);
    CHECK(confidence->currentText() == QStringLiteral("On track"));
    QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("comment-%1").arg(fixture.npsId)),
                     QStringLiteral("Survey answers came in"));
    QTest::keyClicks(child<QPlainTextEdit>(dialog, QStringLiteral("lessons")), QStringLiteral("Ask early"));

    REQUIRE(saveButton(dialog)->isEnabled());
    QTest::mouseClick(saveButton(dialog), Qt::LeftButton);

    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(saved.count() == 1);
    REQUIRE(fixture.undoStack.count() == 1);
    const std::optional<CheckIn> stored = fixture.repository.checkIns().find(fixture.salesId, fixture.thisWeek);
    REQUIRE(stored.has_value());
    REQUIRE(stored->updates.size() == 1); // churn was left empty: no update
    CHECK(stored->updates.first().keyResultId == fixture.npsId);
    CHECK(stored->updates.first().value == 35);
    CHECK(stored->updates.first().confidence == Confidence::OnTrack);
    CHECK(stored->updates.first().comment == QStringLiteral("Survey answers came in"));
    CHECK(stored->lessons == QStringLiteral("Ask early"));
    REQUIRE(stored->items.size() == 1); // last week's unfinished plan, carried over
    CHECK(stored->items.first().text == QStringLiteral("Interview five churned customers"));

    fixture.undoStack.undo();
    CHECK_FALSE(fixture.repository.checkIns().find(fixture.salesId, fixture.thisWeek).has_value());
    fixture.undoStack.redo();
    CHECK(fixture.repository.checkIns().find(fixture.salesId, fixture.thisWeek)->updates.first().value == 35);
}

TEST_CASE("A check-in whose rules cannot read the document should be reported and keep the form open",
          "[ui][checkin]")
{
    CheckInUiFixture fixture;
    CheckInDialog dialog(*fixture.session);
    QSignalSpy readFailed(fixture.session.get(), &DocumentSession::readFailed);
    typeSalesNps(fixture, dialog);

    // The teams cannot be read from here on, as when the connection to a server broke.
    fixture.session->document().exec(QStringLiteral("ALTER TABLE teams RENAME TO teams_away"));
    QTest::keyClick(&dialog, Qt::Key_S, Qt::ControlModifier);

    CHECK(readFailed.count() == 1);
    CHECK(dialog.isVisible());
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(fixture.undoStack.count() == 0);
    CHECK(child<QLabel>(dialog, QStringLiteral("problems"))->text().startsWith(QStringLiteral("The check-in was not saved.")));

    fixture.session->document().exec(QStringLiteral("ALTER TABLE teams_away RENAME TO teams"));
    QTest::keyClick(&dialog, Qt::Key_S, Qt::ControlModifier);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(fixture.undoStack.count() == 1);
}

TEST_CASE("A check-in the document cannot take should be reported, leave nothing to undo and keep the form open",
          "[ui][checkin]")
{
    CheckInUiFixture fixture;
    CheckInDialog dialog(*fixture.session);
    QSignalSpy failed(fixture.session.get(), &DocumentSession::writeFailed);
    QList<DocumentChange> changes;
    QObject::connect(fixture.session.get(), &DocumentSession::changed, &dialog,
                     [&changes](const DocumentChange &change) { changes.append(change); });
    typeSalesNps(fixture, dialog);

    // Every write fails from here on, as on a disk that became read-only.
    fixture.session->document().exec(QStringLiteral("PRAGMA query_only = ON"));
    QTest::keyClick(&dialog, Qt::Key_S, Qt::ControlModifier);

    CHECK(failed.count() == 1);
    CHECK(changes.isEmpty());
    CHECK(dialog.isVisible());
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(fixture.undoStack.count() == 0);
    CHECK(child<QLabel>(dialog, QStringLiteral("problems"))->isVisible());

    // The typed values are still there: once the document takes writes again, Save works.
    fixture.session->document().exec(QStringLiteral("PRAGMA query_only = OFF"));
    QTest::keyClick(&dialog, Qt::Key_S, Qt::ControlModifier);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(fixture.undoStack.count() == 1);
    REQUIRE(changes.size() == 1);
    const DocumentChange &change = changes.first();
    CHECK(change.kind == DocumentChange::Kind::CheckInsSaved);
    CHECK(change.cycleId == fixture.cycleId);
    CHECK(change.keyResultIds == QList<Id>{fixture.npsId});
}

TEST_CASE("A value that is not a number should show an inline error, disable Save and change nothing", "[ui][checkin]")
{
    CheckInUiFixture fixture;
    CheckInDialog dialog(*fixture.session);
    dialog.setTeamAndWeek(fixture.salesId, fixture.thisWeek);
    showActive(dialog);

    auto *value = child<QLineEdit>(dialog, valueField(fixture.churnId));
    QTest::keyClicks(value, QStringLiteral("8,5x"));
    CHECK(child<QLabel>(dialog, QStringLiteral("standing-%1").arg(fixture.churnId))
              ->text()
              .startsWith(QStringLiteral("“8,5x” is not a number: write it like ")));
    CHECK_FALSE(saveButton(dialog)->isEnabled());
    CHECK_FALSE(dialog.canSave());
    QTest::keyClick(&dialog, Qt::Key_S, Qt::ControlModifier);
    QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
    CHECK(dialog.isVisible());
    CHECK(fixture.undoStack.count() == 0);
    CHECK_FALSE(fixture.repository.checkIns().find(fixture.salesId, fixture.thisWeek).has_value());

    // Fixing it enables Save again.
    value->clear();
    QTest::keyClicks(value, QStringLiteral("8.5"));
    CHECK(saveButton(dialog)->isEnabled());
}

TEST_CASE("Reopening a checked-in week should edit it, and undo should restore it exactly", "[ui][checkin]")
{
    CheckInUiFixture fixture;
    CheckIn original{NoId,
                     fixture.salesId,
                     fixture.thisWeek,
                     {{fixture.npsId, 33, Confidence::OffTrack, QStringLiteral("Holidays")},
                      {fixture.churnId, 9, Confidence::OnTrack, QString()}},
                     {{QStringLiteral("Ana"), PlanItemKind::Problem, QStringLiteral("No budget"), NoId, false}},
                     QStringLiteral("Keep it short"),
                     QStringLiteral("Call the top ten accounts")};
    const Id originalId = fixture.repository.checkIns().save(original);

    CheckInDialog dialog(*fixture.session);
    dialog.setTeamAndWeek(fixture.salesId, fixture.thisWeek);
    showActive(dialog);
    CHECK(child<QLabel>(dialog, QStringLiteral("weekStatus"))->text().contains(QStringLiteral("Editing")));
    auto *value = child<QLineEdit>(dialog, valueField(fixture.npsId));
    CHECK(value->text() == QStringLiteral("33"));
    CHECK(child<QComboBox>(dialog, QStringLiteral("confidence-%1").arg(fixture.npsId))->currentText() ==
          QStringLiteral("Off track"));
    CHECK(child<QTableWidget>(dialog, QStringLiteral("notes"))->rowCount() == 1); // its own notes, nothing carried
    value->selectAll();
    QTest::keyClicks(value, QStringLiteral("36"));
    QTest::keyClick(&dialog, Qt::Key_S, Qt::ControlModifier);
    REQUIRE(fixture.undoStack.count() == 1);

    const QList<CheckIn> all = fixture.repository.checkIns().ofTeam(fixture.salesId);
    CHECK(all.size() == 2); // last week and this week: edited, not duplicated
    const std::optional<CheckIn> edited = fixture.repository.checkIns().find(fixture.salesId, fixture.thisWeek);
    CHECK(edited->id == originalId);
    CHECK(edited->updates.at(0).value == 36);
    CHECK(edited->updates.at(1).value == 9);
    CHECK(edited->nextPriorities == QStringLiteral("Call the top ten accounts"));

    fixture.undoStack.undo();
    const std::optional<CheckIn> restored = fixture.repository.checkIns().find(fixture.salesId, fixture.thisWeek);
    REQUIRE(restored.has_value());
    REQUIRE(restored->updates.size() == 2);
    CHECK(restored->updates.at(0).value == 33);
    CHECK(restored->updates.at(0).confidence == Confidence::OffTrack);
    CHECK(restored->updates.at(0).comment == QStringLiteral("Holidays"));
    REQUIRE(restored->items.size() == 1);
    CHECK(restored->items.first().kind == PlanItemKind::Problem);
    CHECK(restored->lessons == QStringLiteral("Keep it short"));
}

TEST_CASE("Ticking a carried-over plan done in the form should move it to Progress", "[ui][checkin][carry-over]")
{
    CheckInUiFixture fixture;
    CheckInDialog dialog(*fixture.session);
    dialog.setTeamAndWeek(fixture.salesId, fixture.thisWeek);
    showActive(dialog);

    CHECK(child<QLabel>(dialog, QStringLiteral("carriedOver"))->text().contains(QStringLiteral("1 unfinished plan")));
    auto *notes = child<QTableWidget>(dialog, QStringLiteral("notes"));
    REQUIRE(notes->rowCount() == 1);
    auto *section = qobject_cast<QComboBox *>(notes->cellWidget(0, 1));
    REQUIRE(section);
    CHECK(section->currentText() == QStringLiteral("Plans"));
    CHECK(qobject_cast<QComboBox *>(notes->cellWidget(0, 3))->currentText() ==
          QStringLiteral("Cut churn from 10% to 5%"));

    notes->setFocus();
    notes->setCurrentCell(0, 4);
    QTest::keyClick(notes, Qt::Key_Space);
    CHECK(notes->item(0, 4)->checkState() == Qt::Checked);
    CHECK(section->currentText() == QStringLiteral("Progress"));

    // A new item typed with the keyboard.
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("addNote")), Qt::LeftButton);
    REQUIRE(notes->rowCount() == 2);
    notes->item(1, 2)->setText(QStringLiteral("Draft the churn playbook"));

    QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
    const std::optional<CheckIn> stored = fixture.repository.checkIns().find(fixture.salesId, fixture.thisWeek);
    REQUIRE(stored.has_value());
    REQUIRE(stored->items.size() == 2);
    CHECK(stored->items.at(0).kind == PlanItemKind::Progress);
    CHECK(stored->items.at(0).done);
    CHECK(stored->items.at(0).keyResultId == fixture.churnId);
    CHECK(stored->items.at(1).person == QStringLiteral("Ana")); // a new row takes the current row's person
    CHECK(stored->items.at(1).kind == PlanItemKind::Plan);
}

TEST_CASE("The form should refuse a future week and a week outside every cycle", "[ui][checkin]")
{
    CheckInUiFixture fixture;
    CheckInDialog dialog(*fixture.session);
    dialog.setTeamAndWeek(fixture.salesId, fixture.thisWeek);
    showActive(dialog);
    auto *week = child<QLineEdit>(dialog, QStringLiteral("week"));
    auto *status = child<QLabel>(dialog, QStringLiteral("weekStatus"));

    week->selectAll();
    QTest::keyClicks(week, fixture.thisWeek.next().toString());
    QTest::keyClick(week, Qt::Key_Return);
    CHECK(status->text().contains(QStringLiteral("has not started yet")));
    CHECK_FALSE(saveButton(dialog)->isEnabled());
    CHECK(dialog.findChild<QLineEdit *>(valueField(fixture.npsId)) == nullptr);

    week->selectAll();
    QTest::keyClicks(week, QStringLiteral("2001-W10"));
    QTest::keyClick(week, Qt::Key_Return);
    CHECK(status->text().contains(QStringLiteral("outside every cycle")));
    CHECK_FALSE(saveButton(dialog)->isEnabled());

    week->selectAll();
    QTest::keyClicks(week, QStringLiteral("soon"));
    QTest::keyClick(week, Qt::Key_Return);
    CHECK(status->text().contains(QStringLiteral("is not a week")));
    CHECK_FALSE(saveButton(dialog)->isEnabled());

    // Back to last week with the arrow button: a past week can be edited.
    week->selectAll();
    QTest::keyClicks(week, fixture.thisWeek.toString());
    QTest::keyClick(week, Qt::Key_Return);
    QTest::mouseClick(child<QWidget>(dialog, QStringLiteral("previousWeek")), Qt::LeftButton);
    CHECK(dialog.week() == fixture.lastWeek);
    CHECK(child<QLineEdit>(dialog, valueField(fixture.npsId))->text() == QStringLiteral("30"));
    CHECK(saveButton(dialog)->isEnabled());
}

TEST_CASE("A week of a closed cycle should take a check-in only once the user ticks the correction", "[ui][checkin]")
{
    CheckInUiFixture fixture;
    Cycle cycle = *fixture.repository.cycles().byId(fixture.cycleId);
    cycle.state = CycleState::Closed;
    fixture.repository.cycles().update(cycle);
    CheckInDialog dialog(*fixture.session);
    dialog.setTeamAndWeek(fixture.salesId, fixture.lastWeek);
    showActive(dialog);
    auto *status = child<QLabel>(dialog, QStringLiteral("weekStatus"));
    auto *correction = child<QCheckBox>(dialog, QStringLiteral("correctClosedCycle"));

    CHECK(status->text().contains(QStringLiteral("is closed: new check-ins go to the active cycle")));
    CHECK(correction->isVisible());
    CHECK_FALSE(saveButton(dialog)->isEnabled());
    CHECK(dialog.findChild<QLineEdit *>(valueField(fixture.npsId)) == nullptr);

    correction->setFocus();
    QTest::keyClick(correction, Qt::Key_Space);
    REQUIRE(correction->isChecked());
    CHECK(status->text().contains(QStringLiteral("this check-in corrects it")));
    QLineEdit *value = child<QLineEdit>(dialog, valueField(fixture.npsId));
    value->selectAll();
    QTest::keyClicks(value, QStringLiteral("33"));
    REQUIRE(saveButton(dialog)->isEnabled());
    QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
    CHECK(fixture.repository.checkIns().find(fixture.salesId, fixture.lastWeek)->updates.first().value == 33);
    CHECK(fixture.undoStack.count() == 1);
}

TEST_CASE("Saving after an Undo or a Redo should close the form as saved", "[ui][checkin][outcome]")
{
    CheckInUiFixture fixture;
    Comment comment;
    comment.keyResultId = fixture.npsId;
    comment.text = QStringLiteral("Earlier edit");
    REQUIRE(fixture.session->push(new AddCommentCommand(*fixture.session, comment)).isDone());
    const bool redoFirst = GENERATE(false, true);
    fixture.undoStack.undo();
    if (redoFirst)
        fixture.undoStack.redo();
    CheckInDialog dialog(*fixture.session);
    dialog.setTeamAndWeek(fixture.salesId, fixture.thisWeek);
    showActive(dialog);
    QSignalSpy saved(&dialog, &CheckInDialog::checkInSaved);

    QTest::keyClicks(child<QLineEdit>(dialog, valueField(fixture.npsId)), QStringLiteral("35"));
    QTest::keyClick(&dialog, Qt::Key_S, Qt::ControlModifier);

    CHECK(saved.count() == 1);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK_FALSE(dialog.isVisible());
    CHECK(fixture.repository.checkIns().find(fixture.salesId, fixture.thisWeek)->updates.first().value == 35);
    CHECK(fixture.undoStack.count() == (redoFirst ? 2 : 1));
}
