#include "storage/Document.h"

#include "storage/ChangeLog.h"
#include "storage/DocumentError.h"
#include "storage/SqlScript.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSysInfo>
#include <QUrl>
#include <QUuid>
#include <QtEndian>

#include <atomic>

namespace {

constexpr quint32 QuarterdeckApplicationId = 0x51444B31; // 'QDK1', set by 001_initial.sql
constexpr qsizetype SqliteHeaderSize = 100;
constexpr qsizetype ApplicationIdOffset = 68; // big-endian, see https://www.sqlite.org/fileformat.html
const QByteArray SqliteMagic("SQLite format 3\0", 16);

std::atomic<qint64> queriesExecuted{0};

QString translated(const char *text)
{
    return QCoreApplication::translate("Document", text);
}

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString uniqueConnectionName(QLatin1String purpose)
{
    static std::atomic<int> counter{0};
    return QStringLiteral("quarterdeck-%1-%2").arg(purpose).arg(++counter);
}

struct Migration {
    int version = 0;
    QString resource;
};

// Every migrations/NNN_*.sql embedded in the library, by version; versions run 1, 2, 3 ... without gaps.
const QList<Migration> &migrations()
{
    static const QList<Migration> all = [] {
        QList<Migration> found;
        const QDir folder(QStringLiteral(":/storage/migrations"));
        const QStringList names = folder.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
        for (const QString &name : names) {
            found.append({name.section(u'_', 0, 0).toInt(), folder.filePath(name)});
            Q_ASSERT(found.last().version == found.size());
        }
        return found;
    }();
    return all;
}

QString readMigration(const Migration &migration)
{
    QFile file(migration.resource);
    if (!file.open(QIODevice::ReadOnly))
        throw DocumentError(
            translated("The document structure for version %1 is missing from this build.").arg(migration.version));
    return QString::fromUtf8(file.readAll());
}

// Refuses a file without a Quarterdeck schema version, or with a newer one than this build knows. Reads through a
// read-only connection that leaves no -wal or -shm file behind: "immutable" when no journal exists (nothing can be
// pending), else read-only.
void requireKnownSchemaVersion(const QString &path)
{
    const bool journalExists = QFileInfo::exists(path + QStringLiteral("-wal"));
    const QString uri = QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded) +
                        (journalExists ? QStringLiteral("?mode=ro") : QStringLiteral("?immutable=1"));
    const QString connectionName = uniqueConnectionName(QLatin1String("inspection"));
    int version = -1;
    QString failure;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        database.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        database.setDatabaseName(uri);
        if (database.open()) {
            QSqlQuery query(database);
            if (!query.exec(
                    QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'meta'")) ||
                !query.next())
                failure = query.lastError().text();
            else if (query.value(0).toInt() == 1 &&
                     query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")) && query.next())
                version = query.value(0).toString().toInt(); // 0 when not a number
            else
                version = 0;
        } else {
            failure = database.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(connectionName);

    if (!failure.isEmpty())
        throw DocumentError(translated("Cannot open %1: the file is damaged (%2).").arg(shown(path), failure));
    if (version < 1)
        throw DocumentError(translated("Cannot open %1: it is another application's database, not a Quarterdeck "
                                       "document.")
                                .arg(shown(path)));
    if (version > Document::currentSchemaVersion())
        throw DocumentError(
            translated("Cannot open %1: it was written by a newer version of Quarterdeck (document "
                       "version %2; this version reads up to %3). Please update Quarterdeck.")
                .arg(shown(path), QString::number(version), QString::number(Document::currentSchemaVersion())));
}

// Everything that can be told without writing: refuses what is not a Quarterdeck document we may write to.
void inspectExisting(const QFileInfo &file)
{
    const QString path = file.absoluteFilePath();
    if (!file.isFile())
        throw DocumentError(translated("Cannot open %1: it is not a file.").arg(shown(path)));
    // SQLite would happily turn an empty file into a new database.
    if (file.size() == 0)
        throw DocumentError(
            translated("Cannot open %1: the file is empty, so it is not a Quarterdeck document.").arg(shown(path)));
    QFile reader(path);
    if (!reader.open(QIODevice::ReadOnly))
        throw DocumentError(
            translated("Cannot open %1: the file cannot be read (%2).").arg(shown(path), reader.errorString()));
    const QByteArray header = reader.read(SqliteHeaderSize);
    reader.close();
    if (header.size() < SqliteHeaderSize || !header.startsWith(SqliteMagic))
        throw DocumentError(translated("Cannot open %1: it is not a Quarterdeck document.").arg(shown(path)));
    if (qFromBigEndian<quint32>(header.constData() + ApplicationIdOffset) != QuarterdeckApplicationId)
        throw DocumentError(translated("Cannot open %1: it is another application's database, not a Quarterdeck "
                                       "document.")
                                .arg(shown(path)));
    requireKnownSchemaVersion(path);

    // Root passes every access() check, so the owner's write bit counts as well.
    if (!file.isWritable() || !file.permissions().testFlag(QFileDevice::WriteOwner))
        throw DocumentError(translated("Cannot open %1: the file is read-only.").arg(shown(path)));
    if (!QFileInfo(file.absolutePath()).isWritable())
        throw DocumentError(translated("Cannot open %1: the folder %2 is read-only, and Quarterdeck keeps its "
                                       "journal beside the document.")
                                .arg(shown(path), shown(file.absolutePath())));
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
    m_statements.clear(); // queries hold the connection: they go first
    {
        QSqlDatabase database = QSqlDatabase::database(m_connectionName, false);
        database.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

std::unique_ptr<Document> Document::open(const QString &path, OpenMode mode)
{
    const QFileInfo file(path);
    const QString absolutePath = file.absoluteFilePath();
    if (!file.absoluteDir().exists())
        throw DocumentError(translated("Cannot open %1: the folder %2 does not exist.")
                                .arg(shown(absolutePath), shown(file.absolutePath())));
    if (!file.exists()) {
        if (mode == OpenMode::OpenExisting)
            throw DocumentError(translated("Cannot open %1: the file does not exist.").arg(shown(absolutePath)));
        return create(absolutePath);
    }
    inspectExisting(file);
    std::unique_ptr<Document> document = connect(absolutePath);
    document->migrate();
    document->m_recordsChanges = true;
    return document;
}

std::unique_ptr<Document> Document::create(const QString &absolutePath)
{
    std::unique_ptr<Document> document = connect(absolutePath);
    try {
        document->migrate();
    } catch (...) {
        document.reset(); // closes the connection, which removes the journal files
        QFile::remove(absolutePath);
        throw;
    }
    document->m_recordsChanges = true;
    return document;
}

std::unique_ptr<Document> Document::connect(const QString &absolutePath)
{
    const QString connectionName = uniqueConnectionName(QLatin1String("document"));
    QString failure;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        database.setDatabaseName(absolutePath);
        if (!database.open())
            failure = database.lastError().text();
    }
    if (!failure.isEmpty()) {
        QSqlDatabase::removeDatabase(connectionName);
        throw DocumentError(translated("Cannot open %1: %2").arg(shown(absolutePath), failure));
    }
    // The constructor is private; the unique_ptr owns the document from here on.
    std::unique_ptr<Document> document(new Document(absolutePath, connectionName));
    document->exec(QStringLiteral("PRAGMA foreign_keys = ON")); // per connection, off by default
    document->exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    // In WAL mode NORMAL loses no committed data on a crash (only the last commits on power loss) and
    // commits much faster.
    document->exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    // Up to 64 MiB of pages (SQLite's default is 2 MiB): a 1,000-team cycle then loads from memory after the
    // first time. The memory is only taken as pages are read.
    document->exec(QStringLiteral("PRAGMA cache_size = -65536"));
    return document;
}

int Document::currentSchemaVersion()
{
    return static_cast<int>(migrations().size());
}

QString Document::displayName() const
{
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
    if (storedSchemaVersion() == currentSchemaVersion())
        return;
    // Each step is one transaction that also records its version: a failing step leaves the previous version.
    for (const Migration &migration : migrations()) {
        transaction([&] {
            // Read inside the (immediate) transaction: another instance may have migrated meanwhile.
            const int stored = storedSchemaVersion();
            if (stored > currentSchemaVersion())
                throw DocumentError(
                    translated("Cannot open %1: it was written by a newer version of Quarterdeck.").arg(shown(m_path)));
            if (stored >= migration.version)
                return;
            const QStringList statements = SqlScript::statements(readMigration(migration));
            for (const QString &statement : statements)
                exec(statement);
            QSqlQuery &recordVersion =
                prepared(QStringLiteral("INSERT INTO meta (key, value) VALUES ('schema_version', ?) "
                                        "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
            recordVersion.addBindValue(QString::number(migration.version));
            exec(recordVersion);
        });
    }
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

    // IMMEDIATE takes the write lock up front, so a read never has to be upgraded (and fail) mid-transaction.
    exec(prepared(QStringLiteral("BEGIN IMMEDIATE")));
    m_transactionDepth = 1;
    m_rollbackOnly = false;
    try {
        if (m_recordsChanges)
            m_totalChangesAtBegin = totalChanges();
        work();
        if (m_recordsChanges && !m_rollbackOnly && totalChanges() != m_totalChangesAtBegin)
            recordChange();
    } catch (...) {
        m_transactionDepth = 0;
        rollback();
        throw;
    }
    m_transactionDepth = 0;
    if (m_rollbackOnly) {
        rollback();
        throw DocumentError(
            translated("The changes to %1 were undone because part of them failed.").arg(shown(m_path)));
    }
    try {
        exec(prepared(QStringLiteral("COMMIT")));
    } catch (...) {
        rollback();
        throw;
    }
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

// The triggers of migration 004 stamped the rows written with the next change id: this entry takes it.
void Document::recordChange()
{
    ChangeRecord change;
    change.writtenAt = QDateTime::currentDateTimeUtc();
    change.writer = m_writer;
    change.user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    if (change.user.isEmpty()) // not set for services and some shells: the home folder is named after the user
        change.user = QDir(QDir::homePath()).dirName();
    change.host = QSysInfo::machineHostName();
    change.pid = QCoreApplication::applicationPid();
    change.connection = m_connectionId;
    if (m_summary.isEmpty() && QCoreApplication::instance())
        change.summary = QCoreApplication::arguments().mid(1).join(u' ');
    else
        change.summary = m_summary;
    ChangeLog(*this).record(change);
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
        query->setForwardOnly(true);
        if (!query->prepare(sql))
            throw DocumentError(
                translated("The document could not be read or written: %1").arg(query->lastError().text()));
        found = m_statements.emplace(sql, std::move(query)).first;
    }
    return *found->second;
}

void Document::exec(QSqlQuery &query)
{
    ++queriesExecuted;
    if (!query.exec())
        throw DocumentError(translated("The document could not be read or written: %1").arg(query.lastError().text()));
}

QSqlQuery Document::exec(const QString &sql)
{
    QSqlQuery query(database());
    query.setForwardOnly(true);
    ++queriesExecuted;
    if (!query.exec(sql))
        throw DocumentError(translated("The document could not be read or written: %1").arg(query.lastError().text()));
    return query;
}

qint64 Document::executedQueryCount()
{
    return queriesExecuted.load();
}

void Document::saveCopyAs(const QString &path)
{
    const QFileInfo target(path);
    if (target.exists())
        throw DocumentError(translated("Cannot save a copy as %1: a file with that name already exists.")
                                .arg(shown(target.absoluteFilePath())));
    if (!target.absoluteDir().exists())
        throw DocumentError(translated("Cannot save a copy as %1: the folder %2 does not exist.")
                                .arg(shown(target.absoluteFilePath()), shown(target.absolutePath())));
    if (m_transactionDepth > 0)
        throw DocumentError(translated("Cannot save a copy of %1 while changes are being written.").arg(shown(m_path)));
    QSqlQuery &vacuum = prepared(QStringLiteral("VACUUM INTO ?"));
    vacuum.addBindValue(target.absoluteFilePath());
    exec(vacuum);
}

void Document::removeWithJournal(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}
