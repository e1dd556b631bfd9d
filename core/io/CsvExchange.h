#pragma once

#include "io/ExchangeData.h"

#include <QByteArray>
#include <QDate>
#include <QStringList>

class QIODevice;

// The spreadsheet format: one row per objective, key result and initiative in the bulk-import layout other OKR
// tools use (Row ID, Parent Row ID, Type, Title, Team, Owner, Cycle, Start, Target, Current, Unit), plus columns
// for the rest: each key result row also names its objective and that objective's parent objective.
// Check-ins, KPIs, reviews and the team tree are not part of it: JSON carries those.
namespace CsvExchange {

// The columns written, in order.
QStringList columns();

QByteArray write(const ExchangeData &data);
// The same text written to `device` one row at a time, never held whole; false when the device refused a write.
bool write(const ExchangeData &data, QIODevice &device);

// Reads the layout written above, or any file with at least the Type and Title columns: headers are matched
// without regard to case, spaces or order, unknown columns are ignored, empty lines skipped. Teams are made
// children of the organisation: the team of the first objective others align to. A cycle named neither in
// `knownCycles` nor with Cycle Start and Cycle End needs a name like "2026 Q3" or "2026" (annual); its state
// follows `today`. Throws ExchangeError naming the row and column of the first problem.
ExchangeData read(const QByteArray &bytes, const QStringList &knownCycles = {}, QDate today = QDate::currentDate());

} // namespace CsvExchange
