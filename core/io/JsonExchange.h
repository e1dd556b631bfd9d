#pragma once

#include "io/ExchangeData.h"
#include "io/ExchangeSink.h"
#include "io/JsonExportWriter.h"

#include <QByteArray>

class QIODevice;

// The lossless format: every field of the exchanged data as compact JSON (any JSON pretty-printer indents it), with
// a format version.
namespace JsonExchange {

// The version this build writes, and the newest it reads.
int formatVersion();

QByteArray write(const ExchangeData &data);
// The same text written to `device` one record at a time, never held whole; false when the device refused a write.
bool write(const ExchangeData &data, QIODevice &device);
// What writes that text into `device` as the records are handed over (an export streamed from the document).
JsonExportWriter writer(QIODevice &device);

// Reads an export from `device` into `sink` one record at a time, a chunk of the file in memory at once. The device
// must be seekable: the lists are read in the order their records refer to each other, wherever they are in the
// file. Throws ExchangeError naming the field for invalid JSON, a file that is not a Quarterdeck export, a newer
// format version, a missing or mistyped field, an unknown word or a reference to something the file does not hold:
// what `sink` was given before stays given (ExchangeLoader undoes it by rolling its transaction back).
void read(QIODevice &device, ExchangeSink &sink);
// The same, whole in memory.
ExchangeData read(const QByteArray &bytes);

} // namespace JsonExchange
