#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <memory>

// One open .okr file: a SQLite connection with foreign keys on, WAL, and the current schema.
// open() refuses what is not a Quarterdeck document (random bytes, an empty file, another application's
// database, a newer schema, a read-only file, a missing folder) with a DocumentError, without modifying it.
class Document {
public:
    enum class OpenMode { OpenExisting, CreateIfMissing };

    static std::unique_ptr<Document> open(const QString &path, OpenMode mode = OpenMode::OpenExisting);
    ~Document();
    Document(const Document &) = delete;
    Document &operator=(const Document &) = delete;

    static int currentSchemaVersion();

    QString path() const { return m_path; }
    QString displayName() const; // the file name without .okr
    QSqlDatabase database() const;

    // Runs `work` in one transaction: committed when it returns, rolled back when it throws (the exception
    // goes on). Nested calls join the outer transaction, so every repository write can be part of a larger one.
    void transaction(const std::function<void()> &work);

    // A prepared statement, cached per SQL text: bind, exec() through Document::exec, reuse.
    QSqlQuery &prepared(const QString &sql);
    // Executes a prepared or plain query; throws DocumentError with the driver's message on failure.
    static void exec(QSqlQuery &query);
    QSqlQuery exec(const QString &sql);

    // A consistent copy of the live file (Save As), written with SQLite's VACUUM INTO.
    void saveCopyAs(const QString &path);

private:
    Document(QString path, QString connectionName);

    QString m_path;
    QString m_connectionName;
    QHash<QString, QSqlQuery> m_statements;
    int m_transactionDepth = 0;
};
