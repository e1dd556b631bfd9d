#pragma once

#include "model/Kpi.h"
#include "storage/Revision.h"

#include <QList>

class Document;

// KPIs with their daily values. A KPI's teamId is NoId when it is company-wide; values are one per day, oldest
// first. Each write is one transaction (joining the caller's).
class KpiRepository {
public:
    explicit KpiRepository(Document &document);

    QList<Kpi> all() const;
    Id add(const Kpi &kpi); // with its values; Kpi::id is not read
    // Team, name, unit, target and trend; the values stay.
    void update(const Kpi &kpi);
    void remove(Id kpiId); // with its values
    // A removed KPI back with its id and values (undo); an id in use throws.
    void restore(const Kpi &kpi);
    void addValue(Id kpiId, const KpiValue &value); // one value per day: the same day again replaces it
    // The KPI's values become exactly these, all or none.
    void setValues(Id kpiId, const QList<KpiValue> &values);
    // The KPI's stored revision, its values included; NotStored when it does not exist.
    Revision revision(Id kpiId) const;

private:
    Id insert(const Kpi &kpi, Id id);
    void insertValues(Id kpiId, const QList<KpiValue> &values);

    Document &m_document;
};
