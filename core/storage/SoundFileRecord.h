#pragma once

#include <QDateTime>
#include <QString>

// What Quarterdeck knows of a document file it found sound: how the file looked (device, inode, size, modification
// time) when Quarterdeck last left it so, and when it last checked it whole. Kept per user, in the cache folder.
// Document::open skips the check for damage (PRAGMA quick_check: a quarter of a second for 1,000 teams) while the file
// still looks so, since then nothing but Quarterdeck has written it since it was checked; after a day it checks again.
//
// File times advance in clock ticks of a few milliseconds, so another write within the tick of Quarterdeck's last one
// would leave the look unchanged. Remembering therefore sets the modification time one nanosecond back: a later write
// stamps the file with the clock's time, never that one. What changes bytes without writing (a failing disk) is not
// seen until the next whole check; SQLite still refuses a damaged page when it reads it.
class SoundFileRecord {
public:
    struct Look {
        qint64 device = -1;
        qint64 inode = -1;
        qint64 size = -1;
        qint64 modifiedSeconds = -1;
        qint64 modifiedNanoseconds = -1;
        bool operator==(const Look &) const = default;
    };

    // Reads the record of the file at `absolutePath`.
    explicit SoundFileRecord(QString absolutePath);

    // When the file was last checked whole, if it looks as recorded and that was less than a day ago; else null.
    QDateTime vouchedCheck() const;
    // The file as it looks now is sound, last checked whole at `checkedAt`: sets its time back and records it.
    // Records nothing where the time cannot be set (another user's file, a system without nanosecond file times).
    void remember(const QDateTime &checkedAt) const;

    // The file now; every field -1 when it cannot be looked at.
    static Look lookAt(const QString &absolutePath);
    // Where the record of the file at `absolutePath` is kept.
    static QString recordPathOf(const QString &absolutePath);
    // Removes the records written more than a day ago (remember() does, once a day per process).
    static void removeExpiredRecords();

private:
    QString m_path;
    Look m_recorded; // every field -1 without a record
    QDateTime m_checkedAt;
};
