#include "storage/Statement.h"

#include "storage/Document.h"
#include "storage/DocumentError.h"

#include <QSqlQuery>
#include <QSqlRecord>

Statement::Statement(Document &document, const QString &sql)
    : m_query(document.prepared(sql))
{
}

Statement &Statement::bind(const QString &column, const QVariant &value)
{
    const bool nullText = value.typeId() == QMetaType::QString && value.toString().isNull();
    m_query.bindValue(QLatin1Char(':') + column + m_placeholderSuffix, nullText ? QVariant(QStringLiteral("")) : value);
    return *this;
}

Statement &Statement::forRow(int row)
{
    m_placeholderSuffix = QLatin1Char('_') + QString::number(row);
    return *this;
}

Statement &Statement::exec()
{
    Document::exec(m_query);
    m_indexes.clear();
    return *this;
}

Id Statement::execInsert()
{
    exec();
    return m_query.lastInsertId().toLongLong();
}

Id Statement::execReturningId()
{
    exec();
    const Id id = next() ? value(QStringLiteral("id")).toLongLong() : NoId;
    finish();
    return id;
}

Revision Statement::execRevision()
{
    exec();
    const QVariant revision = next() ? value(QStringLiteral("revision")) : QVariant();
    finish();
    return revision.isNull() ? NotStored : revision.toLongLong();
}

void Statement::execOnExisting(const QString &missingText)
{
    exec();
    if (m_query.numRowsAffected() == 0)
        throw DocumentError(missingText);
}

bool Statement::next()
{
    return m_query.next();
}

QVariant Statement::value(const QString &column) const
{
    return m_query.value(indexes().value(column, -1));
}

int Statement::column(const QString &name) const
{
    return indexes().value(name, -1);
}

QVariant Statement::value(int column) const
{
    return m_query.value(column);
}

const QHash<QString, int> &Statement::indexes() const
{
    if (m_indexes.isEmpty()) {
        const QSqlRecord record = m_query.record();
        for (int index = 0; index < record.count(); ++index)
            m_indexes.insert(record.fieldName(index), index);
    }
    return m_indexes;
}

void Statement::finish()
{
    m_query.finish();
}
