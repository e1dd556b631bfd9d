#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

// What every libFuzzer target here shares: the Qt application core needs (FuzzTarget.cpp defines
// LLVMFuzzerInitialize), the input as Qt types, and the check that turns a broken promise into a crash libFuzzer
// saves and reports. A target defines only LLVMFuzzerTestOneInput.
namespace FuzzTarget {

QByteArray bytes(const uint8_t *data, size_t size);
QString text(const uint8_t *data, size_t size); // as UTF-8, invalid sequences replaced

// Aborts with `promise` when `holds` is false: a finding, like a crash.
void require(bool holds, const char *promise);

} // namespace FuzzTarget
