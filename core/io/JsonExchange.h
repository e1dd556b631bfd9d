#pragma once

#include "io/ExchangeData.h"

#include <QByteArray>

// The lossless format: every field of the exchanged data as indented JSON, with a format version.
namespace JsonExchange {

// The version this build writes, and the newest it reads.
int formatVersion();

QByteArray write(const ExchangeData &data);

// Throws ExchangeError naming the field for invalid JSON, a file that is not a Quarterdeck export, a newer format
// version, a missing or mistyped field, an unknown word or a reference to something the file does not hold.
ExchangeData read(const QByteArray &bytes);

} // namespace JsonExchange
