#include "support/catch.h"

#include "crash/CrashWorkload.h"

#include <QTemporaryDir>

#include <iostream>

// The proof that a killed process loses nothing it reported done and damages no document. ctest runs a bounded
// number of trials; `make crash-test` runs many (CRASH_TRIALS). CRASH_SEED replays a failure's trials.
namespace {

constexpr int DefaultTrials = 60;
constexpr quint32 DefaultSeed = 14;

int trialCount()
{
    bool isNumber = false;
    const int trials = qEnvironmentVariableIntValue("CRASH_TRIALS", &isNumber);
    return isNumber && trials > 0 ? trials : DefaultTrials;
}

quint32 seed()
{
    bool isNumber = false;
    const uint chosen = qEnvironmentVariable("CRASH_SEED").toUInt(&isNumber);
    return isNumber ? chosen : DefaultSeed;
}

void runTrials(CrashWorkload::Family family, const char *name)
{
    const int trials = trialCount();
    std::cout << "crash test (" << name << "): " << trials << " trials, seed " << seed()
              << " (replay with CRASH_SEED=" << seed() << " CRASH_TRIALS=" << trials << ")" << std::endl;
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    CrashWorkload workload(folder.path(), seed());
    const QStringList prepared = workload.prepare(family);
    INFO(prepared.join(u'\n').toStdString());
    REQUIRE(prepared.isEmpty());

    QStringList findings;
    for (int trial = 1; trial <= trials; ++trial)
        findings += workload.runTrial(family, trial);
    std::cout << workload.summary().toStdString() << std::endl;
    INFO(findings.join(u'\n').toStdString());
    CHECK(findings.isEmpty());
}

} // namespace

TEST_CASE("Check-ins and imports killed at random points should leave a sound document holding all they reported",
          "[crash]")
{
    runTrials(CrashWorkload::Family::Writes, "check-ins and imports");
}

TEST_CASE("Document creation killed at random points should leave a complete document or none", "[crash]")
{
    runTrials(CrashWorkload::Family::Creations, "demo, generate and import into new documents");
}
