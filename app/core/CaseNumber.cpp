#include "CaseNumber.h"

#include "CaseTypes.h"
#include "ChineseText.h"

#include <QCoreApplication>
#include <QDate>
#include <QRegularExpression>

#include <algorithm>

namespace zw {

namespace {

// Translation context of this file (Q_DECLARE_TR_FUNCTIONS lets lupdate see it).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(zw::CaseNumber)
};

// Province-level abbreviations used as high-court codes, plus 兵 (XPCC courts).
const QString kProvinces = QStringLiteral("京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川贵云藏陕甘青宁新兵");


bool validCourtCode(const QString &court, QString *why)
{
    if (court == QStringLiteral("最高法"))
        return true;
    if (court.isEmpty() || !kProvinces.contains(court.front())) {
        *why = Tr::tr("法院代字“%1”应以省级简称（如皖、粤）或“最高法”开头").arg(court);
        return false;
    }
    const QString digits = court.mid(1);
    for (QChar c : digits) {
        if (!c.isDigit() || c.unicode() > '9') {
            *why = Tr::tr("法院代字“%1”在省级简称后只能有数字").arg(court);
            return false;
        }
    }
    if (digits.size() != 0 && digits.size() != 2 && digits.size() != 4) {
        *why = Tr::tr("法院代字“%1”的数字应为 2 位（中级法院）或 4 位（基层法院）").arg(court);
        return false;
    }
    if (digits.size() >= 2 && digits.left(2) == QStringLiteral("00")) {
        *why = Tr::tr("法院代字“%1”的地区数字不能为 00").arg(court);
        return false;
    }
    return true;
}

// A type code is written in Chinese characters: 执, 执恢, 民初, 知民终 … A
// Latin letter or a digit inside it (执A, 执1恢) is a typing error.
QString nonChineseInType(const QString &type)
{
    for (const char32_t c : type.toStdU32String()) {
        if (!QChar::isLetter(c) || c < 0x2E80)
            return Tr::tr("类型代字“%1”中有非汉字字符%2").arg(type, describeChar(c));
    }
    return {};
}

// Why a number that does not parse fails in its type code, if it does.
QString typeCodeProblem(const QString &text)
{
    static const QRegularExpression loose(QStringLiteral("^（\\d{4}）(最高法|[^\\d（）]\\d*)(.+?)(字第)?(\\d+)号$"));
    const auto m = loose.match(text);
    if (!m.hasMatch())
        return {};
    // Only a type code that has Chinese characters at all is one mistyped;
    // without any, the number lacks its type code (the structure message says so).
    const QString type = m.captured(2);
    const bool hasChinese = std::any_of(type.cbegin(), type.cend(), [](QChar c) { return c.unicode() >= 0x2E80 && c.isLetter(); });
    return hasChinese ? nonChineseInType(type) : QString();
}

} // namespace

QString CaseNumber::toString() const
{
    return QStringLiteral("（%1）%2%3%4%5号")
        .arg(year)
        .arg(court, type, oldForm ? QStringLiteral("字第") : QString(), serial);
}

bool isEnforcementType(const QString &type)
{
    // The list says so for the codes it knows; a code it does not know is
    // an enforcement code when it is one of the 执 family.
    if (const CaseTypes::Type *known = CaseTypes::current()->find(type))
        return known->enforcement;
    return type.startsWith(QChar(u'执'));
}

bool isEnforcementCase(const CaseNumberCheck &number)
{
    return number.valid && !number.number.oldForm && isEnforcementType(number.number.type);
}

CaseNumberCheck checkCaseNumber(const QString &input, bool allowOldForm)
{
    CaseNumberCheck r;
    QString text = input;
    if (text.trimmed() != text) {
        r.warnings << Tr::tr("首尾有多余空格");
        text = text.trimmed();
    }
    if (text.isEmpty()) {
        r.error = Tr::tr("案号为空");
        return r;
    }
    // Half-width or other brackets around the year: accepted with a warning
    // that shows the corrected, full-width form.
    static const QRegularExpression looseBrackets(QStringLiteral("^[\\(（〔\\[［【]\\s*(\\d{4})\\s*[\\)）〕\\]］】]"));
    const auto lb = looseBrackets.match(text);
    if (lb.hasMatch() && !(text.startsWith(QStringLiteral("（")) && lb.captured(0).endsWith(QStringLiteral("）")))) {
        text = QStringLiteral("（") + lb.captured(1) + QStringLiteral("）") + text.mid(lb.capturedLength(0));
        r.warnings << Tr::tr("年度应使用全角括号“（）”，应写作：%1").arg(text);
    }
    static const QRegularExpression re(QStringLiteral(
        "^（(\\d{4})）"                     // year
        "(最高法|[^\\d（）]\\d*)"              // court code
        "([^\\d（）]+?)"                     // type code (and special-court code)
        "(字第)?"                             // old form
        "(\\d+)号$"));
    const auto m = re.match(text);
    if (!m.hasMatch()) {
        if (!text.startsWith(QStringLiteral("（")))
            r.error = Tr::tr("应以全角括号括起的收案年度开头，如“（2024）”");
        else if (!QRegularExpression(QStringLiteral("^（\\d{4}）")).match(text).hasMatch())
            r.error = Tr::tr("收案年度应为四位数字，如“（2024）”");
        else if (!text.endsWith(QStringLiteral("号")))
            r.error = Tr::tr("应以“号”结尾");
        else if (!QRegularExpression(QStringLiteral("\\d+号$")).match(text).hasMatch())
            r.error = Tr::tr("“号”前应为案件编号数字");
        else if (const QString why = typeCodeProblem(text); !why.isEmpty())
            r.error = why;
        else
            r.error = Tr::tr("结构应为“（年度）法院代字类型代字编号号”，如（2024）皖1825执123号");
        return r;
    }
    CaseNumber n;
    n.year = m.captured(1).toInt();
    n.court = m.captured(2);
    n.type = m.captured(3);
    n.oldForm = m.capturedLength(4) > 0;
    n.serial = m.captured(5);

    const int thisYear = QDate::currentDate().year();
    if (n.year < 1950 || n.year > thisYear + 1) {
        r.error = Tr::tr("收案年度 %1 不在合理范围（1950—%2）").arg(n.year).arg(thisYear + 1);
        return r;
    }
    if (n.oldForm) {
        if (!allowOldForm) {
            r.error = Tr::tr("“字第”是 2016 年以前的旧案号格式，新案号不再使用");
            return r;
        }
        // Old numbers were free-form (宣中民一初字第00012号); only the year,
        // the 字第 and the serial are checked.
        n.court = n.court + n.type;
        n.type.clear();
    } else {
        QString why;
        if (!validCourtCode(n.court, &why)) {
            r.error = why;
            return r;
        }
        if (n.serial.startsWith(QLatin1Char('0'))) {
            r.error = Tr::tr("案件编号“%1”不应以 0 开头").arg(n.serial);
            return r;
        }
        if (const QString why = nonChineseInType(n.type); !why.isEmpty()) {
            r.error = why;
            return r;
        }
        const auto types = CaseTypes::current();
        if (!types->isEmpty() && !types->find(n.type))
            r.warnings << Tr::tr("类型代字“%1”不在最高人民法院《人民法院案件类型及其代字标准》的代字表（law/case-types.json）中，请核对").arg(n.type);
    }
    r.valid = true;
    r.number = n;
    r.normalized = text;
    return r;
}

} // namespace zw
