#include "document/ShownPlan.h"

#include "storage/DocumentError.h"
#include "storage/Repository.h"

#include <utility>

ShownPlan::ShownPlan(QObject *parent)
    : QObject(parent)
{
}

void ShownPlan::setRepository(Repository *repository)
{
    m_repository = repository;
    m_plan = {};
    forgetReadings();
}

void ShownPlan::showCycle(Id cycleId)
{
    show(cycleId == NoId || !m_repository ? CyclePlan{} : m_repository->queries().loadCyclePlan(cycleId));
}

void ShownPlan::show(CyclePlan plan)
{
    m_plan = std::move(plan);
    forgetReadings();
    emit cycleShown();
}

const KeyResultHistories &ShownPlan::histories() const
{
    if (!m_histories)
        m_histories = m_repository && cycleId() != NoId ? m_repository->queries().keyResultHistoriesOfCycle(cycleId())
                                                        : KeyResultHistories{};
    return *m_histories;
}

const QList<CheckIn> &ShownPlan::checkInsOfWeeks(IsoWeek after, IsoWeek upTo) const
{
    if (!m_checkIns || m_checkInsAfter != after || m_checkInsUpTo != upTo) {
        m_checkIns =
            m_repository && cycleId() != NoId
                ? m_repository->checkIns().ofWeeksAndBefore(IsoWeek::containing(m_plan.cycle.start), after.next(), upTo)
                : QList<CheckIn>{};
        m_checkInsAfter = after;
        m_checkInsUpTo = upTo;
    }
    return *m_checkIns;
}

void ShownPlan::forgetReadings()
{
    m_histories.reset();
    m_checkIns.reset();
}

bool ShownPlan::concerns(const DocumentChange &change) const
{
    return cycleId() != NoId && change.kind != DocumentChange::Kind::KpisChanged &&
           (change.cycleId == NoId || change.cycleId == cycleId());
}

void ShownPlan::followChange(const DocumentChange &change)
{
    // A cycle an undo removed is not read again: the window shows another one on changeFollowed.
    const bool stillThere = !change.mayChangeCycles() || (m_repository && m_repository->cycles().byId(cycleId()));
    if (m_repository && concerns(change) && stillThere) {
        try {
            m_plan = m_repository->queries().loadCyclePlan(cycleId());
            forgetReadings();
            emit planChanged(change);
        } catch (const DocumentError &error) {
            emit readFailed(error.message());
        }
    }
    emit changeFollowed(change);
}
