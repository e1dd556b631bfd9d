#pragma once

#include "storage/ChangeRecord.h"
#include "storage/DocumentFiles.h"
#include "storage/SoundFileRecord.h"

#include <QDateTime>

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <memory>
#include <unordered_map>

class ServerConnection;

// One open document: an .okr file (a SQLite connection with foreign keys on, WAL, and the current schema), or an
// organisation database on a PostgreSQL server (openServer), read and written through the same repositories.
// open() refuses what is not a Quarterdeck document (random bytes, an empty file, another application's
// database, a newer schema, a missing folder) with a DocumentError, without modifying it. It checks the file
// (PRAGMA quick_check) first, unless Quarterdeck alone wrote it since it last did (SoundFileRecord): a damaged
// document is never written, only read.
class Document {
public:
    enum class OpenMode {
        // To change it: refuses a document that cannot be written (a read-only file or folder, a damaged file);
        // upgrades an older one, keeping a copy of it (upgradeBackupPath).
        ReadWrite,
        // To read it: never changes or upgrades it and leaves no journal beside it once closed; refuses an older
        // version.
        ReadOnly,
        // The window: read-write when it can be, else read-only with the reason in readOnlyReason().
        ReadWriteWhenPossible,
    };

    // How a connection reaches the file.
    enum class Connection {
        ReadWrite,
        // Takes part in SQLite's locking like any connection, so it reads what other processes commit while it is
        // open (another window, the command line); PRAGMA query_only keeps it from writing. It makes the journal
        // files beside the document while open; the last connection to close copies their commits into the file
        // and removes them.
        ReadOnly,
        // Takes no locks and makes nothing beside the file: for a damaged document, which nothing may write, and one
        // whose file or folder cannot be written. It may miss what another process commits while it is open.
        ReadOnlyWithoutTrace,
    };

    static std::unique_ptr<Document> open(const QString &path, OpenMode mode = OpenMode::ReadWrite);
    // The organisation database at `url` (ServerAddress), at this build's version: ReadWrite upgrades an older one
    // (ServerSchema::migrate), ReadOnly refuses it. Refuses a database holding no organisation (quarterdeck copy puts
    // one there) and a newer one, with nothing written.
    static std::unique_ptr<Document> openServer(const QString &url, OpenMode mode = OpenMode::ReadWrite);
    // Opens a file, or a server database when `location` is a URL (ServerAddress::isServerAddress).
    static std::unique_ptr<Document> openLocation(const QString &location, OpenMode mode = OpenMode::ReadWrite);
    // Another, read-only connection to the document of an open Document (its path() and connection()), without the
    // checks open() made there: for reading on another thread, since a connection belongs to the thread that opens
    // it.
    static std::unique_ptr<Document> openReader(const QString &openDocumentPath, Connection openDocumentConnection);
    // A new document at `path`, written by `fill` (after the current schema) and opened read-write. It is built
    // beside (PartialDocument) and renamed into place only when complete, so an interrupted or failed creation
    // leaves `path` as it was. Refuses a path where a file exists (or appears meanwhile) unless `existing` is
    // Replace. Removes what creations killed earlier left in the folder.
    static std::unique_ptr<Document> create(const QString &path, const std::function<void(Document &)> &fill = {},
                                            DocumentFiles::ExistingFile existing = DocumentFiles::ExistingFile::Refuse);
    ~Document();
    Document(const Document &) = delete;
    Document &operator=(const Document &) = delete;

    static int currentSchemaVersion();

    // The file's path, or the server database's URL as given (which may hold a password: show displayName()).
    QString path() const { return m_path; }
    // The file name without .okr, or "DATABASE on HOST".
    QString displayName() const;
    bool isOnServer() const { return m_server != nullptr; }
    // False once the server or the network broke the connection to a server database: every statement fails until
    // reconnect(). A file is always connected.
    bool isConnected() const;
    // Connects to the server database again, as it was opened (read-only or not), with nothing prepared on the old
    // connection kept; throws DocumentError when the server cannot be reached or holds a newer version. Nothing for a
    // file.
    void reconnect();
    QSqlDatabase database() const;

    Connection connection() const { return m_connection; }
    bool isReadOnly() const { return m_connection != Connection::ReadWrite; }
    // Why the document could not be opened for writing, for the user; empty when it is writable or was opened
    // ReadOnly without another reason.
    QString readOnlyReason() const { return m_readOnlyReason; }
    // True when the check on open found damage: what it reads may be incomplete.
    bool isDamaged() const { return m_damaged; }
    // The copy of the file as it was before this open upgraded it to the current version; empty when not upgraded.
    QString upgradeBackupPath() const { return m_upgradeBackupPath; }

    // Runs `work` in one transaction: committed when it returns, rolled back when it throws (the exception
    // goes on). Nested calls join the outer transaction, so every repository write can be part of a larger one.
    // On a server, a transaction the server gave up on for another one at the same time (DocumentError::isTransient)
    // runs again from the start, up to three times in all: `work` must depend on nothing but the database.
    // A transaction that wrote something records one entry in the change log (ChangeLog) as it commits: this
    // document's writer, the time and the summary last described; the rows it wrote get that entry's id as their
    // revision.
    void transaction(const std::function<void()> &work);

    // Inside a write transaction: the id of the change it writes, which the rows it writes carry as their revision.
    Revision changeBeingWritten();

    // Who writes through this connection (the command line unless told otherwise), and what the following
    // transactions do, for the change log; without a summary, the process's arguments describe it.
    void setWriter(ChangeRecord::Writer writer) { m_writer = writer; }
    void describeChanges(const QString &summary) { m_summary = summary; }
    // Tells this open document's changes from every other's in the change log.
    const QString &connectionId() const { return m_connectionId; }
    // A file's SQLite PRAGMA data_version: changes when another connection commits to the file, never for this one's
    // commits. Cheap enough to ask every second.
    qint64 dataVersion();
    // A server's channel (LISTEN) on which each transaction that wrote announces itself, delivered at its commit. The
    // channel is the database's: the announcement's payload names the organisation's schema (serverSchema()).
    static QString changeChannel();
    QString serverSchema() const { return m_serverSchema; }

    // A prepared statement, cached per SQL text: bind, exec() through Document::exec, reuse.
    QSqlQuery &prepared(const QString &sql);
    // Executes a prepared or plain query; throws DocumentError with the driver's message on failure.
    static void exec(QSqlQuery &query);
    QSqlQuery exec(const QString &sql);
    // How many statements Document::exec has run in this process: compare two readings to count the queries
    // of one operation (tests, benchmarks).
    static qint64 executedQueryCount();

    // For a connection that reads the document through once (an export, a report): SQLite's own 2 MiB page cache
    // instead of the 64 MiB kept for reading plans again, so its memory does not grow with the document. What it
    // reads again (a report's team sections) comes from the file's pages the system keeps.
    void readEachPageOnce();

    // A consistent copy of the live file (Save As), written with SQLite's VACUUM INTO.
    void saveCopyAs(const QString &path);

    // Deletes the file at `path` with its journal (DocumentFiles::journalOf), so that what replaces it does not pick up
    // a stale journal. Files that are missing or cannot be removed are left as they are.
    static void removeWithJournal(const QString &path);

private:
    Document(QString path, QString connectionName);

    static std::unique_ptr<Document> connect(const QString &absolutePath, Connection connection);
    // A connection to the server database at `url`, at this build's version (upgraded unless `readOnly`).
    static std::unique_ptr<ServerConnection> connectToServer(const QString &url, bool readOnly);
    void useServer(std::unique_ptr<ServerConnection> server);
    void runTransaction(const std::function<void()> &work); // the outermost one, once
    void controlTransaction(const QString &statement);     // BEGIN, COMMIT
    bool serverTransactionWrote();
    int storedSchemaVersion();
    QString shownName() const; // for messages
    void migrate();
    void applyMigrations(); // with foreign keys off
    void requireForeignKeysHold();
    // Keeps a copy of the file before migrate() changes it: name.okr.vN.bak beside it.
    void backUpBeforeUpgrade(int storedVersion);
    void rollback();
    qint64 integerOf(const QString &sql); // the first column of a one-row query
    qint64 totalChanges();
    void recordChange();

    QString m_path;
    QString m_connectionName;
    Connection m_connection = Connection::ReadWrite;
    bool m_damaged = false;
    QString m_readOnlyReason;
    QString m_upgradeBackupPath;
    // For SoundFileRecord: when this writable document was last checked whole (null when not found sound), and how
    // its file looked once opened.
    QDateTime m_soundCheckedAt;
    SoundFileRecord::Look m_lookWhenOpened;
    // Node-based, so a reference from prepared() stays valid while other statements are added.
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    int m_transactionDepth = 0;
    bool m_rollbackOnly = false;   // an inner transaction threw: the outer one must not commit
    bool m_recordsChanges = false; // the schema has a change log (not while migrating to it)
    qint64 m_totalChangesAtBegin = 0;
    ChangeRecord::Writer m_writer = ChangeRecord::Writer::CommandLine;
    QString m_summary;
    QString m_connectionId;
    std::unique_ptr<ServerConnection> m_server; // on a server: the connection m_connectionName names
    QString m_serverSchema;                     // on a server: where the organisation's tables are
};
