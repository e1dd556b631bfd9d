#pragma once

#include "model/Ids.h"
#include "report/QuarterReport.h"

#include <QDateTime>

class Repository;

// Collects a quarter report's content from the document: progress, pace and grades from core/scoring, the
// latest check-in notes and, for a closed cycle, the teams' review answers. No layout and no widgets, so the
// content can be tested on its own.
class ReportBuilder {
public:
    static constexpr qsizetype MostAtRiskCount = 5;

    explicit ReportBuilder(const Repository &repository);

    // The report of `cycleId` for `scopeTeamId` and every team under it (NoId: the whole organisation): a section
    // per team with objectives, except the company's when none of them has key results (the summary shows them).
    // Throws DocumentError when the cycle does not exist.
    QuarterReport build(Id cycleId, Id scopeTeamId, const QDateTime &generatedAt) const;

private:
    const Repository &m_repository;
};
