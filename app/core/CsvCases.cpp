#include "CsvCases.h"

#include "CaseSchema.h"

#include <boost/locale/encoding.hpp>

#include <QFile>
#include <QRegularExpression>
#include <QStringDecoder>

namespace zw {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(zw::CsvCases)
};

// RFC 4180 records: quoted fields may hold commas, quotes ("") and newlines.
// Each record carries the line it starts on.
QList<QPair<int, QStringList>> records(const QString &text)
{
    QList<QPair<int, QStringList>> out;
    QStringList fields;
    QString field;
    bool quoted = false, fieldStarted = false;
    int line = 1, recordLine = 1;
    auto endField = [&] {
        fields << field;
        field.clear();
        fieldStarted = false;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == QLatin1Char(',')) {
            endField();
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text[i + 1] == QLatin1Char('\n'))
                ++i;
            endField();
            if (!(fields.size() == 1 && fields.first().isEmpty()))
                out.append({recordLine, fields});
            fields.clear();
            ++line;
            recordLine = line;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (fieldStarted || !fields.isEmpty()) {
        endField();
        out.append({recordLine, fields});
    }
    return out;
}

// A cell as the value its field holds: the schema says which fields are
// numbers or yes/no; every other field is text.
Json typedValue(const FieldSpec &field, const QString &cell, QString *error)
{
    if (field.type == FieldType::Integer || field.type == FieldType::ItemRef) {
        bool ok = false;
        const int n = cell.toInt(&ok);
        if (!ok || n <= 0)
            *error = Tr::tr("“%1”应为正整数").arg(cell);
        return n;
    }
    if (field.type == FieldType::Boolean) {
        static const QStringList yes = {QStringLiteral("true"), QStringLiteral("是"), QStringLiteral("1")};
        static const QStringList no = {QStringLiteral("false"), QStringLiteral("否"), QStringLiteral("0")};
        if (yes.contains(cell))
            return true;
        if (!no.contains(cell))
            *error = Tr::tr("“%1”应为 true/false（是/否）").arg(cell);
        return false;
    }
    return ss(cell);
}

// Why a header cell cannot name a column of cases, or empty: it must name
// one field of the schema that holds a value, with list positions within
// the schema's bounds (a header `o[44444440]` must not allocate gigabytes).
QString headerProblem(const QString &path, const CaseSchema &schema, const FieldSpec **field)
{
    static const QRegularExpression validPath(QStringLiteral("^[a-z_]+(\\[\\d+\\])?(\\.[a-z_]+(\\[\\d+\\])?)*$"));
    if (!validPath.match(path).hasMatch())
        return Tr::tr("不是案件字段路径（如 case.number、respondents[0].name）");
    const FieldSpec *spec = schema.find(path);
    if (!spec)
        return Tr::tr("不是案件格式中的字段（见 resources/spec/case-format.md）");
    if (spec->type == FieldType::Object || spec->type == FieldType::List)
        return Tr::tr("是一组字段，不能填在一列中；请分列写出其中的字段（如 %1.…）").arg(path);
    // Each index against the bound of its list.
    static const QRegularExpression index(QStringLiteral("\\[(\\d+)\\]"));
    for (auto it = index.globalMatch(path); it.hasNext();) {
        const auto m = it.next();
        const FieldSpec *list = schema.find(path.left(m.capturedStart()));
        bool ok = false;
        const qlonglong n = m.captured(1).toLongLong(&ok);
        if (!list || list->type != FieldType::List || !ok || n >= list->maxItems)
            return Tr::tr("序号 %1 超出此处的上限（最多 %2 项，序号从 0 起）").arg(m.captured(1)).arg(list ? list->maxItems : 0);
    }
    *field = spec;
    return {};
}

} // namespace

Expected<QList<CsvCase>> parseCsvCases(const QByteArray &input, const QString &origin, const CaseSchema &schema)
{
    QByteArray bytes = input;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    QString text;
    auto utf8 = QStringDecoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    text = utf8.decode(bytes);
    if (utf8.hasError()) {
        try {
            text = QString::fromStdString(boost::locale::conv::to_utf<char>(bytes.constData(), bytes.constData() + bytes.size(), "GBK", boost::locale::conv::stop));
        } catch (const boost::locale::conv::conversion_error &) {
            return Diagnostic::error(origin, Tr::tr("CSV 文件既不是 UTF-8 也不是 GBK 编码"));
        }
    }
    const auto rows = records(text);
    if (rows.isEmpty())
        return Diagnostic::error(origin, Tr::tr("CSV 文件为空"));
    QStringList header = rows.first().second;
    QList<const FieldSpec *> fields(header.size(), nullptr);
    Diagnostics headerErrors;
    for (int c = 0; c < header.size(); ++c) {
        header[c] = header[c].trimmed();
        const QString why = headerProblem(header[c], schema, &fields[c]);
        if (!why.isEmpty())
            headerErrors << Diagnostic::error(QStringLiteral("%1:1").arg(origin), Tr::tr("第 %1 列的表头“%2”%3").arg(c + 1).arg(header[c], why));
        else if (const qsizetype first = header.indexOf(header[c]); first < c)
            headerErrors << Diagnostic::error(QStringLiteral("%1:1").arg(origin),
                                              Tr::tr("第 %1 列的表头“%2”与第 %3 列相同").arg(c + 1).arg(header[c]).arg(first + 1));
    }
    if (!headerErrors.isEmpty())
        return headerErrors;

    QList<CsvCase> out;
    for (int r = 1; r < rows.size(); ++r) {
        CsvCase row;
        row.line = rows[r].first;
        const QStringList &cells = rows[r].second;
        if (cells.size() > header.size())
            row.errors << Diagnostic::error(QStringLiteral("%1:%2").arg(origin).arg(row.line),
                                            Tr::tr("有 %1 列，多于表头的 %2 列").arg(cells.size()).arg(header.size()));
        for (int c = 0; c < std::min(cells.size(), header.size()); ++c) {
            const QString cell = cells[c].trimmed();
            if (cell.isEmpty())
                continue;
            QString error;
            const Json value = typedValue(*fields[c], cell, &error);
            if (!error.isEmpty()) {
                row.errors << Diagnostic::error(header[c], error);
                continue;
            }
            try {
                row.file.json()[jsonPointer(header[c])] = value;
            } catch (const Json::exception &) {
                // The header check rules this out; never let it escape the core.
                row.errors << Diagnostic::error(header[c], Tr::tr("无法写入此字段"));
            }
        }
        // A party without a kind is a person, without an id gets r1, a1 …
        for (const char *list : {"applicants", "respondents"}) {
            Json &parties = row.file.json()[list];
            if (!parties.is_array())
                continue;
            for (std::size_t i = 0; i < parties.size(); ++i) {
                if (parties[i].is_null())
                    parties[i] = Json::object();
                if (!parties[i].contains("kind"))
                    parties[i]["kind"] = parties[i].contains("uscc") ? "organization" : "person";
                if (!parties[i].contains("id"))
                    parties[i]["id"] = std::string(1, list[0]) + std::to_string(i + 1);
            }
        }
        out << row;
    }
    return out;
}

Expected<QList<CsvCase>> readCsvCases(const QString &fileName, const CaseSchema &schema)
{
    QFile f(fileName);
    if (!f.open(QIODevice::ReadOnly))
        return Diagnostic::error(fileName, Tr::tr("无法打开文件：%1").arg(f.errorString()));
    return parseCsvCases(f.readAll(), fileName, schema);
}

} // namespace zw
