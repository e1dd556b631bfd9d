#include "support/catch.h"

#include "scoring/Scoring.h"

#include <limits>

using Scoring::GradeColour;

TEST_CASE("A key result should not be stalled with fewer than three check-ins", "[core][scoring]")
{
    CHECK_FALSE(Scoring::isStalled({}));
    CHECK_FALSE(Scoring::isStalled({40}));
    CHECK_FALSE(Scoring::isStalled({40, 40}));
}

TEST_CASE("A key result should be stalled when its last three values are the same", "[core][scoring]")
{
    CHECK(Scoring::isStalled({40, 40, 40}));
    CHECK(Scoring::isStalled({10, 40, 40, 40}));
    CHECK_FALSE(Scoring::isStalled({40, 41, 40}));
    CHECK_FALSE(Scoring::isStalled({40, 40, 41}));
    CHECK_FALSE(Scoring::isStalled({40, 40, 40, 41}));
}

TEST_CASE("Aspirational grades should be green from 0.7 and yellow from 0.4", "[core][scoring]")
{
    CHECK(Scoring::gradeColour(1.0, Commitment::Aspirational) == GradeColour::Green);
    CHECK(Scoring::gradeColour(0.7, Commitment::Aspirational) == GradeColour::Green);
    CHECK(Scoring::gradeColour(0.1 * 7, Commitment::Aspirational) == GradeColour::Green);
    CHECK(Scoring::gradeColour(0.69, Commitment::Aspirational) == GradeColour::Yellow);
    CHECK(Scoring::gradeColour(0.4, Commitment::Aspirational) == GradeColour::Yellow);
    CHECK(Scoring::gradeColour(0.39, Commitment::Aspirational) == GradeColour::Red);
    CHECK(Scoring::gradeColour(0.0, Commitment::Aspirational) == GradeColour::Red);
}

TEST_CASE("Committed grades should be green only at 1.0 and yellow from 0.7", "[core][scoring]")
{
    CHECK(Scoring::gradeColour(1.0, Commitment::Committed) == GradeColour::Green);
    CHECK(Scoring::gradeColour(0.99, Commitment::Committed) == GradeColour::Yellow);
    CHECK(Scoring::gradeColour(0.7, Commitment::Committed) == GradeColour::Yellow);
    CHECK(Scoring::gradeColour(0.69, Commitment::Committed) == GradeColour::Red);
    CHECK(Scoring::gradeColour(0.0, Commitment::Committed) == GradeColour::Red);
}

TEST_CASE("A grade that is not a number should be red", "[core][scoring]")
{
    const double notANumber = std::numeric_limits<double>::quiet_NaN();
    CHECK(Scoring::gradeColour(notANumber, Commitment::Aspirational) == GradeColour::Red);
    CHECK(Scoring::gradeColour(notANumber, Commitment::Committed) == GradeColour::Red);
}

TEST_CASE("The proposed grade should be progress rounded to one decimal", "[core][scoring]")
{
    CHECK(Scoring::proposedGrade(0.74) == Approx(0.7));
    CHECK(Scoring::proposedGrade(0.75) == Approx(0.8));
    CHECK(Scoring::proposedGrade(0.25) == Approx(0.3));
    CHECK(Scoring::proposedGrade(0.04) == 0.0);
    CHECK(Scoring::proposedGrade(0.96) == 1.0);
    CHECK(Scoring::gradeColour(Scoring::proposedGrade(0.68), Commitment::Aspirational) == GradeColour::Green);
}

TEST_CASE("The proposed grade should stay between 0 and 1", "[core][scoring]")
{
    CHECK(Scoring::proposedGrade(1.3) == 1.0);
    CHECK(Scoring::proposedGrade(-0.2) == 0.0);
    CHECK(Scoring::proposedGrade(std::numeric_limits<double>::quiet_NaN()) == 0.0);
    CHECK(Scoring::proposedGrade(std::numeric_limits<double>::infinity()) == 0.0);
}
