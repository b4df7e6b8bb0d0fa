#pragma once

#include <QString>
#include <QStringList>

namespace zw {

// Where templates and data files are found, first match wins:
//  1. $ZHIWEN_DATA_DIR (templates/ and resources/ below it),
//  2. the user's own copies (QStandardPaths AppDataLocation/templates …),
//  3. the installed share/zhiwen,
//  4. the source tree the program was built from (development builds).
// So a court's IT staff can edit templates without recompiling.
namespace DataPaths {
QStringList roots();
QString templatesDir();          // the first root that has templates/
QStringList templateDirs();      // every templates/ dir, highest priority first
QString resource(const QString &relative); // path of the first existing file
} // namespace DataPaths

} // namespace zw
