#include "support/catch.h"

#include "core/storage/StorageTestSupport.h"
#include "storage/Document.h"
#include "storage/Repository.h"
#include "storage/SoundFileRecord.h"
#include "support/DamagedFiles.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <fcntl.h>
#include <sys/stat.h>

using namespace StorageTestSupport;

namespace {

// Gives the file the modification time of `look`, as if nothing had written it since.
void restoreTime(const QString &path, const SoundFileRecord::Look &look)
{
    const timespec times[2] = {
        {0, UTIME_OMIT}, {static_cast<time_t>(look.modifiedSeconds), static_cast<long>(look.modifiedNanoseconds)}};
    REQUIRE(::utimensat(AT_FDCWD, QFile::encodeName(path).constData(), times, 0) == 0);
}

QString openedReadWriteError(const QString &path)
{
    return openError(path, Document::OpenMode::ReadWrite);
}

} // namespace

TEST_CASE("SoundFileRecord should vouch for a document Quarterdeck built and wrote since, with the time of its check",
          "[storage][document][damaged]")
{
    ClosedDocument closed;
    const QDateTime built = SoundFileRecord(closed.path).vouchedCheck();
    REQUIRE(built.isValid());

    {
        const std::unique_ptr<Document> document = Document::open(closed.path);
        TeamRepository(*document).add({NoId, NoId, QStringLiteral("Written by Quarterdeck")});
    }

    CHECK(SoundFileRecord(closed.path).vouchedCheck() == built);
}

TEST_CASE("SoundFileRecord should stop vouching for a file another program wrote", "[storage][document][damaged]")
{
    ClosedDocument closed;
    const QString connectionName = QStringLiteral("another program");
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        other.setDatabaseName(closed.path);
        REQUIRE(other.open());
        QSqlQuery(other).exec(QStringLiteral("PRAGMA user_version = 7"));
        other.close();
    }
    QSqlDatabase::removeDatabase(connectionName);

    CHECK_FALSE(SoundFileRecord(closed.path).vouchedCheck().isValid());
}

TEST_CASE("SoundFileRecord should tell a write within the clock tick of the remembered one",
          "[storage][document][damaged]")
{
    const QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("plan.okr"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'a'));
    file.close();
    const SoundFileRecord::Look written = SoundFileRecord::lookAt(path);
    SoundFileRecord(path).remember(QDateTime::currentDateTimeUtc());
    REQUIRE(SoundFileRecord(path).vouchedCheck().isValid());

    // File times advance in ticks: the next write may be stamped with the very time of the remembered one.
    REQUIRE(file.open(QIODevice::ReadWrite));
    file.write("b");
    file.close();
    restoreTime(path, written);

    CHECK(SoundFileRecord::lookAt(path).size == written.size);
    CHECK_FALSE(SoundFileRecord(path).vouchedCheck().isValid());
}

TEST_CASE("Document should find damage done once Quarterdeck closed the file", "[storage][document][damaged]")
{
    ClosedDocument closed;
    REQUIRE(SoundFileRecord(closed.path).vouchedCheck().isValid());

    DamagedFiles::zeroPage(closed.path, DamagedFiles::pageCount(closed.path) / 2);

    CHECK_FALSE(SoundFileRecord(closed.path).vouchedCheck().isValid());
    CHECK(openedReadWriteError(closed.path).contains(QStringLiteral("damaged")));
}

TEST_CASE("Document should skip the whole check of a file the record vouches for, and check it without one",
          "[storage][document][damaged]")
{
    ClosedDocument closed;
    const SoundFileRecord::Look asLeft = SoundFileRecord::lookAt(closed.path);
    // Damage that leaves the file looking as it was left, as a failing disk could: only the whole check sees it.
    DamagedFiles::zeroPage(closed.path, DamagedFiles::firstLeafPageOf(closed.path, QStringLiteral("check_ins")));
    restoreTime(closed.path, asLeft);
    REQUIRE(SoundFileRecord(closed.path).vouchedCheck().isValid());

    CHECK(Document::open(closed.path, Document::OpenMode::ReadOnly)->isDamaged() == false);

    REQUIRE(QFile::remove(SoundFileRecord::recordPathOf(closed.path)));
    CHECK(openedReadWriteError(closed.path).contains(QStringLiteral("damaged")));
}

TEST_CASE("SoundFileRecord should vouch for a day after the whole check, and not after", "[storage][document]")
{
    ClosedDocument closed;
    const QString recordPath = SoundFileRecord::recordPathOf(closed.path);
    const auto recordCheckedAt = [&](const QDateTime &checkedAt) {
        QFile file(recordPath);
        REQUIRE(file.open(QIODevice::ReadOnly));
        QJsonObject record = QJsonDocument::fromJson(file.readAll()).object();
        file.close();
        record.insert(QStringLiteral("checked"), checkedAt.toString(Qt::ISODateWithMs));
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(record).toJson());
    };
    const QDateTime now = QDateTime::currentDateTimeUtc();

    recordCheckedAt(now.addSecs(-23 * 60 * 60));
    CHECK(SoundFileRecord(closed.path).vouchedCheck().isValid());
    recordCheckedAt(now.addSecs(-25 * 60 * 60));
    CHECK_FALSE(SoundFileRecord(closed.path).vouchedCheck().isValid());
    recordCheckedAt(now.addSecs(60 * 60)); // a clock set back since
    CHECK_FALSE(SoundFileRecord(closed.path).vouchedCheck().isValid());

    // Checked whole again on opening, it is vouched for anew once closed.
    Document::open(closed.path).reset();
    CHECK(SoundFileRecord(closed.path).vouchedCheck().isValid());
}

TEST_CASE("Records written more than a day ago should be removed, and recent ones kept", "[storage][document]")
{
    ClosedDocument recent;
    ClosedDocument expired;
    const QString expiredRecord = SoundFileRecord::recordPathOf(expired.path);
    {
        QFile record(expiredRecord);
        REQUIRE(record.open(QIODevice::ReadWrite));
        REQUIRE(record.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-25 * 60 * 60),
                                   QFileDevice::FileModificationTime));
    }
    REQUIRE(SoundFileRecord(expired.path).vouchedCheck().isValid()); // the record's own time is not what expires it

    SoundFileRecord::removeExpiredRecords();

    CHECK_FALSE(QFile::exists(expiredRecord));
    CHECK(QFile::exists(SoundFileRecord::recordPathOf(recent.path)));
}
