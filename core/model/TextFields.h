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
#include "model/TextLimits.h"

#include <QList>

#include <utility>

// Every text of a domain value with the TextField that limits it, listed once: storage checks them, the report
// cuts them. The pointers point into `value`, so they live as long as it does.
namespace TextFields {

using Text = std::pair<TextField, QString *>;

QList<Text> of(Team &team);
QList<Text> of(Cycle &cycle);
QList<Text> of(Objective &objective);
QList<Text> of(KeyResult &keyResult);
QList<Text> of(Initiative &initiative);
QList<Text> of(CheckIn &checkIn); // its updates' comments and plan items too
QList<Text> of(Kpi &kpi);
QList<Text> of(TeamReview &review);
QList<Text> of(Comment &comment);

} // namespace TextFields
