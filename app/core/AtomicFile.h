#pragma once

#include "Diagnostic.h"

#include <QByteArray>
#include <QString>

namespace zw {

// Writes `bytes` to `fileName` so that the file afterwards holds either its
// old content or all of the new one, never a part (QSaveFile: a temporary
// file beside it, flushed, then renamed over). Missing parent directories
// are created. The error names the file and keeps the old content.
Expected<bool> writeFileAtomically(const QString &fileName, const QByteArray &bytes);

} // namespace zw
