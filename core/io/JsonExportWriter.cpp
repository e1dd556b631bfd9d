#include "io/JsonExportWriter.h"

#include "io/ExchangeVocabulary.h"
#include "io/JsonText.h"

#include <QIODevice>

namespace {

// How much text is gathered before it is written: a few hundred records, few calls to the device.
constexpr qsizetype BufferSize = 64 * 1024;

const char *listName(int list)
{
    static constexpr const char *names[] = {
        "", "teams", "cycles", "objectives", "keyResults", "initiatives", "checkIns", "kpis", "teamReviews"};
    return names[list];
}

} // namespace

JsonExportWriter::JsonExportWriter(QIODevice &device, const QString &formatName, int formatVersion)
    : m_device(device)
{
    m_json.reserve(BufferSize + BufferSize / 4);
    m_json += "{\"format\":";
    JsonText::appendString(m_json, formatName);
    m_json += ",\"version\":";
    JsonText::appendInteger(m_json, formatVersion);
}

void JsonExportWriter::addTeam(const Team &team)
{
    startRecord(List::Teams);
    integer("id", team.id);
    text("name", team.name);
    reference("parent", team.parentId);
    endRecord();
}

void JsonExportWriter::addCycle(const Cycle &cycle)
{
    startRecord(List::Cycles);
    boolean("annual", cycle.annual);
    date("end", cycle.end);
    integer("id", cycle.id);
    text("name", cycle.name);
    date("start", cycle.start);
    text("state", ExchangeVocabulary::name(cycle.state));
    endRecord();
}

void JsonExportWriter::addObjective(const Objective &objective)
{
    startRecord(List::Objectives);
    text("commitment", ExchangeVocabulary::name(objective.commitment));
    integer("cycle", objective.cycleId);
    text("description", objective.description);
    optionalNumber("grade", objective.grade);
    text("gradeNote", objective.gradeNote);
    integer("id", objective.id);
    reference("parent", objective.parentId);
    integer("team", objective.teamId);
    text("title", objective.title);
    number("weight", objective.weight);
    endRecord();
}

void JsonExportWriter::addKeyResult(const KeyResult &keyResult)
{
    startRecord(List::KeyResults);
    date("addedOn", keyResult.addedOn);
    text("commitment", ExchangeVocabulary::name(keyResult.commitment));
    optionalNumber("current", keyResult.current);
    text("description", keyResult.description);
    integer("id", keyResult.id);
    text("kind", ExchangeVocabulary::name(keyResult.kind));
    integer("objective", keyResult.objectiveId);
    text("owner", keyResult.owner);
    number("start", keyResult.start);
    number("target", keyResult.target);
    text("title", keyResult.title);
    text("unit", ExchangeVocabulary::name(keyResult.unit));
    text("unitLabel", keyResult.unitLabel);
    number("weight", keyResult.weight);
    endRecord();
}

void JsonExportWriter::addInitiative(const Initiative &initiative)
{
    startRecord(List::Initiatives);
    date("due", initiative.due);
    integer("id", initiative.id);
    integer("keyResult", initiative.keyResultId);
    text("owner", initiative.owner);
    text("status", ExchangeVocabulary::name(initiative.status));
    text("title", initiative.title);
    endRecord();
}

void JsonExportWriter::addCheckIn(const CheckIn &checkIn)
{
    startRecord(List::CheckIns);
    objectList("items", checkIn.items, [this](const PlanItem &item) {
        boolean("done", item.done);
        reference("keyResult", item.keyResultId);
        text("kind", ExchangeVocabulary::name(item.kind));
        text("person", item.person);
        text("text", item.text);
    });
    text("lessons", checkIn.lessons);
    text("nextPriorities", checkIn.nextPriorities);
    integer("team", checkIn.teamId);
    objectList("updates", checkIn.updates, [this](const KeyResultUpdate &update) {
        text("comment", update.comment);
        text("confidence", ExchangeVocabulary::name(update.confidence));
        integer("keyResult", update.keyResultId);
        number("value", update.value);
    });
    text("week", checkIn.week.toString());
    endRecord();
}

void JsonExportWriter::addKpi(const Kpi &kpi)
{
    startRecord(List::Kpis);
    text("name", kpi.name);
    number("target", kpi.target);
    integer("team", kpi.teamId);
    text("trend", ExchangeVocabulary::name(kpi.trend));
    text("unitLabel", kpi.unitLabel);
    objectList("values", kpi.values, [this](const KpiValue &value) {
        date("date", value.date);
        number("value", value.value);
    });
    endRecord();
}

void JsonExportWriter::addTeamReview(const TeamReview &review)
{
    startRecord(List::TeamReviews);
    integer("cycle", review.cycleId);
    text("failed", review.failed);
    text("lessons", review.lessons);
    text("performance", review.performance);
    text("startStopContinue", review.startStopContinue);
    integer("team", review.teamId);
    text("worked", review.worked);
    endRecord();
}

bool JsonExportWriter::finish()
{
    moveTo(List::TeamReviews);
    m_json += "]}\n";
    write();
    return m_written;
}

void JsonExportWriter::startRecord(List list)
{
    moveTo(list);
    if (!m_firstInList)
        m_json += ',';
    m_firstInList = false;
    startObject();
}

void JsonExportWriter::endRecord()
{
    m_json += '}';
    if (m_json.size() >= BufferSize)
        write();
}

void JsonExportWriter::moveTo(List list)
{
    while (m_list < list) {
        if (m_list != List::None)
            m_json += ']';
        m_list = List(int(m_list) + 1);
        m_json += ",\"";
        m_json += listName(int(m_list));
        m_json += "\":[";
        m_firstInList = true;
    }
}

void JsonExportWriter::startObject()
{
    m_json += '{';
    m_firstField = true;
}

void JsonExportWriter::key(const char *name)
{
    JsonText::appendKey(m_json, name, m_firstField);
    m_firstField = false;
}

void JsonExportWriter::text(const char *name, const QString &value)
{
    key(name);
    JsonText::appendString(m_json, value);
}

void JsonExportWriter::integer(const char *name, qint64 value)
{
    key(name);
    JsonText::appendInteger(m_json, value);
}

void JsonExportWriter::number(const char *name, double value)
{
    key(name);
    JsonText::appendNumber(m_json, value);
}

void JsonExportWriter::optionalNumber(const char *name, const std::optional<double> &value)
{
    if (value)
        number(name, *value);
    else
        null(name);
}

void JsonExportWriter::reference(const char *name, Id id)
{
    if (id == NoId)
        null(name);
    else
        integer(name, id);
}

void JsonExportWriter::date(const char *name, QDate day)
{
    if (day.isValid())
        text(name, day.toString(Qt::ISODate));
    else
        null(name);
}

void JsonExportWriter::null(const char *name)
{
    key(name);
    m_json += "null";
}

void JsonExportWriter::boolean(const char *name, bool value)
{
    key(name);
    m_json += value ? "true" : "false";
}

void JsonExportWriter::write()
{
    // After a refused write nothing more is written: the file is dropped anyway, and a full disk stays full.
    m_written = m_written && m_device.write(m_json) == m_json.size();
    m_json.resize(0);
}
