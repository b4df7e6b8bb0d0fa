#include "CaseEditing.h"

#include "Identifiers.h"

#include <QRegularExpression>
#include <QSet>

namespace zw::CaseEditing {

namespace {

const Json *arrayAt(const CaseFile &file, const QString &path)
{
    const Json *v = file.at(path);
    return v && v->is_array() ? v : nullptr;
}

// The next free party id with this prefix, over both sides (ids are unique
// across applicants and respondents).
QString nextPartyId(const CaseFile &file, const QString &prefix)
{
    QSet<QString> used;
    for (const char *side : {"applicants", "respondents"})
        if (const Json *list = arrayAt(file, QLatin1String(side)))
            for (const Json &p : *list)
                used.insert(stringAt(p, "id"));
    int n = 1;
    while (used.contains(prefix + QString::number(n)))
        ++n;
    return prefix + QString::number(n);
}

// The list path and index of `respondents[1]`; false when it is none.
bool splitElementPath(const QString &elementPath, QString *listPath, int *index)
{
    static const QRegularExpression re(QStringLiteral("^(.+)\\[(\\d+)\\]$"));
    const auto m = re.match(elementPath);
    if (!m.hasMatch())
        return false;
    *listPath = m.captured(1);
    *index = m.captured(2).toInt();
    return true;
}

} // namespace

Json newElement(const CaseFile &file, const QString &listPath, const CaseSchema &schema)
{
    const FieldSpec *list = schema.find(listPath);
    if (!list || list->type != FieldType::List)
        return nullptr;
    const FieldSpec &element = *list->element;
    if (element.type != FieldType::Object) {
        if (element.type == FieldType::ItemRef || element.type == FieldType::Integer)
            return 1;
        return "";
    }
    Json e = Json::object();
    const Json *existing = arrayAt(file, listPath);
    for (const FieldSpec &m : element.members) {
        if (m.unique == QLatin1String("party-id")) {
            e[ss(m.key)] = ss(nextPartyId(file, listPath == QLatin1String("applicants") ? QStringLiteral("a") : QStringLiteral("r")));
        } else if (m.unique == QLatin1String("item-no")) {
            long long next = 1;
            if (existing)
                for (const Json &i : *existing)
                    if (i.is_object() && i.contains("no") && i["no"].is_number_integer())
                        next = std::max(next, i["no"].get<long long>() + 1);
            e[ss(m.key)] = next;
        } else if (m.key == QLatin1String("kind") && !m.choices.isEmpty()) {
            e[ss(m.key)] = ss(m.choices.first());
        } else if (m.required && m.onlyForKind.isEmpty() && m.isText() && m.type != FieldType::Choice && m.type != FieldType::RespondentRef && m.type != FieldType::PartyRef) {
            e[ss(m.key)] = "";
        }
    }
    return e;
}

QString append(CaseFile &file, const QString &listPath, const CaseSchema &schema)
{
    Json e = newElement(file, listPath, schema);
    if (e.is_null())
        return {};
    const FieldSpec *spec = schema.find(listPath);
    const Json *existing = file.at(listPath);
    if (existing && !existing->is_array())
        return {};
    const qsizetype size = existing ? qsizetype(existing->size()) : 0;
    if (spec->maxItems > 0 && size >= spec->maxItems)
        return {};
    try {
        Json &list = file.json()[jsonPointer(listPath)];
        if (list.is_null())
            list = Json::array();
        list.push_back(std::move(e));
    } catch (const Json::exception &) {
        return {};
    }
    return indexPath(listPath, size);
}

bool remove(CaseFile &file, const QString &elementPath)
{
    QString listPath;
    int index = 0;
    if (!splitElementPath(elementPath, &listPath, &index) || !arrayAt(file, listPath))
        return false;
    Json &list = file.json()[jsonPointer(listPath)];
    if (index >= int(list.size()))
        return false;
    list.erase(list.begin() + index);
    return true;
}

bool move(CaseFile &file, const QString &elementPath, int delta)
{
    QString listPath;
    int index = 0;
    if (!splitElementPath(elementPath, &listPath, &index) || !arrayAt(file, listPath))
        return false;
    Json &list = file.json()[jsonPointer(listPath)];
    const int to = index + delta;
    if (index >= int(list.size()) || to < 0 || to >= int(list.size()))
        return false;
    std::swap(list[std::size_t(index)], list[std::size_t(to)]);
    return true;
}

bool setValue(CaseFile &file, const QString &path, const Json &value)
{
    const auto pointer = jsonPointer(path);
    if (pointer.empty())
        return false;
    try {
        if (value.is_null()) {
            Json &parent = file.json()[pointer.parent_pointer()];
            if (parent.is_object())
                parent.erase(pointer.back());
            return true;
        }
        file.json()[pointer] = value;
        return true;
    } catch (const Json::exception &) {
        return false;
    }
}

QStringList fillFromIdNumber(CaseFile &file, const QString &partyPath)
{
    const Json *party = file.at(partyPath);
    if (!party || !party->is_object() || stringAt(*party, "kind") == QLatin1String("organization"))
        return {};
    const IdNumberCheck id = checkIdNumber(stringAt(*party, "id_number"));
    if (!id.valid)
        return {};
    QStringList filled;
    if (stringAt(*party, "gender").isEmpty() && id.sex != IdNumberCheck::Sex::Unknown) {
        file.setText(childPath(partyPath, QStringLiteral("gender")), id.sex == IdNumberCheck::Sex::Male ? QStringLiteral("男") : QStringLiteral("女"));
        filled << QStringLiteral("gender");
    }
    if (stringAt(*file.at(partyPath), "born_on").isEmpty() && id.birthDate.isValid()) {
        file.setText(childPath(partyPath, QStringLiteral("born_on")), id.birthDate.toString(Qt::ISODate));
        filled << QStringLiteral("born_on");
    }
    return filled;
}

} // namespace zw::CaseEditing
