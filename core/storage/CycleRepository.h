#pragma once

#include "model/Cycle.h"
#include "storage/Revision.h"

#include <QList>

#include <optional>

class Document;

// Quarters and years, by start date. Each write is one transaction (joining the caller's).
class CycleRepository {
public:
    explicit CycleRepository(Document &document);

    QList<Cycle> all() const; // by start date
    std::optional<Cycle> byId(Id cycleId) const;
    Cycle existing(Id cycleId) const; // throws DocumentError when the cycle does not exist
    std::optional<Cycle> byName(const QString &name) const;
    std::optional<Cycle> active() const; // the active quarter (not annual), if any
    std::optional<Cycle> ofKeyResult(Id keyResultId) const;
    Id add(const Cycle &cycle); // a cycle with an id (an undone addition put back) keeps it
    void update(const Cycle &cycle);
    // Only an empty cycle (no objectives) may go, with its team reviews: what undoing its addition needs.
    void remove(Id cycleId);
    Revision revision(Id cycleId) const; // NotStored when it does not exist

private:
    std::optional<Cycle> first(const QString &condition, const QString &key, const QVariant &value) const;

    Document &m_document;
};
