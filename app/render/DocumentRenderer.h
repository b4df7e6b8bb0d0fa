#pragma once

#include "CaseFile.h"
#include "Catalog.h"
#include "Diagnostic.h"
#include "Renderer.h"
#include "Template.h"

#include <QByteArray>

namespace zw {

// Case file + template -> checked -> filled -> typeset -> the output
// format's bytes, with the catalog's fonts, page style, law table and the
// template's own family, through the Renderer given (PDF today). Writing
// and registering are the service's. Stops on the first class of problems
// found, reporting all problems of that class (every missing field, every
// bad character).
class DocumentRenderer
{
public:
    DocumentRenderer(const Catalog &catalog, const Renderer &output) : m_catalog(catalog), m_output(output) {}

    Expected<QByteArray> render(const Template &tmpl, const CaseFile &file) const;

    // Characters in case fields that cannot be printed, naming field and
    // character: only fields whose text the filled document prints.
    Diagnostics unprintable(const CaseFile &file, const QString &printedText) const;

private:
    const Catalog &m_catalog;
    const Renderer &m_output;
};

// Generates the ICU locales that the first document of a process would
// otherwise wait for (numerals, line breaking: a few milliseconds). Safe on
// any thread; see the service's Preparation.
void prepareRendering();

} // namespace zw
