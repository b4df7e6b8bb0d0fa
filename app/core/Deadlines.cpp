#include "Deadlines.h"

#include "ChineseText.h"
#include "Items.h"
#include "Json.h"

#include <QRegularExpression>

namespace zw {

int parseSmallNumber(const QString &text)
{
    bool ok = false;
    const int arabic = text.toInt(&ok);
    if (ok)
        return arabic;
    static const QString digits = QStringLiteral("〇一二三四五六七八九");
    int value = 0, current = 0;
    for (const QChar c : text) {
        const qsizetype d = digits.indexOf(c == QChar(u'两') ? QChar(u'二') : c);
        if (d >= 0) {
            current = int(d);
        } else if (c == QChar(u'十')) {
            value += (current ? current : 1) * 10;
            current = 0;
        } else if (c == QChar(u'百')) {
            value += (current ? current : 1) * 100;
            current = 0;
        } else {
            return 0;
        }
    }
    return value + current;
}

QList<StatedPeriod> statedPeriods(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(
        "([于自在]?本(?:判决|调解书|裁定|裁决|决定)书?(?:发生法律效力|生效)|生效)(?:之日起|后)([〇一二两三四五六七八九十百\\d]+)日内"
        "|于(\\d{4})年(\\d{1,2})月(\\d{1,2})日(?:之前|前)"));
    QList<StatedPeriod> out;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        StatedPeriod p;
        p.start = m.capturedStart();
        p.length = m.capturedLength();
        if (m.capturedLength(2) > 0) {
            p.days = parseSmallNumber(m.captured(2));
            p.ownInstrument = m.captured(1).contains(QChar(u'本'));
        } else {
            p.until = QDate(m.captured(3).toInt(), m.captured(4).toInt(), m.captured(5).toInt());
            p.ownInstrument = true;
        }
        out << p;
    }
    return out;
}

QString withoutStatedPeriod(const QString &text)
{
    QString out = text;
    const QList<StatedPeriod> periods = statedPeriods(text);
    for (auto p = periods.crbegin(); p != periods.crend(); ++p)
        if (p->ownInstrument)
            out.remove(p->start, p->length);
    return out;
}

std::optional<Deadline> paymentDeadline(const CaseFile &file)
{
    if (const QDate due = parseIsoDate(file.text(QStringLiteral("basis.due_on"))); due.isValid())
        return Deadline{due, QStringLiteral("basis.due_on")};
    const Json &root = file.json();
    if (!root.contains("basis") || !root["basis"].is_object() || !root["basis"].contains("items") || !root["basis"]["items"].is_array())
        return std::nullopt;
    const QDate effective = parseIsoDate(file.text(QStringLiteral("basis.effective_on")));
    std::optional<Deadline> latest;
    const Json &items = root["basis"]["items"];
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (!items[i].is_object())
            continue;
        const QString text = stringAt(items[i], "text");
        if (!itemOrdersSomething(items[i]))
            continue;
        // A number of days from the effective date comes first; else a day named.
        QDate date;
        const QList<StatedPeriod> periods = statedPeriods(text);
        for (const StatedPeriod &p : periods)
            if (p.days > 0 && effective.isValid() && !date.isValid())
                date = effective.addDays(p.days);
        for (const StatedPeriod &p : periods)
            if (p.until.isValid() && !date.isValid())
                date = p.until;
        if (date.isValid() && (!latest || date > latest->date))
            latest = Deadline{date, QStringLiteral("basis.items[%1].text").arg(i)};
    }
    return latest;
}

} // namespace zw
