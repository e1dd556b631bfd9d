#include "support/catch.h"

#include "core/io/CsvRecords.h"
#include "io/CsvReader.h"
#include "io/CsvWriter.h"
#include "io/ExchangeError.h"

#include <QBuffer>

namespace {

QStringList fields(std::initializer_list<const char *> texts)
{
    QStringList result;
    for (const char *text : texts)
        result.append(QString::fromUtf8(text));
    return result;
}

// The reader holds a chunk at a time: a byte order mark, a CRLF, a doubled quote or a record may be cut anywhere.
qsizetype anyChunkSize()
{
    return GENERATE(as<qsizetype>{}, 1, 2, 3, 7, CsvReader::defaultChunkSize);
}

// The message of the ExchangeError that reading `bytes` throws; empty when it reads.
QString readError(const QByteArray &bytes, qsizetype chunkSize)
{
    try {
        csvRecords(bytes, chunkSize);
    } catch (const ExchangeError &error) {
        return error.message();
    }
    return {};
}

} // namespace

TEST_CASE("The CSV reader should read plain records with LF or CRLF line ends", "[core][io][csv]")
{
    const qsizetype chunkSize = anyChunkSize();
    INFO("chunk size " << chunkSize);
    const QList<QStringList> expected{fields({"a", "b", "c"}), fields({"1", "2", "3"})};
    CHECK(csvRecords("a,b,c\n1,2,3\n", chunkSize) == expected);
    CHECK(csvRecords("a,b,c\r\n1,2,3\r\n", chunkSize) == expected);
    CHECK(csvRecords("a,b,c\r\n1,2,3", chunkSize) == expected);
    CHECK(csvRecords("a,b,c\r1,2,3\r", chunkSize) == expected);
}

TEST_CASE("The CSV reader should skip a UTF-8 byte order mark and keep accents", "[core][io][csv]")
{
    const qsizetype chunkSize = anyChunkSize();
    INFO("chunk size " << chunkSize);
    const QList<QStringList> records =
        csvRecords("\xEF\xBB\xBFTitle,Team\nR\xC3\xA9sum\xC3\xA9,\xE2\x82\xAC\n", chunkSize);
    REQUIRE(records.size() == 2);
    CHECK(records.at(0) == fields({"Title", "Team"}));
    CHECK(records.at(1) == fields({"Résumé", "€"}));
    CHECK(csvRecords("\xEF\xBB\xBF", chunkSize).isEmpty());
}

TEST_CASE("The CSV reader should read quoted commas, doubled quotes and line breaks", "[core][io][csv]")
{
    const qsizetype chunkSize = anyChunkSize();
    INFO("chunk size " << chunkSize);
    const QList<QStringList> records =
        csvRecords("\"Reach 1,000 users\",\"say \"\"hi\"\"\",\"two\r\nlines\",\"\"\nnext,row,here,x\n", chunkSize);
    REQUIRE(records.size() == 2);
    CHECK(records.at(0) == fields({"Reach 1,000 users", "say \"hi\"", "two\r\nlines", ""}));
    CHECK(records.at(1) == fields({"next", "row", "here", "x"}));
}

TEST_CASE("The CSV reader should keep empty lines and empty fields as they are", "[core][io][csv]")
{
    const qsizetype chunkSize = anyChunkSize();
    INFO("chunk size " << chunkSize);
    const QList<QStringList> records = csvRecords("a,,\n\n,b\r\n\r\n\"\"\n", chunkSize);
    REQUIRE(records.size() == 5);
    CHECK(records.at(0) == fields({"a", "", ""}));
    CHECK(records.at(1).isEmpty());
    CHECK(records.at(2) == fields({"", "b"}));
    CHECK(records.at(3).isEmpty());
    CHECK(records.at(4) == fields({""}));
    CHECK(csvRecords("a,", chunkSize) == QList<QStringList>{fields({"a", ""})});
}

TEST_CASE("The CSV reader should number rows as a spreadsheet does and tell blank ones", "[core][io][csv]")
{
    const qsizetype chunkSize = anyChunkSize();
    INFO("chunk size " << chunkSize);
    QBuffer device;
    device.setData("a\n\"two\nlines\"\n , \t\n\xC2\xA0\n\nb");
    REQUIRE(device.open(QIODevice::ReadOnly));
    CsvReader reader(device, chunkSize);
    QList<std::pair<int, bool>> rows; // row and blankness
    while (reader.next())
        rows.append({reader.row(), reader.isBlank()});
    CHECK(rows == QList<std::pair<int, bool>>{{1, false}, {2, false}, {3, true}, {4, true}, {5, true}, {6, false}});
}

TEST_CASE("The CSV reader should reject a quote that is never closed, naming the row", "[core][io][csv]")
{
    const qsizetype chunkSize = anyChunkSize();
    INFO("chunk size " << chunkSize);
    CHECK(readError("a,b\n1,\"open\n2,3\n", chunkSize) == QStringLiteral("row 2: a quoted field is never closed."));
    CHECK(readError("\"x\ny\"\n\"closed\"then text\n", chunkSize) ==
          QStringLiteral("row 2: unexpected text after a closing quote."));
}

TEST_CASE("The CSV reader should give a field without the white space at its ends, ASCII or not", "[core][io][csv]")
{
    QBuffer device;
    device.setData("plain, two words ,\t\"quoted\" ,\xC2\xA0no-break\xE3\x80\x80,R\xC3\xA9sum\xC3\xA9,,\xC2\xA0\n");
    REQUIRE(device.open(QIODevice::ReadOnly));
    CsvReader reader(device);
    REQUIRE(reader.next());
    QStringList trimmed;
    for (qsizetype index = 0; index <= reader.fieldCount(); ++index) // one past the last: empty
        trimmed.append(reader.trimmedField(index));
    CHECK(trimmed == fields({"plain", "two words", "\"quoted\"", "no-break", "Résumé", "", "", ""}));
}

TEST_CASE("The CSV reader should read a record longer than many chunks", "[core][io][csv]")
{
    const QString longText = QStringLiteral("say \"hi\",\r\n").repeated(1000);
    QByteArray quoted = longText.toUtf8();
    quoted.replace("\"", "\"\"");
    const QList<QStringList> records = csvRecords("first,\"" + quoted + "\",last\nnext\n", 16);
    REQUIRE(records.size() == 2);
    CHECK(records.at(0) == QStringList{QStringLiteral("first"), longText, QStringLiteral("last")});
    CHECK(records.at(1) == fields({"next"}));
}

TEST_CASE("The CSV reader should read the device a chunk at a time, not whole", "[core][io][csv]")
{
    QBuffer device;
    device.setData(QByteArray("Title,Team\n") + QByteArray("Grow,Sales\n").repeated(1000));
    REQUIRE(device.open(QIODevice::ReadOnly));
    CsvReader reader(device, 64);
    REQUIRE(reader.next());
    CHECK(reader.field(0) == QStringLiteral("Title"));
    CHECK(device.pos() <= 64);
    qsizetype records = 1;
    while (reader.next())
        ++records;
    CHECK(records == 1001);
    CHECK(device.atEnd());
}

TEST_CASE("The CSV writer should quote only what needs it, and read back the same", "[core][io][csv]")
{
    QBuffer written;
    written.open(QIODevice::WriteOnly);
    CsvWriter writer(written);
    const QStringList awkward =
        fields({"plain", "with, comma", "with \"quote\"", "two\nlines", " padded ", "", "Ünïcødé"});
    writer.addRecord(fields({"a", "b"}));
    writer.addRecord(awkward);
    CHECK(writer.written());
    CHECK(written.data().startsWith("\xEF\xBB\xBF"
                                    "a,b\r\nplain,\"with, comma\",\"with \"\"quote\"\"\",\"two\nlines\","
                                    "\" padded \",,"));
    CHECK(written.data().endsWith("\r\n"));
    CHECK(csvRecords(written.data()) == QList<QStringList>{fields({"a", "b"}), awkward});
}
