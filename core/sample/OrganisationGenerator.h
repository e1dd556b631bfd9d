#pragma once

#include <QDate>
#include <QtGlobal>

#include <functional>

class Repository;

struct GeneratorSettings {
    int teams = 100;
    int cycles = 4;
    quint32 seed = 1;
    QDate today;
};

struct GeneratorSummary {
    int teams = 0; // leaf teams, not counting the company and its departments
    int cycles = 0;
    int objectives = 0;
    int keyResults = 0;
    int initiatives = 0;
    int checkIns = 0;
};

// A large, realistic, deterministic organisation for trying Quarterdeck at scale: departments of teams, each team
// with 1-3 objectives a cycle aligned to the company's, 3-5 key results each, 1-3 initiatives per key result and
// a weekly check-in for every week of each cycle up to today. The last cycle is the active quarter; earlier ones
// are closed and graded. The same settings always write the same organisation.
namespace OrganisationGenerator {

// Writes into an empty document in one transaction; `progress(done, total)` is called once per cycle.
GeneratorSummary write(Repository &repository, const GeneratorSettings &settings,
                       const std::function<void(int done, int total)> &progress = {});

} // namespace OrganisationGenerator
