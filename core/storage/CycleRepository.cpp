#include "storage/CycleRepository.h"

#include "storage/Document.h"
#include "storage/DocumentError.h"
#include "storage/Statement.h"
#include "storage/StoredText.h"
#include "storage/Tables.h"

#include <QCoreApplication>

namespace {

QString missingCycle(Id cycleId)
{
    return QCoreApplication::translate("CycleRepository", "The cycle %1 does not exist in this document.").arg(cycleId);
}

} // namespace

CycleRepository::CycleRepository(Document &document)
    : m_document(document)
{
}

QList<Cycle> CycleRepository::all() const
{
    Statement query(m_document, Tables::cycles().select(QStringLiteral("ORDER BY start_date, id")));
    query.exec();
    QList<Cycle> cycles;
    while (query.next())
        cycles.append(Tables::cycleFrom(query));
    return cycles;
}

std::optional<Cycle> CycleRepository::first(const QString &condition, const QString &key, const QVariant &value) const
{
    Statement query(m_document, Tables::cycles().select(condition));
    if (!key.isEmpty())
        query.bind(key, value);
    query.exec();
    std::optional<Cycle> found;
    if (query.next())
        found = Tables::cycleFrom(query);
    query.finish();
    return found;
}

std::optional<Cycle> CycleRepository::byId(Id cycleId) const
{
    return first(QStringLiteral("WHERE id = :id"), QStringLiteral("id"), cycleId);
}

Cycle CycleRepository::existing(Id cycleId) const
{
    const std::optional<Cycle> found = byId(cycleId);
    if (!found)
        throw DocumentError(missingCycle(cycleId));
    return *found;
}

std::optional<Cycle> CycleRepository::byName(const QString &name) const
{
    const QList<Cycle> cycles = all();
    for (const Cycle &candidate : cycles) {
        if (candidate.name.compare(name, Qt::CaseInsensitive) == 0)
            return candidate;
    }
    return std::nullopt;
}

std::optional<Cycle> CycleRepository::active() const
{
    return first(QStringLiteral("WHERE state = 'active' AND NOT annual ORDER BY start_date DESC, id DESC LIMIT 1"), {},
                 {});
}

std::optional<Cycle> CycleRepository::ofKeyResult(Id keyResultId) const
{
    return first(QStringLiteral("WHERE id = (SELECT o.cycle_id FROM key_results k"
                                " JOIN objectives o ON o.id = k.objective_id WHERE k.id = :key_result_id)"),
                 QStringLiteral("key_result_id"), keyResultId);
}

Id CycleRepository::add(const Cycle &cycle)
{
    if (cycle.id == NoId) // a cycle put back by undo holds what it held
        StoredText::requireFits(cycle);
    Id id = NoId;
    m_document.transaction([&] {
        Statement insert(m_document, Tables::cycles().insertReturningId(cycle.id));
        Tables::bind(insert, cycle);
        if (cycle.id != NoId)
            insert.bind(QStringLiteral("id"), cycle.id);
        id = insert.execReturningId();
    });
    return id;
}

void CycleRepository::update(const Cycle &cycle)
{
    StoredText::requireFits(cycle);
    m_document.transaction([&] {
        Statement update(m_document, Tables::cycles().update());
        Tables::bind(update, cycle);
        update.bind(QStringLiteral("id"), cycle.id);
        update.execOnExisting(missingCycle(cycle.id));
    });
}

void CycleRepository::remove(Id cycleId)
{
    m_document.transaction([&] {
        Statement objectives(m_document,
                             QStringLiteral("SELECT COUNT(*) AS count FROM objectives WHERE cycle_id = :cycle_id"));
        objectives.bind(QStringLiteral("cycle_id"), cycleId).exec();
        const bool holdsObjectives = objectives.next() && int(objectives.integer(QStringLiteral("count"))) > 0;
        objectives.finish();
        if (holdsObjectives)
            throw DocumentError(QCoreApplication::translate(
                                    "CycleRepository", "The cycle %1 still holds objectives: it cannot be removed.")
                                    .arg(cycleId));
        Statement remove(m_document, QStringLiteral("DELETE FROM cycles WHERE id = :id"));
        remove.bind(QStringLiteral("id"), cycleId).execOnExisting(missingCycle(cycleId));
    });
}

Revision CycleRepository::revision(Id cycleId) const
{
    return Statement(m_document, Tables::cycles().selectRevision()).bind(QStringLiteral("id"), cycleId).execRevision();
}
