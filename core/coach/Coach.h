#pragma once

#include "coach/CoachLexicon.h"
#include "coach/CoachTypes.h"

#include <QStringList>
#include <QStringView>

struct CyclePlan;
class CoachText;
struct ParsedMetric;

// The OKR coach: tells outcomes from outputs and vague wishes, objectives from tasks and metrics, and checks a
// cycle's set of objectives. Pure functions over text and plain data, cheap enough to run on every keystroke
// (a few microseconds per key result); thread-safe once constructed.
//
//   Coach coach;
//   KeyResultReview review = coach.reviewKeyResult(u"Launch the pricing page");
//   review.verdict == KeyResultVerdict::Output; review.flags[0].code == "output-verb"
class Coach {
public:
    // The lexicon is loaded once per language and cached; constructing a Coach is cheap.
    explicit Coach(const CoachLexicon &lexicon = CoachLexicon::forLanguage());

    KeyResultReview reviewKeyResult(QStringView text, const KeyResultContext &context = {}) const;
    ObjectiveReview reviewObjective(QStringView text) const;
    // Only the numbers: start, target, unit, kind and the measured thing.
    Metric parseMetric(QStringView text) const;

    // The checks over one objective's key results (the wizard's page): their count and duplicates.
    QList<CoachFlag> reviewKeyResultSet(const QStringList &keyResultTexts) const;
    // The checks over a whole cycle: key results per objective, objectives per team, company objectives,
    // alignment and duplicates, each tied to the rows concerned.
    QList<PlanFinding> reviewPlan(const CyclePlan &plan) const;

    // What tells whether two key result texts say the same thing (KeyResultIdentity::isSameAs).
    KeyResultIdentity keyResultIdentity(QStringView text) const;

private:
    int leadingVerb(const CoachText &text) const;
    KeyResultVerdict verdictFor(const CoachText &text, int verb, const ParsedMetric &parsed,
                                QList<CoachFlag> &flags) const;
    QString normalized(QStringView text) const;

    const CoachLexicon &m_lexicon;
};
