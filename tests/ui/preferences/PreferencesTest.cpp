#include "support/catch.h"

#include "cycles/NewCycleDialog.h"
#include "preferences/Preferences.h"
#include "preferences/PreferencesDialog.h"
#include "tree/AlignmentTreeModel.h"
#include "ui/support/AcmeWindow.h"
#include "ui/support/DemoWindow.h"
#include "ui/support/RecordedMessages.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QPointer>
#include <QScreen>
#include <QSettings>
#include <QSpinBox>
#include <QStatusBar>
#include <QTest>

namespace {

QWidget *focused()
{
    QWidget *widget = QApplication::focusWidget();
    REQUIRE(widget);
    return widget;
}

void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(focused(), key, modifiers);
}

template <typename Widget> Widget *field(const QWidget *parent, const char *name)
{
    auto *found = parent->findChild<Widget *>(QLatin1String(name));
    REQUIRE(found);
    return found;
}

// Opens Edit > Preferences… with its shortcut and gives the dialog the keyboard.
PreferencesDialog *openPreferences(MainWindow &window)
{
    auto *action = window.findChild<QAction *>(QStringLiteral("actionPreferences"));
    REQUIRE(action);
    REQUIRE_FALSE(action->shortcut().isEmpty());
    // The window has the keyboard, as the user's.
    window.activateWindow();
    REQUIRE(QTest::qWaitFor([&window] { return QApplication::activeWindow() == &window; }));
    QTest::keySequence(&window, action->shortcut());
    auto *dialog = window.findChild<PreferencesDialog *>();
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    dialog->activateWindow();
    REQUIRE(QTest::qWaitFor([dialog] { return QApplication::activeWindow() == dialog; }));
    return dialog;
}

// Every objective's pace in the shown plan, as the tree reads it.
QList<Confidence> objectivePaces(const MainWindow &window)
{
    const auto *model = window.findChild<AlignmentTreeModel *>();
    REQUIRE(model);
    QList<Confidence> paces;
    for (const Objective &objective : model->plan().objectives) {
        if (model->progress().hasContributors(objective.id))
            paces.append(model->progress().objectivePace(objective.id));
    }
    return paces;
}

} // namespace

TEST_CASE("Edit > Preferences is reached and filled with the keyboard alone and keeps each choice in QSettings",
          "[ui][preferences]")
{
    AcmeWindow acme;
    PreferencesDialog *dialog = openPreferences(acme.window);
    const QPointer<PreferencesDialog> closing = dialog;
    // Small enough for a 1366×768 screen.
    CHECK(dialog->sizeHint().width() <= 1366);
    CHECK(dialog->sizeHint().height() <= 700);

    REQUIRE(focused() == field<QComboBox>(dialog, "preferenceLanguage"));
    press(Qt::Key_End); // Deutsch, the last
    press(Qt::Key_Tab);
    REQUIRE(focused() == field<QSpinBox>(dialog, "preferencePresentationScale"));
    QTest::keyClicks(focused(), QStringLiteral("200"));
    press(Qt::Key_Tab);
    REQUIRE(focused() == field<QComboBox>(dialog, "preferenceCheckInWeekday"));
    press(Qt::Key_Home);
    for (int day = Qt::Monday; day < Qt::Friday; ++day)
        press(Qt::Key_Down);
    press(Qt::Key_Tab);
    REQUIRE(focused() == field<QSpinBox>(dialog, "preferenceCycleWeeks"));
    QTest::keyClicks(focused(), QStringLiteral("6"));
    press(Qt::Key_Tab);
    REQUIRE(focused() == field<QSpinBox>(dialog, "preferenceOnTrack"));
    QTest::keyClicks(focused(), QStringLiteral("20"));
    press(Qt::Key_Tab);
    REQUIRE(focused() == field<QSpinBox>(dialog, "preferenceAtRisk"));
    QTest::keyClicks(focused(), QStringLiteral("40"));
    press(Qt::Key_Return); // OK is the default button
    REQUIRE(QTest::qWaitFor([&closing] { return closing.isNull(); }));

    const QSettings settings;
    CHECK(settings.value(QStringLiteral("interface/language")).toString() == QStringLiteral("de"));
    CHECK(settings.value(QStringLiteral("presentation/fontScale")).toInt() == 200);
    CHECK(settings.value(QStringLiteral("checkIn/weekday")).toInt() == Qt::Friday);
    CHECK(settings.value(QStringLiteral("cycles/defaultWeeks")).toInt() == 6);
    CHECK(settings.value(QStringLiteral("pace/onTrackGap")).toDouble() == 20);
    CHECK(settings.value(QStringLiteral("pace/atRiskGap")).toDouble() == 40);
    const Preferences stored = Preferences::load();
    CHECK(stored.language == QStringLiteral("de"));
    CHECK(stored.pace == PaceThresholds{0.2, 0.4});
    CHECK(acme.window.statusBar()->currentMessage().contains(QStringLiteral("next start")));

    // Opened again, the dialog shows what is stored; following the system again stores an empty language.
    dialog = openPreferences(acme.window);
    CHECK(field<QComboBox>(dialog, "preferenceLanguage")->currentData().toString() == QStringLiteral("de"));
    CHECK(field<QSpinBox>(dialog, "preferenceCycleWeeks")->value() == 6);
    press(Qt::Key_Home);
    press(Qt::Key_Return);
    CHECK(QSettings().value(QStringLiteral("interface/language")).toString().isEmpty());
}

TEST_CASE("The pace thresholds of the preferences reach every pace the window shows at once", "[ui][preferences]")
{
    const RecordedMessages messages;
    const DemoWindow demo;
    MainWindow &window = *demo.window;
    const QList<Confidence> before = objectivePaces(window);
    REQUIRE_FALSE(before.isEmpty());
    REQUIRE(before.count(Confidence::OnTrack) < before.size()); // the demo has objectives behind

    // Nothing is behind when a gap of the whole cycle still counts as on track.
    window.findChild<QAction *>(QStringLiteral("actionPreferences"))->trigger();
    auto *dialog = window.findChild<PreferencesDialog *>();
    REQUIRE(dialog);
    field<QSpinBox>(dialog, "preferenceOnTrack")->setValue(100);
    field<QSpinBox>(dialog, "preferenceAtRisk")->setValue(100);
    dialog->accept();

    const QList<Confidence> after = objectivePaces(window);
    CHECK(after.size() == before.size());
    CHECK(after.count(Confidence::OnTrack) == after.size());
}

TEST_CASE("Presentation mode takes the font size of the preferences", "[ui][preferences][presentation]")
{
    AcmeWindow acme;
    Preferences preferences = Preferences::load();
    preferences.presentationScalePercent = 250;
    preferences.save();
    const qreal normal = acme.window.font().pointSizeF();
    auto *presentation = acme.window.findChild<QAction *>(QStringLiteral("actionPresentation"));
    REQUIRE(presentation);

    presentation->trigger();
    CHECK(acme.window.font().pointSizeF() == Approx(normal * 2.5));
    presentation->trigger();
    CHECK(acme.window.font().pointSizeF() == Approx(normal));
}

TEST_CASE("A new cycle of custom dates lasts the default cycle length of the preferences", "[ui][preferences][cycles]")
{
    NewCycleDialog dialog({}, QDate(2026, 8, 20), nullptr, 6);
    auto *kind = field<QComboBox>(&dialog, "cycleKind");
    kind->setCurrentIndex(kind->count() - 1); // Custom dates
    const QDate start = field<QDateEdit>(&dialog, "cycleStart")->date();
    CHECK(field<QDateEdit>(&dialog, "cycleEnd")->date() == start.addDays(6 * 7 - 1));
}
