#pragma once

#include "Diagnostic.h"
#include "Layout.h"

#include <QByteArray>

namespace zw {

// Turns a typeset Layout into a file format. The PDF writer is one; a second
// output format can come later behind the same interface.
class Renderer
{
public:
    virtual ~Renderer() = default;
    virtual QString fileSuffix() const = 0;
    virtual Expected<QByteArray> render(const Layout &layout) const = 0;
};

} // namespace zw
