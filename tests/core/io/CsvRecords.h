#pragma once

#include "io/CsvReader.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

// Every record of `bytes` as CsvReader reads it, `chunkSize` bytes at a time.
QList<QStringList> csvRecords(const QByteArray &bytes, qsizetype chunkSize = CsvReader::defaultChunkSize);
