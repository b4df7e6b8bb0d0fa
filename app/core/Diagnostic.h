#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QList>

namespace zw {

// One problem found in a case file, a template or a rule table. `path` names
// where: a JSON path such as `respondents[1].id_number`, or `file:line:col`.
struct Diagnostic {
    enum class Severity { Error, Warning };
    Severity severity = Severity::Error;
    QString path;
    QString message;
    // What the path means to a clerk, from the case schema:
    // `被执行人张某的出生日期` for `respondents[0].born_on`; may be empty.
    QString label;

    bool isError() const { return severity == Severity::Error; }
    // `path: message（label）`, the form the CLI prints: the path stays
    // next to its message for scripts, the label says it for people.
    QString toString() const
    {
        const QString text = label.isEmpty() ? message : message + QStringLiteral("（") + label + QStringLiteral("）");
        return path.isEmpty() ? text : path + QStringLiteral(": ") + text;
    }

    // `label：message` for people (the GUI): the field as a clerk knows it,
    // not its path; a diagnostic without a label (a template's line) as above.
    QString toDisplayString() const
    {
        return label.isEmpty() ? toString() : label + QStringLiteral("：") + message;
    }

    static Diagnostic error(const QString &path, const QString &message)
    {
        return {Severity::Error, path, message};
    }
    static Diagnostic warning(const QString &path, const QString &message)
    {
        return {Severity::Warning, path, message};
    }
};

using Diagnostics = QList<Diagnostic>;

inline bool hasErrors(const Diagnostics &list)
{
    for (const auto &d : list)
        if (d.isError())
            return true;
    return false;
}

inline QString joinMessages(const Diagnostics &list)
{
    QStringList lines;
    for (const auto &d : list)
        lines << d.toString();
    return lines.join(QLatin1Char('\n'));
}

inline QString joinDisplayMessages(const Diagnostics &list)
{
    QStringList lines;
    for (const auto &d : list)
        lines << d.toDisplayString();
    return lines.join(QLatin1Char('\n'));
}

// A value or the reasons there is none. Core functions return this instead of
// throwing, so no exception ever reaches the event loop or a C library frame.
template<typename T>
class Expected
{
public:
    Expected(T value) : m_value(std::move(value)), m_ok(true) {}
    Expected(Diagnostics errors) : m_errors(std::move(errors)) {}
    Expected(Diagnostic error) : m_errors{std::move(error)} {}

    bool isValid() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const T &value() const & { return m_value; }
    T &value() & { return m_value; }
    T &&value() && { return std::move(m_value); }
    const T &operator*() const { return m_value; }
    const T *operator->() const { return &m_value; }
    const Diagnostics &errors() const { return m_errors; }
    QString errorString() const { return joinMessages(m_errors); }
    // The reasons by label (for the GUI).
    QString displayString() const { return joinDisplayMessages(m_errors); }

private:
    T m_value{};
    Diagnostics m_errors;
    bool m_ok = false;
};

} // namespace zw
