#include "support/catch.h"

#include "document/DocumentSession.h"
#include "storage/Document.h"
#include "storage/Repository.h"
#include "ui/support/RecordedMessages.h"
#include "window/DocumentController.h"
#include "window/RecentFiles.h"

#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QSettings>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QWidget>

namespace {

// A controller over a bare window, with no recent files, recording every session it hands out.
struct Documents {
    Documents()
    {
        QSettings().clear();
        QObject::connect(&controller, &DocumentController::sessionChanged, &controller,
                         [this](DocumentSession *session, bool continuesPrevious) {
                             handedOut.append({session, continuesPrevious, !previous.isNull()});
                             previous = session;
                         });
    }

    QString pathOf(const QString &name) const { return directory.filePath(name); }

    struct Handout {
        DocumentSession *session = nullptr;
        bool continuesPrevious = false;
        bool previousAlive = false; // the replaced session still existed while the views moved over
    };

    QTemporaryDir directory;
    QWidget window;
    DocumentController controller{&window};
    QList<Handout> handedOut;
    QPointer<DocumentSession> previous;
};

// A complete document of another organisation at `path`, closed.
void writeEarlierDocument(const QString &path)
{
    Document::create(path, [](Document &document) {
        TeamRepository(document).add({NoId, NoId, QStringLiteral("Earlier Company")});
    });
}

} // namespace

TEST_CASE("The document controller should hand out a new document's session and remember the file",
          "[ui][window][document]")
{
    Documents documents;

    REQUIRE(documents.controller.create(documents.pathOf(QStringLiteral("Initech.okr"))));

    REQUIRE(documents.handedOut.size() == 1);
    CHECK(documents.handedOut.first().session == documents.controller.session());
    CHECK_FALSE(documents.handedOut.first().continuesPrevious);
    CHECK(documents.controller.session()->repository().teams().organisationName() == QStringLiteral("Initech"));
    CHECK(RecentFiles::paths() ==
          QStringList{QFileInfo(documents.pathOf(QStringLiteral("Initech.okr"))).absoluteFilePath()});
}

TEST_CASE("The document controller should replace a session only after the views moved to the next one",
          "[ui][window][document]")
{
    Documents documents;
    REQUIRE(documents.controller.create(documents.pathOf(QStringLiteral("first.okr"))));
    const QPointer<DocumentSession> first = documents.controller.session();

    REQUIRE(documents.controller.saveCopyAs(documents.pathOf(QStringLiteral("copy.okr"))));

    REQUIRE(documents.handedOut.size() == 2);
    CHECK(documents.handedOut.last().continuesPrevious);
    CHECK(documents.handedOut.last().previousAlive);
    CHECK(first.isNull());
    CHECK(documents.controller.session()->document().path().endsWith(QStringLiteral("copy.okr")));
}

TEST_CASE("The document controller should keep the open document when another cannot be opened",
          "[ui][window][document]")
{
    Documents documents;
    const RecordedMessages recorded;
    REQUIRE(documents.controller.create(documents.pathOf(QStringLiteral("first.okr"))));
    DocumentSession *const open = documents.controller.session();

    CHECK_FALSE(documents.controller.open(documents.pathOf(QStringLiteral("missing.okr"))));

    CHECK(documents.controller.session() == open);
    CHECK(documents.handedOut.size() == 1);
    REQUIRE(recorded.messages().size() == 1);
    CHECK(recorded.messages().first().text.contains(QStringLiteral("missing.okr")));
}

TEST_CASE("The document controller should back up the open document and stay in it", "[ui][window][document]")
{
    Documents documents;
    const RecordedMessages recorded;
    REQUIRE(documents.controller.create(documents.pathOf(QStringLiteral("plan.okr"))));
    DocumentSession *const open = documents.controller.session();
    const QString backup = documents.pathOf(QStringLiteral("backup.okr"));
    QFile older(backup);
    REQUIRE(older.open(QIODevice::WriteOnly));
    older.write("an older backup the save dialog agreed to replace");
    older.close();

    REQUIRE(documents.controller.backUp(backup));

    CHECK(recorded.messages().isEmpty());
    CHECK(documents.controller.session() == open);
    CHECK(documents.handedOut.size() == 1);
    const auto copy = Document::open(backup);
    CHECK(Repository(*copy).teams().organisationName() == QStringLiteral("plan"));
}

TEST_CASE("Save As and Back Up should refuse the open document and its journal, writing nothing",
          "[ui][window][document]")
{
    Documents documents;
    const RecordedMessages recorded;
    const QString path = documents.pathOf(QStringLiteral("plan.okr"));
    REQUIRE(documents.controller.create(path));
    DocumentSession *const open = documents.controller.session();

    int refusals = 0;
    for (const QString &target : QStringList{path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}) {
        INFO(target.toStdString());
        CHECK_FALSE(documents.controller.saveCopyAs(target));
        CHECK_FALSE(documents.controller.backUp(target));
        refusals += 2;
        REQUIRE(recorded.messages().size() == refusals);
        CHECK(recorded.messages().last().text.contains(QStringLiteral("it is the document")));
    }
    CHECK(documents.controller.session() == open);
    CHECK(open->repository().teams().organisationName() == QStringLiteral("plan"));
    QSqlQuery integrity = open->document().exec(QStringLiteral("PRAGMA integrity_check"));
    REQUIRE(integrity.next());
    CHECK(integrity.value(0).toString() == QStringLiteral("ok"));
}

TEST_CASE("New should replace an existing file with a complete document", "[ui][window][document]")
{
    Documents documents;
    const RecordedMessages recorded;
    const QString path = documents.pathOf(QStringLiteral("replaced.okr"));
    writeEarlierDocument(path);

    REQUIRE(documents.controller.create(path));

    CHECK(recorded.messages().isEmpty());
    CHECK(documents.controller.session()->repository().teams().organisationName() == QStringLiteral("replaced"));
}

TEST_CASE("New should keep the file it was to replace when the new document cannot be built", "[ui][window][document]")
{
    Documents documents;
    const RecordedMessages recorded;
    // A name so long that no file fits beside it: the new document cannot be built there.
    const QString kept = documents.pathOf(QString(240, QLatin1Char('k')) + QStringLiteral(".okr"));
    const QString shortName = documents.pathOf(QStringLiteral("earlier.okr"));
    writeEarlierDocument(shortName);
    REQUIRE(QFile::rename(shortName, kept));
    QFile keptFile(kept);
    REQUIRE(keptFile.open(QIODevice::ReadOnly));
    const QByteArray keptBytes = keptFile.readAll();
    keptFile.close();

    CHECK_FALSE(documents.controller.create(kept));

    REQUIRE(recorded.messages().size() == 1);
    CHECK(recorded.messages().first().title == QStringLiteral("Cannot Create Document"));
    CHECK(documents.controller.session() == nullptr);
    REQUIRE(keptFile.open(QIODevice::ReadOnly));
    CHECK(keptFile.readAll() == keptBytes);
    CHECK(Repository(*Document::open(kept)).teams().organisationName() == QStringLiteral("Earlier Company"));
}

TEST_CASE("New should refuse to replace the open document", "[ui][window][document]")
{
    Documents documents;
    const RecordedMessages recorded;
    const QString path = documents.pathOf(QStringLiteral("plan.okr"));
    REQUIRE(documents.controller.create(path));
    DocumentSession *const open = documents.controller.session();

    CHECK_FALSE(documents.controller.create(path));

    REQUIRE(recorded.messages().size() == 1);
    CHECK(recorded.messages().first().text.contains(QStringLiteral("it is the document")));
    CHECK(documents.controller.session() == open);
    CHECK(open->repository().teams().organisationName() == QStringLiteral("plan"));
}
