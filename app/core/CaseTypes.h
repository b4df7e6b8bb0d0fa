#pragma once

#include "Diagnostic.h"
#include "Json.h"

#include <QHash>
#include <QString>

#include <memory>

namespace zw {

// The SPC's list of 类型代字 (`law/case-types.json`): which type codes a case
// number may carry and which of them are enforcement cases. Data, so a court
// adds a new code without recompiling.
class CaseTypes
{
public:
    struct Type {
        QString code;
        QString name;          // 首次执行案件
        bool enforcement = false;
    };

    static Expected<CaseTypes> fromJson(const Json &root, const QString &origin);
    static Expected<CaseTypes> load(const QString &fileName);

    // The list case numbers are checked against: the one the catalog loaded
    // and installed at start, or, before that, the installed data file
    // (DataPaths); empty when neither can be read.
    static std::shared_ptr<const CaseTypes> current();
    static void install(std::shared_ptr<const CaseTypes> types);

    const Type *find(const QString &code) const;
    bool isEmpty() const { return m_types.isEmpty(); }

private:
    QHash<QString, Type> m_types;
};

} // namespace zw
