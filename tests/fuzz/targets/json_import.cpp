// The JSON importer (core/io JsonExchange and ExchangeLoader): arbitrary bytes imported as a JSON export.
#include "fuzz/ScratchDocument.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return ScratchDocument::fuzzImport(data, size, ExchangeFormat::Json);
}
