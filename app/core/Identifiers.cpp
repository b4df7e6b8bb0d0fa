#include "Identifiers.h"

#include <QCoreApplication>

namespace zw {

namespace {
// Translation context of this file (Q_DECLARE_TR_FUNCTIONS lets lupdate see it).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(zw::Identifiers)
};
const int kIdWeights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
const char kIdCheck[] = "10X98765432";
const int kUsccWeights[17] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
const QString kUsccAlphabet = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");

bool allAsciiDigits(const QString &s)
{
    for (QChar c : s)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    return true;
}
} // namespace

QChar idNumberCheckChar(const QString &first17)
{
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += (first17[i].unicode() - '0') * kIdWeights[i];
    return QLatin1Char(kIdCheck[sum % 11]);
}

IdNumberCheck checkIdNumber(const QString &id)
{
    IdNumberCheck r;
    QString birth;
    int sexDigit = 0;
    if (id.size() == 18) {
        const QString body = id.left(17);
        if (!allAsciiDigits(body)) {
            r.error = Tr::tr("前 17 位应为数字");
            return r;
        }
        const QChar last = id[17];
        if (last == QLatin1Char('x')) {
            r.error = Tr::tr("校验位应为大写 X");
            return r;
        }
        if (last != idNumberCheckChar(body)) {
            r.error = Tr::tr("校验位错误");
            return r;
        }
        birth = id.mid(6, 8);
        sexDigit = id[16].unicode() - '0';
    } else if (id.size() == 15) {
        if (!allAsciiDigits(id)) {
            r.error = Tr::tr("15 位旧身份证号码应全为数字");
            return r;
        }
        birth = QStringLiteral("19") + id.mid(6, 6);
        sexDigit = id[14].unicode() - '0';
    } else {
        r.error = Tr::tr("应为 18 位（或 15 位旧号码），现为 %1 位").arg(id.size());
        return r;
    }
    r.birthDate = QDate::fromString(birth, QStringLiteral("yyyyMMdd"));
    if (!r.birthDate.isValid() || r.birthDate.year() < 1880 || r.birthDate > QDate::currentDate()) {
        r.error = Tr::tr("出生日期码“%1”不是有效日期").arg(birth);
        r.birthDate = {};
        return r;
    }
    r.sex = (sexDigit % 2) ? IdNumberCheck::Sex::Male : IdNumberCheck::Sex::Female;
    r.valid = true;
    return r;
}

QChar usccCheckChar(const QString &first17)
{
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += int(kUsccAlphabet.indexOf(first17[i])) * kUsccWeights[i];
    const int check = (31 - sum % 31) % 31;
    return kUsccAlphabet[check];
}

UsccCheck checkUscc(const QString &code)
{
    UsccCheck r;
    if (code.size() != 18) {
        r.error = Tr::tr("应为 18 位，现为 %1 位").arg(code.size());
        return r;
    }
    for (int i = 0; i < 18; ++i) {
        if (!kUsccAlphabet.contains(code[i])) {
            r.error = Tr::tr("第 %1 位“%2”不是允许的字符（0-9 与除 I、O、Z、S、V 外的大写字母）").arg(i + 1).arg(code[i]);
            return r;
        }
    }
    r.wellFormed = true;
    r.checksumOk = usccCheckChar(code.left(17)) == code[17];
    if (!r.checksumOk)
        r.error = Tr::tr("校验位不符（应为 %1），请核对；部分早期代码不符合校验规则").arg(usccCheckChar(code.left(17)));
    return r;
}

} // namespace zw
