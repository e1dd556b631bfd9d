#pragma once

#include "document/PlanCommand.h"
#include "model/Kpi.h"

#include <optional>

class DocumentSession;

// One KPI going from one state to another as one undo step: adding (no `before`), removing with its values
// (no `after`), or editing its fields and values (both: the stored KPI becomes `after`, values included).
// Undo goes back the other way; a KPI removed and restored keeps its id, so later commands still find it.
class ChangeKpiCommand : public PlanCommand {
public:
    ChangeKpiCommand(DocumentSession &session, std::optional<Kpi> before, std::optional<Kpi> after,
                     const QString &text);

    Id kpiId() const; // the KPI concerned; an added one's id once it is written

protected:
    DocumentChange apply() override;
    DocumentChange revert() override;
    QList<StoredRow> storedRows() const override;

private:
    // Writes the move from `from` to `to`; the first add learns the new id.
    DocumentChange write(const std::optional<Kpi> &from, std::optional<Kpi> &to);

    std::optional<Kpi> m_before;
    std::optional<Kpi> m_after;
};
