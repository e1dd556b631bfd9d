// The CSV reader (core/io/CsvReader) and everything after it: arbitrary bytes imported as a spreadsheet.
#include "fuzz/ScratchDocument.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return ScratchDocument::fuzzImport(data, size, ExchangeFormat::Csv);
}
