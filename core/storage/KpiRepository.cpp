#include "storage/KpiRepository.h"

#include "storage/Document.h"
#include "storage/DocumentError.h"
#include "storage/Statement.h"
#include "storage/StoredText.h"
#include "storage/StoredValues.h"
#include "storage/Tables.h"

#include <QCoreApplication>
#include <QHash>

namespace {

QString missingKpi(Id kpiId)
{
    return QCoreApplication::translate("KpiRepository", "The KPI %1 does not exist in this document.").arg(kpiId);
}

} // namespace

KpiRepository::KpiRepository(Document &document)
    : m_document(document)
{
}

QList<Kpi> KpiRepository::all() const
{
    Statement query(m_document, Tables::kpis().select(QStringLiteral("ORDER BY id")));
    query.exec();
    QList<Kpi> kpis;
    QHash<Id, qsizetype> rowOf;
    while (query.next()) {
        rowOf.insert(query.integer(QStringLiteral("id")), kpis.size());
        kpis.append(Tables::kpiFrom(query));
    }
    Statement values(m_document, Tables::kpiValues().select(QStringLiteral("ORDER BY kpi_id, date")));
    values.exec();
    while (values.next())
        kpis[rowOf.value(values.integer(QStringLiteral("kpi_id")))].values.append(
            {StoredValues::dateFrom(values.utf8(QStringLiteral("date"))), values.real(QStringLiteral("value"))});
    return kpis;
}

void KpiRepository::insertValues(Id kpiId, const QList<KpiValue> &values)
{
    for (const KpiValue &value : values) {
        // One value per day: a second one for the same day replaces the first.
        Statement(m_document, Tables::kpiValues().upsert({QStringLiteral("kpi_id"), QStringLiteral("date")}))
            .bind(QStringLiteral("kpi_id"), kpiId)
            .bind(QStringLiteral("date"), StoredValues::dateOrNull(value.date))
            .bind(QStringLiteral("value"), value.value)
            .exec();
    }
}

// Inserts the KPI with its values and returns its id: NoId lets the database choose one, an id in use throws.
Id KpiRepository::insert(const Kpi &kpi, Id id)
{
    Statement insert(m_document, Tables::kpis().insertReturningId(id));
    Tables::bind(insert, kpi);
    if (id != NoId)
        insert.bind(QStringLiteral("id"), id);
    const Id stored = insert.execReturningId();
    insertValues(stored, kpi.values);
    return stored;
}

Id KpiRepository::add(const Kpi &kpi)
{
    StoredText::requireFits(kpi);
    Id id = NoId;
    m_document.transaction([&] { id = insert(kpi, NoId); });
    return id;
}

void KpiRepository::update(const Kpi &kpi)
{
    StoredText::requireFits(kpi);
    m_document.transaction([&] {
        Statement update(m_document, Tables::kpis().update());
        Tables::bind(update, kpi);
        update.bind(QStringLiteral("id"), kpi.id).execOnExisting(missingKpi(kpi.id));
    });
}

void KpiRepository::remove(Id kpiId)
{
    // The values go with it (ON DELETE CASCADE).
    m_document.transaction([&] {
        Statement(m_document, QStringLiteral("DELETE FROM kpis WHERE id = :id"))
            .bind(QStringLiteral("id"), kpiId)
            .execOnExisting(missingKpi(kpiId));
    });
}

void KpiRepository::restore(const Kpi &kpi)
{
    m_document.transaction([&] { insert(kpi, kpi.id); });
}

void KpiRepository::addValue(Id kpiId, const KpiValue &value)
{
    m_document.transaction([&] { insertValues(kpiId, {value}); });
}

void KpiRepository::setValues(Id kpiId, const QList<KpiValue> &values)
{
    m_document.transaction([&] {
        Statement kpi(m_document, QStringLiteral("SELECT 1 AS found FROM kpis WHERE id = :id"));
        kpi.bind(QStringLiteral("id"), kpiId).exec();
        const bool exists = kpi.next();
        kpi.finish();
        if (!exists)
            throw DocumentError(missingKpi(kpiId));
        Statement(m_document, QStringLiteral("DELETE FROM kpi_values WHERE kpi_id = :kpi_id"))
            .bind(QStringLiteral("kpi_id"), kpiId)
            .exec();
        insertValues(kpiId, values);
    });
}

Revision KpiRepository::revision(Id kpiId) const
{
    return Statement(m_document, Tables::kpis().selectRevision()).bind(QStringLiteral("id"), kpiId).execRevision();
}
