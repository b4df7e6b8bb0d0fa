#pragma once

#include "CaseFile.h"
#include "Diagnostic.h"
#include "Json.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace zw {

// A kind of document with decisions of its own (终结执行 today; 终结本次执行
//程序 next): the part of the case it owns, the decisions it takes on it and
// what its templates see. A template names its family in its header
// (`family: termination`); only the document being made computes its family's
// decisions. A new family is a folder here, a rules file under resources/
// and templates.
class DocumentFamily
{
public:
    virtual ~DocumentFamily() = default;
    virtual QString id() const = 0;
    // The top-level keys of the case this family owns (its schema part).
    virtual QStringList ownedKeys() const = 0;
    // The family's decisions on this case: a refusal as errors (path and
    // reason), what the officer should know as warnings.
    virtual Diagnostics check(const CaseFile &file) const = 0;
    // Whether a refusal is an error of the case as a whole, also when another
    // document is being checked: a termination block exists only for its
    // ruling, while a performance block records what happened and its
    // refusal concerns the certificate alone.
    virtual bool refusalConcernsTheCase() const { return true; }
    // The top-level keys addContext adds (`ruling`).
    virtual QStringList contextKeys() const = 0;
    // What its templates see beyond the case: e.g. `ruling.operative`. A
    // value that cannot be derived goes into `unavailable` under its
    // top-level key, reported only when a template needs it.
    virtual void addContext(const CaseFile &file, Json &data, QHash<QString, Diagnostics> &unavailable) const = 0;
    // How a choice of this family's part reads (`measures.debtors[].report`,
    // `on_time` -> 按期如实报告), from its rules file, in the interface's
    // language; empty when the family does not name it.
    virtual QString choiceLabel(const QString &schemaPath, const QString &value) const
    {
        Q_UNUSED(schemaPath);
        Q_UNUSED(value);
        return {};
    }
};

} // namespace zw
