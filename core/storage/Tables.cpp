#include "storage/Tables.h"

#include "storage/Statement.h"
#include "storage/StoredValues.h"

using namespace StoredValues;

namespace {

const QStringList idKey{QStringLiteral("id")};

} // namespace

// ---- Teams ------------------------------------------------------------------------------------------------------

const TableMapping &Tables::teams()
{
    static const TableMapping mapping(QStringLiteral("teams"), idKey,
                                      {QStringLiteral("parent_id"), QStringLiteral("name")},
                                      TableMapping::Revision::Stamped);
    return mapping;
}

void Tables::bind(ColumnBinder &statement, const Team &team)
{
    statement.bind(QStringLiteral("parent_id"), idOrNull(team.parentId)).bind(QStringLiteral("name"), team.name);
}

Team Tables::teamFrom(const Statement &row)
{
    return {row.value(QStringLiteral("id")).toLongLong(), row.value(QStringLiteral("parent_id")).toLongLong(),
            row.value(QStringLiteral("name")).toString()};
}

// ---- Cycles -----------------------------------------------------------------------------------------------------

const TableMapping &Tables::cycles()
{
    static const TableMapping mapping(QStringLiteral("cycles"), idKey,
                                      {QStringLiteral("name"), QStringLiteral("start_date"), QStringLiteral("end_date"),
                                       QStringLiteral("state"), QStringLiteral("annual")},
                                      TableMapping::Revision::Stamped);
    return mapping;
}

void Tables::bind(ColumnBinder &statement, const Cycle &cycle)
{
    statement.bind(QStringLiteral("name"), cycle.name)
        .bind(QStringLiteral("start_date"), dateOrNull(cycle.start))
        .bind(QStringLiteral("end_date"), dateOrNull(cycle.end))
        .bind(QStringLiteral("state"), name(cycle.state))
        .bind(QStringLiteral("annual"), cycle.annual ? 1 : 0);
}

Cycle Tables::cycleFrom(const Statement &row)
{
    Cycle cycle;
    cycle.id = row.value(QStringLiteral("id")).toLongLong();
    cycle.name = row.value(QStringLiteral("name")).toString();
    cycle.start = dateFrom(row.value(QStringLiteral("start_date")));
    cycle.end = dateFrom(row.value(QStringLiteral("end_date")));
    cycle.state = enumFrom<CycleState>(row.value(QStringLiteral("state")));
    cycle.annual = row.value(QStringLiteral("annual")).toBool();
    return cycle;
}

// ---- Objectives -------------------------------------------------------------------------------------------------

const TableMapping &Tables::objectives()
{
    static const TableMapping mapping(
        QStringLiteral("objectives"), idKey,
        {QStringLiteral("cycle_id"), QStringLiteral("team_id"), QStringLiteral("parent_id"), QStringLiteral("title"),
         QStringLiteral("description"), QStringLiteral("commitment"), QStringLiteral("weight"),
         QStringLiteral("position"), QStringLiteral("grade"), QStringLiteral("grade_note")},
        TableMapping::Revision::Stamped);
    return mapping;
}

void Tables::bind(ColumnBinder &statement, const Objective &objective)
{
    statement.bind(QStringLiteral("cycle_id"), objective.cycleId)
        .bind(QStringLiteral("team_id"), objective.teamId)
        .bind(QStringLiteral("parent_id"), idOrNull(objective.parentId))
        .bind(QStringLiteral("title"), objective.title)
        .bind(QStringLiteral("description"), objective.description)
        .bind(QStringLiteral("commitment"), name(objective.commitment))
        .bind(QStringLiteral("weight"), objective.weight)
        .bind(QStringLiteral("position"), objective.position)
        .bind(QStringLiteral("grade"), optionalDouble(objective.grade))
        .bind(QStringLiteral("grade_note"), objective.gradeNote);
}

Objective Tables::objectiveFrom(const Statement &row)
{
    Objective objective;
    objective.id = row.value(QStringLiteral("id")).toLongLong();
    objective.cycleId = row.value(QStringLiteral("cycle_id")).toLongLong();
    objective.teamId = row.value(QStringLiteral("team_id")).toLongLong();
    objective.parentId = row.value(QStringLiteral("parent_id")).toLongLong();
    objective.title = row.value(QStringLiteral("title")).toString();
    objective.description = row.value(QStringLiteral("description")).toString();
    objective.commitment = enumFrom<Commitment>(row.value(QStringLiteral("commitment")));
    objective.weight = row.value(QStringLiteral("weight")).toDouble();
    objective.position = row.value(QStringLiteral("position")).toInt();
    objective.grade = optionalDoubleFrom(row.value(QStringLiteral("grade")));
    objective.gradeNote = row.value(QStringLiteral("grade_note")).toString();
    return objective;
}

// ---- Key results ------------------------------------------------------------------------------------------------

const TableMapping &Tables::keyResults()
{
    static const TableMapping mapping(
        QStringLiteral("key_results"), idKey,
        {QStringLiteral("objective_id"), QStringLiteral("title"), QStringLiteral("description"),
         QStringLiteral("start_value"), QStringLiteral("target_value"), QStringLiteral("unit"),
         QStringLiteral("unit_label"), QStringLiteral("kind"), QStringLiteral("weight"), QStringLiteral("owner"),
         QStringLiteral("commitment"), QStringLiteral("position"), QStringLiteral("added_on")},
        TableMapping::Revision::Stamped);
    return mapping;
}

void Tables::bind(ColumnBinder &statement, const KeyResult &keyResult)
{
    statement.bind(QStringLiteral("objective_id"), keyResult.objectiveId)
        .bind(QStringLiteral("title"), keyResult.title)
        .bind(QStringLiteral("description"), keyResult.description)
        .bind(QStringLiteral("start_value"), keyResult.start)
        .bind(QStringLiteral("target_value"), keyResult.target)
        .bind(QStringLiteral("unit"), name(keyResult.unit))
        .bind(QStringLiteral("unit_label"), keyResult.unitLabel)
        .bind(QStringLiteral("kind"), name(keyResult.kind))
        .bind(QStringLiteral("weight"), keyResult.weight)
        .bind(QStringLiteral("owner"), keyResult.owner)
        .bind(QStringLiteral("commitment"), name(keyResult.commitment))
        .bind(QStringLiteral("position"), keyResult.position)
        .bind(QStringLiteral("added_on"), dateOrNull(keyResult.addedOn));
}

KeyResult Tables::keyResultFrom(const Statement &row)
{
    KeyResult keyResult;
    keyResult.id = row.value(QStringLiteral("id")).toLongLong();
    keyResult.objectiveId = row.value(QStringLiteral("objective_id")).toLongLong();
    keyResult.title = row.value(QStringLiteral("title")).toString();
    keyResult.description = row.value(QStringLiteral("description")).toString();
    keyResult.start = row.value(QStringLiteral("start_value")).toDouble();
    keyResult.target = row.value(QStringLiteral("target_value")).toDouble();
    keyResult.unit = enumFrom<MeasureUnit>(row.value(QStringLiteral("unit")));
    keyResult.unitLabel = row.value(QStringLiteral("unit_label")).toString();
    keyResult.kind = enumFrom<KeyResultKind>(row.value(QStringLiteral("kind")));
    keyResult.weight = row.value(QStringLiteral("weight")).toDouble();
    keyResult.owner = row.value(QStringLiteral("owner")).toString();
    keyResult.commitment = enumFrom<Commitment>(row.value(QStringLiteral("commitment")));
    keyResult.position = row.value(QStringLiteral("position")).toInt();
    keyResult.addedOn = dateFrom(row.value(QStringLiteral("added_on")));
    return keyResult;
}

// ---- Initiatives ------------------------------------------------------------------------------------------------

const TableMapping &Tables::initiatives()
{
    static const TableMapping mapping(QStringLiteral("initiatives"), idKey,
                                      {QStringLiteral("key_result_id"), QStringLiteral("title"),
                                       QStringLiteral("owner"), QStringLiteral("status"), QStringLiteral("due_date"),
                                       QStringLiteral("position")},
                                      TableMapping::Revision::Stamped);
    return mapping;
}

void Tables::bind(ColumnBinder &statement, const Initiative &initiative)
{
    statement.bind(QStringLiteral("key_result_id"), initiative.keyResultId)
        .bind(QStringLiteral("title"), initiative.title)
        .bind(QStringLiteral("owner"), initiative.owner)
        .bind(QStringLiteral("status"), name(initiative.status))
        .bind(QStringLiteral("due_date"), dateOrNull(initiative.due))
        .bind(QStringLiteral("position"), initiative.position);
}

Initiative Tables::initiativeFrom(const Statement &row)
{
    Initiative initiative;
    initiative.id = row.value(QStringLiteral("id")).toLongLong();
    initiative.keyResultId = row.value(QStringLiteral("key_result_id")).toLongLong();
    initiative.title = row.value(QStringLiteral("title")).toString();
    initiative.owner = row.value(QStringLiteral("owner")).toString();
    initiative.status = enumFrom<InitiativeStatus>(row.value(QStringLiteral("status")));
    initiative.due = dateFrom(row.value(QStringLiteral("due_date")));
    initiative.position = row.value(QStringLiteral("position")).toInt();
    return initiative;
}

// ---- Check-ins: the week's row, its key result updates and plan items -------------------------------------------

const TableMapping &Tables::checkIns()
{
    static const TableMapping mapping(QStringLiteral("check_ins"), idKey,
                                      {QStringLiteral("team_id"), QStringLiteral("iso_year"),
                                       QStringLiteral("iso_week"), QStringLiteral("lessons"),
                                       QStringLiteral("next_priorities")},
                                      TableMapping::Revision::Stamped);
    return mapping;
}

const TableMapping &Tables::keyResultUpdates()
{
    static const TableMapping mapping(QStringLiteral("kr_updates"), idKey,
                                      {QStringLiteral("check_in_id"), QStringLiteral("iso_year"),
                                       QStringLiteral("iso_week"), QStringLiteral("key_result_id"),
                                       QStringLiteral("value"), QStringLiteral("confidence"),
                                       QStringLiteral("comment")});
    return mapping;
}

void Tables::bind(ColumnBinder &statement, const KeyResultUpdate &update)
{
    statement.bind(QStringLiteral("key_result_id"), update.keyResultId)
        .bind(QStringLiteral("value"), update.value)
        .bind(QStringLiteral("confidence"), name(update.confidence))
        .bind(QStringLiteral("comment"), update.comment);
}

KeyResultUpdate Tables::keyResultUpdateFrom(const Statement &row)
{
    KeyResultUpdate update;
    update.keyResultId = row.value(QStringLiteral("key_result_id")).toLongLong();
    update.value = row.value(QStringLiteral("value")).toDouble();
    update.confidence = enumFrom<Confidence>(row.value(QStringLiteral("confidence")));
    update.comment = row.value(QStringLiteral("comment")).toString();
    return update;
}

void Tables::bind(ColumnBinder &statement, const RemovedItems::StoredUpdate &update)
{
    statement.bind(QStringLiteral("id"), update.id)
        .bind(QStringLiteral("check_in_id"), update.checkInId)
        .bind(QStringLiteral("iso_year"), update.isoYear)
        .bind(QStringLiteral("iso_week"), update.isoWeek)
        .bind(QStringLiteral("key_result_id"), update.keyResultId)
        .bind(QStringLiteral("value"), update.value)
        .bind(QStringLiteral("confidence"), update.confidence)
        .bind(QStringLiteral("comment"), update.comment);
}

RemovedItems::StoredUpdate Tables::storedUpdateFrom(const Statement &row)
{
    return {row.value(QStringLiteral("id")).toLongLong(),
            row.value(QStringLiteral("check_in_id")).toLongLong(),
            row.value(QStringLiteral("iso_year")).toInt(),
            row.value(QStringLiteral("iso_week")).toInt(),
            row.value(QStringLiteral("key_result_id")).toLongLong(),
            row.value(QStringLiteral("value")).toDouble(),
            row.value(QStringLiteral("confidence")).toString(),
            row.value(QStringLiteral("comment")).toString()};
}

const TableMapping &Tables::planItems()
{
    static const TableMapping mapping(QStringLiteral("plan_items"), idKey,
                                      {QStringLiteral("check_in_id"), QStringLiteral("person"), QStringLiteral("kind"),
                                       QStringLiteral("text"), QStringLiteral("key_result_id"),
                                       QStringLiteral("done")});
    return mapping;
}

void Tables::bind(ColumnBinder &statement, const PlanItem &item)
{
    statement.bind(QStringLiteral("person"), item.person)
        .bind(QStringLiteral("kind"), name(item.kind))
        .bind(QStringLiteral("text"), item.text)
        .bind(QStringLiteral("key_result_id"), idOrNull(item.keyResultId))
        .bind(QStringLiteral("done"), item.done ? 1 : 0);
}

PlanItem Tables::planItemFrom(const Statement &row)
{
    PlanItem item;
    item.person = row.value(QStringLiteral("person")).toString();
    item.kind = enumFrom<PlanItemKind>(row.value(QStringLiteral("kind")));
    item.text = row.value(QStringLiteral("text")).toString();
    item.keyResultId = row.value(QStringLiteral("key_result_id")).toLongLong();
    item.done = row.value(QStringLiteral("done")).toBool();
    return item;
}

// ---- KPIs -------------------------------------------------------------------------------------------------------

const TableMapping &Tables::kpis()
{
    static const TableMapping mapping(QStringLiteral("kpis"), idKey,
                                      {QStringLiteral("team_id"), QStringLiteral("name"), QStringLiteral("unit_label"),
                                       QStringLiteral("target"), QStringLiteral("trend")},
                                      TableMapping::Revision::Stamped);
    return mapping;
}

void Tables::bind(ColumnBinder &statement, const Kpi &kpi)
{
    statement.bind(QStringLiteral("team_id"), idOrNull(kpi.teamId))
        .bind(QStringLiteral("name"), kpi.name)
        .bind(QStringLiteral("unit_label"), kpi.unitLabel)
        .bind(QStringLiteral("target"), kpi.target)
        .bind(QStringLiteral("trend"), name(kpi.trend));
}

Kpi Tables::kpiFrom(const Statement &row)
{
    Kpi kpi;
    kpi.id = row.value(QStringLiteral("id")).toLongLong();
    kpi.teamId = row.value(QStringLiteral("team_id")).toLongLong();
    kpi.name = row.value(QStringLiteral("name")).toString();
    kpi.unitLabel = row.value(QStringLiteral("unit_label")).toString();
    kpi.target = row.value(QStringLiteral("target")).toDouble();
    kpi.trend = enumFrom<PreferredTrend>(row.value(QStringLiteral("trend")));
    return kpi;
}

const TableMapping &Tables::kpiValues()
{
    static const TableMapping mapping(QStringLiteral("kpi_values"), {QStringLiteral("kpi_id"), QStringLiteral("date")},
                                      {QStringLiteral("value")});
    return mapping;
}

// ---- Reviews and comments ---------------------------------------------------------------------------------------

const TableMapping &Tables::teamReviews()
{
    static const TableMapping mapping(
        QStringLiteral("team_reviews"), {QStringLiteral("cycle_id"), QStringLiteral("team_id")},
        {QStringLiteral("performance"), QStringLiteral("worked"), QStringLiteral("failed"),
         QStringLiteral("start_stop_continue"), QStringLiteral("lessons")},
        TableMapping::Revision::Stamped);
    return mapping;
}

void Tables::bind(ColumnBinder &statement, const TeamReview &review)
{
    statement.bind(QStringLiteral("cycle_id"), review.cycleId)
        .bind(QStringLiteral("team_id"), review.teamId)
        .bind(QStringLiteral("performance"), review.performance)
        .bind(QStringLiteral("worked"), review.worked)
        .bind(QStringLiteral("failed"), review.failed)
        .bind(QStringLiteral("start_stop_continue"), review.startStopContinue)
        .bind(QStringLiteral("lessons"), review.lessons);
}

TeamReview Tables::teamReviewFrom(const Statement &row)
{
    return TeamReview{row.value(QStringLiteral("cycle_id")).toLongLong(),
                      row.value(QStringLiteral("team_id")).toLongLong(),
                      row.value(QStringLiteral("performance")).toString(),
                      row.value(QStringLiteral("worked")).toString(),
                      row.value(QStringLiteral("failed")).toString(),
                      row.value(QStringLiteral("start_stop_continue")).toString(),
                      row.value(QStringLiteral("lessons")).toString()};
}

const TableMapping &Tables::comments()
{
    static const TableMapping mapping(QStringLiteral("comments"), idKey,
                                      {QStringLiteral("objective_id"), QStringLiteral("key_result_id"),
                                       QStringLiteral("author"), QStringLiteral("created_at"), QStringLiteral("text")});
    return mapping;
}

void Tables::bind(ColumnBinder &statement, const Comment &comment)
{
    statement.bind(QStringLiteral("objective_id"), idOrNull(comment.objectiveId))
        .bind(QStringLiteral("key_result_id"), idOrNull(comment.keyResultId))
        .bind(QStringLiteral("author"), comment.author)
        .bind(QStringLiteral("created_at"), comment.time.toUTC().toString(Qt::ISODate))
        .bind(QStringLiteral("text"), comment.text);
}

Comment Tables::commentFrom(const Statement &row)
{
    Comment comment;
    comment.id = row.value(QStringLiteral("id")).toLongLong();
    comment.objectiveId = row.value(QStringLiteral("objective_id")).toLongLong();
    comment.keyResultId = row.value(QStringLiteral("key_result_id")).toLongLong();
    comment.author = row.value(QStringLiteral("author")).toString();
    comment.time = QDateTime::fromString(row.value(QStringLiteral("created_at")).toString(), Qt::ISODate);
    comment.text = row.value(QStringLiteral("text")).toString();
    return comment;
}
