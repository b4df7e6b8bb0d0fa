#pragma once

// Shared set-up of the libFuzzer harnesses: the source tree's catalog,
// loaded once per process (LLVMFuzzerInitialize).
#include "Catalog.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <cstdio>
#include <cstdlib>
#include <memory>

namespace zwfuzz {

inline QString sourceData(const QString &relative)
{
    return QStringLiteral(ZHIWEN_SOURCE_DIR "/resources/") + relative;
}

inline const zw::Catalog &catalog()
{
    static const std::unique_ptr<zw::Catalog> c = [] {
        auto loaded = zw::Catalog::load({[](const QString &r) { return sourceData(r); }, {QStringLiteral(ZHIWEN_SOURCE_DIR "/templates")}});
        if (!loaded) {
            std::fprintf(stderr, "catalog: %s\n", qPrintable(loaded.errorString()));
            std::abort();
        }
        return std::make_unique<zw::Catalog>(std::move(loaded).value());
    }();
    return *c;
}

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace zwfuzz
