#include "io/IdRuns.h"

#include <iterator>

namespace {

// How far `to` lies after `from`, in unsigned arithmetic: a file's ids may be anywhere in the range of Id, and a
// difference of ids far apart must not overflow.
quint64 distance(Id from, Id to)
{
    return quint64(to) - quint64(from);
}

// Whether `key` mapped to `value` carries on the run `run`.
template <typename Entry> bool continues(const Entry &run, Id key, Id value)
{
    const quint64 length = quint64(run.second.length);
    return distance(run.first, key) == length && distance(run.second.value, value) == length;
}

} // namespace

IdRuns::Runs::const_iterator IdRuns::runOf(Id key) const
{
    auto after = m_runs.upper_bound(key);
    if (after == m_runs.cbegin())
        return m_runs.cend();
    const auto run = std::prev(after);
    return distance(run->first, key) < quint64(run->second.length) ? run : m_runs.cend();
}

void IdRuns::insert(Id key, Id value)
{
    const auto after = m_runs.upper_bound(key);
    if (after != m_runs.begin()) {
        const auto before = std::prev(after);
        if (distance(before->first, key) < quint64(before->second.length))
            return; // mapped already
        if (continues(*before, key, value)) {
            ++before->second.length;
            joinWithNext(before);
            return;
        }
    }
    // Keys that come down (or fill a gap) extend the run after them at its front.
    if (after != m_runs.end() && distance(key, after->first) == 1 && distance(value, after->second.value) == 1) {
        auto node = m_runs.extract(after);
        node.key() = key;
        node.mapped() = {value, node.mapped().length + 1};
        m_runs.insert(std::move(node));
        return;
    }
    m_runs.emplace_hint(after, key, Run{value, 1});
}

void IdRuns::joinWithNext(Runs::iterator run)
{
    const auto next = std::next(run);
    if (next == m_runs.end() || !continues(*run, next->first, next->second.value))
        return;
    run->second.length += next->second.length;
    m_runs.erase(next);
}

bool IdRuns::contains(Id key) const
{
    return runOf(key) != m_runs.cend();
}

Id IdRuns::value(Id key, Id missing) const
{
    const auto run = runOf(key);
    return run == m_runs.cend() ? missing : Id(quint64(run->second.value) + distance(run->first, key));
}
