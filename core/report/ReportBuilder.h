#pragma once

#include "model/CyclePlan.h"
#include "model/Ids.h"
#include "report/QuarterReport.h"
#include "scoring/ProgressRollUp.h"

#include <QDateTime>

class Repository;

// Collects a quarter report's content from the document: progress, pace and grades from core/scoring, the
// latest check-in notes and, for a closed cycle, the teams' review answers. No layout and no widgets, so the
// content can be tested on its own.
// The summary is summed on construction over the cycle's plan without its initiatives (read once: a team's progress
// rolls up the objectives of other teams aligned to it), of which only the numbers of the roll-up stay; a team's
// section is made only when asked for, with that team's plan, notes and review read then, so a writer holds one
// section at a time however many teams there are.
class ReportBuilder {
public:
    static constexpr qsizetype MostAtRiskCount = 5;

    // The report of `cycleId` for `scopeTeamId` and every team under it (NoId: the whole organisation): a section
    // per team with objectives, except the company's when none of them has key results (the summary shows them).
    // Throws DocumentError when the cycle does not exist. Paces are read with `thresholds` (the preferences', for the
    // window and the command line alike).
    ReportBuilder(const Repository &repository, Id cycleId, Id scopeTeamId, const QDateTime &generatedAt,
                  const PaceThresholds &thresholds = {});

    const QuarterReport &summary() const { return m_summary; }
    qsizetype sectionCount() const { return m_sectionTeams.size(); }
    // The section of summary().sectionTitles[index]. Throws DocumentError when the notes cannot be read.
    ReportTeam section(qsizetype index) const;

private:
    ReportBuilder(const Repository &repository, const CyclePlan &plan, Id scopeTeamId, const QDateTime &generatedAt,
                  const PaceThresholds &thresholds);

    const Repository &m_repository;
    Cycle m_cycle;
    QuarterReport m_summary;
    ProgressRollUp m_rollUp;
    QList<Team> m_sectionTeams; // depth-first: a department's teams follow it
};
