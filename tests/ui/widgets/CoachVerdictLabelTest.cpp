#include "support/catch.h"

#include "coach/CoachMessages.h"
#include "widgets/CoachVerdictLabel.h"

TEST_CASE("The coach's verdict should wear the note's sign for notes and the warning sign for problems",
          "[ui][widgets][coach]")
{
    CoachVerdictLabel label;

    label.showObjectiveReview({ObjectiveVerdict::Good, {}});
    CHECK(label.tone() == CoachVerdictLabel::Tone::Good);

    label.showObjectiveReview({ObjectiveVerdict::Good, {CoachMessages::notAligned()}});
    CHECK(label.tone() == CoachVerdictLabel::Tone::Note);
    INFO(label.text().toStdString());
    CHECK(label.text().contains(QStringLiteral("ℹ The objective is not aligned")));
    CHECK_FALSE(label.text().contains(QStringLiteral("⚠")));

    label.showObjectiveReview(
        {ObjectiveVerdict::Good, {CoachMessages::notAligned(), CoachMessages::objectiveHasMetric()}});
    CHECK(label.tone() == CoachVerdictLabel::Tone::Warning);
    CHECK(label.text().contains(QStringLiteral("⚠ The objective carries numbers")));

    // A bad verdict is a warning even before any flag.
    label.showKeyResultReview({KeyResultVerdict::Vague, {}, {}});
    CHECK(label.tone() == CoachVerdictLabel::Tone::Warning);
}
