#pragma once

#include "CaseSchema.h"
#include "DocumentFamily.h"

#include <memory>
#include <vector>

namespace zw {

class LawTable;

// The families compiled into this program, in one place: their parts of the
// case schema, and each made from its rules file under a data root.
QList<FieldSpec> familyFields();

// Loads each family's rules (`resource` maps a relative data path to a
// file); errors name the file.
Expected<std::vector<std::shared_ptr<const DocumentFamily>>> loadFamilies(const std::function<QString(const QString &)> &resource,
                                                                          const std::shared_ptr<const LawTable> &law);

} // namespace zw
