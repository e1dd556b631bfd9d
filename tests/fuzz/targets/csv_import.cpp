// The CSV reader (core/io/CsvReader) and everything after it: arbitrary bytes imported as a spreadsheet.
#include "fuzz/FuzzTarget.h"
#include "fuzz/ScratchDocument.h"

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    FuzzTarget::startApplication(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static ScratchDocument document;
    document.importAndDiscard(FuzzTarget::bytes(data, size), ExchangeFormat::Csv);
    return 0;
}
