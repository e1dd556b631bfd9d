#pragma once

#include "io/ExchangeData.h"

#include <QDate>

class Repository;

// What an import added to the document.
struct ImportSummary {
    int teamsCreated = 0;
    int cyclesCreated = 0;
    int objectives = 0;
    int keyResults = 0;
    int initiatives = 0;
    int checkIns = 0; // including those that record current values without a check-in of their own
    int kpis = 0;
    int teamReviews = 0;
};

// Writes imported data into a document.
namespace ExchangeLoader {

// Adds `data` to the document in one transaction: all of it, or nothing when anything fails (the DocumentError
// or ExchangeError goes on). Teams and cycles are matched by name and created when missing; a new top-level team
// goes under the document's organisation when it has one. Objectives, key results, initiatives and KPIs are
// always added, with new ids. A check-in or review for a team, week or cycle the document already has is merged:
// the imported updates and notes are added to the existing ones. A key result's current value that no imported
// check-in gives is stored as an update in its team's check-in of the cycle's week nearest to `today`.
ImportSummary load(Repository &repository, const ExchangeData &data, QDate today = QDate::currentDate());

} // namespace ExchangeLoader
