#include "support/DamagedFiles.h"

#include "support/catch.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUrl>
#include <QtEndian>

namespace {

// See https://www.sqlite.org/fileformat.html: all big-endian.
constexpr qint64 PageSizeOffset = 16;
constexpr qint64 PageCountOffset = 28;
constexpr qint64 ApplicationIdOffset = 68;
constexpr char InteriorTablePage = 0x05;
constexpr qint64 InteriorCellPointers = 12; // after an interior page's header

QByteArray headerOf(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.read(100);
}

qint64 pageSize(const QString &path)
{
    const quint16 stored = qFromBigEndian<quint16>(headerOf(path).constData() + PageSizeOffset);
    return stored == 1 ? 65536 : stored;
}

} // namespace

namespace DamagedFiles {

void zeroBytes(const QString &path, qint64 offset, qint64 length)
{
    REQUIRE_FALSE(QFile::exists(path + QStringLiteral("-wal"))); // the damage must reach the file itself
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.seek(offset));
    REQUIRE(file.write(QByteArray(length, '\0')) == length);
}

void zeroPage(const QString &path, qint64 pageNumber)
{
    const qint64 size = pageSize(path);
    zeroBytes(path, (pageNumber - 1) * size, size);
}

void zeroApplicationId(const QString &path)
{
    zeroBytes(path, ApplicationIdOffset, 4);
}

qint64 pageCount(const QString &path)
{
    return qFromBigEndian<quint32>(headerOf(path).constData() + PageCountOffset);
}

qint64 rootPageOf(const QString &path, const QString &table)
{
    const QString connectionName = QStringLiteral("damaged-files-inspection");
    qint64 rootPage = 0;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        database.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        database.setDatabaseName(QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded) +
                                 QStringLiteral("?immutable=1"));
        REQUIRE(database.open());
        QSqlQuery query(database);
        query.prepare(QStringLiteral("SELECT rootpage FROM sqlite_schema WHERE type = 'table' AND name = ?"));
        query.addBindValue(table);
        REQUIRE(query.exec());
        REQUIRE(query.next());
        rootPage = query.value(0).toLongLong();
    }
    QSqlDatabase::removeDatabase(connectionName);
    return rootPage;
}

qint64 firstLeafPageOf(const QString &path, const QString &table)
{
    const qint64 size = pageSize(path);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    qint64 page = rootPageOf(path, table);
    for (;;) {
        REQUIRE(file.seek((page - 1) * size));
        const QByteArray content = file.read(size);
        REQUIRE(content.size() == size);
        if (content.at(0) != InteriorTablePage)
            return page;
        // An interior cell starts with its left child's page number.
        const quint16 firstCell = qFromBigEndian<quint16>(content.constData() + InteriorCellPointers);
        page = qFromBigEndian<quint32>(content.constData() + firstCell);
    }
}

} // namespace DamagedFiles
