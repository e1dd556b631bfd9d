#pragma once

#include "model/Ids.h"

#include <map>

// Ids mapped to ids, kept as runs: consecutive keys mapped to consecutive values are one entry. The ids of a file
// usually ascend down it (every file Quarterdeck writes; a spreadsheet numbered down its rows) and the document gives
// what an import adds consecutive ids, so the maps an import keeps stay a few entries long whatever the file's
// size; scattered keys cost an entry each, as in a hash. A set of ids is the map of each id to itself.
class IdRuns {
public:
    // Maps `key` to `value`; a key already mapped keeps its value.
    void insert(Id key, Id value);
    // Adds `id` to the set.
    void insert(Id id) { insert(id, id); }
    bool contains(Id key) const;
    // The value of `key`, or `missing` when it has none.
    Id value(Id key, Id missing = NoId) const;
    // How many entries hold the map: what it costs.
    qsizetype runCount() const { return qsizetype(m_runs.size()); }

private:
    struct Run {
        Id value;  // of the run's first key
        Id length; // keys in the run
    };
    using Runs = std::map<Id, Run>; // by first key

    // The run holding `key`, or end().
    Runs::const_iterator runOf(Id key) const;
    // Joins the run at `run` and the next one when they meet.
    void joinWithNext(Runs::iterator run);

    Runs m_runs;
};
