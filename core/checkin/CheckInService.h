#pragma once

#include "model/CheckIn.h"
#include "model/Cycle.h"
#include "model/KeyResult.h"
#include "model/KeyResultTimelineEntry.h"
#include "model/Team.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class Repository;

// The weekly check-in over a document: which weeks may be checked in, what the form shows, validation and saving.
// The form and the command line both go through it, so they refuse and accept the same things.
class CheckInService {
public:
    // `today` decides which weeks lie in the future.
    explicit CheckInService(Repository &repository, QDate today = QDate::currentDate());

    // Whether check-ins may correct a closed cycle: the user said this is a correction. Off by default, so new
    // check-ins go to the active cycle (CycleRules::checkInPermission).
    void setCorrecting(bool correcting) { m_correcting = correcting; }
    bool isCorrecting() const { return m_correcting; }

    IsoWeek currentWeek() const { return IsoWeek::containing(m_today); }
    IsoWeek lastWeek() const { return currentWeek().previous(); }
    // The week a new check-in starts on: this week, or when this week takes no check-in, the latest week so far of
    // a cycle that is active or closed (a quarter that just ended still wants its last check-in).
    // `checkInWeekday` (1 = Monday … 7 = Sunday): the day the team checks in; before it, the week before is the one
    // still due, and proposed while it takes a check-in.
    IsoWeek defaultWeek(int checkInWeekday = 1) const;

    struct WeekCheck {
        std::optional<Cycle> cycle; // the cycle the week's check-ins belong to
        QString refusal;            // why the week cannot be checked in; empty when it can
        QString notice;             // what to tell while checking in, e.g. that a closed cycle is being corrected
        bool allowed() const { return refusal.isEmpty(); }
        // The week's cycle is closed: a check-in there corrects it, allowed only while correcting.
        bool isCorrection() const { return cycle && cycle->state == CycleState::Closed; }
    };
    // Refuses a future week, a week outside every cycle and whatever CycleRules::checkInPermission refuses: a
    // cycle still in planning, and a closed cycle unless correcting.
    WeekCheck checkWeek(IsoWeek week) const;

    // One of the team's key results as the check-in form shows it.
    struct KeyResultLine {
        KeyResult keyResult;
        QString objectiveTitle;
        std::optional<KeyResultTimelineEntry> previous; // the latest update before the week
        std::optional<KeyResultUpdate> saved;           // this week's update, when the week is already checked in
    };
    // The team's key results in the week's cycle, in tree order; empty when the week is refused.
    QList<KeyResultLine> keyResultLines(Id teamId, IsoWeek week) const;

    // KEY is a key result's id or its exact title; null with `error` set when none or several match.
    static const KeyResultLine *findKeyResult(const QList<KeyResultLine> &lines, const QString &key, QString &error);

    // The unfinished plans of the team's latest check-in before the week, offered for the week.
    struct CarriedPlans {
        IsoWeek from;
        QList<PlanItem> plans;
    };
    CarriedPlans offeredPlans(Id teamId, IsoWeek week) const;

    // Everything that stops the check-in from being saved, in words for the user; empty when it can be saved.
    QStringList problems(const CheckIn &checkIn) const;
    // Checks and saves the normalised check-in in one transaction (replacing that team and week's content, see
    // CheckInRepository::save) and returns its id. Throws DocumentError listing the problems when there are any.
    // A caller that read the week to merge into it reads inside the same Document::transaction.
    Id save(const CheckIn &checkIn);

    // For the manager: key results of a cycle (or of one team in it) whose last 3 check-in weeks have the same value.
    struct StalledKeyResult {
        KeyResult keyResult;
        Id teamId = NoId;
        IsoWeek since; // the first of the weeks with the unchanged value
    };
    QList<StalledKeyResult> stalledKeyResults(Id cycleId, std::optional<Id> onlyTeam = std::nullopt) const;
    // Teams that own key results in the week's cycle and have no check-in for the week (default: last week).
    QList<Team> teamsMissingCheckIn(std::optional<IsoWeek> week = std::nullopt) const;

private:
    Repository &m_repository;
    QDate m_today;
    bool m_correcting = false;
};
