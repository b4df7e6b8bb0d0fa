#include "CaseForm.h"

#include "ChineseText.h"
#include "Service.h"

#include <QCalendarWidget>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QApplication>
#include <QEvent>
#include <QLocale>
#include <QRegularExpression>
#include <QScrollArea>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWidgetAction>

namespace zw::gui {

namespace {

const char *const PathProperty = "zwPath";

bool isPartyList(const QString &path)
{
    return path == QLatin1String("applicants") || path == QLatin1String("respondents");
}

// The sections a clerk opens without asking: the parts every case has.
bool openByDefault(const QString &key)
{
    static const QSet<QString> keys{QStringLiteral("court"), QStringLiteral("case"), QStringLiteral("applicants"), QStringLiteral("respondents"),
                                    QStringLiteral("basis"), QStringLiteral("officers")};
    return keys.contains(key);
}

// A date typed as a clerk types it is stored as YYYY-MM-DD; anything else is
// stored as typed, for the validator to name.
QString storedDate(const QString &text)
{
    const QDate d = Service::parseDateInput(text);
    return d.isValid() ? d.toString(Qt::ISODate) : text;
}

bool hasContent(const Json &v)
{
    if (v.is_string())
        return !v.get<std::string>().empty();
    if (v.is_object()) {
        for (auto it = v.begin(); it != v.end(); ++it)
            if (it.key() != "id" && it.key() != "kind" && it.key() != "no" && hasContent(it.value()))
                return true;
        return false;
    }
    if (v.is_array()) {
        for (const Json &e : v)
            if (hasContent(e))
                return true;
        return false;
    }
    return !v.is_null();
}

// The wheel scrolls the form; it changes a choice only once the choice has
// been clicked or tabbed into (a clerk scrolling past 民族 must not change it).
class WheelGuard : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Wheel)
            if (auto *w = qobject_cast<QWidget *>(watched); w && !w->hasFocus()) {
                event->ignore();
                return true;
            }
        return false;
    }
};

void noWheelUnlessFocused(QWidget *w)
{
    static WheelGuard *guard = new WheelGuard(qApp);
    w->setFocusPolicy(Qt::StrongFocus);
    w->installEventFilter(guard);
}

} // namespace

CaseForm::CaseForm(QWidget *parent)
    : QWidget(parent), m_layout(new QVBoxLayout(this)), m_showAllBox(new QCheckBox(tr("显示全部项目（不只是本文书需要的）"), this)), m_general(new QLabel(this))
{
    m_general->setWordWrap(true);
    m_general->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_general->hide();
    m_layout->addWidget(m_showAllBox);
    m_layout->addWidget(m_general);
    connect(m_showAllBox, &QCheckBox::toggled, this, [this] { applyFilter(); });
}

QString CaseForm::label(const FieldSpec &spec) const
{
    return CaseSchema::english() ? spec.en : spec.zh;
}

void CaseForm::setCase(CaseFile *file)
{
    m_file = file;
    rebuild();
}

void CaseForm::setShowAll(bool all)
{
    m_showAllBox->setChecked(all);
}

void CaseForm::rebuild()
{
    if (m_body)
        m_body->deleteLater();
    m_body = nullptr;
    m_sections.clear();
    m_fields.clear();
    m_elements.clear();
    m_listMessages.clear();
    m_diagnostics.clear();
    m_general->clear();
    m_general->hide();
    if (!m_file)
        return;
    m_body = new QWidget(this);
    auto *layout = new QVBoxLayout(m_body);
    layout->setContentsMargins(0, 0, 0, 0);
    m_layout->addWidget(m_body);
    const CaseSchema &schema = CaseSchema::standard();
    for (const FieldSpec &top : schema.fields()) {
        if (top.type != FieldType::Object && top.type != FieldType::List)
            continue; // `format`: not the clerk's
        Section s;
        s.key = top.key;
        s.spec = &top;
        s.frame = new QWidget(m_body);
        auto *v = new QVBoxLayout(s.frame);
        v->setContentsMargins(0, 0, 0, 4);
        v->setSpacing(2);
        s.header = new QToolButton(s.frame);
        s.header->setObjectName(QStringLiteral("section:") + top.key);
        s.header->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        s.header->setAutoRaise(true);
        s.header->setCheckable(true);
        s.header->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        s.header->setStyleSheet(QStringLiteral("QToolButton { font-weight: bold; text-align: left; }"));
        v->addWidget(s.header);
        // Messages about the part as a whole (案件：缺少必填字段) under its header.
        s.message = new QLabel(s.frame);
        s.message->setWordWrap(true);
        s.message->setContentsMargins(12, 0, 0, 0);
        s.message->hide();
        v->addWidget(s.message);
        layout->addWidget(s.frame);
        const QString key = top.key;
        connect(s.header, &QToolButton::clicked, this, [this, key](bool open) {
            (open ? m_opened : m_closed).insert(key);
            (open ? m_closed : m_opened).remove(key);
            setSectionOpen(key, open);
        });
        m_sections.append(s);
    }
    layout->addStretch(1);
    for (Section &s : m_sections) {
        const bool present = m_file->at(s.key) != nullptr;
        const bool open = m_opened.contains(s.key) || (!m_closed.contains(s.key) && (openByDefault(s.key) || present));
        openSection(s, open);
    }
    updateHeaders();
    applyFilter();
}

void CaseForm::openSection(Section &s, bool open)
{
    s.open = open;
    if (open && !s.body)
        buildSection(s);
    if (s.body)
        s.body->setVisible(open);
    s.header->setChecked(open);
    s.header->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
}

void CaseForm::setSectionOpen(const QString &key, bool open)
{
    for (Section &s : m_sections)
        if (s.key == key)
            openSection(s, open);
    showDiagnostics(m_diagnostics);
}

CaseForm::Section *CaseForm::sectionFor(const QString &path)
{
    const QString key = path.section(QLatin1Char('.'), 0, 0).section(QLatin1Char('['), 0, 0);
    for (Section &s : m_sections)
        if (s.key == key)
            return &s;
    return nullptr;
}

void CaseForm::buildSection(Section &s)
{
    // Forget the section's old editors; the old widgets go on the next turn
    // of the event loop (a button of theirs may be what asked for this).
    const auto mine = [&](const auto &x) { return x.section == s.key; };
    m_fields.removeIf(mine);
    m_elements.removeIf(mine);
    for (auto it = m_listMessages.begin(); it != m_listMessages.end();) {
        if (it.key().section(QLatin1Char('.'), 0, 0).section(QLatin1Char('['), 0, 0) == s.key)
            it = m_listMessages.erase(it);
        else
            ++it;
    }
    if (s.body) {
        s.body->hide();
        s.body->deleteLater();
    }
    m_loading = true;
    if (s.spec->type == FieldType::List) {
        s.body = addList(*s.spec, s.key, s.key, s.frame);
    } else {
        s.body = new QWidget(s.frame);
        auto *form = new QFormLayout(s.body);
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        form->setContentsMargins(12, 0, 0, 0);
        addMembers(form, *s.spec, s.key, m_file->at(s.key), s.key);
    }
    s.frame->layout()->addWidget(s.body);
    m_loading = false;
}

void CaseForm::addMembers(QFormLayout *form, const FieldSpec &object, const QString &path, const Json *value, const QString &section)
{
    const QString kind = value && value->is_object() ? stringAt(*value, "kind") : QString();
    const FieldSpec *partyId = nullptr;
    for (const FieldSpec &m : object.members) {
        if (!m.onlyForKind.isEmpty() && m.onlyForKind != (kind.isEmpty() ? QStringLiteral("person") : kind))
            continue;
        if (m.unique == QLatin1String("party-id")) {
            partyId = &m; // the internal id last: a clerk names parties by name
            continue;
        }
        const QString child = childPath(path, m.key);
        if (m.type == FieldType::Object) {
            auto *box = new QGroupBox(label(m), form->parentWidget());
            auto *inner = new QFormLayout(box);
            inner->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
            addMembers(inner, m, child, value && value->is_object() && value->contains(ss(m.key)) ? &(*value)[ss(m.key)] : nullptr, section);
            form->addRow(box);
        } else if (m.type == FieldType::List) {
            auto *box = new QGroupBox(label(m), form->parentWidget());
            auto *inner = new QVBoxLayout(box);
            inner->addWidget(addList(m, child, section, box));
            form->addRow(box);
        } else {
            addField(form, m, child, section);
        }
    }
    if (partyId)
        addField(form, *partyId, childPath(path, partyId->key), section);
}

void CaseForm::addField(QFormLayout *form, const FieldSpec &spec, const QString &path, const QString &section)
{
    auto *cell = new QWidget(form->parentWidget());
    auto *v = new QVBoxLayout(cell);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);
    QWidget *editor = makeEditor(spec, path, cell);
    editor->setProperty(PathProperty, path);
    editor->setObjectName(path);
    if (!spec.help.isEmpty())
        editor->setToolTip(spec.help);
    auto *message = new QLabel(cell);
    message->setWordWrap(true);
    message->hide();
    v->addWidget(editor);
    v->addWidget(message);
    form->addRow(label(spec) + (spec.required ? QStringLiteral(" *") : QString()), cell);
    const Field f{path, section, &spec, editor, message, form, cell};
    m_fields.append(f);
    loadEditor(f);
}

QWidget *CaseForm::addList(const FieldSpec &list, const QString &path, const QString &section, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *v = new QVBoxLayout(box);
    v->setContentsMargins(12, 0, 0, 0);
    auto *listMessage = new QLabel(box);
    listMessage->setWordWrap(true);
    listMessage->hide();
    v->addWidget(listMessage);
    m_listMessages.insert(path, listMessage);
    const Json *value = m_file->at(path);
    const qsizetype n = value && value->is_array() ? qsizetype(value->size()) : 0;
    const FieldSpec &element = *list.element;
    for (qsizetype i = 0; i < n; ++i) {
        const QString ep = indexPath(path, i);
        auto *frame = new QFrame(box);
        frame->setFrameShape(QFrame::StyledPanel);
        auto *fv = new QVBoxLayout(frame);
        auto *head = new QHBoxLayout;
        auto *title = new QLabel(frame);
        title->setStyleSheet(QStringLiteral("font-weight: bold;"));
        head->addWidget(title, 1);
        auto button = [&](const QString &text, const QString &tip, auto slot) {
            auto *b = new QToolButton(frame);
            b->setText(text);
            b->setToolTip(tip);
            b->setObjectName(ep + QLatin1Char(':') + tip);
            head->addWidget(b);
            connect(b, &QToolButton::clicked, this, slot);
            return b;
        };
        button(tr("上移"), tr("上移"), [this, ep] { moveElement(ep, -1); })->setEnabled(i > 0);
        button(tr("下移"), tr("下移"), [this, ep] { moveElement(ep, 1); })->setEnabled(i + 1 < n);
        button(tr("删除"), tr("删除"), [this, ep] { removeElement(ep); });
        fv->addLayout(head);
        auto *elementMessage = new QLabel(frame);
        elementMessage->setWordWrap(true);
        elementMessage->hide();
        fv->addWidget(elementMessage);
        auto *holder = new QWidget(frame);
        auto *form = new QFormLayout(holder);
        form->setContentsMargins(0, 0, 0, 0);
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        fv->addWidget(holder);
        if (element.type == FieldType::Object)
            addMembers(form, element, ep, &(*value)[std::size_t(i)], section);
        else
            addField(form, element, ep, section);
        v->addWidget(frame);
        m_elements.append({ep, section, &list, int(i), title, elementMessage});
    }
    const QString what = label(element.type == FieldType::Object ? element : list);
    auto *add = new QPushButton(tr("添加%1").arg(what), box);
    add->setObjectName(QStringLiteral("add:") + path);
    add->setEnabled(list.maxItems <= 0 || n < list.maxItems);
    connect(add, &QPushButton::clicked, this, [this, path] { addElement(path); });
    auto *row = new QHBoxLayout;
    row->addWidget(add);
    row->addStretch(1);
    v->addLayout(row);
    refreshTitles();
    return box;
}

QWidget *CaseForm::makeEditor(const FieldSpec &spec, const QString &path, QWidget *parent)
{
    switch (spec.type) {
    case FieldType::MultilineText: {
        auto *edit = new QPlainTextEdit(parent);
        edit->setTabChangesFocus(true);
        edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 4 + 12);
        if (!spec.help.isEmpty())
            edit->setPlaceholderText(spec.help);
        connect(edit, &QPlainTextEdit::textChanged, this, [this, edit, path, &spec] {
            if (!m_loading)
                writeText(path, spec, edit->toPlainText());
        });
        return edit;
    }
    case FieldType::Date: {
        auto *box = new QWidget(parent);
        box->setProperty("zwDate", true);
        auto *h = new QHBoxLayout(box);
        h->setContentsMargins(0, 0, 0, 0);
        auto *edit = new QLineEdit(box);
        edit->setPlaceholderText(tr("如 2024-03-05 或 2024年3月5日"));
        auto *pick = new QToolButton(box);
        pick->setText(tr("日历"));
        pick->setToolTip(tr("从日历中选择日期"));
        // The calendar is made when first asked for: a case has dozens of
        // dates, and a calendar is a table of its own.
        connect(pick, &QToolButton::clicked, this, [this, pick, edit, path, &spec] {
            auto *menu = pick->findChild<QMenu *>();
            QCalendarWidget *calendar = menu ? menu->findChild<QCalendarWidget *>() : nullptr;
            if (!menu) {
                menu = new QMenu(pick);
                calendar = new QCalendarWidget(menu);
                calendar->setGridVisible(true);
                if (!CaseSchema::english())
                    calendar->setLocale(QLocale(QLocale::Chinese, QLocale::China));
                calendar->setFirstDayOfWeek(Qt::Monday);
                auto *action = new QWidgetAction(menu);
                action->setDefaultWidget(calendar);
                menu->addAction(action);
                connect(calendar, &QCalendarWidget::clicked, this, [this, edit, menu, path, &spec](const QDate &d) {
                    edit->setText(d.toString(Qt::ISODate));
                    writeText(path, spec, edit->text());
                    menu->close();
                });
            }
            const QDate d = Service::parseDateInput(edit->text());
            calendar->setSelectedDate(d.isValid() ? d : QDate::currentDate());
            menu->popup(pick->mapToGlobal(QPoint(0, pick->height())));
        });
        connect(edit, &QLineEdit::textEdited, this, [this, path, &spec](const QString &text) { writeText(path, spec, text); });
        // 2024年3月5日 is shown as stored once the field is left.
        connect(edit, &QLineEdit::editingFinished, edit, [edit] {
            const QString stored = storedDate(edit->text());
            if (stored != edit->text())
                edit->setText(stored);
        });
        h->addWidget(edit, 1);
        h->addWidget(pick);
        return box;
    }
    case FieldType::Choice:
    case FieldType::Boolean:
    case FieldType::PartyRef:
    case FieldType::RespondentRef:
    case FieldType::ItemRef: {
        auto *box = new QComboBox(parent);
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        noWheelUnlessFocused(box);
        connect(box, &QComboBox::activated, this, [this, box, path, &spec] {
            const QVariant data = box->currentData();
            Json value = nullptr;
            if (spec.type == FieldType::Boolean)
                value = data.isValid() ? Json(data.toBool()) : Json(nullptr);
            else if (spec.type == FieldType::ItemRef)
                value = data.isValid() ? Json(data.toLongLong()) : Json(nullptr);
            else
                value = data.isValid() ? Json(ss(data.toString())) : Json(nullptr);
            // A list element has no "absent": an empty choice is an empty value.
            if (value.is_null() && path.endsWith(QLatin1Char(']')))
                value = spec.type == FieldType::ItemRef ? Json(0) : Json("");
            writeValue(path, value);
            // A party's kind decides which fields it has.
            if (spec.key == QLatin1String("kind") && isPartyList(path.section(QLatin1Char('['), 0, 0)))
                if (Section *s = sectionFor(path)) {
                    buildSection(*s);
                    showDiagnostics(m_diagnostics);
                }
        });
        return box;
    }
    case FieldType::Integer: {
        auto *edit = new QLineEdit(parent);
        edit->setValidator(new QIntValidator(0, 1000000, edit));
        connect(edit, &QLineEdit::textEdited, this, [this, path, &spec](const QString &text) { writeText(path, spec, text); });
        return edit;
    }
    default:
        break;
    }
    if (!spec.suggestions.isEmpty()) {
        auto *box = new QComboBox(parent);
        noWheelUnlessFocused(box);
        box->setEditable(true);
        box->setInsertPolicy(QComboBox::NoInsert);
        box->addItem(QString());
        box->addItems(spec.suggestions);
        connect(box->lineEdit(), &QLineEdit::textEdited, this, [this, path, &spec](const QString &text) { writeText(path, spec, text); });
        connect(box, &QComboBox::activated, this, [this, box, path, &spec] { writeText(path, spec, box->currentText()); });
        return box;
    }
    auto *edit = new QLineEdit(parent);
    if (!spec.help.isEmpty())
        edit->setPlaceholderText(spec.help);
    connect(edit, &QLineEdit::textEdited, this, [this, path, &spec](const QString &text) { writeText(path, spec, text); });
    return edit;
}

void CaseForm::fillReferenceCombo(QComboBox *box, const FieldSpec &spec, const QString &current)
{
    box->clear();
    box->addItem(tr("（未选）"));
    bool found = current.isEmpty();
    if (spec.type == FieldType::ItemRef) {
        const Json *items = m_file->at(QStringLiteral("basis.items"));
        if (items && items->is_array())
            for (const Json &item : *items) {
                if (!item.is_object() || !item.contains("no") || !item["no"].is_number_integer())
                    continue;
                const long long no = item["no"].get<long long>();
                QString text = stringAt(item, "text").simplified();
                if (text.size() > 24)
                    text = text.left(24) + QStringLiteral("…");
                box->addItem(QStringLiteral("%1：%2").arg(itemOrdinal(int(no)), text), no);
                found |= QString::number(no) == current;
            }
    } else {
        const bool applicants = spec.type == FieldType::PartyRef;
        for (const char *side : {"applicants", "respondents"}) {
            if (!applicants && qstrcmp(side, "applicants") == 0)
                continue;
            const Json *list = m_file->at(QLatin1String(side));
            if (!list || !list->is_array())
                continue;
            const QString role = qstrcmp(side, "applicants") == 0 ? tr("申请执行人") : tr("被执行人");
            for (const Json &p : *list) {
                const QString id = stringAt(p, "id"), name = stringAt(p, "name");
                if (id.isEmpty())
                    continue;
                box->addItem(QStringLiteral("%1 %2").arg(role, name.isEmpty() ? tr("（未填姓名，编号 %1）").arg(id) : name), id);
                found |= id == current;
            }
        }
    }
    if (!found)
        box->addItem(tr("%1（案件中没有此当事人或判项）").arg(current), spec.type == FieldType::ItemRef ? QVariant(current.toLongLong()) : QVariant(current));
}

void CaseForm::loadEditor(const Field &f)
{
    const bool was = m_loading;
    m_loading = true;
    const Json *v = m_file->at(f.path);
    const QString text = !v ? QString() : v->is_string() ? qs(v->get<std::string>()) : v->is_number_integer() ? QString::number(v->get<long long>()) : v->is_null() ? QString() : qs(v->dump());
    const FieldSpec &spec = *f.spec;
    if (auto *edit = qobject_cast<QPlainTextEdit *>(f.editor)) {
        if (edit->toPlainText() != text)
            edit->setPlainText(text);
    } else if (auto *box = qobject_cast<QComboBox *>(f.editor)) {
        if (box->isEditable()) {
            box->setEditText(text);
        } else {
            if (spec.type == FieldType::PartyRef || spec.type == FieldType::RespondentRef || spec.type == FieldType::ItemRef) {
                fillReferenceCombo(box, spec, v && (v->is_string() || v->is_number_integer()) && text != QLatin1String("0") ? text : QString());
            } else {
                box->clear();
                // A required choice that has a value offers no "none".
                const bool none = !(spec.required && v && !text.isEmpty() && spec.type == FieldType::Choice);
                if (none)
                    box->addItem(tr("（未选）"));
                if (spec.type == FieldType::Boolean) {
                    box->addItem(tr("是"), true);
                    box->addItem(tr("否"), false);
                } else {
                    for (const QString &c : spec.choices)
                        box->addItem(m_service ? m_service->choiceLabel(f.path, c) : spec.choiceLabel(c), c);
                }
            }
            int index = 0; // "（未选）"
            if (spec.type == FieldType::Boolean) {
                if (v && v->is_boolean())
                    index = v->get<bool>() ? 1 : 2;
            } else if (v && !text.isEmpty()) {
                index = box->findData(spec.type == FieldType::ItemRef ? QVariant(text.toLongLong()) : QVariant(text));
                if (index < 0) {
                    box->addItem(tr("%1（不是可选的值）").arg(text), text);
                    index = box->count() - 1;
                }
            }
            box->setCurrentIndex(index);
        }
    } else if (auto *edit = qobject_cast<QLineEdit *>(f.editor)) {
        if (edit->text() != text)
            edit->setText(text);
    } else if (auto *edit = f.editor->findChild<QLineEdit *>()) {
        if (storedDate(edit->text()) != text)
            edit->setText(text);
    }
    m_loading = was;
}

void CaseForm::writeText(const QString &path, const FieldSpec &spec, const QString &text)
{
    if (m_loading || !m_file)
        return;
    const bool element = path.endsWith(QLatin1Char(']'));
    if (text.isEmpty() && !spec.required && !element) {
        if (!m_file->at(path))
            return;
        writeValue(path, nullptr);
        return;
    }
    if (spec.type == FieldType::Integer) {
        bool ok = false;
        const long long n = text.toLongLong(&ok);
        writeValue(path, ok ? Json(n) : Json(ss(text)));
        return;
    }
    writeValue(path, ss(spec.type == FieldType::Date ? storedDate(text) : text));
}

void CaseForm::writeValue(const QString &path, const Json &value)
{
    if (m_loading || !m_file)
        return;
    Service::setCaseValue(*m_file, path, value);
    written(path);
}

void CaseForm::written(const QString &path)
{
    static const QRegularExpression partyField(QStringLiteral("^(applicants|respondents)\\[\\d+\\]\\.(name|id|id_number)$"));
    static const QRegularExpression itemField(QStringLiteral("^basis\\.items\\[\\d+\\]\\.(no|text)$"));
    const auto m = partyField.match(path);
    if (m.hasMatch() && m.captured(2) == QLatin1String("id_number")) {
        // An ID number fills 性别 and 出生日期 when they are empty.
        const QString party = path.section(QLatin1Char('.'), 0, 0);
        for (const QString &key : Service::fillFromIdNumber(*m_file, party))
            reload(childPath(party, key));
    }
    if ((m.hasMatch() && m.captured(2) != QLatin1String("id_number")) || itemField.match(path).hasMatch()) {
        refreshReferences();
        refreshTitles();
    } else if (path.contains(QLatin1String(".respondent")) || path.contains(QLatin1String(".performer"))) {
        refreshTitles();
    }
    Q_EMIT edited();
}

void CaseForm::reload(const QString &path)
{
    for (const Field &f : m_fields)
        if (f.path == path)
            loadEditor(f);
}

void CaseForm::refreshReferences()
{
    for (const Field &f : m_fields)
        if (f.spec->type == FieldType::PartyRef || f.spec->type == FieldType::RespondentRef || f.spec->type == FieldType::ItemRef)
            loadEditor(f);
}

void CaseForm::refreshTitles()
{
    for (const Element &e : m_elements) {
        const Json *value = m_file->at(e.path);
        QString title = CaseSchema::elementLabel(*e.list, value ? *value : Json(), e.index);
        // An element about a party says whose it is: 对各被执行人采取的措施：张某.
        if (value && value->is_object())
            for (const char *ref : {"respondent", "performer"})
                if (const QString id = stringAt(*value, ref); !id.isEmpty())
                    if (const Json *p = m_file->party(id))
                        title = label(*e.list) + QStringLiteral("：") + stringAt(*p, "name");
        e.title->setText(title);
    }
}

QString CaseForm::addElement(const QString &listPath)
{
    if (!m_file)
        return {};
    const QString path = Service::appendElement(*m_file, listPath);
    if (path.isEmpty())
        return {};
    if (Section *s = sectionFor(listPath))
        openSection(*s, true);
    restructured(listPath);
    // The first thing to type in the new element.
    for (const Field &f : m_fields)
        if (f.path.startsWith(path + QLatin1Char('.')) || f.path == path) {
            QWidget *target = f.editor;
            if (auto *line = f.editor->findChild<QLineEdit *>(); line && f.editor->property("zwDate").toBool())
                target = line;
            QTimer::singleShot(0, target, [target] {
                target->setFocus(Qt::OtherFocusReason);
                // Scrolled to, not left below the fold after the rebuild.
                for (QWidget *p = target->parentWidget(); p; p = p->parentWidget())
                    if (auto *scroll = qobject_cast<QScrollArea *>(p)) {
                        scroll->ensureWidgetVisible(target, 20, 60);
                        break;
                    }
            });
            if (!qobject_cast<QComboBox *>(f.editor) || f.spec->key != QLatin1String("kind"))
                break;
        }
    return path;
}

bool CaseForm::removeElement(const QString &elementPath)
{
    if (!m_file)
        return false;
    const Json *value = m_file->at(elementPath);
    if (!value)
        return false;
    if (hasContent(*value)) {
        QString what = elementPath;
        for (const Element &e : m_elements)
            if (e.path == elementPath)
                what = e.title->text();
        const bool yes = m_confirmRemove ? m_confirmRemove(what)
                                         : QMessageBox::question(this, tr("删除"), tr("删除%1？其中填写的内容将一并删除。").arg(what), QMessageBox::Yes | QMessageBox::No,
                                                                 QMessageBox::No) == QMessageBox::Yes;
        if (!yes)
            return false;
    }
    if (!Service::removeElement(*m_file, elementPath))
        return false;
    restructured(elementPath);
    return true;
}

bool CaseForm::moveElement(const QString &elementPath, int delta)
{
    if (!m_file || !Service::moveElement(*m_file, elementPath, delta))
        return false;
    restructured(elementPath);
    return true;
}

void CaseForm::restructured(const QString &path)
{
    // A list changed shape: its section is built anew, and whatever names
    // parties or items is told.
    if (Section *s = sectionFor(path))
        buildSection(*s);
    refreshReferences();
    Q_EMIT edited();
}

void CaseForm::showOnlyFor(const QStringList &requiredFields)
{
    m_required = requiredFields;
    applyFilter();
}

bool CaseForm::isSectionShown(const QString &key) const
{
    for (const Section &s : m_sections)
        if (s.key == key)
            return !s.frame->isHidden();
    return false;
}

void CaseForm::applyFilter()
{
    // A section is shown when the document needs any field under it; no
    // filter, or "show all", shows every one.
    QSet<QString> tops;
    for (const QString &f : m_required)
        tops.insert(f.section(QLatin1Char('.'), 0, 0).section(QLatin1Char('['), 0, 0));
    if (tops.contains(QStringLiteral("panel")))
        tops.insert(QStringLiteral("officers"));
    // A part with an error is shown whatever the document: it must be fixed.
    QSet<QString> withErrors;
    for (const Diagnostic &d : m_diagnostics)
        if (d.isError())
            withErrors.insert(d.path.section(QLatin1Char('.'), 0, 0).section(QLatin1Char('['), 0, 0));
    for (Section &s : m_sections)
        s.frame->setVisible(m_showAllBox->isChecked() || tops.isEmpty() || tops.contains(s.key) || withErrors.contains(s.key));
}

void CaseForm::updateHeaders()
{
    QHash<QString, int> errors, warnings;
    for (const Diagnostic &d : m_diagnostics) {
        const QString key = d.path.section(QLatin1Char('.'), 0, 0).section(QLatin1Char('['), 0, 0);
        (d.isError() ? errors : warnings)[key]++;
    }
    for (Section &s : m_sections) {
        QString text = label(*s.spec);
        if (const int e = errors.value(s.key))
            text += tr("（%1 个错误）").arg(e);
        else if (const int w = warnings.value(s.key))
            text += tr("（%1 个警告）").arg(w);
        s.header->setText(text);
        s.header->setStyleSheet(errors.value(s.key) ? QStringLiteral("QToolButton { font-weight: bold; color: #a40000; }")
                                                    : QStringLiteral("QToolButton { font-weight: bold; }"));
    }
}

void CaseForm::showDiagnostics(const Diagnostics &list)
{
    m_diagnostics = list;
    QStringList general;
    QHash<QString, QStringList> byPath;
    QHash<QString, bool> errorAt;
    for (const Diagnostic &d : list) {
        byPath[d.path] << d.message;
        errorAt[d.path] = errorAt.value(d.path) || d.isError();
    }
    QSet<QString> placed;
    auto place = [&](QLabel *label, const QString &path) {
        const auto it = byPath.constFind(path);
        if (it == byPath.constEnd()) {
            label->clear();
            label->hide();
            return;
        }
        label->setText(it->join(QLatin1Char('\n')));
        label->setStyleSheet(errorAt.value(path) ? QStringLiteral("color: #a40000;") : QStringLiteral("color: #8f5902;"));
        label->show();
        placed.insert(path);
    };
    for (const Field &f : m_fields)
        place(f.message, f.path);
    for (const Element &e : m_elements)
        place(e.message, e.path);
    for (const Section &s : m_sections)
        if (s.spec->type == FieldType::Object || !m_listMessages.contains(s.key))
            place(s.message, s.key);
    for (auto it = m_listMessages.cbegin(); it != m_listMessages.cend(); ++it)
        place(it.value(), it.key());
    // The rest (fields of a closed section, the case as a whole) at the top,
    // by what the field is called, not by its path.
    for (const Diagnostic &d : list) {
        if (placed.contains(d.path))
            continue;
        general << (d.isError() ? tr("错误：") : tr("警告：")) + d.toDisplayString();
    }
    m_general->setText(general.join(QLatin1Char('\n')));
    m_general->setVisible(!general.isEmpty());
    // The party id (given when the party is added) shows only when it is wrong.
    for (const Field &f : m_fields)
        if (f.spec->unique == QLatin1String("party-id"))
            f.form->setRowVisible(f.row, placed.contains(f.path));
    updateHeaders();
    applyFilter();
}

QWidget *CaseForm::editor(const QString &path)
{
    if (Section *s = sectionFor(path); s && !s->open)
        openSection(*s, true);
    for (const Field &f : m_fields)
        if (f.path == path)
            return f.editor;
    return nullptr;
}

QLineEdit *CaseForm::field(const QString &path)
{
    QWidget *e = editor(path);
    if (auto *line = qobject_cast<QLineEdit *>(e))
        return line;
    if (auto *box = qobject_cast<QComboBox *>(e))
        return box->isEditable() ? box->lineEdit() : nullptr;
    if (e && e->property("zwDate").toBool())
        return e->findChild<QLineEdit *>();
    return nullptr;
}

QString CaseForm::messageFor(const QString &path) const
{
    for (const Field &f : m_fields)
        if (f.path == path)
            return f.message->text();
    for (const Element &e : m_elements)
        if (e.path == path)
            return e.message->text();
    if (QLabel *l = m_listMessages.value(path))
        return l->text();
    return {};
}

} // namespace zw::gui
