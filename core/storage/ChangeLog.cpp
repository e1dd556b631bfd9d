#include "storage/ChangeLog.h"

#include "storage/Document.h"
#include "storage/Statement.h"

namespace {

const QString CommandLineText = QStringLiteral("command-line");
const QString WindowText = QStringLiteral("window");

QString select(const QString &rest)
{
    return QStringLiteral("SELECT id, written_at, writer, user_name, host, pid, connection, summary FROM changes ") +
           rest;
}

std::optional<ChangeRecord> readChange(Statement &query)
{
    if (!query.next())
        return std::nullopt;
    ChangeRecord change;
    change.id = query.integer(QStringLiteral("id"));
    change.writtenAt = QDateTime::fromString(query.text(QStringLiteral("written_at")), Qt::ISODate);
    change.writer = query.text(QStringLiteral("writer")) == WindowText ? ChangeRecord::Writer::Window
                                                                       : ChangeRecord::Writer::CommandLine;
    change.user = query.text(QStringLiteral("user_name"));
    change.host = query.text(QStringLiteral("host"));
    change.pid = query.integer(QStringLiteral("pid"));
    change.connection = query.text(QStringLiteral("connection"));
    change.summary = query.text(QStringLiteral("summary"));
    query.finish();
    return change;
}

} // namespace

ChangeLog::ChangeLog(Document &document)
    : m_document(document)
{
}

void ChangeLog::record(const ChangeRecord &change)
{
    // A server's change comes with the id its transaction reserved (Document::transaction); a file's takes the next.
    const QString sql =
        m_document.isOnServer()
            ? QStringLiteral("INSERT INTO changes (id, written_at, writer, user_name, host, pid, connection, summary)"
                             " OVERRIDING SYSTEM VALUE VALUES (:id, :written_at, :writer, :user_name, :host, :pid,"
                             " :connection, :summary) RETURNING id")
            : QStringLiteral("INSERT INTO changes (written_at, writer, user_name, host, pid, connection, summary)"
                             " VALUES (:written_at, :writer, :user_name, :host, :pid, :connection, :summary)"
                             " RETURNING id");
    Statement insert(m_document, sql);
    if (m_document.isOnServer())
        insert.bind(QStringLiteral("id"), change.id);
    const Revision id =
        insert.bind(QStringLiteral("written_at"), change.writtenAt.toUTC().toString(Qt::ISODate))
            .bind(QStringLiteral("writer"),
                  change.writer == ChangeRecord::Writer::CommandLine ? CommandLineText : WindowText)
            .bind(QStringLiteral("user_name"), change.user)
            .bind(QStringLiteral("host"), change.host)
            .bind(QStringLiteral("pid"), change.pid)
            .bind(QStringLiteral("connection"), change.connection)
            .bind(QStringLiteral("summary"), change.summary)
            .execReturningId();
    // Forgetting in batches keeps most transactions at one statement.
    if (id % KeptChanges == 0)
        Statement(m_document, QStringLiteral("DELETE FROM changes WHERE id <= :oldest"))
            .bind(QStringLiteral("oldest"), id - KeptChanges)
            .exec();
}

std::optional<ChangeRecord> ChangeLog::find(Revision changeId) const
{
    Statement query(m_document, select(QStringLiteral("WHERE id = :id")));
    query.bind(QStringLiteral("id"), changeId).exec();
    return readChange(query);
}

std::optional<ChangeRecord> ChangeLog::latest() const
{
    Statement query(m_document, select(QStringLiteral("ORDER BY id DESC LIMIT 1")));
    query.exec();
    return readChange(query);
}

Revision ChangeLog::lastId() const
{
    Statement query(m_document, QStringLiteral("SELECT coalesce(max(id), 0) AS id FROM changes"));
    query.exec();
    const Revision id = query.next() ? query.integer(QStringLiteral("id")) : 0;
    query.finish();
    return id;
}
