// The case loader and the validator on any bytes: a message, never a crash.
#include "CaseFile.h"
#include "CaseValidator.h"
#include "FuzzSupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto file = zw::CaseFile::fromBytes(zwfuzz::bytes(data, size), QStringLiteral("fuzz.json"));
    if (file) {
        (void)zw::validateCase(*file);
        (void)file->toBytes();
    }
    return 0;
}
