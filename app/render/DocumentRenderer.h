#pragma once

#include "CaseFile.h"
#include "Diagnostic.h"
#include "Fonts.h"
#include "Template.h"
#include "Typesetter.h"

#include <QByteArray>

#include <thread>

namespace zw {

// The whole job: case file + template -> checked -> filled -> typeset -> PDF.
// Stops before writing anything on the first class of problems found,
// reporting all problems of that class (every missing field, every bad char).
class DocumentRenderer
{
public:
    DocumentRenderer();
    explicit DocumentRenderer(const FontSet &fonts, PageStyle style = {});

    Expected<QByteArray> render(const Template &tmpl, const CaseFile &file) const;
    // Writes atomically: on any failure no file is left at `outFile`.
    // Returns the bytes written.
    Expected<QByteArray> renderToFile(const Template &tmpl, const CaseFile &file, const QString &outFile) const;

    // Characters in case fields that cannot be printed, naming field and char.
    Diagnostics unprintable(const CaseFile &file) const;

private:
    const FontSet *m_fonts = nullptr;
    PageStyle m_style;
    Diagnostics m_pageErrors;
};

// Generates, on a thread of its own, the ICU locales that the first
// document of a process would otherwise wait for (numerals, line breaking:
// a few milliseconds), while the front end loads Qt, the case and the
// template. Declare one at the top of main, before anything that may render;
// it waits for its thread when it goes out of scope. Needs no Qt object.
class RenderPreparation
{
public:
    RenderPreparation();
    ~RenderPreparation();
    RenderPreparation(const RenderPreparation &) = delete;
    RenderPreparation &operator=(const RenderPreparation &) = delete;

private:
    std::thread m_thread;
};

} // namespace zw
