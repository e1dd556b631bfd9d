#pragma once

#include "model/CheckIn.h"
#include "model/Comment.h"
#include "model/Cycle.h"
#include "model/Initiative.h"
#include "model/KeyResult.h"
#include "model/Kpi.h"
#include "model/Objective.h"
#include "model/Team.h"
#include "model/TeamReview.h"
#include "storage/ColumnBinder.h"
#include "storage/RemovedItems.h"
#include "storage/TableMapping.h"

class Statement;

// Every table of the document in one place: its columns (TableMapping) and how a domain value is bound to them
// and read back from a row, by column name. Repositories build their statements from these; nothing else
// names a column list. A second SQL dialect changes this file and the repositories' hand-written queries only.
namespace Tables {

const TableMapping &teams();
const TableMapping &cycles();
const TableMapping &objectives();
const TableMapping &keyResults();
const TableMapping &initiatives();
const TableMapping &checkIns();
const TableMapping &keyResultUpdates(); // kr_updates
const TableMapping &planItems();
const TableMapping &kpis();
const TableMapping &kpiValues();
const TableMapping &teamReviews();
const TableMapping &comments();

// bind() binds every column of the table but the id and, for rows with one, the check-in they belong to;
// the ...From() readers read the columns they need from the current row.
void bind(ColumnBinder &statement, const Team &team);
Team teamFrom(const Statement &row);
void bind(ColumnBinder &statement, const Cycle &cycle);
Cycle cycleFrom(const Statement &row);
void bind(ColumnBinder &statement, const Objective &objective);
Objective objectiveFrom(const Statement &row);
void bind(ColumnBinder &statement, const KeyResult &keyResult); // KeyResult::current is not stored
KeyResult keyResultFrom(const Statement &row);
void bind(ColumnBinder &statement, const Initiative &initiative);
Initiative initiativeFrom(const Statement &row);
void bind(ColumnBinder &statement, const KeyResultUpdate &update);
KeyResultUpdate keyResultUpdateFrom(const Statement &row);
void bind(ColumnBinder &statement, const RemovedItems::StoredUpdate &update); // with its id and check-in
RemovedItems::StoredUpdate storedUpdateFrom(const Statement &row);
void bind(ColumnBinder &statement, const PlanItem &item);
PlanItem planItemFrom(const Statement &row);
void bind(ColumnBinder &statement, const Kpi &kpi); // the values are rows of kpi_values
Kpi kpiFrom(const Statement &row);
void bind(ColumnBinder &statement, const TeamReview &review);
TeamReview teamReviewFrom(const Statement &row);
void bind(ColumnBinder &statement, const Comment &comment);
Comment commentFrom(const Statement &row);

} // namespace Tables
