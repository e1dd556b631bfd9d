#include "storage/SoundFileRecord.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include <atomic>
#include <utility>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#endif

namespace {

// How long a whole check vouches for a file Quarterdeck alone wrote since: a bound on how long damage done without
// a write goes unseen.
constexpr qint64 VouchingSeconds = 24 * 60 * 60;

QString recordFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) +
           QStringLiteral("/quarterdeck/sound-documents");
}

} // namespace

void SoundFileRecord::removeExpiredRecords()
{
    const qint64 expiredBefore = QDateTime::currentSecsSinceEpoch() - VouchingSeconds;
    const QDir folder(recordFolder());
    for (const QString &name : folder.entryList({QStringLiteral("*.json")}, QDir::Files)) {
        const QString path = folder.filePath(name);
        // The time from stat(): QFileInfo's is local time, and converting it re-reads the time zone on every call.
        const Look record = lookAt(path);
        if (record.inode >= 0 && record.modifiedSeconds < expiredBefore)
            QFile::remove(path);
    }
}

namespace {

// Records outlive their use after a day. Looking for expired ones once a day per process keeps the folder small
// without reading it whole at every close: a process that closes thousands of documents (a test suite) made that
// quadratic.
void removeExpiredRecordsDaily()
{
    static std::atomic<qint64> lastRemoval{0};
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    qint64 last = lastRemoval.load();
    if (now - last < VouchingSeconds || !lastRemoval.compare_exchange_strong(last, now))
        return;
    SoundFileRecord::removeExpiredRecords();
}

#ifdef Q_OS_UNIX
// The file as it looks with its modification time one nanosecond before the one it has, which no write can give it
// later; invalid where the file system keeps coarser times (it would round the time to one a write can give).
SoundFileRecord::Look setTimeBack(const QString &path, SoundFileRecord::Look look)
{
    if (--look.modifiedNanoseconds < 0) {
        --look.modifiedSeconds;
        look.modifiedNanoseconds = 999'999'999;
    }
    const timespec times[2] = {
        {0, UTIME_OMIT}, {static_cast<time_t>(look.modifiedSeconds), static_cast<long>(look.modifiedNanoseconds)}};
    if (::utimensat(AT_FDCWD, QFile::encodeName(path).constData(), times, 0) != 0 ||
        SoundFileRecord::lookAt(path) != look)
        return {};
    return look;
}
#endif

} // namespace

SoundFileRecord::SoundFileRecord(QString absolutePath)
    : m_path(std::move(absolutePath))
{
    QFile file(recordPathOf(m_path));
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QJsonObject record = QJsonDocument::fromJson(file.readAll()).object();
    if (record.value(QLatin1String("path")).toString() != m_path) // a different file whose path hashes alike
        return;
    m_recorded = {record.value(QLatin1String("device")).toInteger(-1),
                  record.value(QLatin1String("inode")).toInteger(-1), record.value(QLatin1String("size")).toInteger(-1),
                  record.value(QLatin1String("seconds")).toInteger(-1),
                  record.value(QLatin1String("nanoseconds")).toInteger(-1)};
    m_checkedAt = QDateTime::fromString(record.value(QLatin1String("checked")).toString(), Qt::ISODateWithMs);
}

QDateTime SoundFileRecord::vouchedCheck() const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool recent = m_checkedAt.isValid() && m_checkedAt <= now && m_checkedAt.secsTo(now) < VouchingSeconds;
    const Look look = lookAt(m_path);
    return recent && look.inode >= 0 && look == m_recorded ? m_checkedAt : QDateTime();
}

void SoundFileRecord::remember([[maybe_unused]] const QDateTime &checkedAt) const
{
#ifdef Q_OS_UNIX
    Look look = lookAt(m_path);
    if (look.inode < 0 || (look == m_recorded && checkedAt == m_checkedAt))
        return; // cannot be looked at, or as recorded
    look = setTimeBack(m_path, look);
    if (look.inode < 0)
        return;
    const QDir folder(recordFolder());
    if (!folder.mkpath(QStringLiteral(".")))
        return;
    removeExpiredRecordsDaily();
    const QJsonObject record{{QLatin1String("path"), m_path},
                             {QLatin1String("device"), look.device},
                             {QLatin1String("inode"), look.inode},
                             {QLatin1String("size"), look.size},
                             {QLatin1String("seconds"), look.modifiedSeconds},
                             {QLatin1String("nanoseconds"), look.modifiedNanoseconds},
                             {QLatin1String("checked"), checkedAt.toUTC().toString(Qt::ISODateWithMs)}};
    // Written in place, without QSaveFile's wait for the disk: a record half written (by a crash, or by two processes
    // at once) does not parse, and then the next open checks the file whole.
    QFile file(recordPathOf(m_path));
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(QJsonDocument(record).toJson(QJsonDocument::Compact));
#endif
}

SoundFileRecord::Look SoundFileRecord::lookAt([[maybe_unused]] const QString &absolutePath)
{
#ifdef Q_OS_UNIX
    struct stat status {};
    if (::stat(QFile::encodeName(absolutePath).constData(), &status) == 0)
        return {static_cast<qint64>(status.st_dev), static_cast<qint64>(status.st_ino),
                static_cast<qint64>(status.st_size), static_cast<qint64>(status.st_mtim.tv_sec),
                static_cast<qint64>(status.st_mtim.tv_nsec)};
#endif
    return {};
}

QString SoundFileRecord::recordPathOf(const QString &absolutePath)
{
    const QByteArray name = QCryptographicHash::hash(absolutePath.toUtf8(), QCryptographicHash::Sha1).toHex();
    return recordFolder() + QLatin1Char('/') + QString::fromLatin1(name) + QStringLiteral(".json");
}
