#pragma once

#include "coach/CoachTypes.h"
#include "model/Ids.h"

#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

struct CyclePlan;
struct Objective;

// What the coach said about each objective and its key results in the last review of a plan, for the next review of
// the same plan changed a little: a board refreshed after a check-in reviews again only the objective whose key result
// moved, not 10,000 texts. Plain values, so a review on another thread takes a memo and hands the next one back.
class ReviewMemo {
public:
    // An objective's flags and its key results' (in the plan's order), set checks included.
    struct Reviews {
        ObjectiveReview objective;
        QList<KeyResultReview> keyResults;
    };

    // The reviews of `objective` as `plan` has it: those of the last review when nothing they depend on changed since,
    // else made by `review`. Either way kept for the next review, which forgets the objectives this one did not ask
    // about.
    Reviews reviewed(const CyclePlan &plan, const Objective &objective, const std::function<Reviews()> &review);
    // How many objectives the last review made afresh (tests).
    int madeCount() const { return m_made; }
    // Starts the next review: what the last one asked about is what this one may reuse.
    void startReview();

private:
    // What an objective's reviews depend on, besides the coach: its text, where it stands in the organisation and its
    // key results' texts and values.
    struct KeyResultInputs {
        QString title;
        double start = 0.0;
        std::optional<double> current;
        bool operator==(const KeyResultInputs &) const = default;
    };
    struct Inputs {
        QString title;
        bool aligned = false;              // it has a parent objective
        bool ofCompany = false;            // its team is at the top of the organisation
        bool companyHasObjectives = false; // the company set objectives this cycle
        bool measuredByAligned = false;    // objectives are aligned to it
        QList<KeyResultInputs> keyResults;
        bool operator==(const Inputs &) const = default;
    };
    struct Entry {
        Inputs inputs;
        Reviews reviews;
    };
    static Inputs inputsOf(const CyclePlan &plan, const Objective &objective);

    QHash<Id, Entry> m_last;    // by objective id
    QHash<Id, Entry> m_current; // this review's
    int m_made = 0;
};
