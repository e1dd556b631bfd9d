#include "storage/PlanAppender.h"

#include "storage/Document.h"
#include "storage/Statement.h"
#include "storage/StoredText.h"
#include "storage/Tables.h"

template <typename Row>
PlanAppender::PendingRows<Row>::PendingRows(const TableMapping &table)
    : table(table)
{
}

PlanAppender::PlanAppender(Document &document)
    : m_document(document)
    , m_objectives(Tables::objectives())
    , m_keyResults(Tables::keyResults())
    , m_initiatives(Tables::initiatives())
{
}

Id PlanAppender::addObjective(const Objective &objective)
{
    return add(m_objectives, objective);
}

Id PlanAppender::addKeyResult(const KeyResult &keyResult)
{
    return add(m_keyResults, keyResult);
}

Id PlanAppender::addInitiative(const Initiative &initiative)
{
    return add(m_initiatives, initiative);
}

void PlanAppender::flush()
{
    write(m_objectives);
    write(m_keyResults);
    write(m_initiatives);
}

template <typename Row> Id PlanAppender::add(PendingRows<Row> &pending, const Row &row)
{
    StoredText::requireFits(row);
    if (pending.nextId == NoId) {
        Statement largest(m_document, QStringLiteral("SELECT coalesce(max(id), 0) FROM ") + pending.table.table());
        largest.exec();
        pending.nextId = (largest.next() ? largest.value(0).toLongLong() : 0) + 1; // its one column
        largest.finish();
    }
    Row added = row;
    added.id = pending.nextId++;
    pending.rows.append(added);
    if (pending.rows.size() == RowsPerInsert)
        flush(); // every table, so that the rows these refer to are written first
    return added.id;
}

template <typename Row> void PlanAppender::write(PendingRows<Row> &pending)
{
    if (pending.rows.isEmpty())
        return;
    const int rows = int(pending.rows.size());
    std::unique_ptr<BulkInsert> &insert = pending.inserts.at(rows - 1);
    if (!insert)
        insert = std::make_unique<BulkInsert>(m_document, pending.table.insertWithKeys(rows), rows);
    for (int row = 0; row < rows; ++row) {
        insert->forRow(row);
        Tables::bind(*insert, pending.rows.at(row));
        insert->bind(QStringLiteral("id"), pending.rows.at(row).id);
    }
    insert->exec();
    pending.rows.clear();
}
