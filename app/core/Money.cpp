#include "Money.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace zw {

namespace {
const QChar kDigits[] = {u'零', u'壹', u'贰', u'叁', u'肆', u'伍', u'陆', u'柒', u'捌', u'玖'};
const QChar kSmallUnits[] = {QChar(), u'拾', u'佰', u'仟'};
const QString kSectionUnits[] = {QString(), QStringLiteral("万"), QStringLiteral("亿"), QStringLiteral("万亿")};

// Words for 1..9999 within one four-digit section; zeros between digits
// collapse to one 零, trailing zeros are dropped.
QString sectionWords(int n)
{
    QString out;
    bool pendingZero = false;
    for (int pos = 3; pos >= 0; --pos) {
        int div = 1;
        for (int i = 0; i < pos; ++i)
            div *= 10;
        const int d = (n / div) % 10;
        if (d == 0) {
            if (!out.isEmpty())
                pendingZero = true;
            continue;
        }
        if (pendingZero) {
            out += kDigits[0];
            pendingZero = false;
        }
        out += kDigits[d];
        if (pos > 0)
            out += kSmallUnits[pos];
    }
    return out;
}

QString integerWords(qint64 n)
{
    if (n == 0)
        return QString(kDigits[0]);
    QString out;
    int sections[4] = {};
    for (int i = 0; i < 4; ++i) {
        sections[i] = int(n % 10000);
        n /= 10000;
    }
    bool started = false;
    bool pendingZero = false;
    for (int i = 3; i >= 0; --i) {
        const int s = sections[i];
        if (s == 0) {
            if (started)
                pendingZero = true;
            continue;
        }
        // 壹万零壹: a section below 1000 after a higher one needs 零.
        if (started && (pendingZero || s < 1000))
            out += kDigits[0];
        out += sectionWords(s) + kSectionUnits[i];
        started = true;
        pendingZero = false;
    }
    return out;
}
} // namespace

std::optional<Money> Money::parse(const QString &text, QString *why)
{
    static const QRegularExpression re(QStringLiteral("^(0|[1-9]\\d{0,12})(?:\\.(\\d{1,2}))?$"));
    const auto m = re.match(text);
    if (!m.hasMatch()) {
        if (why) {
            *why = text.contains(QLatin1Char(','))
                ? QCoreApplication::translate("zw::Money", "金额“%1”不应含千位分隔符，应写作如“75000.00”").arg(text)
                : QCoreApplication::translate("zw::Money", "金额“%1”格式不正确，应为不带符号、最多两位小数的数字字符串，如“75000.00”").arg(text);
        }
        return std::nullopt;
    }
    QString frac = m.captured(2);
    while (frac.size() < 2)
        frac += QLatin1Char('0');
    return fromCents(m.captured(1).toLongLong() * 100 + frac.toInt());
}

QString Money::plain() const
{
    return QString::number(m_cents / 100) + QLatin1Char('.') + QStringLiteral("%1").arg(m_cents % 100, 2, 10, QLatin1Char('0'));
}

QString Money::figures() const
{
    QString integer = QString::number(m_cents / 100);
    for (qsizetype i = integer.size() - 3; i > 0; i -= 3)
        integer.insert(i, QLatin1Char(','));
    return integer + QLatin1Char('.') + QStringLiteral("%1").arg(m_cents % 100, 2, 10, QLatin1Char('0'));
}

QString Money::words() const
{
    const qint64 yuan = m_cents / 100;
    const int jiao = int(m_cents / 10 % 10);
    const int fen = int(m_cents % 10);
    QString out;
    if (yuan > 0 || (jiao == 0 && fen == 0))
        out = integerWords(yuan) + QStringLiteral("元");
    if (jiao > 0) {
        if (yuan > 0 && yuan % 10 == 0)
            out += kDigits[0];
        out += kDigits[jiao] + QStringLiteral("角");
    } else if (fen > 0 && yuan > 0) {
        out += kDigits[0];
    }
    if (fen > 0)
        out += kDigits[fen] + QStringLiteral("分");
    else
        out += QStringLiteral("整");
    return out;
}

} // namespace zw
