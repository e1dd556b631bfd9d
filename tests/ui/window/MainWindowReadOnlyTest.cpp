#include "support/catch.h"

#include "document/DocumentSession.h"
#include "storage/Document.h"
#include "support/DamagedFiles.h"
#include "ui/support/DocumentFixtures.h"
#include "ui/support/RecordedMessages.h"
#include "window/DocumentNoticeBar.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTreeView>
#include <QUndoCommand>

namespace {

struct AcmeDocument {
    AcmeDocument()
        : path(directory.filePath(QStringLiteral("acme.okr")))
    {
        QSettings().clear();
        DocumentFixtures::writeAcme(path, DocumentFixtures::closedAndActiveQuarters());
    }

    QByteArray bytes() const
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        return file.readAll();
    }

    QTemporaryDir directory;
    QString path;
};

bool isEnabled(const MainWindow &window, const char *actionName)
{
    const auto *action = window.findChild<QAction *>(QString::fromLatin1(actionName));
    REQUIRE(action);
    return action->isEnabled();
}

const DocumentNoticeBar &noticeOf(const MainWindow &window)
{
    const auto *notice = window.findChild<DocumentNoticeBar *>(QStringLiteral("documentNotice"));
    REQUIRE(notice);
    return *notice;
}

// The window shows the document, says it is read-only and why, offers Save As, and disables what edits.
void requireShownReadOnly(const MainWindow &window, const QString &reason)
{
    CHECK(window.windowTitle() == QStringLiteral("acme (read-only) — Quarterdeck"));
    CHECK(noticeOf(window).isVisibleTo(&window));
    CHECK(noticeOf(window).text().contains(QStringLiteral("Read-only")));
    CHECK(noticeOf(window).text().contains(reason));
    CHECK(isEnabled(window, "actionSaveAs"));
    for (const char *edit : {"actionCheckIn", "actionAddObjective", "actionAddBelow", "actionRename", "actionDelete",
                             "actionNewOkr", "actionNewCycle"}) {
        INFO(edit);
        CHECK_FALSE(isEnabled(window, edit));
    }
    const auto *tree = window.findChild<QTreeView *>(QStringLiteral("alignmentTree"));
    REQUIRE(tree);
    REQUIRE(tree->model()->rowCount() > 0);
    CHECK_FALSE(tree->model()->flags(tree->model()->index(0, 0)).testFlag(Qt::ItemIsEditable));
}

// Opens `acme` in `window`, which must show it read-only for `reason` without a message box, and write nothing.
void requireOpensReadOnly(MainWindow &window, const AcmeDocument &acme, const QString &reason)
{
    const QByteArray before = acme.bytes();
    const RecordedMessages recorded;
    REQUIRE(window.openDocument(acme.path));
    CHECK(recorded.messages().isEmpty());
    requireShownReadOnly(window, reason);
    CHECK(acme.bytes() == before);
    CHECK_FALSE(QFile::exists(acme.path + QStringLiteral("-wal")));
}

} // namespace

TEST_CASE("A read-only document opens read-only in the window and stays unchanged", "[ui][window][readonly]")
{
    const AcmeDocument acme;
    REQUIRE(QFile::setPermissions(acme.path, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
    MainWindow window;

    requireOpensReadOnly(window, acme, QStringLiteral("The file is read-only."));

    // An edit that slips past the disabled actions is refused with the reason, and nothing is written.
    const QByteArray before = acme.bytes();
    const RecordedMessages recorded;
    const EditOutcome outcome = window.session()->push(new QUndoCommand(QStringLiteral("Rename")));
    CHECK(outcome.kind == EditOutcome::Kind::Refused);
    CHECK(outcome.message.contains(QStringLiteral("read-only")));
    CHECK(recorded.messages().size() == 1); // the window says so
    CHECK(acme.bytes() == before);

    SECTION("Save As continues in a copy that can be changed")
    {
        const QString copy = acme.directory.filePath(QStringLiteral("copy.okr"));
        REQUIRE(window.saveDocumentAs(copy));
        CHECK(window.windowTitle() == QStringLiteral("copy — Quarterdeck"));
        CHECK_FALSE(noticeOf(window).isVisibleTo(&window));
        CHECK(isEnabled(window, "actionCheckIn"));
    }
    QFile::setPermissions(acme.path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

TEST_CASE("A damaged document opens read-only in the window and says it is damaged", "[ui][window][damaged]")
{
    const AcmeDocument acme;
    DamagedFiles::zeroApplicationId(acme.path);
    MainWindow window;

    requireOpensReadOnly(window, acme, QStringLiteral("damaged"));
}

TEST_CASE("An upgraded document says where the copy of its previous version is kept", "[ui][window][migration]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("old.okr"));
    REQUIRE(QFile::copy(QStringLiteral(QUARTERDECK_TEST_DATA "/schema-v1.okr"), path));
    REQUIRE(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    MainWindow window;

    REQUIRE(window.openDocument(path));

    CHECK(noticeOf(window).isVisibleTo(&window));
    CHECK(noticeOf(window).text().contains(QStringLiteral("old.okr.v1.bak")));
    CHECK(QFile::exists(path + QStringLiteral(".v1.bak")));
    CHECK(isEnabled(window, "actionCheckIn"));
}
