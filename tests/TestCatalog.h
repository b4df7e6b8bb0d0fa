#pragma once

// The tests' own catalog: the data files of this source tree, loaded the way
// the program loads them, but passed explicitly (no process-wide tables).
#include "LawTable.h"
#include "TerminationRules.h"

#include <QString>
#include <QtGlobal>

namespace zwtest {

inline QString sourceData(const QString &relative)
{
    return QStringLiteral(ZHIWEN_SOURCE_DIR "/resources/") + relative;
}

inline const zw::LawTable &law()
{
    static const zw::LawTable table = [] {
        auto t = zw::LawTable::load(sourceData(QStringLiteral("law/provisions.json")));
        if (!t)
            qFatal("%s", qPrintable(t.errorString()));
        return t.value();
    }();
    return table;
}

inline const zw::TerminationRules &terminationRules()
{
    static const zw::TerminationRules rules = [] {
        auto r = zw::TerminationRules::load(sourceData(QStringLiteral("rules/termination.json")));
        if (!r)
            qFatal("%s", qPrintable(r.errorString()));
        return r.value();
    }();
    return rules;
}

} // namespace zwtest

#if __has_include("Catalog.h")
#include "Catalog.h"
#include "DocumentRenderer.h"
#include "PdfRenderer.h"

namespace zwtest {

inline zw::Catalog::Sources sourceTree()
{
    return {[](const QString &relative) { return sourceData(relative); }, {QStringLiteral(ZHIWEN_SOURCE_DIR "/templates")}};
}

inline const zw::Catalog &catalog()
{
    static const zw::Catalog c = [] {
        auto loaded = zw::Catalog::load(sourceTree());
        if (!loaded)
            qFatal("%s", qPrintable(loaded.errorString()));
        return loaded.value();
    }();
    return c;
}

inline const zw::Template &templ(const QString &id)
{
    const zw::Template *t = catalog().findTemplate(id);
    if (!t)
        qFatal("no template %s", qPrintable(id));
    return *t;
}

inline const zw::DocumentRenderer &renderer()
{
    static const zw::PdfRenderer pdf;
    static const zw::DocumentRenderer r(catalog(), pdf);
    return r;
}

} // namespace zwtest
#endif
