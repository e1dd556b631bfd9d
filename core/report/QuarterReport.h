#pragma once

#include "coach/CycleReview.h"
#include "model/CheckIn.h"
#include "model/Confidence.h"
#include "model/Cycle.h"
#include "model/Initiative.h"
#include "model/IsoWeek.h"
#include "model/KeyResult.h"
#include "model/Objective.h"
#include "model/Team.h"
#include "model/TeamReview.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

// The content of a quarter report, collected by ReportBuilder and laid out by PdfReportWriter: the summary
// (QuarterReport) whole, the team sections (ReportTeam) one at a time. Plain data: user text is kept as typed and
// only ever inserted as text, never as markup.

struct ReportKeyResult {
    KeyResult keyResult;
    double progress = 0.0;
    double expectedProgress = 0.0; // on the report's day, from the day the key result was added
    // Computed from progress against expectedProgress; none while it awaits its first check-in (added late).
    std::optional<Confidence> pace;
    std::optional<Confidence> confidence; // what the team stated in its latest check-in, if any
    QList<Initiative> initiatives;
};

struct ReportObjective {
    Objective objective;
    double progress = 0.0;
    bool hasContributors = false; // false: shown as "no key results"
    QList<ReportKeyResult> keyResults;
};

// The Problems of a team's latest check-in in the cycle, with who wrote them.
struct ReportProblem {
    QString person;
    QString text;
};

struct ReportTeam {
    Team team;
    double progress = 0.0;
    QList<ReportObjective> objectives;
    std::optional<IsoWeek> latestCheckInWeek;
    QList<ReportProblem> problems;    // of the latest check-in
    QString lessons;                  // of the latest check-in that wrote any
    std::optional<TeamReview> review; // closed cycles only
};

// A key result behind its pace, for the executive summary.
struct ReportRisk {
    QString teamName;
    QString objectiveTitle;
    ReportKeyResult keyResult;
    double gap = 0.0; // expected - progress
};

// A team's coach review in numbers, for the report's table of the teams the coach flagged.
struct ReportCoachTeam {
    QString teamName;
    CycleReview::Tally tally;
};

struct QuarterReport {
    QString organisation;
    Cycle cycle;
    QDateTime generatedAt;
    QDate asOf;                    // the day progress is measured against: today, or the cycle's end once past it
    double expectedProgress = 0.0; // share of the cycle elapsed on asOf
    double overallProgress = 0.0;  // of the teams in the report
    QList<ReportObjective> companyObjectives; // the root team's objectives in the cycle
    std::array<int, 3> keyResultsByPace{};    // indexed by Confidence: on track, at risk, off track
    int keyResultsAwaitingCheckIn = 0;        // added late and not checked in yet: no pace
    QList<ReportRisk> mostAtRisk;             // the furthest behind first
    QStringList sectionTitles;                // the teams with a section, in their order: the contents' lines
    CycleReview::Tally coach;                 // how well the report's teams wrote their OKRs, all added up
    // The teams the coach flagged anything for: the largest share of flagged key results first, then in the
    // organisation's order; at most CoachTeamsShown, the others only counted.
    static constexpr int CoachTeamsShown = 25;
    QList<ReportCoachTeam> coachTeams;
    int coachTeamsNotShown = 0;
};
