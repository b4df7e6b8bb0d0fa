#pragma once

#include <QDate>
#include <QString>

namespace zw {

// 居民身份证号码 (GB 11643): 18 characters with a check character, or the old
// 15-digit form without one.
struct IdNumberCheck {
    bool valid = false;
    QString error;
    QDate birthDate;
    enum class Sex { Unknown, Male, Female } sex = Sex::Unknown;
};
IdNumberCheck checkIdNumber(const QString &id);
// The check character for the first 17 digits ('0'–'9' or 'X').
QChar idNumberCheckChar(const QString &first17);

// 统一社会信用代码 (GB 32100): 18 characters from 0-9A-Y without I O Z S V.
struct UsccCheck {
    bool wellFormed = false;   // length and alphabet
    bool checksumOk = false;   // some early codes fail: a warning, not an error
    QString error;
};
UsccCheck checkUscc(const QString &code);
QChar usccCheckChar(const QString &first17);

} // namespace zw
