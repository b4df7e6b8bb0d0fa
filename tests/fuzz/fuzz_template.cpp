// The template parser and its check against the schema, on any text.
#include "DocumentContext.h"
#include "FuzzSupport.h"
#include "Template.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    (void)zwfuzz::catalog();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto t = zw::Template::fromText(QString::fromUtf8(zwfuzz::bytes(data, size)), QStringLiteral("fuzz.zwt"));
    if (t)
        (void)t->checkFields(zwfuzz::catalog().schema(), [](const QString &path) { return zw::isDerivedField(path); });
    return 0;
}
