#include "support/catch.h"

#include "core/io/CsvRecords.h"
#include "core/storage/SmallPlan.h"
#include "core/storage/StorageTestSupport.h"
#include "io/CsvExchange.h"
#include "io/CsvReader.h"
#include "io/CyclePlanSink.h"
#include "io/DataExchange.h"
#include "io/ExchangeError.h"
#include "io/ExchangeExtractor.h"
#include "io/JsonExchange.h"
#include "model/TextLimits.h"
#include "sample/DemoCompany.h"
#include "sample/OrganisationGenerator.h"
#include "storage/Document.h"
#include "storage/Repository.h"
#include "support/DamagedFiles.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>

#include <algorithm>

namespace {

const QDate today(2026, 11, 23);

std::unique_ptr<Document> newDocument(const QTemporaryDir &folder, const QString &name)
{
    return Document::create(folder.filePath(name));
}

std::unique_ptr<Document> demoDocument(const QTemporaryDir &folder)
{
    auto document = newDocument(folder, QStringLiteral("demo.okr"));
    Repository repository(*document);
    DemoCompany::write(repository, today);
    return document;
}

QString importError(Repository &repository, const QByteArray &content, ExchangeFormat format)
{
    try {
        DataExchange::importData(repository, content, format);
    } catch (const ExchangeError &error) {
        return error.message();
    }
    return {};
}

// The same JSON with its root keys in the opposite order, after a key no export has that holds lists of the same
// names.
QByteArray withRootReversed(const QByteArray &json)
{
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    QByteArray reversed = R"({"unknown": {"teams": [1, {"objectives": ["\u00e9"]}], "kpis": null})";
    QStringList keys = root.keys();
    std::reverse(keys.begin(), keys.end());
    for (const QString &key : std::as_const(keys)) {
        const QByteArray value = QJsonDocument(QJsonArray{root.value(key)}).toJson(QJsonDocument::Compact);
        reversed += ",\n\"" + key.toUtf8() + "\": " + value.mid(1, value.size() - 2);
    }
    return reversed + "}";
}

QString importFileError(Repository &repository, const QString &path)
{
    try {
        DataExchange::importFile(repository, path);
    } catch (const ExchangeError &error) {
        return error.message();
    }
    return {};
}

// Keeps what ExchangeExtractor::extractByCycle hands over, checking its order: outlines first, then the plan in the
// order of CSV's rows (each objective followed by its key results, each followed by its initiatives), cycle by cycle.
class PlanByCycle : public CyclePlanSink {
public:
    void addTeam(const Team &team) override { plan.teams.append(team); }
    void addCycle(const Cycle &cycle) override { plan.cycles.append(cycle); }
    void addOutline(const ObjectiveOutline &outline) override
    {
        CHECK(plan.objectives.isEmpty());
        outlines.append(outline);
    }
    void addObjective(const Objective &objective) override
    {
        if (planCycles.isEmpty() || planCycles.last() != objective.cycleId) {
            CHECK_FALSE(planCycles.contains(objective.cycleId));
            planCycles.append(objective.cycleId);
        }
        plan.objectives.append(objective);
    }
    void addKeyResult(const KeyResult &keyResult) override
    {
        REQUIRE_FALSE(plan.objectives.isEmpty());
        CHECK(keyResult.objectiveId == plan.objectives.last().id);
        plan.keyResults.append(keyResult);
    }
    void addInitiative(const Initiative &initiative) override
    {
        REQUIRE_FALSE(plan.keyResults.isEmpty());
        CHECK(initiative.keyResultId == plan.keyResults.last().id);
        plan.initiatives.append(initiative);
    }
    void addCheckIn(const CheckIn &) override { FAIL("a check-in in the plan"); }
    void addKpi(const Kpi &) override { FAIL("a KPI in the plan"); }
    void addTeamReview(const TeamReview &) override { FAIL("a review in the plan"); }

    ExchangeData plan;
    QList<ObjectiveOutline> outlines;
    QList<Id> planCycles; // the cycles whose plans were handed over, in order
};

} // namespace

TEST_CASE("Exporting the demo, importing it into a new file and exporting again should give identical files",
          "[core][io]")
{
    QTemporaryDir folder;
    const auto demo = demoDocument(folder);
    const Repository demoRepository(*demo);
    for (const ExchangeFormat format : {ExchangeFormat::Json, ExchangeFormat::Csv}) {
        const QString name = format == ExchangeFormat::Json ? QStringLiteral("json") : QStringLiteral("csv");
        INFO(name.toStdString());
        const QByteArray first = DataExchange::exportData(demoRepository, format);
        auto copy = newDocument(folder, name + QStringLiteral(".okr"));
        Repository copyRepository(*copy);
        DataExchange::importData(copyRepository, first, format);
        const QByteArray second = DataExchange::exportData(copyRepository, format);
        CHECK(second.size() == first.size());
        CHECK(second == first);
    }
}

TEST_CASE("A generated organisation should survive the round trip too, objectives aligned to later ones included",
          "[core][io]")
{
    QTemporaryDir folder;
    auto generated = newDocument(folder, QStringLiteral("generated.okr"));
    Repository generatedRepository(*generated);
    OrganisationGenerator::write(generatedRepository, GeneratorSettings{25, 2, 3, today}, {});
    for (const ExchangeFormat format : {ExchangeFormat::Json, ExchangeFormat::Csv}) {
        const QString name = format == ExchangeFormat::Json ? QStringLiteral("json") : QStringLiteral("csv");
        INFO(name.toStdString());
        const QByteArray first = DataExchange::exportData(generatedRepository, format);
        auto copy = newDocument(folder, name + QStringLiteral(".okr"));
        Repository copyRepository(*copy);
        DataExchange::importData(copyRepository, first, format);
        CHECK(DataExchange::exportData(copyRepository, format) == first);
        CHECK(StorageTestSupport::integrityCheck(*copy) == QStringLiteral("ok"));
        CHECK(StorageTestSupport::foreignKeyViolations(*copy) == 0);
    }
}

TEST_CASE("A JSON export to a file should be written as it is read, many buffers long, each list as QJsonDocument "
          "writes it",
          "[core][io]")
{
    QTemporaryDir folder;
    auto generated = newDocument(folder, QStringLiteral("generated.okr"));
    Repository repository(*generated);
    OrganisationGenerator::write(repository, GeneratorSettings{25, 2, 3, today}, {});
    const QString path = folder.filePath(QStringLiteral("export.json"));
    CHECK(DataExchange::exportToFile(repository, ExchangeFormat::Json, std::nullopt, path).isEmpty());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    CHECK(written.size() > 4 * 64 * 1024);

    // The same bytes as the records collected first and written whole, and as exports were before they streamed:
    // every list as QJsonDocument writes it (keys in its order, numbers and strings in its notation).
    CHECK(written == JsonExchange::write(ExchangeExtractor::extract(repository)));
    const QJsonObject root = QJsonDocument::fromJson(written).object();
    CHECK_FALSE(root.value(QStringLiteral("checkIns")).toArray().isEmpty());
    for (const QString &list : {QStringLiteral("teams"), QStringLiteral("cycles"), QStringLiteral("objectives"),
                                QStringLiteral("keyResults"), QStringLiteral("initiatives"), QStringLiteral("checkIns"),
                                QStringLiteral("kpis"), QStringLiteral("teamReviews")}) {
        INFO(list.toStdString());
        const QByteArray asQtWritesIt = QJsonDocument(root.value(list).toArray()).toJson(QJsonDocument::Compact);
        const QByteArray listText = ",\"" + list.toUtf8() + "\":" + asQtWritesIt;
        CHECK(written.contains(listText));
    }
}

TEST_CASE("A failed export should leave no file, and the file it would replace as it was", "[core][io]")
{
    QTemporaryDir folder;
    const auto demo = demoDocument(folder);
    const Repository repository(*demo);
    const QString existing = folder.filePath(QStringLiteral("existing.json"));
    {
        QFile file(existing);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("before");
    }
    const QStringList filesBefore = QDir(folder.path()).entryList(QDir::Files | QDir::Hidden);
    const Id noCycle = 4242;
    for (const ExchangeFormat format : {ExchangeFormat::Json, ExchangeFormat::Csv}) {
        CHECK_THROWS_AS(DataExchange::exportToFile(repository, format, noCycle, existing), ExchangeError);
        CHECK_THROWS_AS(
            DataExchange::exportToFile(repository, format, noCycle, folder.filePath(QStringLiteral("new.json"))),
            ExchangeError);
    }
    CHECK(QDir(folder.path()).entryList(QDir::Files | QDir::Hidden) == filesBefore);
    QFile file(existing);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == "before");
}

TEST_CASE("The JSON round trip should keep check-ins, KPIs, reviews, grades and alignment", "[core][io]")
{
    QTemporaryDir folder;
    const auto demo = demoDocument(folder);
    const Repository demoRepository(*demo);
    auto copy = newDocument(folder, QStringLiteral("copy.okr"));
    Repository copyRepository(*copy);
    const ImportSummary summary = DataExchange::importData(
        copyRepository, DataExchange::exportData(demoRepository, ExchangeFormat::Json), ExchangeFormat::Json);

    CHECK(summary.teamsCreated == 5);
    CHECK(summary.cyclesCreated == 2);
    CHECK(summary.kpis == 4);
    CHECK(summary.teamReviews == 4);
    CHECK(copyRepository.teams().organisationName() == demoRepository.teams().organisationName());
    CHECK(copyRepository.kpis().all().size() == 4);
    CHECK(copyRepository.kpis().all().at(3).values.size() == demoRepository.kpis().all().at(3).values.size());

    const Cycle closed = copyRepository.cycles().all().first();
    CHECK(closed.state == CycleState::Closed);
    const CyclePlan plan = copyRepository.queries().loadCyclePlan(closed.id);
    const CyclePlan original = demoRepository.queries().loadCyclePlan(demoRepository.cycles().all().first().id);
    REQUIRE(plan.objectives.size() == original.objectives.size());
    for (qsizetype index = 0; index < plan.objectives.size(); ++index) {
        CHECK(plan.objectives.at(index).grade == original.objectives.at(index).grade);
        CHECK((plan.objectives.at(index).parentId == NoId) == (original.objectives.at(index).parentId == NoId));
    }
    const Team marketing = *copyRepository.teams().byName(QStringLiteral("Marketing"));
    CHECK(copyRepository.checkIns().ofTeam(marketing.id).size() ==
          demoRepository.checkIns().ofTeam(demoRepository.teams().byName(QStringLiteral("Marketing"))->id).size());
    CHECK(copyRepository.reviews().find(closed.id, marketing.id).has_value());
}

TEST_CASE("The plan in the order of CSV's rows should be the whole extract's plan, every objective outlined first",
          "[core][io]")
{
    QTemporaryDir folder;
    const auto demo = demoDocument(folder);
    const Repository repository(*demo);
    const ExchangeData everything = ExchangeExtractor::extract(repository);
    PlanByCycle byCycle;
    CHECK(ExchangeExtractor::extractByCycle(repository, byCycle).isEmpty());
    CHECK(byCycle.plan.teams.size() == everything.teams.size());
    CHECK(byCycle.plan.cycles.size() == everything.cycles.size());
    CHECK(byCycle.plan.objectives == everything.objectives);
    CHECK(byCycle.plan.keyResults == everything.keyResults);
    CHECK(byCycle.plan.initiatives == everything.initiatives);
    CHECK(byCycle.planCycles.size() == everything.cycles.size());
    REQUIRE(byCycle.outlines.size() == everything.objectives.size());
    for (qsizetype index = 0; index < byCycle.outlines.size(); ++index) {
        const ObjectiveOutline &outline = byCycle.outlines.at(index);
        const Objective &objective = everything.objectives.at(index);
        CHECK(outline.id == objective.id);
        CHECK(outline.keyResults ==
              std::count_if(everything.keyResults.cbegin(), everything.keyResults.cend(),
                            [&](const KeyResult &keyResult) { return keyResult.objectiveId == objective.id; }));
        const bool alignedTo = std::any_of(everything.objectives.cbegin(), everything.objectives.cend(),
                                           [&](const Objective &other) { return other.parentId == objective.id; });
        CHECK(outline.alignedTo == alignedTo);
        CHECK(outline.title == (alignedTo ? objective.title : QString()));
    }
    CHECK(DataExchange::exportData(repository, ExchangeFormat::Csv) == CsvExchange::write(everything));
}

TEST_CASE("A CSV export should number and name parents in other cycles and later rows", "[core][io][csv]")
{
    StorageTestSupport::SmallPlan plan;
    const Repository &repository = plan.repository;
    const Id annual = plan.repository.cycles().add(
        {NoId, QStringLiteral("2027"), QDate(2027, 1, 1), QDate(2027, 12, 31), CycleState::Planning, true});
    // Each with a key result and two initiatives, after its team's others in the cycle.
    const auto addObjective = [&](const QString &title, Id teamId, Id parentId, Id cycleId) {
        const Id id = plan.addObjective(title, teamId, parentId, -1, cycleId);
        const Id keyResultId = plan.addKeyResult(id, title + QStringLiteral(": measured"));
        for (const QString &step : {QStringLiteral(": first"), QStringLiteral(": second")})
            plan.addInitiative(keyResultId, title + step);
        return id;
    };
    // Written in this order: Serve, Listen (aligned to Grow, a cycle later), Grow, Reach (aligned to Widen, later
    // in its cycle), Widen (aligned to Serve, a cycle earlier).
    const Id serve = addObjective(QStringLiteral("Serve"), plan.salesId, NoId, NoId);
    const Id grow = addObjective(QStringLiteral("Grow"), plan.companyId, NoId, annual);
    const Id widen = addObjective(QStringLiteral("Widen"), plan.companyId, serve, annual);
    addObjective(QStringLiteral("Reach"), plan.salesId, widen, annual);
    addObjective(QStringLiteral("Listen"), plan.salesId, grow, NoId);

    const QByteArray csv = DataExchange::exportData(repository, ExchangeFormat::Csv);
    CHECK(csv == CsvExchange::write(ExchangeExtractor::extract(repository)));
    const QList<QStringList> records = csvRecords(csv);
    const QStringList columns = CsvExchange::columns();
    const auto cell = [&](qsizetype row, const char *column) {
        return records.at(row).at(columns.indexOf(QLatin1String(column)));
    };
    const auto rowOf = [&](const QString &title) {
        for (qsizetype row = 1; row < records.size(); ++row) {
            if (cell(row, "Title") == title)
                return row;
        }
        FAIL("no row titled " << title.toStdString());
        return qsizetype(0);
    };
    REQUIRE(records.size() == 1 + 5 * 4);
    CHECK(rowOf(QStringLiteral("Listen")) < rowOf(QStringLiteral("Grow")));
    CHECK(rowOf(QStringLiteral("Reach")) < rowOf(QStringLiteral("Widen")));
    for (const auto &[child, parent] :
         {std::pair{"Listen", "Grow"}, std::pair{"Reach", "Widen"}, std::pair{"Widen", "Serve"}}) {
        INFO(child);
        const qsizetype row = rowOf(QLatin1String(child));
        CHECK(cell(row, "Parent Row ID") == cell(rowOf(QLatin1String(parent)), "Row ID"));
        CHECK(cell(row, "Parent Objective") == QLatin1String(parent));
        CHECK(cell(row + 1, "Parent Objective") == QLatin1String(parent)); // its key result
        CHECK(cell(row + 2, "Parent Objective") == QLatin1String(parent)); // and initiative
    }

    // One cycle: alignments to the other left out.
    const QList<QStringList> quarterOnly =
        csvRecords(DataExchange::exportData(repository, ExchangeFormat::Csv, plan.cycleId));
    REQUIRE(quarterOnly.size() == 1 + 2 * 4);
    for (qsizetype row = 1; row < quarterOnly.size(); ++row) {
        CHECK(quarterOnly.at(row).at(columns.indexOf(QLatin1String("Parent Objective"))).isEmpty());
        if (quarterOnly.at(row).at(columns.indexOf(QLatin1String("Type"))) == QLatin1String("objective"))
            CHECK(quarterOnly.at(row).at(columns.indexOf(QLatin1String("Parent Row ID"))).isEmpty());
        CHECK(quarterOnly.at(row).at(columns.indexOf(QLatin1String("Cycle"))) == QLatin1String("2026 Q3"));
    }
}

TEST_CASE("A CSV export of a damaged document should leave out whole the plans it cannot read, and name them",
          "[core][io][csv]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("generated.okr"));
    {
        auto generated = Document::create(path);
        Repository repository(*generated);
        OrganisationGenerator::write(repository, GeneratorSettings{25, 3, 3, today}, {});
    }
    // The first cycle's first initiatives: its plan cannot be read; the others' can.
    DamagedFiles::zeroPage(path, DamagedFiles::firstLeafPageOf(path, QStringLiteral("initiatives")));
    const auto damaged = Document::open(path, Document::OpenMode::ReadOnly);
    REQUIRE(damaged->isDamaged());
    const Repository repository(*damaged);
    const ExchangeData salvaged = ExchangeExtractor::extract(repository);
    REQUIRE_FALSE(salvaged.unreadable.isEmpty());
    const QString planLost = salvaged.unreadable.first();
    CHECK(planLost.contains(QStringLiteral("of 1 cycle could not be read")));

    const QString out = folder.filePath(QStringLiteral("salvaged.csv"));
    CHECK(DataExchange::exportToFile(repository, ExchangeFormat::Csv, std::nullopt, out) == QStringList{planLost});
    QFile written(out);
    REQUIRE(written.open(QIODevice::ReadOnly));
    const QByteArray csv = written.readAll();
    CHECK(csv == CsvExchange::write(salvaged));
    const QList<QStringList> records = csvRecords(csv);
    const qsizetype cycleColumn = CsvExchange::columns().indexOf(QStringLiteral("Cycle"));
    QSet<QString> cyclesWritten;
    for (qsizetype row = 1; row < records.size(); ++row)
        cyclesWritten.insert(records.at(row).at(cycleColumn));
    CHECK(cyclesWritten.size() == salvaged.cycles.size() - 1);
}

TEST_CASE("Exporting one cycle should hold that cycle only, and import into a document that has it", "[core][io]")
{
    QTemporaryDir folder;
    const auto demo = demoDocument(folder);
    Repository demoRepository(*demo);
    const Cycle active = *demoRepository.cycles().active();
    const QByteArray json = DataExchange::exportData(demoRepository, ExchangeFormat::Json, active.id);
    CHECK(json.contains(active.name.toUtf8()));
    CHECK_FALSE(json.contains(demoRepository.cycles().all().first().name.toUtf8()));

    // Into the demo itself: teams and the cycle are matched by name, the OKRs come in a second time.
    const CyclePlan before = demoRepository.queries().loadCyclePlan(active.id);
    const ImportSummary summary = DataExchange::importData(demoRepository, json, ExchangeFormat::Json);
    CHECK(summary.teamsCreated == 0);
    CHECK(summary.cyclesCreated == 0);
    const CyclePlan after = demoRepository.queries().loadCyclePlan(active.id);
    CHECK(after.objectives.size() == 2 * before.objectives.size());
    for (const Team &team : before.teams) {
        // The team's own objectives stay first; the imported ones follow.
        const QList<qsizetype> &rows = after.objectivesOfTeam(team.id);
        REQUIRE(rows.size() == 2 * before.objectivesOfTeam(team.id).size());
        for (qsizetype index = 0; index < before.objectivesOfTeam(team.id).size(); ++index)
            CHECK(after.objectives.at(rows.at(index)).id ==
                  before.objectives.at(before.objectivesOfTeam(team.id).at(index)).id);
    }
    for (const qsizetype row : after.topLevelObjectives()) { // each company objective keeps its own four teams
        const Objective &objective = after.objectives.at(row);
        if (after.team(objective.teamId)->parentId == NoId)
            CHECK(after.alignedObjectives(objective.id).size() == 4);
    }
    CHECK(demoRepository.teams().all().size() == 5);
}

TEST_CASE("A CSV import should add a bulk-import file's OKRs under the document's organisation", "[core][io]")
{
    QTemporaryDir folder;
    const auto demo = demoDocument(folder);
    Repository repository(*demo);
    const qsizetype teamsBefore = repository.teams().all().size();
    const QByteArray csv = "Type,Row ID,Parent Row ID,Title,Team,Owner,Cycle,Start,Target,Current,Unit\n"
                           "objective,1,,Become the fastest support team,Support,,2031 Q2,,,,\n"
                           "key result,2,1,Reduce first response time,Support,Jonas,2031 Q2,5,1,4,h\n";
    const ImportSummary summary = DataExchange::importData(repository, csv, ExchangeFormat::Csv);
    CHECK(summary.teamsCreated == 1);
    CHECK(summary.objectives == 1);
    CHECK(repository.teams().all().size() == teamsBefore + 1);
    const Team support = *repository.teams().byName(QStringLiteral("support"));
    CHECK(support.parentId == repository.teams().all().first().id);
    const Cycle quarter = *repository.cycles().byName(QStringLiteral("2031 Q2"));
    const CyclePlan plan = repository.queries().loadCyclePlan(quarter.id);
    REQUIRE(plan.keyResults.size() == 1);
    CHECK(plan.keyResults.first().current == 4.0);
    CHECK(plan.keyResults.first().unit == MeasureUnit::Time);
}

TEST_CASE("An import with any invalid row should leave the document unchanged", "[core][io]")
{
    QTemporaryDir folder;
    const auto demo = demoDocument(folder);
    Repository repository(*demo);
    const QByteArray before = DataExchange::exportData(repository, ExchangeFormat::Json);

    const QByteArray header = "Type,Row ID,Parent Row ID,Title,Team,Cycle,Start,Target,Status\n";
    const QByteArray fine = "objective,1,,A new team's objective,Brand New Team,2027 Q1,,,\n"
                            "key result,2,1,Fine,Brand New Team,2027 Q1,0,10,\n";
    const std::vector<std::pair<QByteArray, QString>> csvCases{
        {header + fine + "key result,3,1,Broken,Brand New Team,2027 Q1,0,ten,\n",
         QStringLiteral("row 4, column Target: 'ten' is not a number.")},
        {header + fine + "initiative,4,2,Someday,Brand New Team,2027 Q1,,,later\n",
         QStringLiteral("row 4, column Status: 'later' is not one of: planned, in progress, done, dropped.")},
        {header + fine + "key result,5,7,Orphan,Brand New Team,2027 Q1,0,1,\n",
         QStringLiteral("row 4, column Parent Row ID: no row has the Row ID '7'.")},
        {header + fine + "objective,6,,Nowhere,Brand New Team,Someday,,,\n",
         QStringLiteral("row 4, column Cycle: the dates of 'Someday' are unknown: name it like 2026 Q3, or fill in "
                        "Cycle Start and Cycle End.")},
    };
    for (const auto &[csv, message] : csvCases)
        CHECK(importError(repository, csv, ExchangeFormat::Csv).toStdString() == message.toStdString());
    CHECK(importError(repository, "{\"format\": \"quarterdeck\", \"version\": 2}", ExchangeFormat::Json)
              .contains(QStringLiteral("newer Quarterdeck")));
    CHECK(importError(repository, "{ not json", ExchangeFormat::Json).startsWith(QStringLiteral("Not valid JSON")));

    // Alignment that loops is found once the new team is written: the transaction takes the team back out.
    QJsonObject root = QJsonDocument::fromJson(DataExchange::exportData(repository, ExchangeFormat::Json)).object();
    QJsonArray objectives = root.value(QStringLiteral("objectives")).toArray();
    for (qsizetype index = 0; index < objectives.size(); ++index) {
        QJsonObject objective = objectives.at(index).toObject();
        if (objective.value(QStringLiteral("parent")).isNull())
            objective.insert(QStringLiteral("parent"), 2); // objective 2 among them: aligned to itself
        objectives.replace(index, objective);
    }
    root.insert(QStringLiteral("objectives"), objectives);
    QJsonArray teams = root.value(QStringLiteral("teams")).toArray();
    QJsonObject marketing = teams.at(1).toObject();
    REQUIRE(marketing.value(QStringLiteral("name")).toString() == QStringLiteral("Marketing"));
    marketing.insert(QStringLiteral("name"), QStringLiteral("Brand New Team"));
    teams.replace(1, marketing);
    root.insert(QStringLiteral("teams"), teams);
    const QByteArray looping = QJsonDocument(root).toJson();
    CHECK(importError(repository, looping, ExchangeFormat::Json).contains(QStringLiteral("aligns to itself")));

    CHECK(DataExchange::exportData(repository, ExchangeFormat::Json) == before);
    CHECK_FALSE(repository.teams().byName(QStringLiteral("Brand New Team")).has_value());
}

TEST_CASE("A JSON import should read the lists wherever the file has them and pass over keys it does not know",
          "[core][io][json]")
{
    QTemporaryDir folder;
    const auto demo = demoDocument(folder);
    const QByteArray exported = DataExchange::exportData(Repository(*demo), ExchangeFormat::Json);
    const QString path = folder.filePath(QStringLiteral("reversed.json"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(withRootReversed(exported));
    file.close();

    auto copy = newDocument(folder, QStringLiteral("copy.okr"));
    Repository copyRepository(*copy);
    DataExchange::importFile(copyRepository, path);
    CHECK(DataExchange::exportData(copyRepository, ExchangeFormat::Json) == exported);
}

TEST_CASE("A JSON file with a bad record at its very end should leave the document unchanged", "[core][io][json]")
{
    QTemporaryDir folder;
    const auto demo = demoDocument(folder);
    QByteArray json = DataExchange::exportData(Repository(*demo), ExchangeFormat::Json);
    // The last field of the last record: everything before it is written by the time it is read.
    const qsizetype lessons = json.lastIndexOf("\"lessons\":");
    REQUIRE(lessons > json.lastIndexOf("\"teamReviews\":"));
    json.insert(lessons + 10, "12,\"ignored\":");
    const QString path = folder.filePath(QStringLiteral("broken.json"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(json);
    file.close();

    auto target = newDocument(folder, QStringLiteral("target.okr"));
    Repository repository(*target);
    const QByteArray before = DataExchange::exportData(repository, ExchangeFormat::Json);
    const qsizetype teamsBefore = repository.teams().all().size();
    CHECK(importFileError(repository, path) == QStringLiteral("teamReviews[3].lessons: expected text."));
    CHECK(repository.teams().all().size() == teamsBefore);
    CHECK(DataExchange::exportData(repository, ExchangeFormat::Json) == before);
}

TEST_CASE("The format should come from the extension, or from the content", "[core][io]")
{
    CHECK(DataExchange::detectFormat(QStringLiteral("plan.CSV"), "{") == ExchangeFormat::Csv);
    CHECK(DataExchange::detectFormat(QStringLiteral("plan.json"), "Type") == ExchangeFormat::Json);
    CHECK(DataExchange::detectFormat(QStringLiteral("plan.txt"), "\xEF\xBB\xBF  {\"format\"") == ExchangeFormat::Json);
    CHECK(DataExchange::detectFormat(QStringLiteral("plan"), "Type,Title\n") == ExchangeFormat::Csv);
    CHECK(DataExchange::formatNamed(QStringLiteral("JSON")) == ExchangeFormat::Json);
    CHECK_FALSE(DataExchange::formatNamed(QStringLiteral("xml")).has_value());
}

TEST_CASE("An import with a text over its limit should be refused whole, naming the row and column or the field",
          "[core][io][limits]")
{
    QTemporaryDir folder;
    const auto demo = demoDocument(folder);
    Repository repository(*demo);
    const QByteArray before = DataExchange::exportData(repository, ExchangeFormat::Json);
    const QByteArray longTitle(201, 'x');
    const QByteArray longOwner(101, 'y');

    const QByteArray header = "Type,Row ID,Parent Row ID,Title,Team,Cycle,Start,Target,Owner\n";
    const QByteArray fine = "objective,1,,A new team's objective,Brand New Team,2027 Q1,,,\n";
    CHECK(importError(repository, header + fine + "key result,2,1," + longTitle + ",Brand New Team,2027 Q1,0,10,\n",
                      ExchangeFormat::Csv) ==
          QStringLiteral("row 3, column Title: ") + TextLimits::tooLong(TextField::KeyResultTitle, 201));
    CHECK(importError(repository, header + fine + "key result,2,1,Fine,Brand New Team,2027 Q1,0,10," + longOwner + "\n",
                      ExchangeFormat::Csv)
              .startsWith(QStringLiteral("row 3, column Owner: The owner has 101 character")));

    QByteArray json = before;
    const qsizetype title = json.indexOf("\"title\":\"", json.indexOf("\"keyResults\"")) + 9;
    json.insert(title, longTitle);
    CHECK(importError(repository, json, ExchangeFormat::Json)
              .startsWith(QStringLiteral("keyResults[0].title: The key result title has ")));
    CHECK(DataExchange::exportData(repository, ExchangeFormat::Json) == before);
}

TEST_CASE("Exports should keep the day a key result was added; files without it date them from the cycle's start",
          "[core][io]")
{
    QTemporaryDir folder;
    const auto demo = demoDocument(folder);
    Repository demoRepository(*demo);
    const Cycle active = *demoRepository.cycles().active();
    const CyclePlan plan = demoRepository.queries().loadCyclePlan(active.id);
    KeyResult late;
    late.objectiveId = plan.objectives.first().id;
    late.title = QStringLiteral("Answer 90 % of tickets within a day");
    late.target = 90;
    late.addedOn = active.start.addDays(60);
    late.position = -1;
    demoRepository.plan().addKeyResult(late);

    for (const ExchangeFormat format : {ExchangeFormat::Json, ExchangeFormat::Csv}) {
        INFO((format == ExchangeFormat::Json ? "json" : "csv"));
        auto copy = newDocument(folder, format == ExchangeFormat::Json ? QStringLiteral("json.okr")
                                                                       : QStringLiteral("csv.okr"));
        Repository copyRepository(*copy);
        DataExchange::importData(copyRepository, DataExchange::exportData(demoRepository, format, active.id), format);
        const Cycle copied = *copyRepository.cycles().byName(active.name);
        const CyclePlan copiedPlan = copyRepository.queries().loadCyclePlan(copied.id);
        QList<QDate> days;
        for (const KeyResult &keyResult : copiedPlan.keyResults) {
            if (keyResult.title == late.title)
                days.append(keyResult.addedOn);
            else
                CHECK(keyResult.addedOn == active.start);
        }
        CHECK(days == QList<QDate>{late.addedOn});
    }

    const QByteArray older = "Type,Row ID,Parent Row ID,Title,Team,Cycle,Start,Target\n"
                             "objective,1,,Become the fastest support team,Support,2031 Q2,,\n"
                             "key result,2,1,Reduce first response time,Support,2031 Q2,5,1\n";
    DataExchange::importData(demoRepository, older, ExchangeFormat::Csv);
    const Cycle quarter = *demoRepository.cycles().byName(QStringLiteral("2031 Q2"));
    const CyclePlan imported = demoRepository.queries().loadCyclePlan(quarter.id);
    REQUIRE(imported.keyResults.size() == 1);
    CHECK(imported.keyResults.first().addedOn == quarter.start);
}

TEST_CASE("A CSV file with a broken row far into it should leave the document unchanged", "[core][io][csv]")
{
    QTemporaryDir folder;
    auto target = demoDocument(folder);
    Repository repository(*target);
    const QByteArray before = DataExchange::exportData(repository, ExchangeFormat::Json);

    // Many chunks of the reader long, with a line break inside a quoted field on the way: an objective and nine
    // key results at a time.
    QByteArray csv = "Row ID,Parent Row ID,Type,Title,Team,Cycle,Target,Description\r\n";
    const QByteArray description = "\"two\r\nlines " + QByteArray(200, 'x') + "\"";
    for (int row = 2; row < 3000; ++row) {
        const int objectiveRow = row - (row - 2) % 10;
        const QByteArray parentAndType =
            row == objectiveRow
                ? QByteArray(",,objective,Grow,Brand New Team,2027 Q1,,")
                : "," + QByteArray::number(objectiveRow) + ",key result,Answer faster,Brand New Team,2027 Q1,1,";
        csv += QByteArray::number(row) + parentAndType + description + "\r\n";
    }
    const QByteArray fine = csv;
    csv += "3000,2,key result,Answer faster,Brand New Team,2027 Q1,ten,\r\n";
    REQUIRE(csv.size() > 10 * CsvReader::defaultChunkSize);
    const QString path = folder.filePath(QStringLiteral("broken.csv"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(csv);
    file.close();
    CHECK(importFileError(repository, path).toStdString() == "row 3000, column Target: 'ten' is not a number.");

    // Objectives that align to each other are found only once all of the file is written: taken back out too.
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(fine + "3000,3001,objective,First,Brand New Team,2027 Q1,,\r\n"
                      "3001,3000,objective,Second,Brand New Team,2027 Q1,,\r\n");
    file.close();
    CHECK(importFileError(repository, path).toStdString() ==
          "The objective 'First' aligns to itself through its parents.");

    CHECK(DataExchange::exportData(repository, ExchangeFormat::Json) == before);
    CHECK_FALSE(repository.teams().byName(QStringLiteral("Brand New Team")).has_value());
}
