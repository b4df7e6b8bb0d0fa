#pragma once

#include <QString>
#include <QStringList>

namespace zw {

// A 案号 such as `（2024）皖1825执123号`, or an old instrument number in the
// pre-2016 `字第` form such as `（2015）宣中民一初字第00012号`.
struct CaseNumber {
    int year = 0;
    QString court;   // 皖1825, 最高法, 粤07, 湘
    QString type;    // 执, 执恢, 民初, 知民终 …
    QString serial;  // digits as written
    bool oldForm = false; // 字第 form

    QString toString() const;
};

struct CaseNumberCheck {
    bool valid = false;
    CaseNumber number;
    QString error;          // why it is not a case number
    QStringList warnings;   // e.g. half-width brackets, with the corrected form
    QString normalized;     // the corrected form (full-width brackets)
};

// Parses and checks structure: year, court code, type code, serial, 号.
// `allowOldForm` accepts the 字第 form (instrument numbers from before 2016).
CaseNumberCheck checkCaseNumber(const QString &text, bool allowOldForm = true);

// True for enforcement type codes (执, 执恢, 执保, 执异, 执复, 执监, 执协, 执他),
// as the list of 类型代字 (CaseTypes) marks them.
bool isEnforcementType(const QString &type);
// True when `number` is a valid, current-form number of an enforcement case:
// the one question "is this an enforcement case" every check asks.
bool isEnforcementCase(const CaseNumberCheck &number);

} // namespace zw
