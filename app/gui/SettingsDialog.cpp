#include "SettingsDialog.h"

#include "AtomicFile.h"
#include "DataPaths.h"
#include "Json.h"
#include "Service.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace zw::gui {

namespace {
Json settingsJson(const QString &key)
{
    const Json j = Json::parse(QSettings().value(key).toString().toStdString(), nullptr, false);
    return j.is_object() ? j : Json::object();
}
QString userFontsFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/resources/fonts.json");
}
} // namespace

Json SettingsDialog::courtProfile()
{
    return settingsJson(QStringLiteral("courtProfile"));
}

Json SettingsDialog::defaultOfficers()
{
    return settingsJson(QStringLiteral("officers"));
}

QString SettingsDialog::storeLocation()
{
    // ZHIWEN_STORE (or --store) first, as for the command line; then 设置.
    if (qEnvironmentVariableIsSet("ZHIWEN_STORE"))
        return Service::defaultStoreLocation();
    const QString chosen = QSettings().value(QStringLiteral("store/location")).toString().trimmed();
    return chosen.isEmpty() ? Service::defaultStoreLocation() : chosen;
}

bool SettingsDialog::needsFirstRun()
{
    return !QSettings().contains(QStringLiteral("courtProfile"));
}

SettingsDialog::SettingsDialog(bool firstRun, QWidget *parent)
    : QDialog(parent), m_language(new QComboBox(this))
{
    setWindowTitle(firstRun ? tr("欢迎使用执文") : tr("设置"));
    setMinimumWidth(520);
    auto *layout = new QVBoxLayout(this);
    if (firstRun) {
        auto *intro = new QLabel(tr("请先填写本院信息。新建案件时会自动带入，以后可在“文件→设置”中修改。"), this);
        intro->setWordWrap(true);
        layout->addWidget(intro);
    }
    const Json court = settingsJson(QStringLiteral("courtProfile"));
    const Json officers = settingsJson(QStringLiteral("officers"));
    auto group = [&](const QString &title, const QList<QPair<QString, QString>> &rows, const Json &values, const QString &prefix) {
        auto *box = new QGroupBox(title, this);
        auto *form = new QFormLayout(box);
        for (const auto &[label, key] : rows) {
            auto *edit = new QLineEdit(this);
            edit->setObjectName(prefix + key);
            // Keys are one level deep, or two for the account ("account.bank").
            const Json &parent = key.contains(QLatin1Char('.')) ? values.value(ss(key.section(QLatin1Char('.'), 0, 0)), Json::object()) : values;
            edit->setText(stringAt(parent, key.section(QLatin1Char('.'), -1).toUtf8().constData()));
            form->addRow(label, edit);
            m_fields.insert(prefix + key, edit);
        }
        layout->addWidget(box);
    };
    group(tr("本院信息"), {{tr("法院名称"), QStringLiteral("name")}, {tr("法院代字"), QStringLiteral("code")},
                        {tr("地址"), QStringLiteral("address")}, {tr("电话"), QStringLiteral("phone")},
                        {tr("开户银行"), QStringLiteral("account.bank")}, {tr("户名"), QStringLiteral("account.holder")},
                        {tr("账号"), QStringLiteral("account.number")}, {tr("证明书编号格式"), QStringLiteral("certificate_pattern")}},
          court, QStringLiteral("court."));
    group(tr("默认办案人员"), {{tr("独任审判员"), QStringLiteral("sole_judge")}, {tr("审判长"), QStringLiteral("presiding")},
                           {tr("法官助理"), QStringLiteral("assistant")}, {tr("书记员"), QStringLiteral("clerk")}},
          officers, QStringLiteral("officers."));
    m_fields.value(QStringLiteral("court.certificate_pattern"))->setPlaceholderText(QStringLiteral("（{year}）{court}自履证{seq}号"));

    // Font roles: families fontconfig knows; applied at the next start.
    auto *fontBox = new QGroupBox(tr("字体（重新启动后生效）"), this);
    auto *fontForm = new QFormLayout(fontBox);
    // Checked at start by the catalog, but the file may have been edited since.
    const auto loaded = loadJsonFile(DataPaths::resource(QStringLiteral("fonts.json")));
    const Json fonts = loaded && loaded->is_object() ? *loaded : Json::object();
    const QStringList families = QFontDatabase::families(QFontDatabase::SimplifiedChinese);
    const Json roles = fonts.value("roles", Json::object());
    for (const auto &[label, role] : {std::pair{tr("标题"), QStringLiteral("title")}, std::pair{tr("正文"), QStringLiteral("body")},
                                      std::pair{tr("落款（署名、日期）"), QStringLiteral("signature")}}) {
        auto *combo = new QComboBox(this);
        combo->setObjectName(QStringLiteral("font.") + role);
        combo->addItems(families);
        // A configuration without a signature role draws it in the body font.
        const std::string key = role == QLatin1String("signature") && !roles.contains("signature") ? "body" : ss(role);
        const QString current = stringAt(roles.value(key, Json::object()), "family");
        if (!families.contains(current))
            combo->addItem(current);
        combo->setCurrentText(current);
        combo->setProperty("initial", combo->currentText());
        fontForm->addRow(label, combo);
        m_fonts.insert(role, combo);
    }
    layout->addWidget(fontBox);

    // Where cases, numbers and the register are kept: this machine's file,
    // or the court's server shared by every desk.
    auto *storeBox = new QGroupBox(tr("案件库"), this);
    auto *storeForm = new QFormLayout(storeBox);
    m_store = new QLineEdit(QSettings().value(QStringLiteral("store/location")).toString(), this);
    m_store->setObjectName(QStringLiteral("store.location"));
    m_store->setPlaceholderText(QDir::toNativeSeparators(Service::defaultStoreLocation()));
    storeForm->addRow(tr("位置"), m_store);
    auto *storeHelp = new QLabel(tr("留空为本机文件。全院共用时填法院案件库服务器，如 postgresql://zhangsan@10.0.0.5/zhiwen"
                                    "（用各自的登录名；密码不写在这里，连接时询问，或放在 ~/.pgpass）。"),
                                 this);
    storeHelp->setWordWrap(true);
    storeForm->addRow(storeHelp);
    if (qEnvironmentVariableIsSet("ZHIWEN_STORE")) {
        m_store->setEnabled(false);
        storeForm->addRow(new QLabel(tr("现由环境变量 ZHIWEN_STORE 指定：%1").arg(Service::defaultStoreLocation()), this));
    }
    layout->addWidget(storeBox);

    auto *langForm = new QFormLayout;
    m_language->addItem(QStringLiteral("中文"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(QSettings().value(QStringLiteral("language")).toString() == QLatin1String("en") ? 1 : 0);
    langForm->addRow(tr("界面语言（重新启动后生效）"), m_language);
    layout->addLayout(langForm);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (apply())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

bool SettingsDialog::apply()
{
    // Nothing is written when the store's location holds a password.
    const QString store = m_store->text().trimmed();
    if (store.contains(QLatin1String("password")) || store.contains(QRegularExpression(QStringLiteral("://[^/@]*:[^/@]*@")))) {
        QMessageBox::warning(this, tr("案件库"), tr("位置中不能写密码：密码在连接时询问，或放在 ~/.pgpass"));
        return false;
    }
    Json court = Json::object(), officers = Json::object();
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        const QString text = it.value()->text().trimmed();
        if (text.isEmpty())
            continue;
        const QString key = it.key();
        if (key.startsWith(QStringLiteral("court.account.")))
            court["account"][ss(key.section(QLatin1Char('.'), 2))] = ss(text);
        else if (key.startsWith(QStringLiteral("court.")))
            court[ss(key.section(QLatin1Char('.'), 1))] = ss(text);
        else
            officers[ss(key.section(QLatin1Char('.'), 1))] = ss(text);
    }
    QSettings settings;
    settings.setValue(QStringLiteral("courtProfile"), QString::fromStdString(court.dump()));
    settings.setValue(QStringLiteral("officers"), QString::fromStdString(officers.dump()));
    settings.setValue(QStringLiteral("language"), m_language->currentData().toString());
    settings.setValue(QStringLiteral("store/location"), store);

    // Font roles go to the user's copy of fonts.json, found before the shipped one.
    auto current = loadJsonFile(DataPaths::resource(QStringLiteral("fonts.json")));
    Json fonts = current ? current.value() : Json::object();
    bool changed = false;
    for (auto it = m_fonts.cbegin(); it != m_fonts.cend(); ++it) {
        if (it.value()->currentText() == it.value()->property("initial").toString())
            continue;
        Json &role = fonts["roles"][ss(it.key())];
        if (stringAt(role, "family") != it.value()->currentText()) {
            role["family"] = ss(it.value()->currentText());
            role.erase("package");
            changed = true;
        }
    }
    if (changed) {
        const QString path = userFontsFile();
        const auto written = writeFileAtomically(path, QByteArray::fromStdString(fonts.dump(2)) + '\n');
        if (!written) {
            QMessageBox::warning(this, tr("无法保存字体设置"), written.displayString());
            return false;
        }
    }
    return true;
}

} // namespace zw::gui
