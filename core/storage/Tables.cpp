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
    return {row.integer(QStringLiteral("id")), row.integer(QStringLiteral("parent_id")),
            row.text(QStringLiteral("name"))};
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
        .bind(QStringLiteral("annual"), cycle.annual); // a file stores 1 or 0
}

Cycle Tables::cycleFrom(const Statement &row)
{
    Cycle cycle;
    cycle.id = row.integer(QStringLiteral("id"));
    cycle.name = row.text(QStringLiteral("name"));
    cycle.start = dateFrom(row.utf8(QStringLiteral("start_date")));
    cycle.end = dateFrom(row.utf8(QStringLiteral("end_date")));
    cycle.state = enumFrom<CycleState>(row.utf8(QStringLiteral("state")));
    cycle.annual = row.integer(QStringLiteral("annual")) != 0;
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
    objective.id = row.integer(QStringLiteral("id"));
    objective.cycleId = row.integer(QStringLiteral("cycle_id"));
    objective.teamId = row.integer(QStringLiteral("team_id"));
    objective.parentId = row.integer(QStringLiteral("parent_id"));
    objective.title = row.text(QStringLiteral("title"));
    objective.description = row.text(QStringLiteral("description"));
    objective.commitment = enumFrom<Commitment>(row.utf8(QStringLiteral("commitment")));
    objective.weight = row.real(QStringLiteral("weight"));
    objective.position = int(row.integer(QStringLiteral("position")));
    objective.grade = row.optionalReal(QStringLiteral("grade"));
    objective.gradeNote = row.text(QStringLiteral("grade_note"));
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
    keyResult.id = row.integer(QStringLiteral("id"));
    keyResult.objectiveId = row.integer(QStringLiteral("objective_id"));
    keyResult.title = row.text(QStringLiteral("title"));
    keyResult.description = row.text(QStringLiteral("description"));
    keyResult.start = row.real(QStringLiteral("start_value"));
    keyResult.target = row.real(QStringLiteral("target_value"));
    keyResult.unit = enumFrom<MeasureUnit>(row.utf8(QStringLiteral("unit")));
    keyResult.unitLabel = row.text(QStringLiteral("unit_label"));
    keyResult.kind = enumFrom<KeyResultKind>(row.utf8(QStringLiteral("kind")));
    keyResult.weight = row.real(QStringLiteral("weight"));
    keyResult.owner = row.text(QStringLiteral("owner"));
    keyResult.commitment = enumFrom<Commitment>(row.utf8(QStringLiteral("commitment")));
    keyResult.position = int(row.integer(QStringLiteral("position")));
    keyResult.addedOn = dateFrom(row.utf8(QStringLiteral("added_on")));
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
    initiative.id = row.integer(QStringLiteral("id"));
    initiative.keyResultId = row.integer(QStringLiteral("key_result_id"));
    initiative.title = row.text(QStringLiteral("title"));
    initiative.owner = row.text(QStringLiteral("owner"));
    initiative.status = enumFrom<InitiativeStatus>(row.utf8(QStringLiteral("status")));
    initiative.due = dateFrom(row.utf8(QStringLiteral("due_date")));
    initiative.position = int(row.integer(QStringLiteral("position")));
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
    update.keyResultId = row.integer(QStringLiteral("key_result_id"));
    update.value = row.real(QStringLiteral("value"));
    update.confidence = enumFrom<Confidence>(row.utf8(QStringLiteral("confidence")));
    update.comment = row.text(QStringLiteral("comment"));
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
    return {row.integer(QStringLiteral("id")),
            row.integer(QStringLiteral("check_in_id")),
            int(row.integer(QStringLiteral("iso_year"))),
            int(row.integer(QStringLiteral("iso_week"))),
            row.integer(QStringLiteral("key_result_id")),
            row.real(QStringLiteral("value")),
            row.text(QStringLiteral("confidence")),
            row.text(QStringLiteral("comment"))};
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
        .bind(QStringLiteral("done"), item.done); // a file stores 1 or 0
}

PlanItem Tables::planItemFrom(const Statement &row)
{
    PlanItem item;
    item.person = row.text(QStringLiteral("person"));
    item.kind = enumFrom<PlanItemKind>(row.utf8(QStringLiteral("kind")));
    item.text = row.text(QStringLiteral("text"));
    item.keyResultId = row.integer(QStringLiteral("key_result_id"));
    item.done = row.integer(QStringLiteral("done")) != 0;
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
    kpi.id = row.integer(QStringLiteral("id"));
    kpi.teamId = row.integer(QStringLiteral("team_id"));
    kpi.name = row.text(QStringLiteral("name"));
    kpi.unitLabel = row.text(QStringLiteral("unit_label"));
    kpi.target = row.real(QStringLiteral("target"));
    kpi.trend = enumFrom<PreferredTrend>(row.utf8(QStringLiteral("trend")));
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
    return TeamReview{row.integer(QStringLiteral("cycle_id")), row.integer(QStringLiteral("team_id")),
                      row.text(QStringLiteral("performance")), row.text(QStringLiteral("worked")),
                      row.text(QStringLiteral("failed")),      row.text(QStringLiteral("start_stop_continue")),
                      row.text(QStringLiteral("lessons"))};
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
    comment.id = row.integer(QStringLiteral("id"));
    comment.objectiveId = row.integer(QStringLiteral("objective_id"));
    comment.keyResultId = row.integer(QStringLiteral("key_result_id"));
    comment.author = row.text(QStringLiteral("author"));
    comment.time = QDateTime::fromString(row.text(QStringLiteral("created_at")), Qt::ISODate);
    comment.text = row.text(QStringLiteral("text"));
    return comment;
}
