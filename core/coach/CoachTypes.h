#pragma once

#include "model/Ids.h"
#include "model/KeyResult.h"
#include "model/Kpi.h"

#include <QList>
#include <QString>

#include <optional>

// What the coach says about key results and objectives: plain values the wizard, the tree and `quarterdeck lint`
// show as they are.

enum class KeyResultVerdict { Outcome, Output, Vague };
enum class ObjectiveVerdict { Good, Task, Metric };
enum class CoachSeverity { Info, Warning, Error };

// Machine-readable flag codes: stable strings for scripts (`quarterdeck lint --json`).
namespace CoachCode {
inline constexpr char NoNumber[] = "no-number";
inline constexpr char PlaceholderNumbers[] = "placeholder-numbers";
inline constexpr char OutputVerb[] = "output-verb";
inline constexpr char CountsOwnTasks[] = "counts-own-tasks";
inline constexpr char Binary[] = "binary";
inline constexpr char MissingBaseline[] = "missing-baseline";
inline constexpr char AlreadyAchieved[] = "already-achieved";
inline constexpr char RestatesKpi[] = "restates-kpi";
inline constexpr char ObjectiveIsTask[] = "objective-is-task";
inline constexpr char ObjectiveHasMetric[] = "objective-has-metric";
inline constexpr char TooFewKeyResults[] = "too-few-key-results";
inline constexpr char TooManyKeyResults[] = "too-many-key-results";
inline constexpr char TooManyTeamObjectives[] = "too-many-team-objectives";
inline constexpr char TooManyCompanyObjectives[] = "too-many-company-objectives";
inline constexpr char NotAligned[] = "not-aligned";
inline constexpr char DuplicateKeyResult[] = "duplicate-key-result";
} // namespace CoachCode

// One finding: a code, how serious it is, one sentence of reason and a direction for the rewrite. A warning names a
// problem to fix; a note (Info) is advice that may be left as it is.
struct CoachFlag {
    QString code;
    CoachSeverity severity = CoachSeverity::Warning;
    QString message;
    QString suggestion;
};

// The numbers a key result states. Absent values are std::nullopt; `kind` is meaningful when `target` is set.
struct Metric {
    std::optional<double> start;
    std::optional<double> target;
    MeasureUnit unit = MeasureUnit::Number;
    QString unitLabel; // "%", "USD", "min", "/10", "x"; empty for plain counts
    std::optional<KeyResultKind> kind;
    bool relative = false; // "by 20%": the target is a change relative to today's value
    QString measure;       // the measured thing as written: "German MQLs", "average session duration"

    bool isEmpty() const { return !start && !target; }
};

// What makes two key result texts the same (same words and numbers, or the same measure), worked out once per text
// (Coach::keyResultIdentity): comparing a set's texts pair by pair normalized and parsed each text again per pair.
struct KeyResultIdentity {
    QString normalizedText; // empty: the same as nothing
    std::optional<KeyResultKind> kind;
    QString normalizedMeasure; // empty when the text names no measure

    bool isSameAs(const KeyResultIdentity &other) const;
};

struct KeyResultReview {
    KeyResultVerdict verdict = KeyResultVerdict::Vague;
    QList<CoachFlag> flags;
    Metric metric;
};

struct ObjectiveReview {
    ObjectiveVerdict verdict = ObjectiveVerdict::Good;
    QList<CoachFlag> flags;
};

// A KPI's target as the KR-vs-KPI check needs it: a name ("qualified leads per month") and a value.
struct KpiTarget {
    QString name;
    double target = 0.0;
};

// The targets of a team's KPIs, for KeyResultContext::kpis.
QList<KpiTarget> kpiTargets(const QList<Kpi> &kpis);

// What the coach may know about a key result besides its text.
struct KeyResultContext {
    std::optional<double> current; // the value when the key result was written
    std::optional<double> start;   // its stored start value, when it has one beside the text
    QList<KpiTarget> kpis;         // the team's KPI targets

    // What a stored key result tells besides its text: its current and start values.
    static KeyResultContext of(const KeyResult &keyResult);
};

// A finding of the set checks, with the rows it concerns.
struct PlanFinding {
    CoachFlag flag;
    Id teamId = NoId;
    Id objectiveId = NoId;
    QList<Id> keyResultIds;
};

// True when a flag is more than a note: the views then show the warning sign, else the note's.
bool hasWarning(const QList<CoachFlag> &flags);

QString toString(KeyResultVerdict verdict);
QString toString(ObjectiveVerdict verdict);
QString toString(CoachSeverity severity);
QString kindName(KeyResultKind kind); // "increase", "decrease", "maintain"
QString unitName(MeasureUnit unit);   // "number", "percent", "currency", "time", "rating"
