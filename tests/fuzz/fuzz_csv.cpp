// The CSV reader on any bytes (UTF-8, GBK or neither): rows or a message.
#include "CaseValidator.h"
#include "CsvCases.h"
#include "FuzzSupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto rows = zw::parseCsvCases(zwfuzz::bytes(data, size), QStringLiteral("fuzz.csv"));
    if (rows)
        for (const zw::CsvCase &row : *rows)
            (void)zw::validateCase(row.file);
    return 0;
}
