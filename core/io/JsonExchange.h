#pragma once

#include "io/ExchangeData.h"

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

// Throws ExchangeError naming the field for invalid JSON, a file that is not a Quarterdeck export, a newer format
// version, a missing or mistyped field, an unknown word or a reference to something the file does not hold.
ExchangeData read(const QByteArray &bytes);

} // namespace JsonExchange
