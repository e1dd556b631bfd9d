#pragma once

#include "io/ExchangeData.h"
#include "io/ExchangeSink.h"

#include <QByteArray>
#include <QDate>
#include <QStringList>

#include <functional>

class CyclePlanSink;
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
// The same text from the plan that `handOver` gives the writer in the order of its rows
// (ExchangeExtractor::extractByCycle): each row is written as its record comes, so the writer holds one record and,
// of the rest, the row numbers and titles of the objectives others align to. False when the device refused a write.
bool write(QIODevice &device, const std::function<void(CyclePlanSink &)> &handOver);

// Reads the layout written above, or any file with at least the Type and Title columns: headers are matched
// without regard to case, spaces or order, unknown columns are ignored, empty lines skipped. Teams are made
// children of the organisation: the team of the first objective others align to. A cycle named neither in
// `knownCycles` nor with Cycle Start and Cycle End needs a name like "2026 Q3" or "2026" (annual); its state
// follows `today`. The records go to `sink` kind by kind, each kind in file order. The device must be seekable: it
// is read whole once from where it stands, then once per kind for that kind's rows, a chunk at a time, so memory
// grows by three bytes per row and never with the file's text. Throws ExchangeError naming the row and column
// of the file's first problem (the same one whatever the order the kinds are read in): what `sink` was given
// before stays given (ExchangeLoader undoes it by rolling its transaction back).
void read(QIODevice &device, ExchangeSink &sink, const QStringList &knownCycles = {},
          QDate today = QDate::currentDate());
// The same, whole in memory.
ExchangeData read(const QByteArray &bytes, const QStringList &knownCycles = {}, QDate today = QDate::currentDate());

} // namespace CsvExchange
