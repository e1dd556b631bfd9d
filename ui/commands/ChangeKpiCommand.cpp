#include "commands/ChangeKpiCommand.h"

#include "storage/Document.h"
#include "storage/Repository.h"

ChangeKpiCommand::ChangeKpiCommand(DocumentSession &session, std::optional<Kpi> before, std::optional<Kpi> after,
                                   const QString &text)
    : PlanCommand(session, NoId, text)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

Id ChangeKpiCommand::kpiId() const
{
    return m_after ? m_after->id : m_before->id;
}

DocumentChange ChangeKpiCommand::apply()
{
    return write(m_before, m_after);
}

DocumentChange ChangeKpiCommand::revert()
{
    return write(m_after, m_before);
}

QList<PlanCommand::StoredRow> ChangeKpiCommand::storedRows() const
{
    // A KPI not added yet has no id to check; a removed one is written anew by undo.
    if (kpiId() == NoId)
        return {};
    return {{repository().kpis().revision(kpiId()), StoredRow::Check::UnchangedOrMissing}};
}

DocumentChange ChangeKpiCommand::write(const std::optional<Kpi> &from, std::optional<Kpi> &to)
{
    Repository &repository = this->repository();
    if (!to) {
        repository.kpis().remove(from->id);
    } else if (from) {
        repository.document().transaction([&] {
            repository.kpis().update(*to);
            repository.kpis().setValues(to->id, to->values);
        });
    } else if (to->id == NoId) {
        to->id = repository.kpis().add(*to);
    } else {
        repository.kpis().restore(*to);
    }
    return {DocumentChange::Kind::KpisChanged, NoId, {}, {}, {}};
}
