#include "storage/Document.h"

#include "storage/ChangeLog.h"
#include "storage/DocumentError.h"
#include "storage/MigrationScript.h"
#include "storage/PartialDocument.h"
#include "storage/ServerAddress.h"
#include "storage/ServerConnection.h"
#include "storage/ServerSchema.h"
#include "storage/SoundFileRecord.h"
#include "storage/SqlScript.h"
#include "storage/Statement.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QUrl>
#include <QUuid>

#include <sqlite3.h>

#include <atomic>
#include <exception>

#include <QSqlDriver>

namespace {

constexpr quint32 QuarterdeckApplicationId = 0x51444B31; // 'QDK1', set by 001_initial.sql
const QByteArray SqliteMagic("SQLite format 3\0", 16);

std::atomic<qint64> queriesExecuted{0};

// An action the server gave up on for another running at the same time is tried this many times in all.
constexpr int TransactionAttempts = 3;

QString translated(const char *text)
{
    return QCoreApplication::translate("Document", text);
}

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// QPSQL closes its side of a connection the server or the network broke: the statement that found out, and every one
// after it, fails.
DocumentError failureOf(const QSqlQuery &query)
{
    if (query.driver() && !query.driver()->isOpen())
        return DocumentError::connectionLost(query.lastError().databaseText());
    return DocumentError::failedStatement(query.lastError());
}

// SQLite counts every allocation under a global mutex for sqlite3_status(), which nothing here reads: without the
// count an allocation costs about half (SQLite recommends SQLITE_DEFAULT_MEMSTATUS=0). It can be set only before
// SQLite's first use in the process; later SQLite refuses it (SQLITE_MISUSE) and nothing changes.
void skipSqliteMemoryStatistics()
{
    [[maybe_unused]] static const int configured = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}

QString uniqueConnectionName(QLatin1String purpose)
{
    static std::atomic<int> counter{0};
    return QStringLiteral("quarterdeck-%1-%2").arg(purpose).arg(++counter);
}

// Every migrations/NNN_*.sql embedded in the library, by version; versions run 1, 2, 3 ... without gaps.
const QList<MigrationScript> &migrations()
{
    static const QList<MigrationScript> all = MigrationScript::in(QStringLiteral(":/storage/migrations"));
    return all;
}

// The oldest schema a read-only open reads as it is: every migration after it says, in a line of its script,
// "-- Readers: unchanged" (it changes nothing a reader sees, such as 008's CHECK constraints). An older document is
// upgraded by opening it to write first.
int oldestSchemaReadAsItIs()
{
    static const int oldest = [] {
        const QList<MigrationScript> &all = migrations();
        qsizetype version = all.size();
        while (version > 1 && all.at(version - 1).text().contains(QLatin1String("\n-- Readers: unchanged")))
            --version;
        return int(version);
    }();
    return oldest;
}

// A read-only connection that leaves no -wal or -shm file beside the document, even in a read-only folder:
// "immutable" when no journal exists, else read-only through the journal. Neither takes part in SQLite's locking, so
// only for a file that nothing should write, or that nothing can (Document::Connection::ReadOnlyWithoutTrace).
void connectWithoutTrace(QSqlDatabase &database, const QString &path)
{
    const bool journalExists = QFileInfo::exists(path + QStringLiteral("-wal"));
    database.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
    database.setDatabaseName(QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded) +
                             (journalExists ? QStringLiteral("?mode=ro") : QStringLiteral("?immutable=1")));
}

// The connection that inspects a file before it is opened. Where the file can be written, another process may be
// writing it at this moment: the connection takes part in SQLite's locking as any does, PRAGMA query_only keeps it
// from writing, and as the last to close it removes the journal files (a read-only SQLite connection leaves them).
// An "immutable" one read a checkpoint half done as damage. Where the file cannot be written, connectWithoutTrace's.
bool openedForInspection(QSqlDatabase &database, const QString &path)
{
    const QFileInfo file(path);
    if (!file.isWritable() || !QFileInfo(file.absolutePath()).isWritable()) {
        connectWithoutTrace(database, path);
        return database.open();
    }
    database.setDatabaseName(path);
    return database.open() && QSqlQuery(database).exec(QStringLiteral("PRAGMA query_only = ON"));
}

// The first column of every row `sql` returns; `error` gets the driver's message when it fails, also midway.
QStringList firstColumn(const QSqlDatabase &database, const QString &sql, QString &error)
{
    QSqlQuery query(database);
    query.setForwardOnly(true);
    QStringList values;
    if (!query.exec(sql)) {
        error = query.lastError().text();
        return values;
    }
    while (query.next())
        values.append(query.value(0).toString());
    if (query.lastError().isValid())
        error = query.lastError().text();
    return values;
}

// What the file says about itself, read without writing to it.
struct Inspection {
    bool quarterdeckApplicationId = false;
    int schemaVersion = 0; // 0 when there is none or it cannot be read
    QString damage;        // what PRAGMA quick_check found; empty when healthy
    QString openFailure;   // SQLite could not open the file at all
};

enum class Check {
    Damage,
    HeaderOnly, // for a file Quarterdeck left sound (SoundFileRecord)
};

Inspection inspectDatabase(const QString &path, Check check)
{
    skipSqliteMemoryStatistics();
    const QString connectionName = uniqueConnectionName(QLatin1String("inspection"));
    Inspection found;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        if (openedForInspection(database, path)) {
            // quick_check reads every page but skips the index cross-checks of integrity_check: about 0.25 s for
            // a generated 1,000-team document of 110 MB.
            QString error;
            if (check == Check::Damage) {
                const QStringList problems = firstColumn(database, QStringLiteral("PRAGMA quick_check"), error);
                if (!error.isEmpty())
                    found.damage = error;
                else if (problems != QStringList{QStringLiteral("ok")})
                    found.damage = problems.mid(0, 3).join(QStringLiteral("; "));
                error.clear();
            }
            found.quarterdeckApplicationId =
                firstColumn(database, QStringLiteral("PRAGMA application_id"), error).value(0).toLongLong() ==
                QuarterdeckApplicationId;
            const QStringList hasMeta = firstColumn(
                database, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'meta'"),
                error);
            if (hasMeta == QStringList{QStringLiteral("1")})
                found.schemaVersion =
                    firstColumn(database, QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'"), error)
                        .value(0)
                        .toInt(); // 0 when not a number
        } else {
            found.openFailure = database.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(connectionName);
    return found;
}

QString damagedReason(const QString &damage)
{
    return translated(QT_TRANSLATE_NOOP(
                          "Document",
                          "The file is damaged (%1), so what it shows may be incomplete. Export it or save a copy to "
                          "keep what can be read."))
        .arg(damage);
}

// Refuses what is not a Quarterdeck document this build can read; returns its schema version and, for a damaged
// Quarterdeck document, the damage.
Inspection requireQuarterdeckDocument(const QString &path, Check check)
{
    Inspection found = inspectDatabase(path, check);
    if (!found.openFailure.isEmpty())
        throw DocumentError(translated(QT_TRANSLATE_NOOP("Document", "Cannot open %1: the file is damaged (%2)."))
                                .arg(shown(path), found.openFailure));
    if (found.schemaVersion >= 1 && !found.quarterdeckApplicationId && found.damage.isEmpty())
        found.damage = translated(
            QT_TRANSLATE_NOOP("Document", "its header lacks Quarterdeck's mark")); // the meta table says it is ours
    if (found.schemaVersion < 1) {
        if (!found.damage.isEmpty() && !found.quarterdeckApplicationId)
            throw DocumentError(translated(QT_TRANSLATE_NOOP("Document", "Cannot open %1: the file is damaged (%2)."))
                                    .arg(shown(path), found.damage));
        if (found.damage.isEmpty())
            throw DocumentError(
                translated(QT_TRANSLATE_NOOP("Document", "Cannot open %1: it is another application's database, not a "
                                                         "Quarterdeck document."))
                    .arg(shown(path)));
        // Ours, but its version cannot be read: read it as the current one, as far as it goes.
        found.schemaVersion = Document::currentSchemaVersion();
    }
    if (found.schemaVersion > Document::currentSchemaVersion())
        throw DocumentError(
            translated(QT_TRANSLATE_NOOP("Document",
                                         "Cannot open %1: it was written by a newer version of Quarterdeck (document "
                                         "version %2; this version reads up to %3). Please update Quarterdeck."))
                .arg(shown(path), QString::number(found.schemaVersion),
                     QString::number(Document::currentSchemaVersion())));
    return found;
}

// Everything that can be told from the file's first bytes: refuses what is not a SQLite database.
void requireSqliteFile(const QFileInfo &file)
{
    const QString path = file.absoluteFilePath();
    if (!file.isFile())
        throw DocumentError(
            translated(QT_TRANSLATE_NOOP("Document", "Cannot open %1: it is not a file.")).arg(shown(path)));
    // SQLite would happily turn an empty file into a new database.
    if (file.size() == 0)
        throw DocumentError(
            translated(QT_TRANSLATE_NOOP("Document",
                                         "Cannot open %1: the file is empty, so it is not a Quarterdeck document."))
                .arg(shown(path)));
    QFile reader(path);
    if (!reader.open(QIODevice::ReadOnly))
        throw DocumentError(translated(QT_TRANSLATE_NOOP("Document", "Cannot open %1: the file cannot be read (%2)."))
                                .arg(shown(path), reader.errorString()));
    const QByteArray header = reader.read(SqliteMagic.size());
    reader.close();
    if (header != SqliteMagic)
        throw DocumentError(
            translated(QT_TRANSLATE_NOOP("Document", "Cannot open %1: it is not a Quarterdeck document."))
                .arg(shown(path)));
}

// Why the document cannot be written where it is; empty when it can.
QString writeBarrier(const QFileInfo &file)
{
    // Root passes every access() check, so the owner's write bit counts as well.
    if (!file.isWritable() || !file.permissions().testFlag(QFileDevice::WriteOwner))
        return translated(QT_TRANSLATE_NOOP("Document", "The file is read-only."));
    if (!QFileInfo(file.absolutePath()).isWritable())
        return translated(QT_TRANSLATE_NOOP(
                              "Document",
                              "The folder %1 is read-only, and Quarterdeck keeps its journal beside the document."))
            .arg(shown(file.absolutePath()));
    return {};
}

void requireFolder(const QFileInfo &file)
{
    if (!file.absoluteDir().exists())
        throw DocumentError(translated(QT_TRANSLATE_NOOP("Document", "Cannot open %1: the folder %2 does not exist."))
                                .arg(shown(file.absoluteFilePath()), shown(file.absolutePath())));
}

} // namespace

Document::Document(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_connectionId(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

Document::~Document()
{
    // Sound when it opened and written by Quarterdeck alone since: by this connection (the file looks as when it
    // opened: its commits are in the journal), or by another that recorded the file as it left it.
    QDateTime soundCheckedAt = m_soundCheckedAt;
    if (soundCheckedAt.isValid() && SoundFileRecord::lookAt(m_path) != m_lookWhenOpened)
        soundCheckedAt = SoundFileRecord(m_path).vouchedCheck();
    m_statements.clear(); // queries hold the connection: they go first
    if (m_server) {
        m_server.reset();
        return;
    }
    {
        QSqlDatabase database = QSqlDatabase::database(m_connectionName, false);
        database.close(); // the last connection to close copies the journal into the file
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    if (soundCheckedAt.isValid())
        SoundFileRecord(m_path).remember(soundCheckedAt);
}

std::unique_ptr<Document> Document::open(const QString &path, OpenMode mode)
{
    const QFileInfo file(path);
    const QString absolutePath = file.absoluteFilePath();
    requireFolder(file);
    if (!file.exists())
        throw DocumentError(translated(QT_TRANSLATE_NOOP("Document", "Cannot open %1: the file does not exist."))
                                .arg(shown(absolutePath)));
    requireSqliteFile(file);
    const QDateTime checkStarted = QDateTime::currentDateTimeUtc();
    const QDateTime vouchedCheck = SoundFileRecord(absolutePath).vouchedCheck();
    const Inspection inspection =
        requireQuarterdeckDocument(absolutePath, vouchedCheck.isValid() ? Check::HeaderOnly : Check::Damage);
    const QString barrier = inspection.damage.isEmpty() ? writeBarrier(file) : damagedReason(inspection.damage);
    if (mode == OpenMode::ReadWrite && !barrier.isEmpty())
        throw DocumentError(translated(QT_TRANSLATE_NOOP("Document", "Cannot change %1. %2 Nothing was written."))
                                .arg(shown(absolutePath), barrier));
    if (inspection.schemaVersion < oldestSchemaReadAsItIs()) {
        if (mode == OpenMode::ReadOnly)
            throw DocumentError(
                translated(QT_TRANSLATE_NOOP("Document",
                                             "Cannot read %1: it was written by an older version of Quarterdeck. Open "
                                             "it in Quarterdeck to upgrade it (a copy of the old version is kept)."))
                    .arg(shown(absolutePath)));
        if (!barrier.isEmpty())
            throw DocumentError(
                translated(QT_TRANSLATE_NOOP("Document",
                                             "Cannot open %1: it was written by an older version of Quarterdeck and "
                                             "cannot be upgraded. %2"))
                    .arg(shown(absolutePath), barrier));
    }

    const bool readOnly = mode == OpenMode::ReadOnly || !barrier.isEmpty();
    // Any barrier (a damaged file, a read-only file or folder) means nothing may be written or made beside the file.
    const Connection connection = !readOnly           ? Connection::ReadWrite
                                  : barrier.isEmpty() ? Connection::ReadOnly
                                                      : Connection::ReadOnlyWithoutTrace;
    std::unique_ptr<Document> document = connect(absolutePath, connection);
    document->m_readOnlyReason = barrier;
    document->m_damaged = !inspection.damage.isEmpty();
    if (!readOnly) {
        // Opening may have written the file (its journal mode): the look to compare when closing is this one.
        document->m_soundCheckedAt = vouchedCheck.isValid() ? vouchedCheck : checkStarted;
        document->m_lookWhenOpened = SoundFileRecord::lookAt(absolutePath);
        document->migrate();
        document->m_recordsChanges = true; // the migration itself is not a user's change
    }
    return document;
}

std::unique_ptr<Document> Document::openServer(const QString &url, OpenMode mode)
{
    const bool readOnly = mode == OpenMode::ReadOnly;
    std::unique_ptr<ServerConnection> server = connectToServer(url, readOnly);
    std::unique_ptr<Document> document(new Document(url, server->connectionName()));
    document->m_connection = readOnly ? Connection::ReadOnly : Connection::ReadWrite;
    document->useServer(std::move(server));
    document->m_recordsChanges = true;
    return document;
}

std::unique_ptr<ServerConnection> Document::connectToServer(const QString &url, bool readOnly)
{
    auto server = std::make_unique<ServerConnection>(ServerAddress::parse(url));
    const QString shownName = server->address().displayName();
    const int stored = ServerSchema::storedVersion(server->database());
    if (stored == 0)
        throw DocumentError(translated(QT_TRANSLATE_NOOP("Document", "The organisation database %1 holds no organisation yet. Copy a document into "
                                       "it first: quarterdeck copy FILE URL."))
                                .arg(shownName));
    if (stored > currentSchemaVersion())
        throw DocumentError(translated(QT_TRANSLATE_NOOP("Document", "Cannot open the organisation database %1: it was written by a newer version of "
                                       "Quarterdeck (version %2; this version reads up to %3). Please update "
                                       "Quarterdeck."))
                                .arg(shownName, QString::number(stored), QString::number(currentSchemaVersion())));
    if (stored < currentSchemaVersion()) {
        if (readOnly)
            throw DocumentError(translated(QT_TRANSLATE_NOOP("Document", "Cannot read the organisation database %1: it was written by an older "
                                           "version of Quarterdeck. Open it in Quarterdeck to upgrade it."))
                                    .arg(shownName));
        ServerSchema::migrate(server->database(), shownName);
    }
    return server;
}

void Document::useServer(std::unique_ptr<ServerConnection> server)
{
    m_statements.clear(); // prepared on the previous connection, which goes next
    m_server = std::move(server);
    m_connectionName = m_server->connectionName();
    m_transactionDepth = 0;
    if (isReadOnly())
        exec(QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"));
    QSqlQuery schema = exec(QStringLiteral("SELECT current_schema()"));
    m_serverSchema = schema.next() ? schema.value(0).toString() : QString();
}

bool Document::isConnected() const
{
    return !m_server || database().isOpen();
}

void Document::reconnect()
{
    if (!m_server)
        return;
    if (m_transactionDepth > 0)
        throw DocumentError(
            translated(QT_TRANSLATE_NOOP("Document", "Cannot reconnect to %1 while changes are being written."))
                .arg(displayName()));
    // A newer Quarterdeck may have upgraded the database meanwhile: refused as on open, and the old connection stays.
    useServer(connectToServer(m_path, isReadOnly()));
}

std::unique_ptr<Document> Document::openLocation(const QString &location, OpenMode mode)
{
    return ServerAddress::isServerAddress(location) ? openServer(location, mode) : open(location, mode);
}

std::unique_ptr<Document> Document::openReader(const QString &openDocumentPath, Connection openDocumentConnection)
{
    if (ServerAddress::isServerAddress(openDocumentPath))
        return openServer(openDocumentPath, OpenMode::ReadOnly);
    return connect(openDocumentPath, openDocumentConnection == Connection::ReadOnlyWithoutTrace
                                         ? Connection::ReadOnlyWithoutTrace
                                         : Connection::ReadOnly);
}

std::unique_ptr<Document> Document::create(const QString &path, const std::function<void(Document &)> &fill,
                                           DocumentFiles::ExistingFile existing)
{
    const QFileInfo target(path);
    const QString absolutePath = target.absoluteFilePath();
    requireFolder(target);
    if (existing == DocumentFiles::ExistingFile::Refuse && target.exists())
        throw DocumentError(
            translated(QT_TRANSLATE_NOOP("Document", "Cannot create %1: a file with that name already exists."))
                .arg(shown(absolutePath)));
    PartialDocument::removeLeftoversIn(target.absolutePath());
    {
        PartialDocument partial(target);
        {
            std::unique_ptr<Document> building = connect(partial.path(), Connection::ReadWrite);
            // Built with a rollback journal, the document is written once: through WAL every page was written to
            // the journal and then again into the file when leaving WAL (the 1,000-team import's 99 MB, twice). The
            // journal holds little: a new file's pages have no earlier content to keep.
            building->exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
            building->migrate();
            // Filling a new document (the demo, a generated organisation, an import) is its first change: the rows
            // it stamps are in the change log, so that the first edit of one of them is no conflict.
            building->m_recordsChanges = true;
            // The connection that fills is closed once the file is in place, and a fill reads back little of what it
            // wrote: with the reading connections' 64 MiB, its whole transaction stayed in memory (30 MB for the
            // 1,000-team CSV import). SQLite writes what does not fit to the journal before the commit. 4 MiB: the
            // 1,000-team import's peak within a fifth of the 200-team one's, for 5 % more time than with 8 MiB.
            building->exec(QStringLiteral("PRAGMA cache_size = -4096"));
            if (fill)
                fill(*building);
        }
        partial.moveIntoPlace(existing);
    }
    SoundFileRecord(absolutePath).remember(QDateTime::currentDateTimeUtc()); // sound as built: no need to check it
    return open(absolutePath, OpenMode::ReadWrite);
}

std::unique_ptr<Document> Document::connect(const QString &absolutePath, Connection connection)
{
    skipSqliteMemoryStatistics();
    const QString connectionName = uniqueConnectionName(QLatin1String("document"));
    QString failure;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        if (connection == Connection::ReadOnlyWithoutTrace)
            connectWithoutTrace(database, absolutePath);
        else
            database.setDatabaseName(absolutePath);
        if (!database.open())
            failure = database.lastError().text();
    }
    if (!failure.isEmpty()) {
        QSqlDatabase::removeDatabase(connectionName);
        throw DocumentError(
            translated(QT_TRANSLATE_NOOP("Document", "Cannot open %1: %2")).arg(shown(absolutePath), failure));
    }
    // The constructor is private; the unique_ptr owns the document from here on.
    std::unique_ptr<Document> document(new Document(absolutePath, connectionName));
    document->m_connection = connection;
    // Opened as a writer is, to take part in the file's locking: nothing may write through it.
    if (connection == Connection::ReadOnly)
        document->exec(QStringLiteral("PRAGMA query_only = ON"));
    document->exec(QStringLiteral("PRAGMA foreign_keys = ON")); // per connection, off by default
    if (connection == Connection::ReadWrite) {
        document->exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        // In WAL mode NORMAL loses no committed data on a crash (only the last commits on power loss) and
        // commits much faster.
        document->exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    }
    // Up to 64 MiB of pages (SQLite's default is 2 MiB): a 1,000-team cycle then loads from memory after the
    // first time. The memory is only taken as pages are read.
    document->exec(QStringLiteral("PRAGMA cache_size = -65536"));
    // A statement inside a long transaction keeps a journal of the pages it changes, to undo itself alone. On disk
    // that journal cost an import of 800,000 rows five million writes to a temporary file; in memory it is freed
    // after each statement.
    document->exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
    return document;
}

void Document::readEachPageOnce()
{
    if (isOnServer())
        return; // the server's own cache
    exec(QStringLiteral("PRAGMA cache_size = -2048"));
}

int Document::currentSchemaVersion()
{
    return static_cast<int>(migrations().size());
}

QString Document::shownName() const
{
    return isOnServer() ? displayName() : shown(m_path);
}

QString Document::displayName() const
{
    if (isOnServer())
        return m_server->address().displayName();
    QString name = QFileInfo(m_path).fileName();
    if (name.endsWith(QLatin1String(".okr"), Qt::CaseInsensitive))
        name.chop(4);
    return name;
}

QSqlDatabase Document::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Document::storedSchemaVersion()
{
    QSqlQuery hasMeta =
        exec(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'meta'"));
    if (!hasMeta.next() || hasMeta.value(0).toInt() == 0)
        return 0;
    QSqlQuery version = exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'"));
    return version.next() ? version.value(0).toString().toInt() : 0;
}

void Document::migrate()
{
    const int storedVersion = storedSchemaVersion();
    if (storedVersion == currentSchemaVersion())
        return;
    if (storedVersion >= 1)
        backUpBeforeUpgrade(storedVersion);
    // A step may rebuild a table (SQLite's twelve steps, as 008 does): with foreign keys on, dropping the old table
    // would delete the rows that refer to it. They are off while the steps run (the pragma does nothing inside a
    // transaction) and each step checks them before it commits.
    exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
    try {
        applyMigrations();
    } catch (...) {
        QSqlQuery(database()).exec(QStringLiteral("PRAGMA foreign_keys = ON")); // never throws, as in rollback()
        throw;
    }
    exec(QStringLiteral("PRAGMA foreign_keys = ON"));
}

void Document::applyMigrations()
{
    // Each step is one transaction that also records its version: a failing step leaves the previous version.
    for (const MigrationScript &migration : migrations()) {
        transaction([&] {
            // Read inside the (immediate) transaction: another instance may have migrated meanwhile.
            const int stored = storedSchemaVersion();
            if (stored > currentSchemaVersion())
                throw DocumentError(
                    translated(QT_TRANSLATE_NOOP("Document",
                                                 "Cannot open %1: it was written by a newer version of Quarterdeck."))
                        .arg(shown(m_path)));
            if (stored >= migration.version())
                return;
            const QStringList statements = SqlScript::statements(migration.text());
            for (const QString &statement : statements)
                exec(statement);
            requireForeignKeysHold();
            QSqlQuery &recordVersion =
                prepared(QStringLiteral("INSERT INTO meta (key, value) VALUES ('schema_version', ?) "
                                        "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
            recordVersion.addBindValue(QString::number(migration.version()));
            exec(recordVersion);
        });
    }
}

void Document::requireForeignKeysHold()
{
    QSqlQuery violation = exec(QStringLiteral("PRAGMA foreign_key_check"));
    if (violation.next())
        throw DocumentError(
            translated(QT_TRANSLATE_NOOP("Document",
                                         "Cannot upgrade %1: row %2 of table %3 refers to a row that does not exist."))
                .arg(shown(m_path), violation.value(1).toString(), violation.value(0).toString()));
}

void Document::backUpBeforeUpgrade(int storedVersion)
{
    const QString stem = m_path + QStringLiteral(".v%1").arg(storedVersion);
    QString backupPath = stem + QStringLiteral(".bak");
    for (int copy = 2; QFileInfo::exists(backupPath); ++copy) // an earlier upgrade's copy stays
        backupPath = stem + QStringLiteral("-%1.bak").arg(copy);
    QSqlQuery &vacuum = prepared(QStringLiteral("VACUUM INTO ?"));
    vacuum.addBindValue(backupPath);
    exec(vacuum);
    m_upgradeBackupPath = backupPath;
}

void Document::transaction(const std::function<void()> &work)
{
    if (m_transactionDepth > 0) {
        ++m_transactionDepth;
        try {
            work();
        } catch (...) {
            --m_transactionDepth;
            m_rollbackOnly = true; // a caller that swallows this must not commit half of the work
            throw;
        }
        --m_transactionDepth;
        return;
    }

    for (int attempt = 1;; ++attempt) {
        try {
            runTransaction(work);
            return;
        } catch (const DocumentError &error) {
            if (!error.isTransient() || attempt == TransactionAttempts)
                throw;
        }
    }
}

void Document::runTransaction(const std::function<void()> &work)
{
    // IMMEDIATE takes the file's write lock up front, so a read never has to be upgraded (and fail) mid-transaction.
    // A server locks rows as they are written.
    // A server's change id is taken at the first write (009_organisation.sql), so that ids follow the commits.
    m_transactionDepth = 1;
    m_rollbackOnly = false;
    try {
        controlTransaction(!isOnServer()     ? QStringLiteral("BEGIN IMMEDIATE")
                           : m_recordsChanges ? QStringLiteral("BEGIN; SET LOCAL quarterdeck.change = 'next'")
                                              : QStringLiteral("BEGIN"));
        if (m_recordsChanges && !isOnServer())
            m_totalChangesAtBegin = totalChanges();
        work();
        const bool wrote = m_recordsChanges && !m_rollbackOnly &&
                           (isOnServer() ? serverTransactionWrote() : totalChanges() != m_totalChangesAtBegin);
        if (wrote)
            recordChange();
        if (wrote && isOnServer())
            exec(QStringLiteral("SELECT pg_notify('%1', current_schema())").arg(changeChannel()));
    } catch (const DocumentError &error) {
        m_transactionDepth = 0;
        rollback();
        // The server rolls back what a broken connection never committed.
        if (!isConnected())
            throw DocumentError(
                translated(QT_TRANSLATE_NOOP("Document", "%1 Nothing was saved.")).arg(error.message()));
        throw;
    } catch (...) {
        m_transactionDepth = 0;
        rollback();
        throw;
    }
    m_transactionDepth = 0;
    if (m_rollbackOnly) {
        rollback();
        throw DocumentError(
            translated(QT_TRANSLATE_NOOP("Document", "The changes to %1 were undone because part of them failed."))
                .arg(shownName()));
    }
    try {
        controlTransaction(QStringLiteral("COMMIT"));
    } catch (const DocumentError &) {
        // The server may have committed before the connection broke: its answer never came.
        if (!isConnected())
            throw DocumentError(translated(QT_TRANSLATE_NOOP("Document", "The connection to %1 was lost while the "
                                                                         "changes were being saved, so whether the "
                                                                         "server kept them is not known. Once "
                                                                         "reconnected, the document shows what it "
                                                                         "kept."))
                                    .arg(shownName()));
        rollback();
        throw;
    }
}

// PostgreSQL prepares only queries and writes: BEGIN and COMMIT run as they are there.
void Document::controlTransaction(const QString &statement)
{
    if (isOnServer())
        exec(statement);
    else
        exec(prepared(statement));
}

// A transaction is given an id by its first write.
bool Document::serverTransactionWrote()
{
    return integerOf(QStringLiteral("SELECT CASE WHEN pg_current_xact_id_if_assigned() IS NULL THEN 0 ELSE 1 END")) !=
           0;
}

Revision Document::changeBeingWritten()
{
    // A file's writer holds the only write lock: its change is the next. A server's is taken at the first write
    // (009_organisation.sql), or now.
    return isOnServer() ? integerOf(QStringLiteral("SELECT quarterdeck_change()")) : ChangeLog(*this).lastId() + 1;
}

qint64 Document::integerOf(const QString &sql)
{
    QSqlQuery &query = prepared(sql);
    exec(query);
    const qint64 value = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    return value;
}

qint64 Document::totalChanges()
{
    return integerOf(QStringLiteral("SELECT total_changes()"));
}

// A file's triggers (migration 004) stamped the rows written with the next change id: this entry takes it. A server's
// stamped them with the id their transaction's first write took.
void Document::recordChange()
{
    const QString summary = m_summary.isEmpty() && QCoreApplication::instance()
                                ? QCoreApplication::arguments().mid(1).join(u' ')
                                : m_summary;
    ChangeRecord change = ChangeRecord::byThisProcess(m_writer, m_connectionId, summary);
    if (isOnServer())
        change.id = changeBeingWritten();
    ChangeLog(*this).record(change);
}

QString Document::changeChannel()
{
    return QStringLiteral("quarterdeck_changes"); // lower case: LISTEN folds the name as PostgreSQL folds names
}

qint64 Document::dataVersion()
{
    return integerOf(QStringLiteral("PRAGMA data_version"));
}

void Document::rollback()
{
    // Never throws: it runs while an exception is on its way; SQLite may already have rolled back itself.
    QSqlQuery query(database());
    query.exec(QStringLiteral("ROLLBACK"));
}

QSqlQuery &Document::prepared(const QString &sql)
{
    auto found = m_statements.find(sql);
    if (found == m_statements.end()) {
        auto query = std::make_unique<QSqlQuery>(database());
        // INDEXED BY tells SQLite's planner which index to walk (PlanQueries); PostgreSQL has no such clause.
        static const QRegularExpression indexHint(QStringLiteral(" INDEXED BY \\w+"));
        // On a server a forward-only query streams its rows, and the connection's next query silently ends them
        // (QPSQL's single-row mode): reads that nest (a plan's tree order) take each result whole instead.
        query->setForwardOnly(!isOnServer());
        if (!query->prepare(isOnServer() ? QString(sql).remove(indexHint) : sql))
            throw failureOf(*query);
        found = m_statements.emplace(sql, std::move(query)).first;
    }
    return *found->second;
}

void Document::exec(QSqlQuery &query)
{
    ++queriesExecuted;
    if (!query.exec())
        throw failureOf(query);
}

QSqlQuery Document::exec(const QString &sql)
{
    QSqlQuery query(database());
    query.setForwardOnly(!isOnServer());
    ++queriesExecuted;
    if (!query.exec(sql))
        throw failureOf(query);
    return query;
}

qint64 Document::executedQueryCount()
{
    return queriesExecuted.load();
}

void Document::saveCopyAs(const QString &path)
{
    if (isOnServer())
        throw DocumentError(translated(QT_TRANSLATE_NOOP("Document", "Cannot save a copy of the organisation database %1 here: quarterdeck copy URL "
                                       "FILE copies it into a file."))
                                .arg(displayName()));
    const QFileInfo target(path);
    if (target.exists())
        throw DocumentError(
            translated(QT_TRANSLATE_NOOP("Document", "Cannot save a copy as %1: a file with that name already exists."))
                .arg(shown(target.absoluteFilePath())));
    if (!target.absoluteDir().exists())
        throw DocumentError(
            translated(QT_TRANSLATE_NOOP("Document", "Cannot save a copy as %1: the folder %2 does not exist."))
                .arg(shown(target.absoluteFilePath()), shown(target.absolutePath())));
    if (m_transactionDepth > 0)
        throw DocumentError(
            translated(QT_TRANSLATE_NOOP("Document", "Cannot save a copy of %1 while changes are being written."))
                .arg(shown(m_path)));
    QSqlQuery &vacuum = prepared(QStringLiteral("VACUUM INTO ?"));
    vacuum.addBindValue(target.absoluteFilePath());
    // PRAGMA query_only refuses VACUUM INTO, though it writes only the new file: lifted for it alone.
    const bool queryOnly = m_connection == Connection::ReadOnly;
    if (queryOnly)
        exec(QStringLiteral("PRAGMA query_only = OFF"));
    std::exception_ptr failure;
    try {
        exec(vacuum);
    } catch (const DocumentError &) {
        failure = std::current_exception();
    }
    if (queryOnly)
        exec(QStringLiteral("PRAGMA query_only = ON"));
    if (failure)
        std::rethrow_exception(failure);
}

void Document::removeWithJournal(const QString &path)
{
    for (const QString &file : QStringList{path} + DocumentFiles::journalOf(path))
        QFile::remove(file);
}
