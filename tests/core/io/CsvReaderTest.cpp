#include "support/catch.h"

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

} // namespace

TEST_CASE("The CSV reader should read plain records with LF or CRLF line ends", "[core][io][csv]")
{
    const QList<QStringList> expected{fields({"a", "b", "c"}), fields({"1", "2", "3"})};
    CHECK(CsvReader::parse("a,b,c\n1,2,3\n") == expected);
    CHECK(CsvReader::parse("a,b,c\r\n1,2,3\r\n") == expected);
    CHECK(CsvReader::parse("a,b,c\r\n1,2,3") == expected);
}

TEST_CASE("The CSV reader should skip a UTF-8 byte order mark and keep accents", "[core][io][csv]")
{
    const QList<QStringList> records = CsvReader::parse("\xEF\xBB\xBFTitle,Team\nR\xC3\xA9sum\xC3\xA9,\xE2\x82\xAC\n");
    REQUIRE(records.size() == 2);
    CHECK(records.at(0) == fields({"Title", "Team"}));
    CHECK(records.at(1) == fields({"Résumé", "€"}));
}

TEST_CASE("The CSV reader should read quoted commas, doubled quotes and line breaks", "[core][io][csv]")
{
    const QList<QStringList> records =
        CsvReader::parse("\"Reach 1,000 users\",\"say \"\"hi\"\"\",\"two\r\nlines\",\"\"\nnext,row,here,x\n");
    REQUIRE(records.size() == 2);
    CHECK(records.at(0) == fields({"Reach 1,000 users", "say \"hi\"", "two\r\nlines", ""}));
    CHECK(records.at(1) == fields({"next", "row", "here", "x"}));
}

TEST_CASE("The CSV reader should keep empty lines and empty fields as they are", "[core][io][csv]")
{
    const QList<QStringList> records = CsvReader::parse("a,,\n\n,b\n");
    REQUIRE(records.size() == 3);
    CHECK(records.at(0) == fields({"a", "", ""}));
    CHECK(records.at(1).isEmpty());
    CHECK(records.at(2) == fields({"", "b"}));
}

TEST_CASE("The CSV reader should reject a quote that is never closed, naming the row", "[core][io][csv]")
{
    try {
        CsvReader::parse("a,b\n1,\"open\n2,3\n");
        FAIL("no error");
    } catch (const ExchangeError &error) {
        CHECK(error.message() == QStringLiteral("row 2: a quoted field is never closed."));
    }
    CHECK_THROWS_AS(CsvReader::parse("\"closed\"then text\n"), ExchangeError);
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
    CHECK(CsvReader::parse(written.data()) == QList<QStringList>{fields({"a", "b"}), awkward});
}
