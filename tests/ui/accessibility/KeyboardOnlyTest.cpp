#include "support/catch.h"

#include "checkin/CheckInDialog.h"
#include "document/DocumentSession.h"
#include "storage/Repository.h"
#include "ui/support/AcmeWindow.h"
#include "ui/support/RecordedMessages.h"

#include <QApplication>
#include <QLineEdit>
#include <QPointer>
#include <QTest>
#include <QTreeView>

// The OKR wizard is walked with the keyboard alone by OkrWizardTest ("Walking the wizard by keyboard…"): opened
// with its shortcut, every field reached with Tab, Finish pressed with Space. This is the weekly check-in's walk.

namespace {

QWidget *focused()
{
    QWidget *widget = QApplication::focusWidget();
    REQUIRE(widget);
    return widget;
}

} // namespace

TEST_CASE("A weekly check-in can be written from the main window with the keyboard alone", "[ui][checkin][keyboard]")
{
    AcmeWindow acme;
    const RecordedMessages messages;
    REQUIRE(QApplication::focusWidget() == acme.tree()); // the plan has the keyboard when a document opens

    // Down to a row of a team with key results, then the check-in's shortcut.
    QTest::keyClick(focused(), Qt::Key_Down);
    QTest::keyClick(focused(), Qt::Key_K, Qt::ControlModifier);
    const QPointer<CheckInDialog> dialog = acme.window.findChild<CheckInDialog *>();
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    dialog->activateWindow();
    REQUIRE(QTest::qWaitFor([&dialog] { return QApplication::activeWindow() == dialog; }));
    const Id teamId = dialog->teamId();
    const IsoWeek week = dialog->week();
    REQUIRE_FALSE(acme.window.session()->repository().checkIns().find(teamId, week).has_value());

    // Tab reaches the first key result's new value; Ctrl+S saves.
    for (int presses = 0; presses < 40 && !focused()->objectName().startsWith(QLatin1String("newValue-")); ++presses)
        QTest::keyClick(focused(), Qt::Key_Tab);
    auto *value = qobject_cast<QLineEdit *>(focused());
    REQUIRE(value);
    REQUIRE(value->objectName().startsWith(QLatin1String("newValue-")));
    const Id keyResultId = value->objectName().section(QLatin1Char('-'), 1).toLongLong();
    QTest::keyClicks(value, QStringLiteral("42"));
    QTest::keyClick(value, Qt::Key_Tab); // on to the confidence, then the comment
    QTest::keyClick(focused(), Qt::Key_Tab);
    REQUIRE(focused()->objectName() == QStringLiteral("comment-%1").arg(keyResultId));
    QTest::keyClicks(focused(), QStringLiteral("Typed without a mouse"));
    QTest::keyClick(focused(), Qt::Key_S, Qt::ControlModifier);
    REQUIRE(QTest::qWaitFor([&dialog] { return dialog.isNull(); }));

    const std::optional<CheckIn> stored = acme.window.session()->repository().checkIns().find(teamId, week);
    REQUIRE(stored.has_value());
    REQUIRE(stored->updates.size() == 1);
    CHECK(stored->updates.first().keyResultId == keyResultId);
    CHECK(stored->updates.first().value == 42);
    CHECK(stored->updates.first().comment == QStringLiteral("Typed without a mouse"));
    CHECK(messages.messages().isEmpty());
}
