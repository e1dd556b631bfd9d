#pragma once

#include "model/Initiative.h"
#include "model/KeyResult.h"
#include "model/Objective.h"
#include "storage/BulkInsert.h"

#include <QList>

#include <array>
#include <memory>

class Document;
class TableMapping;

// Adds many new objectives, key results and initiatives (an import), several rows per statement: written one by one
// through PlanRepository, each row's statement work and the query of its siblings' end were most of its cost. The
// caller gives each row its position, one it knows to be free (the end of its siblings), and the row gets its id at
// once: the next after the table's largest, the one SQLite would choose. Rows are written when a statement's worth
// is waiting and at flush(), objectives before the key results and initiatives that refer to them, inside the
// caller's transaction; until flush() nothing else may add to these tables, and what is waiting is not in the
// document yet. The texts are checked as PlanRepository checks them, when a row is given.
class PlanAppender {
public:
    explicit PlanAppender(Document &document);

    Id addObjective(const Objective &objective);
    Id addKeyResult(const KeyResult &keyResult); // with its addedOn: none is stored as none
    Id addInitiative(const Initiative &initiative);
    // Writes every row still waiting.
    void flush();

private:
    // Rows per statement: enough that a statement's own work is shared out, few enough placeholders for any SQLite.
    static constexpr int RowsPerInsert = 16;

    // One table's rows waiting to be written, and the id the next one gets.
    template <typename Row> struct PendingRows {
        explicit PendingRows(const TableMapping &table);

        const TableMapping &table;
        std::array<std::unique_ptr<BulkInsert>, RowsPerInsert> inserts; // [n]: of n + 1 rows, made on first use
        QList<Row> rows;
        Id nextId = NoId; // NoId: the table's largest not read yet
    };

    template <typename Row> Id add(PendingRows<Row> &pending, const Row &row);
    template <typename Row> void write(PendingRows<Row> &pending);

    Document &m_document;
    PendingRows<Objective> m_objectives;
    PendingRows<KeyResult> m_keyResults;
    PendingRows<Initiative> m_initiatives;
};
