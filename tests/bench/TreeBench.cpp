// Alignment tree figures for `make bench-details` (and the table of `make bench`) on a 1,000-team organisation: opening
// the document in the window, switching cycles, filtering, and two edits' round trips (a rename; a check-in of one key
// result, its undo and redo): command, write, and every shown view brought up to date; the check-in dialog and the
// wizard opening; then switching cycle and checking in with the board page and the charts shown. Figures only. The
// organisation is LargeDocument's: QUARTERDECK_BENCH_DOCUMENT, or 1,000 teams and 8 cycles generated once per run.
#include "support/catch.h"

#include "bench/LargeDocument.h"

#include "checkin/CheckInDialog.h"
#include "commands/SaveCheckInCommand.h"
#include "document/DocumentSession.h"
#include "tree/AlignmentTreeModel.h"
#include "window/MainWindow.h"
#include "wizard/OkrWizard.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QSettings>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

#include <iostream>

namespace {

QTreeView *treeOf(const MainWindow &window)
{
    return window.findChild<QTreeView *>(QStringLiteral("alignmentTree"));
}

} // namespace

TEST_CASE("Alignment tree on a 1,000-team organisation", "[!benchmark][tree]")
{
    QSettings().clear();
    const QString path = LargeDocument::path();
    MainWindow window;
    window.resize(1400, 900);
    window.show();

    BENCHMARK("open the document (read, tree, expand to key results)")
    {
        return window.openDocument(path);
    };

    auto *cycles = window.findChild<QComboBox *>(QStringLiteral("cycleSelector"));
    std::cout << "Rows at the top: " << treeOf(window)->model()->rowCount() << ", cycles: " << cycles->count() << "\n";
    int next = 0;
    BENCHMARK("switch to another cycle")
    {
        next = (cycles->currentIndex() + 1) % cycles->count();
        cycles->setCurrentIndex(next);
        return cycles->currentIndex();
    };

    auto *filter = window.findChild<QLineEdit *>(QStringLiteral("textFilter"));
    BENCHMARK("filter by text, then clear the filter")
    {
        filter->setText(QStringLiteral("customer"));
        const int shown = treeOf(window)->model()->rowCount();
        filter->clear();
        return shown;
    };

    auto *teams = window.findChild<QComboBox *>(QStringLiteral("teamFilter"));
    BENCHMARK("filter by one team, then show all teams")
    {
        teams->setCurrentIndex(teams->count() / 2);
        const int shown = treeOf(window)->model()->rowCount();
        teams->setCurrentIndex(0);
        return shown;
    };

    auto *model = window.findChild<AlignmentTreeModel *>();
    const QModelIndex first = model->index(0, AlignmentTreeModel::TitleColumn);
    // Reading the plan row by row, as a team lead does in a planning session.
    QTreeView *tree = treeOf(window);
    tree->setFocus();
    tree->setCurrentIndex(tree->model()->index(0, 0));
    BENCHMARK("Down arrow in the tree: the next row selected, its details shown, the window painted")
    {
        QTest::keyClick(tree, Qt::Key_Down);
        return window.grab().width();
    };

    const QString title = first.data().toString();
    int edits = 0;
    BENCHMARK("rename an objective: command, write, reload the plan, keep expansion")
    {
        return model->setData(model->index(0, AlignmentTreeModel::TitleColumn),
                              QString(title + QString::number(++edits)));
    };

    // The plan's first key result, checked in for a week of the shown cycle with a new value each
    // time: what Save in the check-in form does.
    const KeyResult keyResult = model->plan().keyResults.first();
    CheckIn checkIn;
    checkIn.teamId = model->plan().objective(keyResult.objectiveId)->teamId;
    checkIn.week = IsoWeek::containing(model->plan().cycle.start).next();
    DocumentSession &session = *window.session();
    int checkIns = 0;
    checkIn.updates = {{keyResult.id, keyResult.start, Confidence::OnTrack, {}}};
    const EditOutcome firstCheckIn = session.push(new SaveCheckInCommand(session, checkIn, QStringLiteral("Bench")));
    std::cout << "Check-in in " << qPrintable(model->plan().cycle.name) << ": "
              << (firstCheckIn.isDone() ? "saved" : qPrintable(firstCheckIn.message)) << "\n";
    BENCHMARK("check in one key result: command, write, every view brought up to date")
    {
        checkIn.updates = {{keyResult.id, keyResult.start + ++checkIns, Confidence::OnTrack, {}}};
        return session.push(new SaveCheckInCommand(session, checkIn, QStringLiteral("Bench"))).isDone();
    };
    BENCHMARK("undo the check-in, then redo it: every view brought up to date twice")
    {
        session.undoStack()->undo();
        session.undoStack()->redo();
        return session.undoStack()->index();
    };
    BENCHMARK("open the check-in dialog on its first team, painted, then closed")
    {
        CheckInDialog dialog(session, &window);
        dialog.show();
        return dialog.grab().width();
    };
    BENCHMARK("open the OKR wizard for a new OKR in the shown cycle, painted, then closed")
    {
        OkrWizard wizard(session, model->plan().cycle.id, NoId, &window);
        wizard.show();
        return wizard.grab().width();
    };

    // The manager's view: the board page and the charts dock shown, so every change reaches three views.
    window.findChild<QAction *>(QStringLiteral("actionProgressBoard"))->trigger();
    window.findChild<QDockWidget *>(QStringLiteral("chartsDock"))->show();
    window.grab();
    BENCHMARK("with the board and charts shown: switch to another cycle, painted")
    {
        cycles->setCurrentIndex((cycles->currentIndex() + 1) % cycles->count());
        return window.grab().width();
    };
    cycles->setCurrentIndex(next);
    window.grab();
    BENCHMARK("with the board and charts shown: check in one key result, painted")
    {
        checkIn.updates = {{keyResult.id, keyResult.start + ++checkIns, Confidence::OnTrack, {}}};
        const bool done = session.push(new SaveCheckInCommand(session, checkIn, QStringLiteral("Bench"))).isDone();
        return window.grab().width() + int(done);
    };
    BENCHMARK("with the board and charts shown: undo the check-in, then redo it, painted each time")
    {
        session.undoStack()->undo();
        const int width = window.grab().width();
        session.undoStack()->redo();
        return width + window.grab().width();
    };
}
