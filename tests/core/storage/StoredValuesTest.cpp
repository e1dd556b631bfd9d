#include "support/catch.h"

#include "storage/StoredValues.h"

#include <QDate>

TEST_CASE("StoredValues should store a date as Qt::ISODate writes it, and no date as NULL", "[storage]")
{
    for (const QDate date : {QDate(2026, 7, 1), QDate(2024, 2, 29), QDate(999, 12, 31), QDate(9999, 12, 31),
                             QDate(1, 1, 1), QDate(10000, 1, 1), QDate(-44, 3, 15)}) {
        INFO(date.toString(Qt::ISODate).toStdString());
        const QVariant stored = StoredValues::dateOrNull(date);
        CHECK(stored.toString() == date.toString(Qt::ISODate));
        if (date.year() >= 0 && date.year() <= 9999)
            CHECK(StoredValues::dateFrom(QUtf8StringView(stored.toString().toUtf8())) == date);
    }
    CHECK(StoredValues::dateOrNull(QDate(2026, 11, 5)).toString() == QStringLiteral("2026-11-05"));
    CHECK(StoredValues::dateOrNull(QDate()).isNull());
    CHECK(StoredValues::dateFrom(QUtf8StringView()).isNull());
    // What another program may have written: Qt's reading of an ISO date decides.
    for (const char *text : {"2026-02-30", "2026-7-1", "20260701", "2026-07-0x", "", "2026-07-01T10:00"}) {
        INFO(text);
        CHECK(StoredValues::dateFrom(QUtf8StringView(text)) == QDate::fromString(QString::fromUtf8(text), Qt::ISODate));
    }
}
