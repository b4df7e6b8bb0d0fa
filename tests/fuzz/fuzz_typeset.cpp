// A template filled from a demo case and typeset, without writing the PDF:
// any template text ends in a layout or a message, in bounded time and memory.
#include "CaseFile.h"
#include "DocumentContext.h"
#include "FuzzSupport.h"
#include "Template.h"
#include "Typesetter.h"

namespace {
const zw::CaseFile &demo()
{
    static const zw::CaseFile file = [] {
        auto f = zw::CaseFile::load(zwfuzz::sourceData(QStringLiteral("demo/jingde-partly-revoked.json")));
        if (!f)
            std::abort();
        return f.value();
    }();
    return file;
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    (void)zwfuzz::catalog();
    (void)demo();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto t = zw::Template::fromText(QString::fromUtf8(zwfuzz::bytes(data, size)), QStringLiteral("fuzz.zwt"));
    if (!t)
        return 0;
    const zw::Catalog &c = zwfuzz::catalog();
    const zw::DocumentFamily *family = t->family().isEmpty() ? nullptr : c.family(t->family());
    const zw::DocumentContext context = zw::buildContext(demo(), t->documentDate(demo()), c.law(), family);
    const auto blocks = t->render(context);
    if (blocks)
        (void)zw::Typesetter(c.fonts(), c.page()).typeset(*blocks);
    return 0;
}
