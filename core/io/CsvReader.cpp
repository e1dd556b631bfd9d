#include "io/CsvReader.h"

#include "io/ExchangeError.h"

#include <QCoreApplication>
#include <QStringView>

namespace {

const QChar quote = QLatin1Char('"');
const QChar comma = QLatin1Char(',');
const QChar carriageReturn = QLatin1Char('\r');
const QChar lineFeed = QLatin1Char('\n');

QString withoutByteOrderMark(const QByteArray &bytes)
{
    static const QByteArray byteOrderMark("\xEF\xBB\xBF");
    return QString::fromUtf8(bytes.startsWith(byteOrderMark) ? bytes.mid(byteOrderMark.size()) : bytes);
}

} // namespace

QList<QStringList> CsvReader::parse(const QByteArray &bytes)
{
    const QString text = withoutByteOrderMark(bytes);
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool recordStarted = false;
    qsizetype position = 0;
    const qsizetype length = text.size();

    const auto endRecord = [&] {
        if (recordStarted)
            record.append(field);
        records.append(record);
        record.clear();
        field.clear();
        recordStarted = false;
    };

    while (position < length) {
        const QChar character = text.at(position);
        if (character == quote && field.isEmpty()) {
            // A quoted field: runs to the closing quote; "" inside stands for one quote.
            const auto row = records.size() + 1;
            ++position;
            bool closed = false;
            while (position < length) {
                const QChar inside = text.at(position);
                if (inside == quote) {
                    if (position + 1 < length && text.at(position + 1) == quote) {
                        field.append(quote);
                        position += 2;
                        continue;
                    }
                    ++position;
                    closed = true;
                    break;
                }
                field.append(inside);
                ++position;
            }
            if (!closed)
                throw ExchangeError(
                    QCoreApplication::translate("CsvReader", "row %1: a quoted field is never closed.").arg(row));
            recordStarted = true;
            if (position < length && text.at(position) != comma && text.at(position) != carriageReturn &&
                text.at(position) != lineFeed)
                throw ExchangeError(
                    QCoreApplication::translate("CsvReader", "row %1: unexpected text after a closing quote.")
                        .arg(row));
            continue;
        }
        if (character == comma) {
            record.append(field);
            field.clear();
            recordStarted = true;
            ++position;
            continue;
        }
        if (character == carriageReturn || character == lineFeed) {
            endRecord();
            position +=
                (character == carriageReturn && position + 1 < length && text.at(position + 1) == lineFeed) ? 2 : 1;
            continue;
        }
        field.append(character);
        recordStarted = true;
        ++position;
    }
    if (recordStarted)
        endRecord();
    return records;
}
