#include "support/catch.h"

#include "core/io/CsvRecords.h"
#include "core/io/ExchangeSample.h"
#include "io/CsvExchange.h"
#include "io/ExchangeError.h"

#include "io/ExchangeCollector.h"

#include <QBuffer>
#include <QFile>

namespace {

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(QUARTERDECK_TEST_DATA "/io/") + name);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

const QDate today(2026, 8, 1);

// The message of the ExchangeError that reading `csv` throws; empty when it reads.
QString readError(const QByteArray &csv)
{
    try {
        CsvExchange::read(csv, {}, today);
    } catch (const ExchangeError &error) {
        return error.message();
    }
    return {};
}

// A file that gives at most three bytes a read: every record, byte order mark and CRLF is cut by a chunk's end.
class TrickleDevice : public QBuffer {
public:
    explicit TrickleDevice(const QByteArray &bytes)
    {
        setData(bytes);
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        return QBuffer::readData(data, std::min<qint64>(maxSize, 3));
    }
};

// Notes the kind of each record it is given, in order.
class KindsSink : public ExchangeSink {
public:
    void addTeam(const Team &team) override { kinds.append(QStringLiteral("team ") + team.name); }
    void addCycle(const Cycle &cycle) override { kinds.append(QStringLiteral("cycle ") + cycle.name); }
    void addObjective(const Objective &objective) override
    {
        kinds.append(QStringLiteral("objective ") + objective.title);
    }
    void addKeyResult(const KeyResult &keyResult) override
    {
        kinds.append(QStringLiteral("key result ") + keyResult.title);
    }
    void addInitiative(const Initiative &initiative) override
    {
        kinds.append(QStringLiteral("initiative ") + initiative.title);
    }
    void addCheckIn(const CheckIn &) override { kinds.append(QStringLiteral("check-in")); }
    void addKpi(const Kpi &) override { kinds.append(QStringLiteral("KPI")); }
    void addTeamReview(const TeamReview &) override { kinds.append(QStringLiteral("review")); }

    QStringList kinds;
};

const QByteArray header = "Row ID,Parent Row ID,Type,Title,Team,Owner,Cycle,Start,Target,Current,Unit\n";
const QByteArray objectiveRow = "1,,objective,Delight customers,Support,,2026 Q3,,,,\n";

} // namespace

TEST_CASE("The CSV import should read other tools' bulk-import layout", "[core][io][csv]")
{
    const ExchangeData data = CsvExchange::read(fixture(QStringLiteral("bulk-import.csv")), {}, today);

    REQUIRE(data.teams.size() == 2);
    CHECK(data.teams.at(0).name == QStringLiteral("Acme")); // the team others align to is the organisation
    CHECK(data.teams.at(0).parentId == NoId);
    CHECK(data.teams.at(1).name == QStringLiteral("Support"));
    CHECK(data.teams.at(1).parentId == data.teams.at(0).id);

    REQUIRE(data.cycles.size() == 1);
    CHECK(data.cycles.at(0).name == QStringLiteral("2026 Q3"));
    CHECK(data.cycles.at(0).start == QDate(2026, 7, 1));
    CHECK(data.cycles.at(0).end == QDate(2026, 9, 30));
    CHECK(data.cycles.at(0).state == CycleState::Active);
    CHECK_FALSE(data.cycles.at(0).annual);

    REQUIRE(data.objectives.size() == 2);
    CHECK(data.objectives.at(1).title == QStringLiteral("Delight customers, every day"));
    CHECK(data.objectives.at(1).parentId == data.objectives.at(0).id);
    CHECK(data.objectives.at(1).teamId == data.teams.at(1).id);

    REQUIRE(data.keyResults.size() == 2);
    const KeyResult &responseTime = data.keyResults.at(0);
    CHECK(responseTime.objectiveId == data.objectives.at(1).id);
    CHECK(responseTime.owner == QStringLiteral("Jonas Weber"));
    CHECK(responseTime.start == 5.0);
    CHECK(responseTime.target == 1.0);
    CHECK(responseTime.current == 3.5);
    CHECK(responseTime.unitLabel == QStringLiteral("h"));
    CHECK(responseTime.unit == MeasureUnit::Time);
    CHECK(responseTime.kind == KeyResultKind::Decrease);
    const KeyResult &nps = data.keyResults.at(1);
    CHECK(nps.title == QStringLiteral("Reach an NPS of \"40\""));
    CHECK_FALSE(nps.current.has_value());
    CHECK(nps.kind == KeyResultKind::Increase);

    REQUIRE(data.initiatives.size() == 1);
    CHECK(data.initiatives.at(0).keyResultId == responseTime.id);
    CHECK(data.initiatives.at(0).status == InitiativeStatus::Planned);
}

TEST_CASE("The CSV export should write one row per key result with its objective, team and parent objective",
          "[core][io][csv]")
{
    const QList<QStringList> records = csvRecords(CsvExchange::write(sampleExchangeData()));
    REQUIRE(records.size() == 6); // header, 2 objectives, 2 key results, 1 initiative
    const QStringList columns = CsvExchange::columns();
    CHECK(records.at(0) == columns);
    const auto cell = [&](qsizetype row, const char *column) {
        return records.at(row).at(columns.indexOf(QLatin1String(column)));
    };
    CHECK(cell(3, "Type") == QStringLiteral("key result"));
    CHECK(cell(3, "Title") == QStringLiteral("Reduce response time from 5h to 1h"));
    CHECK(cell(3, "Objective") == QStringLiteral("Delight customers, every day"));
    CHECK(cell(3, "Parent Objective") == QStringLiteral("Grow the business"));
    CHECK(cell(3, "Team") == QStringLiteral("Support, \"EMEA\""));
    CHECK(cell(3, "Cycle") == QStringLiteral("2026 Q3"));
    CHECK(cell(3, "Current") == QStringLiteral("3.25"));
    CHECK(cell(3, "Parent Row ID") == cell(2, "Row ID"));
    CHECK(cell(2, "Parent Row ID") == cell(1, "Row ID"));
    CHECK(cell(4, "Type") == QStringLiteral("initiative")); // under its key result
    CHECK(cell(4, "Parent Row ID") == cell(3, "Row ID"));
    CHECK(cell(4, "Status") == QStringLiteral("in progress"));
    CHECK(cell(5, "Kind") == QStringLiteral("keep above"));
}

TEST_CASE("The CSV export should read back into data that exports the same bytes", "[core][io][csv]")
{
    const QByteArray first = CsvExchange::write(sampleExchangeData());
    const ExchangeData read = CsvExchange::read(first, {}, today);
    CHECK(CsvExchange::write(read) == first);
    REQUIRE(read.cycles.size() == 2);
    CHECK(read.cycles.at(0).annual);
    CHECK(read.keyResults.at(1).kind == KeyResultKind::KeepAbove);
    CHECK(read.keyResults.at(1).weight == 0.5);
    CHECK(read.objectives.at(1).grade == 0.7);
}

TEST_CASE("The CSV export should write into a device row by row and report a refused write", "[core][io][csv]")
{
    const ExchangeData sample = sampleExchangeData();
    QBuffer device;
    REQUIRE(device.open(QIODevice::WriteOnly));
    CHECK(CsvExchange::write(sample, device));
    CHECK(device.data() == CsvExchange::write(sample));

    QFile full(QStringLiteral("/dev/full")); // every write fails: no space left on the device
    REQUIRE(full.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
    CHECK_FALSE(CsvExchange::write(sample, full));
}

TEST_CASE("The CSV import should match headers regardless of case, spaces and order, and ignore unknown ones",
          "[core][io][csv]")
{
    const ExchangeData data = CsvExchange::read("  TITLE ,Colour,cycle,TEAM,type,rowid\n"
                                                "Delight customers,blue,2026 Q3,Support,Objective,1\n",
                                                {}, today);
    REQUIRE(data.objectives.size() == 1);
    CHECK(data.objectives.at(0).title == QStringLiteral("Delight customers"));
    CHECK(data.teams.at(0).name == QStringLiteral("Support"));
}

TEST_CASE("The CSV import should read a row's type and words as exports write them and as other tools do",
          "[core][io][csv]")
{
    const ExchangeData data = CsvExchange::read("Row ID,Parent Row ID,Type,Title,Team,Cycle,Target,Kind,Status\n"
                                                "1,,objective,Delight customers,Support,2026 Q3,,,\n"
                                                "2,,OBJECTIVE,Grow,Support,2026 Q3,,,\n"
                                                "3,1,key result,Answer faster,Support,2026 Q3,1,keep above,\n"
                                                "4,2,KR,Sell more,Support,2026 Q3,9,Keep_Below,\n"
                                                "5,2,Key-Result,Sign partners,Support,2026 Q3,3,decrease,\n"
                                                "6,3,initiative,Write the FAQ,Support,2026 Q3,,,done\n"
                                                "7,4,Initiative,Call them,Support,2026 Q3,,,In Progress\n",
                                                {}, today);
    CHECK(data.objectives.size() == 2);
    REQUIRE(data.keyResults.size() == 3);
    CHECK(data.keyResults.at(0).kind == KeyResultKind::KeepAbove);
    CHECK(data.keyResults.at(1).kind == KeyResultKind::KeepBelow);
    CHECK(data.keyResults.at(2).kind == KeyResultKind::Decrease);
    REQUIRE(data.initiatives.size() == 2);
    CHECK(data.initiatives.at(0).status == InitiativeStatus::Done);
    CHECK(data.initiatives.at(1).status == InitiativeStatus::InProgress);
}

TEST_CASE("The CSV import should name the row and column of every error", "[core][io][csv]")
{
    const std::vector<std::pair<QByteArray, QString>> cases{
        {header + objectiveRow + "2,1,key result,Answer faster,Support,,2026 Q3,5,abc,,h\n",
         QStringLiteral("row 3, column Target: 'abc' is not a number.")},
        {header + objectiveRow + "2,1,key result,Answer faster,Support,,2026 Q3,5,,,h\n",
         QStringLiteral("row 3, column Target: a number is required.")},
        {header + objectiveRow + "2,1,key result,Answer faster,Support,,2026 Q3,5,\"1,000\",,h\n",
         QStringLiteral("row 3, column Target: '1,000' is not a number.")},
        {header + "1,,goal,Delight customers,Support,,2026 Q3,,,,\n",
         QStringLiteral("row 2, column Type: 'goal' is not objective, key result or initiative.")},
        {"Type,Team\nobjective,Support\n", QStringLiteral("row 1, column Title: the header has no such column.")},
        {"Type,Title,TITLE\nobjective,a,b\n", QStringLiteral("row 1, column Title: the column appears twice.")},
        {header + objectiveRow + "2,9,key result,Answer faster,Support,,2026 Q3,5,1,,h\n",
         QStringLiteral("row 3, column Parent Row ID: no row has the Row ID '9'.")},
        {header + objectiveRow + "2,,key result,Answer faster,Support,,2026 Q3,5,1,,h\n",
         QStringLiteral("row 3, column Parent Row ID: a row of type key result needs the Row ID of its objective.")},
        {header + objectiveRow + "2,1,initiative,Write the FAQ,Support,,2026 Q3,,,,\n",
         QStringLiteral("row 3, column Parent Row ID: row 2 is of type objective, but a row of type initiative "
                        "needs a key result as its parent.")},
        {header + objectiveRow + "1,,objective,Another,Support,,2026 Q3,,,,\n",
         QStringLiteral("row 3, column Row ID: '1' is the Row ID of row 2 already.")},
        {header + "1,,objective,,Support,,2026 Q3,,,,\n", QStringLiteral("row 2, column Title: this cannot be empty.")},
        {header + "1,,objective,Delight customers,,,2026 Q3,,,,\n",
         QStringLiteral("row 2, column Team: this cannot be empty.")},
        {header + "1,,objective,Delight customers,Support,,Autumn push,,,,\n",
         QStringLiteral("row 2, column Cycle: the dates of 'Autumn push' are unknown: name it like 2026 Q3, or fill "
                        "in Cycle Start and Cycle End.")},
        {header + "1,1,objective,Delight customers,Support,,2026 Q3,,,,\n",
         QStringLiteral("row 2, column Parent Row ID: a row cannot be its own parent.")},
        {"Type,Title,Team,Cycle,Grade\nobjective,Delight customers,Support,2026 Q3,1.5\n",
         QStringLiteral("row 2, column Grade: a grade goes from 0 to 1, not 1.5.")},
        {"Row ID,Type,Title,Team,Cycle\n1,objective,Delight,Support,2026 Q3\n"
         "Row ID,Parent Row ID,Type,Title,Status\n",
         QStringLiteral("row 3, column Type: 'Parent Row ID' is not objective, key result or initiative.")},
        {"Row ID,Parent Row ID,Type,Title,Team,Cycle,Target,Status,Due\n1,,objective,Delight,Support,2026 Q3,,,\n"
         "2,1,key result,Answer faster,,,1,,\n3,2,initiative,FAQ,,,,someday,\n",
         QStringLiteral("row 4, column Status: 'someday' is not one of: planned, in progress, done, dropped.")},
        {"Row ID,Parent Row ID,Type,Title,Team,Cycle,Target,Status,Due\n1,,objective,Delight,Support,2026 Q3,,,\n"
         "2,1,key result,Answer faster,,,1,,\n3,2,initiative,FAQ,,,,,14/08/2026\n",
         QStringLiteral("row 4, column Due: '14/08/2026' is not a date like 2026-07-01.")},
        {"Type,Title,Team,Cycle\nobjective,\"Delight,Support,2026 Q3\n",
         QStringLiteral("row 2: a quoted field is never closed.")},
        {"\xEF\xBB\xBF\n\n", QStringLiteral("The file is empty: expected a header row.")},
        // Of several problems, the file's shape comes first, then types and Row IDs, then parents, then fields.
        {header + "1,,goal,Delight customers,Support,,2026 Q3,,,,\n2,,objective,\"open\n",
         QStringLiteral("row 3: a quoted field is never closed.")},
        {header + "1,,objective,,Support,,2026 Q3,,,,\n2,7,objective,Grow,Support,,2026 Q3,,,,\n"
                  "3,,goal,Delight customers,Support,,2026 Q3,,,,\n",
         QStringLiteral("row 4, column Type: 'goal' is not objective, key result or initiative.")},
        {header + "1,,objective,,Support,,2026 Q3,,,,\n2,7,objective,Grow,Support,,2026 Q3,,,,\n",
         QStringLiteral("row 3, column Parent Row ID: no row has the Row ID '7'.")},
        {"Row ID,Parent Row ID,Type,Title,Team,Cycle,Target,Status\n1,,objective,Delight,Support,2026 Q3,,\n"
         "2,1,key result,Answer faster,,,1,\n3,2,initiative,FAQ,,,,someday\n4,1,key result,Faster,,,abc,\n"
         "5,,objective,,Support,2026 Q3,,\n",
         QStringLiteral("row 4, column Status: 'someday' is not one of: planned, in progress, done, dropped.")},
        {"Type,Title,Team,Cycle,Cycle Start,Cycle End\nobjective,A,Support,Autumn,2026-09-01,2026-08-01\n"
         "objective,B,Support,Autumn,2026-09-01,2026-11-30\n",
         QStringLiteral("row 2, column Cycle End: the cycle ends before it starts.")},
        // A parent named further on is checked once every Row ID is known, yet named in file order.
        {header + objectiveRow + "2,9,key result,Answer faster,Support,,2026 Q3,5,1,,h\n" +
             "3,1,initiative,Write the FAQ,Support,,2026 Q3,,,,\n",
         QStringLiteral("row 3, column Parent Row ID: no row has the Row ID '9'.")},
        {header + objectiveRow + "3,1,initiative,Write the FAQ,Support,,2026 Q3,,,,\n" +
             "2,9,key result,Answer faster,Support,,2026 Q3,5,1,,h\n",
         QStringLiteral("row 3, column Parent Row ID: row 2 is of type objective, but a row of type initiative "
                        "needs a key result as its parent.")},
    };
    for (const auto &[csv, message] : cases) {
        INFO(csv.toStdString());
        CHECK(readError(csv).toStdString() == message.toStdString());
    }
}

TEST_CASE("The CSV import should take cycle dates from columns, or from a cycle the document already has",
          "[core][io][csv]")
{
    const QByteArray withDates = "Type,Title,Team,Cycle,Cycle Start,Cycle End\n"
                                 "objective,Delight,Support,Autumn push,2026-09-01,2026-11-30\n";
    const ExchangeData data = CsvExchange::read(withDates, {}, today);
    REQUIRE(data.cycles.size() == 1);
    CHECK(data.cycles.at(0).start == QDate(2026, 9, 1));
    CHECK(data.cycles.at(0).state == CycleState::Planning);

    const QByteArray known = "Type,Title,Team,Cycle\nobjective,Delight,Support,Autumn push\n";
    CHECK(CsvExchange::read(known, {QStringLiteral("autumn push")}, today).cycles.size() == 1);
}

TEST_CASE("The CSV import should read the same from a device that gives a few bytes at a time", "[core][io][csv]")
{
    QByteArray written = CsvExchange::write(sampleExchangeData());
    const QByteArray quotedTitle = "\"Delight customers,\r\n\"\"every\"\" day\"";
    written.replace("\"Delight customers, every day\"", quotedTitle);
    REQUIRE(written.contains(quotedTitle));
    TrickleDevice device(written);
    REQUIRE(device.read(10).size() <= 3);
    REQUIRE(device.seek(0));

    ExchangeCollector collector;
    CsvExchange::read(device, collector, {}, today);
    const ExchangeData whole = CsvExchange::read(written, {}, today);
    CHECK(CsvExchange::write(collector.data()) == CsvExchange::write(whole));
    REQUIRE(collector.data().objectives.size() == 2);
    CHECK(collector.data().objectives.at(1).title == QStringLiteral("Delight customers,\r\n\"every\" day"));
}

TEST_CASE("The CSV import should hand records over kind by kind, each kind in file order", "[core][io][csv]")
{
    QBuffer device;
    device.setData("Row ID,Parent Row ID,Type,Title,Team,Cycle,Target\n"
                   "4,3,initiative,FAQ,,,\n"
                   "3,1,key result,Answer faster,,,1\n"
                   "1,,objective,Delight,Support,2026 Q3,\n"
                   "\n"
                   "2,1,objective,Grow,Sales,2026 Q4,\n"
                   "5,2,key result,Sell more,,,2\n");
    REQUIRE(device.open(QIODevice::ReadOnly));
    KindsSink sink;
    CsvExchange::read(device, sink, {}, today);
    CHECK(sink.kinds == QStringList{QStringLiteral("team Support"), QStringLiteral("team Sales"),
                                    QStringLiteral("cycle 2026 Q3"), QStringLiteral("cycle 2026 Q4"),
                                    QStringLiteral("objective Delight"), QStringLiteral("objective Grow"),
                                    QStringLiteral("key result Answer faster"), QStringLiteral("key result Sell more"),
                                    QStringLiteral("initiative FAQ")});
}

TEST_CASE("The CSV import should link each record to its parent's, whatever the order of Row IDs and blank lines",
          "[core][io][csv]")
{
    // Row IDs out of order, text ones, blank lines, and parents both before and after their rows.
    const ExchangeData data = CsvExchange::read("Row ID,Parent Row ID,Type,Title,Team,Cycle,Target\n"
                                                "20,,objective,Delight,Support,2026 Q3,\n"
                                                "\n"
                                                "kr-a,20,key result,Answer faster,,,1\n"
                                                "5,kr-b,initiative,Chat,,,\n"
                                                "10,,objective,Grow,Sales,2026 Q3,\n"
                                                "kr-b,10,key result,Sell more,,,2\n"
                                                "\n"
                                                "7,kr-a,initiative,FAQ,,,\n"
                                                "11,20,key result,Close tickets,,,3\n",
                                                {}, today);
    REQUIRE(data.objectives.size() == 2);
    REQUIRE(data.keyResults.size() == 3);
    REQUIRE(data.initiatives.size() == 2);
    const auto objectiveTitled = [&](Id id) { return data.objectives.at(id - 1).title; };
    const auto keyResultTitled = [&](Id id) { return data.keyResults.at(id - 1).title; };
    CHECK(objectiveTitled(data.keyResults.at(0).objectiveId) == QStringLiteral("Delight"));
    CHECK(objectiveTitled(data.keyResults.at(1).objectiveId) == QStringLiteral("Grow"));
    CHECK(objectiveTitled(data.keyResults.at(2).objectiveId) == QStringLiteral("Delight"));
    CHECK(keyResultTitled(data.initiatives.at(0).keyResultId) == QStringLiteral("Sell more"));
    CHECK(keyResultTitled(data.initiatives.at(1).keyResultId) == QStringLiteral("Answer faster"));
}

TEST_CASE("The CSV import should give a key result its objective's commitment wherever the objective is",
          "[core][io][csv]")
{
    const ExchangeData data = CsvExchange::read("Row ID,Parent Row ID,Type,Title,Team,Cycle,Target,Commitment\n"
                                                "2,1,key result,Answer faster,Support,2026 Q3,1,\n"
                                                "1,,objective,Delight,Support,2026 Q3,,aspirational\n",
                                                {}, today);
    REQUIRE(data.keyResults.size() == 1);
    CHECK(data.keyResults.at(0).commitment == Commitment::Aspirational);
}
