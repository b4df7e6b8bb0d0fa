#pragma once

#include <QString>
#include <optional>

namespace zw {

// An amount of 人民币 held exactly as a whole number of 分 (cents). Case files
// store money as decimal strings ("75000.00"); no float is ever involved.
class Money
{
public:
    Money() = default;
    static Money fromCents(qint64 cents) { Money m; m.m_cents = cents; return m; }
    // "75000", "75000.5", "75000.50"; at most two decimals, no sign, no
    // separators, at most 13 integer digits. Empty optional when malformed.
    static std::optional<Money> parse(const QString &text, QString *why = nullptr);

    qint64 cents() const { return m_cents; }
    // "78,412.50"
    QString figures() const;
    // "78412.50"
    QString plain() const;
    // "柒万捌仟肆佰壹拾贰元伍角整"
    QString words() const;

    friend Money operator+(Money a, Money b) { return fromCents(a.m_cents + b.m_cents); }
    friend bool operator==(Money a, Money b) { return a.m_cents == b.m_cents; }

private:
    qint64 m_cents = 0;
};

} // namespace zw
