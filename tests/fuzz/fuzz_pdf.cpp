// The PDF stage: any text the typesetter accepts, in every role and in
// every font of the catalog (the fallback face too), written by libharu and
// finished (HarfBuzz subsets, Type0 fonts, ToUnicode, libdeflate) into a
// document; the bytes must come out or a message, never a crash.
#include "FuzzSupport.h"
#include "PdfRenderer.h"
#include "Typesetter.h"

#include <QStringList>

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    (void)zwfuzz::catalog();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // Each input line is a block: its first character picks the role.
    static const zw::Role roles[] = {zw::Role::Court, zw::Role::Title, zw::Role::Number, zw::Role::Line, zw::Role::Para,
                                     zw::Role::Sign, zw::Role::Date, zw::Role::Note, zw::Role::TableRow, zw::Role::Blank,
                                     zw::Role::PageBreak, zw::Role::Copy};
    QList<zw::Block> blocks;
    const QStringList lines = QString::fromUtf8(zwfuzz::bytes(data, size)).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.isEmpty() || blocks.size() >= 64)
            continue;
        blocks << zw::Block{roles[line.front().unicode() % std::size(roles)], line.mid(1)};
    }
    if (blocks.isEmpty())
        return 0;
    const zw::Catalog &c = zwfuzz::catalog();
    auto layout = zw::Typesetter(c.fonts(), c.page()).typeset(blocks);
    if (!layout)
        return 0;
    layout.value().title = QStringLiteral("fuzz");
    layout.value().date = QStringLiteral("2024-03-05");
    (void)zw::PdfRenderer().render(*layout);
    return 0;
}
