#include "storage/Statement.h"

#include "storage/Document.h"
#include "storage/DocumentError.h"

#include <QSqlQuery>
#include <QSqlRecord>

Statement::Statement(Document &document, const QString &sql)
    : m_document(document)
    , m_query(document.prepared(sql))
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
    m_rows = SqliteRows::of(m_query);
    m_indexes.clear();
    m_names.clear();
    m_lastColumn = -1;
    return *this;
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
    return m_rows ? m_rows->next() : m_query.next();
}

QVariant Statement::value(const QString &column) const
{
    return value(this->column(column));
}

QString Statement::text(const QString &column) const
{
    const int index = this->column(column);
    return m_rows ? m_rows->text(index) : m_query.value(index).toString();
}

qint64 Statement::integer(const QString &column) const
{
    const int index = this->column(column);
    return m_rows ? m_rows->integer(index) : m_query.value(index).toLongLong();
}

double Statement::real(const QString &column) const
{
    const int index = this->column(column);
    return m_rows ? m_rows->real(index) : m_query.value(index).toDouble();
}

std::optional<double> Statement::optionalReal(const QString &column) const
{
    const int index = this->column(column);
    if (m_rows)
        return m_rows->isNull(index) ? std::nullopt : std::optional<double>(m_rows->real(index));
    const QVariant value = m_query.value(index);
    return value.isNull() ? std::nullopt : std::optional<double>(value.toDouble());
}

QUtf8StringView Statement::utf8(const QString &column) const
{
    const int index = this->column(column);
    if (m_rows)
        return m_rows->utf8(index);
    const QString text = m_query.value(index).toString();
    m_utf8 = text.toUtf8();
    return text.isNull() ? QUtf8StringView() : QUtf8StringView(m_utf8);
}

int Statement::columnByText(const QString &name) const
{
    // The following column's name is compared before the name is hashed (hashing was a tenth of reading a cycle's
    // plan), and the caller's string is kept in its place: a literal's text is compared once per execution.
    const QHash<QString, int> &byName = indexes();
    const int following = m_lastColumn + 1;
    if (following < m_names.size() && m_names.at(following) == name) {
        m_names[following] = name;
        return m_lastColumn = following;
    }
    return m_lastColumn = byName.value(name, -1);
}

QVariant Statement::value(int column) const
{
    return m_rows ? m_rows->value(column) : m_query.value(column);
}

const QHash<QString, int> &Statement::indexes() const
{
    if (m_indexes.isEmpty()) {
        const QSqlRecord record = m_query.record();
        for (int index = 0; index < record.count(); ++index) {
            const QString name = record.fieldName(index);
            const bool repeated = m_indexes.contains(name); // a name selected twice means its first column
            m_names.append(repeated ? QString() : name);
            if (!repeated)
                m_indexes.insert(name, index);
        }
    }
    return m_indexes;
}

void Statement::finish()
{
    m_rows.reset();
    m_query.finish();
}
