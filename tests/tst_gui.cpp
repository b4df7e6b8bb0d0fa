#include "CaseForm.h"
#include "CaseListDialog.h"
#include "Drafts.h"
#include "Fonts.h"
#include "Service.h"
#include "SettingsDialog.h"
#include "SignOffDialog.h"
#include "MainWindow.h"
#include "PdfPreview.h"
#include "TerminationWizard.h"
#include "ZhongbenChecklist.h"
#include "TestSupport.h"

#include <QAbstractButton>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPrinter>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QTemporaryDir>
#include <QTableWidget>
#include <QSignalSpy>
#include <QTimer>
#include <QMenuBar>
#include <QDateEdit>
#include <QWheelEvent>
#include <QPushButton>
#include <QTreeWidget>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace zw;
using namespace zw::gui;

namespace {
// Types `text` into the form field `key` as a user does: the field changes
// and says it was edited (as typing through an input method does).
void typeInto(MainWindow &w, const QString &key, const QString &text)
{
    QLineEdit *field = w.form()->field(key);
    field->setText(text);
    Q_EMIT field->textEdited(text);
}
// Through the wizard to the facts page with `ground` and `scope`.
void toFactsPage(TerminationWizard &w, const QString &ground, const QString &scope)
{
    w.findChild<QRadioButton *>(ground)->click();
    w.next();
    w.currentPage()->findChild<QRadioButton *>(scope)->click();
    w.next();
    QCOMPARE(w.currentId(), int(TerminationWizard::FactsPage));
}
} // namespace

class TestGui : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Service> m_service;

    // One service for the test, with the source tree's data files; each
    // window opens the store that ZHIWEN_STORE names when it first needs it.
    Service &service()
    {
        if (!m_service) {
            auto created = Service::create();
            if (!created)
                qFatal("%s", qPrintable(created.errorString()));
            m_service = std::move(created).value();
        }
        return *m_service;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // settings of their own
        qputenv("ZHIWEN_STORE", m_dir.filePath(QStringLiteral("gui.sqlite")).toUtf8());
        QSettings().clear();
    }

    void draftSurvivesACrash()
    {
        QDir(Drafts::defaultDir()).removeRecursively();
        const QString path = m_dir.filePath(QStringLiteral("draft-case.json"));
        QVERIFY(zwtest::demoCase(QStringLiteral("jingde-withdrawal")).save(path));
        {
            MainWindow w(service());
            QVERIFY(w.openCase(path));
            typeInto(w, QStringLiteral("case.cause"), QStringLiteral("民间借贷纠纷（已改）"));
            w.autosaveNow();
            // The window goes away without saving, as in a crash.
        }
        MainWindow again(service());
        QVERIFY(again.hasDraftToRestore());
        QVERIFY(again.restoreDraft(false));
        QCOMPARE(again.form()->field(QStringLiteral("case.cause"))->text(), QStringLiteral("民间借贷纠纷（已改）"));
        QVERIFY(again.windowTitle().contains(QStringLiteral("draft-case.json *")));
        // The case file itself was never touched; saving clears the draft.
        QCOMPARE(CaseFile::load(path)->text(QStringLiteral("case.cause")), QStringLiteral("民间借贷纠纷"));
        QVERIFY(again.saveCase(path));
        QVERIFY(!again.hasDraftToRestore());
        QCOMPARE(CaseFile::load(path)->text(QStringLiteral("case.cause")), QStringLiteral("民间借贷纠纷（已改）"));
    }

    // The case list: import with a report, search, duplicate, archive, open,
    // edit, save into the store, and find it again among the recent cases.
    void caseList()
    {
        QDir(Drafts::defaultDir()).removeRecursively();
        qputenv("ZHIWEN_STORE", m_dir.filePath(QStringLiteral("list.sqlite")).toUtf8());
        MainWindow w(service());
        CaseListDialog *list = w.showCaseList();
        QVERIFY(list);
        QCOMPARE(list->table()->rowCount(), 0);
        const TransferReport report = list->importFiles({zwtest::demo(QStringLiteral("haicang-performance")), zwtest::demo(QStringLiteral("jingde-withdrawal")),
                                                         zwtest::demo(QStringLiteral("jingde-partly-revoked"))});
        QVERIFY2(list->lastReport().startsWith(QStringLiteral("共 3 个文件：导入 2 件，替换 0 件，未导入 1 件")), qPrintable(list->lastReport()));
        QVERIFY(list->findChild<QDialog *>(QStringLiteral("transferReport"))->isVisible());
        QCOMPARE(list->table()->rowCount(), 2);

        list->setSearchText(QStringLiteral("(2024)皖1825"));
        QCOMPARE(list->table()->rowCount(), 1);
        QCOMPARE(list->table()->item(0, 2)->text(), QStringLiteral("李某、张某、宣城某艺术培训有限公司"));
        const qint64 jingde = list->selectedCaseIds().value(0);
        QVERIFY(jingde > 0);
        const qint64 copy = list->duplicateSelected();
        QVERIFY(copy > jingde);
        QCOMPARE(list->table()->rowCount(), 2);
        QCOMPARE(list->selectedCaseIds(), QList<qint64>{copy});
        QVERIFY(list->toggleArchiveSelected());
        QCOMPARE(list->table()->rowCount(), 1);
        list->setShowArchived(true);
        QCOMPARE(list->table()->rowCount(), 2);
        QVERIFY(list->selectCase(copy));
        QAbstractButton *archive = nullptr;
        for (QAbstractButton *b : list->findChildren<QAbstractButton *>())
            if (b->text() == QStringLiteral("恢复(&A)"))
                archive = b;
        QVERIFY(archive); // the selected case is archived: the button restores
        QVERIFY(list->toggleArchiveSelected());
        QCOMPARE(archive->text(), QStringLiteral("归档(&A)"));
        list->setShowArchived(false);
        QCOMPARE(list->table()->rowCount(), 2);
        QVERIFY(list->selectCase(copy));
        QVERIFY(list->toggleArchiveSelected()); // archived again for what follows
        QCOMPARE(list->table()->rowCount(), 1);

        // Opening from the list (the 打开 button) makes it the window's case.
        QVERIFY(list->selectCase(jingde));
        QSignalSpy opened(list, &CaseListDialog::openRequested);
        QTest::keyClick(list->findChild<QLineEdit *>(), Qt::Key_Return); // Enter in the search field
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().first().toLongLong(), jingde);
        QCOMPARE(w.storedCaseId(), jingde);
        QVERIFY2(w.windowTitle().startsWith(QStringLiteral("（2024）皖1825执123号 · 案件库第")), qPrintable(w.windowTitle()));
        typeInto(w, QStringLiteral("case.cause"), QStringLiteral("借款合同纠纷"));
        QVERIFY(w.saveCase()); // Ctrl+S: into the store, no file dialog
        QVERIFY(w.store()->loadStoredCase(jingde)->text(QStringLiteral("case.cause")) == QStringLiteral("借款合同纠纷"));
        QVERIFY(!w.hasDraftToRestore());

        // The recent-cases menu lists it first.
        QMenu *recent = nullptr;
        for (QAction *a : w.menuBar()->actions())
            for (QAction *sub : a->menu()->actions())
                if (sub->menu() && sub->text().startsWith(QStringLiteral("最近")))
                    recent = sub->menu();
        QVERIFY(recent);
        Q_EMIT recent->aboutToShow();
        QVERIFY2(recent->actions().first()->text().contains(QStringLiteral("（2024）皖1825执123号")), qPrintable(recent->actions().first()->text()));

        // A new, unnamed case saved with Ctrl+S goes into the store.
        w.newCase();
        typeInto(w, QStringLiteral("case.number"), QStringLiteral("（2025）皖1825执9号"));
        QVERIFY(w.saveCase());
        QVERIFY(w.storedCaseId() > copy);
        QCOMPARE(w.store()->findCases({QStringLiteral("执9号")})->size(), 1);
        qputenv("ZHIWEN_STORE", m_dir.filePath(QStringLiteral("gui.sqlite")).toUtf8());
    }

    // Closing with edits asks, and saving is what Enter does: cancel keeps
    // the window and the edits, 保存 writes them, 不保存 drops them and the draft.
    void closingWithEditsAsks()
    {
        QDir(Drafts::defaultDir()).removeRecursively();
        qputenv("ZHIWEN_STORE", m_dir.filePath(QStringLiteral("close.sqlite")).toUtf8());
        const QString path = m_dir.filePath(QStringLiteral("close.json"));
        QVERIFY(zwtest::demoCase(QStringLiteral("jingde-withdrawal")).save(path));
        Drafts drafts;
        {
            MainWindow w(service());
            w.show();
            QVERIFY(w.openCase(path));
            typeInto(w, QStringLiteral("case.cause"), QStringLiteral("民间借贷纠纷（改）"));
            w.autosaveNow();
            int asked = 0;
            w.setUnsavedHandler([&] { ++asked; return MainWindow::Unsaved::Cancel; });
            QVERIFY(!w.close());
            QCOMPARE(asked, 1);
            QVERIFY(w.isVisible());
            QCOMPARE(w.caseFile().text(QStringLiteral("case.cause")), QStringLiteral("民间借贷纠纷（改）"));
            w.setUnsavedHandler([] { return MainWindow::Unsaved::Save; });
            QVERIFY(w.close());
            QCOMPARE(CaseFile::load(path)->text(QStringLiteral("case.cause")), QStringLiteral("民间借贷纠纷（改）"));
        }
        {
            MainWindow w(service());
            w.show();
            QVERIFY(w.openCase(path));
            typeInto(w, QStringLiteral("case.cause"), QStringLiteral("被丢弃的修改"));
            w.autosaveNow();
            QCOMPARE(drafts.list().size(), 1);
            w.setUnsavedHandler([] { return MainWindow::Unsaved::Discard; });
            QVERIFY(w.close());
            QCOMPARE(CaseFile::load(path)->text(QStringLiteral("case.cause")), QStringLiteral("民间借贷纠纷（改）"));
            QCOMPARE(drafts.list().size(), 0);
        }
        QDir(Drafts::defaultDir()).removeRecursively();
    }

    // A case opens on the document it most likely needs next.
    void openingShowsTheLikelyDocument_data()
    {
        QTest::addColumn<QString>("demo");
        QTest::addColumn<QString>("templateId");
        QTest::newRow("termination") << "jingde-withdrawal" << "zhongjie-caiding";
        QTest::newRow("终本") << "jingde-zhongben-ready" << "zhongben-caiding";
        QTest::newRow("performance") << "haicang-performance" << "zidong-lvxing-zhengming";
    }
    void openingShowsTheLikelyDocument()
    {
        QFETCH(QString, demo);
        QFETCH(QString, templateId);
        MainWindow w(service());
        QVERIFY(w.openCase(zwtest::demo(demo)));
        QCOMPARE(w.currentTemplate(), templateId);
        CaseFile notice = zwtest::demoCase(QStringLiteral("jingde-zhongben-ready"));
        notice.json().erase("zhongben");
        QCOMPARE(service().suggestedTemplate(notice), QStringLiteral("zhixing-tongzhi"));
    }

    // Every menu action a clerk uses all day has a shortcut; 帮助→关于 says
    // what is installed.
    void shortcutsAndAbout()
    {
        MainWindow w(service());
        QHash<QString, QKeySequence> keys;
        for (QAction *a : w.findChildren<QAction *>())
            if (!a->text().isEmpty())
                keys.insert(a->text().section(QLatin1Char('('), 0, 0), a->shortcuts().value(0));
        for (const char *name : {"新建案件", "打开案件", "案件库", "保存案件", "案件另存为", "保存 PDF", "打印", "设置", "退出", "生成预览", "终结执行向导",
                                 "终本条件核对", "到期事项", "分配证明书编号", "核对 PDF"})
            QVERIFY2(!keys.value(QString::fromUtf8(name)).isEmpty(), name);
        for (QAction *a : w.findChildren<QAction *>())
            if (a->text().startsWith(QStringLiteral("设置")))
                QVERIFY(a->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Comma)));
        const QString about = w.aboutText();
        QVERIFY2(about.contains(QStringLiteral("执文")) && about.contains(QCoreApplication::applicationVersion()), qPrintable(about));
        QVERIFY2(about.contains(QStringLiteral("执行裁定书（终结本次执行程序用）（第 3 版）")), qPrintable(about));
    }

    // Saving one case leaves the drafts of others alone (a draft the user
    // chose to keep, say of a new case, survives saving another case).
    void saveKeepsOtherDrafts()
    {
        QDir(Drafts::defaultDir()).removeRecursively();
        Drafts drafts;
        QVERIFY(drafts.save(zwtest::demoCase(QStringLiteral("haicang-performance")), QString()));
        const QString path = m_dir.filePath(QStringLiteral("other.json"));
        QVERIFY(zwtest::demoCase(QStringLiteral("jingde-withdrawal")).save(path));
        MainWindow w(service());
        QVERIFY(w.openCase(path));
        typeInto(w, QStringLiteral("case.cause"), QStringLiteral("民间借贷纠纷（改）"));
        w.autosaveNow();
        QCOMPARE(drafts.list().size(), 2);
        QVERIFY(w.saveCase());
        const QList<Drafts::Draft> left = drafts.list();
        QCOMPARE(left.size(), 1);
        QVERIFY(left.first().original.isEmpty());
        QDir(Drafts::defaultDir()).removeRecursively();
    }

    // Unsaved edits of a case from the store come back after a crash as that case.
    void storedCaseDraftRestores()
    {
        QDir(Drafts::defaultDir()).removeRecursively();
        qint64 id = 0;
        {
            MainWindow w(service());
            id = *w.store()->saveCase(zwtest::demoCase(QStringLiteral("haicang-performance")));
            QVERIFY(w.openStoredCase(id));
            typeInto(w, QStringLiteral("case.cause"), QStringLiteral("房屋租赁合同纠纷"));
            w.autosaveNow();
        }
        MainWindow again(service());
        QVERIFY(again.restoreDraft(false));
        QCOMPARE(again.storedCaseId(), id);
        QCOMPARE(again.form()->field(QStringLiteral("case.cause"))->text(), QStringLiteral("房屋租赁合同纠纷"));
        QVERIFY(again.saveCase());
        QCOMPARE(again.store()->loadStoredCase(id)->text(QStringLiteral("case.cause")), QStringLiteral("房屋租赁合同纠纷"));
    }

    // A corrupt store: the user is asked, and the old file is kept under a new name.
    void unusableStoreHasAWayOut()
    {
        const QString db = m_dir.filePath(QStringLiteral("broken.sqlite"));
        QVERIFY(zwtest::writeFile(db, QByteArray(8192, 'z')));
        qputenv("ZHIWEN_STORE", db.toUtf8());
        {
            MainWindow w(service());
            QString asked;
            w.setStoreProblemHandler([&](const QString &message) {
                asked = message;
                return MainWindow::StoreProblem::WithoutStore;
            });
            QVERIFY(!w.store());
            QVERIFY(asked.contains(db));
            QVERIFY(!w.saveCase()); // nowhere to save an unnamed case: refused, nothing lost
            QVERIFY(w.saveCase(m_dir.filePath(QStringLiteral("without-store.json")))); // files still work
            QCOMPARE(QFileInfo(db).size(), 8192);
        }
        {
            MainWindow w(service());
            w.setStoreProblemHandler([](const QString &) { return MainWindow::StoreProblem::SetAside; });
            QVERIFY(w.store());
            const QStringList aside = QDir(m_dir.path()).entryList({QStringLiteral("broken.sqlite.unusable-*")});
            QCOMPARE(aside.size(), 1);
            QCOMPARE(QFileInfo(m_dir.filePath(aside.first())).size(), 8192);
        }
        qputenv("ZHIWEN_STORE", m_dir.filePath(QStringLiteral("gui.sqlite")).toUtf8());
    }

    void corruptDraftIsKept()
    {
        QDir(Drafts::defaultDir()).removeRecursively();
        QDir().mkpath(Drafts::defaultDir());
        const QString bad = Drafts::defaultDir() + QStringLiteral("/broken.json");
        QVERIFY(zwtest::writeFile(bad, "{\"format\": \"zhiwen/draft@1\", \"case\": "));
        MainWindow w(service());
        QVERIFY(w.hasDraftToRestore());
        QTimer::singleShot(0, [] {
            // The warning names the draft; close it.
            if (QWidget *box = QApplication::activeModalWidget())
                box->close();
        });
        QVERIFY(!w.restoreDraft(false));
        QVERIFY(QFile::exists(bad));
        QDir(Drafts::defaultDir()).removeRecursively();
    }

    void firstRunSettings()
    {
        QSettings().clear();
        QVERIFY(SettingsDialog::needsFirstRun());
        SettingsDialog dialog(true);
        dialog.field(QStringLiteral("court.name"))->setText(QStringLiteral("厦门市海沧区人民法院"));
        dialog.field(QStringLiteral("court.code"))->setText(QStringLiteral("闽0205"));
        dialog.field(QStringLiteral("court.account.number"))->setText(QStringLiteral("6222000000000001"));
        dialog.field(QStringLiteral("officers.clerk"))->setText(QStringLiteral("陈某"));
        dialog.fontChoice(QStringLiteral("body"))->setCurrentText(QStringLiteral("AR PL UKai CN"));
        QVERIFY(dialog.fontChoice(QStringLiteral("signature")));
        QCOMPARE(dialog.fontChoice(QStringLiteral("signature"))->currentText(), QStringLiteral("AR PL UMing CN"));
        dialog.fontChoice(QStringLiteral("signature"))->setCurrentText(QStringLiteral("AR PL UKai CN"));
        QVERIFY(dialog.apply());
        QVERIFY(!SettingsDialog::needsFirstRun());
        // The user's font file now names the chosen family and is preferred.
        const auto fonts = loadJsonFile(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/resources/fonts.json"));
        QVERIFY(fonts);
        QCOMPARE(stringAt((*fonts)["roles"]["body"], "family"), QStringLiteral("AR PL UKai CN"));
        QCOMPARE(stringAt((*fonts)["roles"]["signature"], "family"), QStringLiteral("AR PL UKai CN"));
        QCOMPARE(stringAt((*fonts)["roles"]["title"], "family"), QStringLiteral("AR PL UMing CN"));
        QVERIFY(FontSet::load(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/resources/fonts.json")));
        MainWindow w(service());
        w.newCase();
        QCOMPARE(w.form()->field(QStringLiteral("court.name"))->text(), QStringLiteral("厦门市海沧区人民法院"));
        QCOMPARE(w.form()->field(QStringLiteral("court.account.number"))->text(), QStringLiteral("6222000000000001"));
        QCOMPARE(w.form()->field(QStringLiteral("officers.clerk"))->text(), QStringLiteral("陈某"));
        QFile::remove(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/resources/fonts.json"));
        QSettings().clear();
    }

    void certificateNumberFromTheStore()
    {
        MainWindow w(service());
        QVERIFY(w.openCase(zwtest::demo(QStringLiteral("haicang-performance"))));
        QVERIFY(w.allocateCertificateNumber());
        const QString number = w.caseFile().text(QStringLiteral("performance.certificate_no"));
        QVERIFY2(number.startsWith(QStringLiteral("（2024）闽0205自履证")), qPrintable(number));
        QVERIFY(w.preview()->pageCount() >= 1); // the certificate now renders
        QVERIFY(w.allocateCertificateNumber());
        QCOMPARE(w.caseFile().text(QStringLiteral("performance.certificate_no")), number); // same certificate, same number
    }

    void formShowsWhatTheDocumentNeeds()
    {
        MainWindow w(service());
        w.show();
        QVERIFY(w.openCase(zwtest::demo(QStringLiteral("haicang-performance"))));
        QVERIFY(w.setTemplate(QStringLiteral("zidong-lvxing-zhengming")));
        QVERIFY(w.form()->isSectionShown(QStringLiteral("performance")));
        QVERIFY(!w.form()->isSectionShown(QStringLiteral("officers")));
        QVERIFY(w.setTemplate(QStringLiteral("zhongjie-caiding")));
        QVERIFY(w.form()->isSectionShown(QStringLiteral("officers")));
        QVERIFY(!w.form()->isSectionShown(QStringLiteral("performance")));
        // Asked for, every section shows.
        w.form()->setShowAll(true);
        QVERIFY(w.form()->isSectionShown(QStringLiteral("performance")));
        QVERIFY(w.form()->isSectionShown(QStringLiteral("measures")));
    }

    // The court profile lives in 设置: a blank window and every new case start
    // from it; saving a case of another court neither changes it nor hides
    // that the case is that court's.
    void courtProfileFromSettingsOnly()
    {
        QSettings().clear();
        {
            SettingsDialog dialog(true);
            dialog.field(QStringLiteral("court.name"))->setText(QStringLiteral("安徽省旌德县人民法院"));
            dialog.field(QStringLiteral("court.code"))->setText(QStringLiteral("皖1825"));
            dialog.field(QStringLiteral("court.account.number"))->setText(QStringLiteral("12345000000000000"));
            QVERIFY(dialog.apply());
        }
        MainWindow w(service());
        // The window's first, empty case already carries the profile.
        QVERIFY(w.isUntouchedBlank());
        QCOMPARE(w.form()->field(QStringLiteral("court.name"))->text(), QStringLiteral("安徽省旌德县人民法院"));
        QVERIFY(w.openCase(zwtest::demo(QStringLiteral("haicang-performance"))));
        bool noticed = false;
        for (QLabel *l : w.findChildren<QLabel *>())
            noticed |= !l->isHidden() && l->text().contains(QStringLiteral("不是本院（安徽省旌德县人民法院）"));
        QVERIFY(noticed);
        QVERIFY(w.saveCase(m_dir.filePath(QStringLiteral("profile.json"))));
        QCOMPARE(stringAt(SettingsDialog::courtProfile(), "name"), QStringLiteral("安徽省旌德县人民法院"));
        w.newCase();
        QCOMPARE(w.form()->field(QStringLiteral("court.name"))->text(), QStringLiteral("安徽省旌德县人民法院"));
        QCOMPARE(w.form()->field(QStringLiteral("court.account.number"))->text(), QStringLiteral("12345000000000000"));
        QVERIFY(w.form()->field(QStringLiteral("case.number"))->text().isEmpty());
        // Typing a field creates it in the case.
        typeInto(w, QStringLiteral("case.number"), QStringLiteral("（2024）皖1825执9号"));
        QCOMPARE(w.caseFile().text(QStringLiteral("case.number")), QStringLiteral("（2024）皖1825执9号"));
        QSettings().clear();
    }

    // A clerk's case from nothing, in the form alone: parties of both kinds,
    // a representative, an item of several lines, dates typed the Chinese
    // way, a party picked by name; then the document renders from it.
    void caseFromNothing()
    {
        QSettings().clear();
        MainWindow w(service());
        w.show();
        w.newCase();
        CaseForm *form = w.form();
        auto combo = [&](const QString &path) { return qobject_cast<QComboBox *>(form->editor(path)); };
        auto choose = [&](const QString &path, const QVariant &value) {
            QComboBox *box = combo(path);
            QVERIFY2(box, qPrintable(path));
            const int i = box->isEditable() ? box->findText(value.toString()) : box->findData(value);
            QVERIFY2(i >= 0, qPrintable(path + QStringLiteral(" has no ") + value.toString()));
            box->setCurrentIndex(i);
            Q_EMIT box->activated(i);
        };
        typeInto(w, QStringLiteral("court.name"), QStringLiteral("安徽省旌德县人民法院"));
        typeInto(w, QStringLiteral("case.number"), QStringLiteral("（2024）皖1825执9号"));
        typeInto(w, QStringLiteral("case.filed_on"), QStringLiteral("2024年3月5日"));
        QCOMPARE(w.caseFile().text(QStringLiteral("case.filed_on")), QStringLiteral("2024-03-05"));
        typeInto(w, QStringLiteral("case.cause"), QStringLiteral("民间借贷纠纷"));

        QCOMPARE(form->addElement(QStringLiteral("applicants")), QStringLiteral("applicants[0]"));
        QVERIFY(form->messageFor(QStringLiteral("applicants[0].name")).contains(QStringLiteral("不能为空")));
        typeInto(w, QStringLiteral("applicants[0].name"), QStringLiteral("李某"));
        QVERIFY(form->messageFor(QStringLiteral("applicants[0].name")).isEmpty());

        // An organisation: its own fields, and a representative.
        QCOMPARE(form->addElement(QStringLiteral("respondents")), QStringLiteral("respondents[0]"));
        QVERIFY(form->editor(QStringLiteral("respondents[0].gender")));
        choose(QStringLiteral("respondents[0].kind"), QStringLiteral("organization"));
        QCOMPARE(w.caseFile().text(QStringLiteral("respondents[0].kind")), QStringLiteral("organization"));
        QVERIFY(!form->editor(QStringLiteral("respondents[0].gender")));
        QVERIFY(form->field(QStringLiteral("respondents[0].uscc")));
        typeInto(w, QStringLiteral("respondents[0].name"), QStringLiteral("宣城某艺术培训有限公司"));
        typeInto(w, QStringLiteral("respondents[0].representative.name"), QStringLiteral("王某"));
        typeInto(w, QStringLiteral("respondents[0].representative.position"), QStringLiteral("执行董事"));
        typeInto(w, QStringLiteral("respondents[0].address"), QStringLiteral("安徽省宣城市宣州区某路1号"));

        // A person: the ID number fills gender and birth date.
        QCOMPARE(form->addElement(QStringLiteral("respondents")), QStringLiteral("respondents[1]"));
        typeInto(w, QStringLiteral("respondents[1].name"), QStringLiteral("张某"));
        typeInto(w, QStringLiteral("respondents[1].id_number"), QStringLiteral("341825198005010037"));
        QCOMPARE(w.caseFile().text(QStringLiteral("respondents[1].gender")), QStringLiteral("男"));
        QCOMPARE(w.caseFile().text(QStringLiteral("respondents[1].born_on")), QStringLiteral("1980-05-01"));
        QCOMPARE(combo(QStringLiteral("respondents[1].gender"))->currentText(), QStringLiteral("男"));
        QCOMPARE(form->field(QStringLiteral("respondents[1].born_on"))->text(), QStringLiteral("1980-05-01"));
        choose(QStringLiteral("respondents[1].ethnicity"), QStringLiteral("汉族"));
        QCOMPARE(w.caseFile().text(QStringLiteral("respondents[1].ethnicity")), QStringLiteral("汉族"));
        typeInto(w, QStringLiteral("respondents[1].address"), QStringLiteral("安徽省旌德县旌阳镇某村"));
        QCOMPARE(w.caseFile().text(QStringLiteral("respondents[1].id")), QStringLiteral("r2"));

        // Reordered: 张某 first; removal asks when something was typed.
        QVERIFY(form->moveElement(QStringLiteral("respondents[1]"), -1));
        QCOMPARE(w.caseFile().text(QStringLiteral("respondents[0].name")), QStringLiteral("张某"));
        QCOMPARE(form->field(QStringLiteral("respondents[0].id_number"))->text(), QStringLiteral("341825198005010037"));
        QCOMPARE(form->addElement(QStringLiteral("respondents")), QStringLiteral("respondents[2]"));
        typeInto(w, QStringLiteral("respondents[2].name"), QStringLiteral("多余的人"));
        QString asked;
        form->setRemoveConfirmation([&](const QString &what) { asked = what; return false; });
        QVERIFY(!form->removeElement(QStringLiteral("respondents[2]")));
        QCOMPARE(asked, QStringLiteral("被执行人多余的人"));
        form->setRemoveConfirmation([](const QString &) { return true; });
        QVERIFY(form->removeElement(QStringLiteral("respondents[2]")));
        QCOMPARE(w.caseFile().json()["respondents"].size(), std::size_t(2));

        // The instrument, with an item of several lines.
        typeInto(w, QStringLiteral("basis.authority"), QStringLiteral("安徽省旌德县人民法院"));
        typeInto(w, QStringLiteral("basis.number"), QStringLiteral("（2023）皖1825民初456号"));
        typeInto(w, QStringLiteral("basis.title"), QStringLiteral("民事判决书"));
        typeInto(w, QStringLiteral("basis.effective_on"), QStringLiteral("2024.1.10"));
        QCOMPARE(form->addElement(QStringLiteral("basis.items")), QStringLiteral("basis.items[0]"));
        auto *item = qobject_cast<QPlainTextEdit *>(form->editor(QStringLiteral("basis.items[0].text")));
        QVERIFY(item);
        item->setPlainText(QStringLiteral("被告张某、宣城某艺术培训有限公司于本判决生效之日起十日内偿还原告李某借款本金75,000元；\n如未按期履行，加倍支付迟延履行期间的债务利息。"));
        QVERIFY(w.caseFile().text(QStringLiteral("basis.items[0].text")).contains(QLatin1Char('\n')));
        QCOMPARE(w.caseFile().json()["basis"]["items"][0]["no"].get<int>(), 1);

        // Parties are picked by name, not by their internal id.
        form->setShowAll(true);
        form->setSectionOpen(QStringLiteral("performance"), true);
        QComboBox *performer = combo(QStringLiteral("performance.performer"));
        QVERIFY(performer);
        QVERIFY(performer->findText(QStringLiteral("被执行人 宣城某艺术培训有限公司")) >= 0);
        choose(QStringLiteral("performance.performer"), QStringLiteral("r1"));
        QCOMPARE(w.caseFile().text(QStringLiteral("performance.performer")), QStringLiteral("r1"));
        // Ids move with their parties: r1 is still the company, now listed second.
        QCOMPARE(performer->currentText(), QStringLiteral("被执行人 宣城某艺术培训有限公司"));

        const Diagnostics left = service().checkCase(w.caseFile(), QStringLiteral("zhixing-tongzhi"));
        QVERIFY2(!hasErrors(left), qPrintable(joinMessages(left)));
        QVERIFY(w.setTemplate(QStringLiteral("zhixing-tongzhi")));
        QVERIFY(w.renderPreview());
        QVERIFY(w.canSaveDocument());
        const QString pdf = m_dir.filePath(QStringLiteral("nothing.pdf"));
        QVERIFY(w.savePdf(pdf));
        const QString text = zwtest::flat(zwtest::pdfText(pdf));
        for (const char *expected : {"（2024）皖1825执9号", "张某", "宣城某艺术培训有限公司", "（2023）皖1825民初456号"})
            QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
        // A document that can no longer be made leaves Save and Print disabled.
        typeInto(w, QStringLiteral("case.number"), QStringLiteral("（2024）皖1825执"));
        QVERIFY(!w.renderPreview());
        QVERIFY(!w.canSaveDocument());
    }

    // What a clerk meets filling a document in: every field the document
    // still needs is named at once, a part with an error is shown even when
    // the document does not list it, and the message sits under its field.
    void formNamesWhatIsLeft()
    {
        QSettings().clear();
        MainWindow w(service());
        w.show();
        w.newCase();
        QCOMPARE(w.currentTemplate(), QStringLiteral("zhixing-tongzhi"));
        // The new case's 执行依据 is asked for at once, not after the parties.
        QVERIFY2(w.form()->messageFor(QStringLiteral("basis.authority")).contains(QStringLiteral("缺少必填字段")),
                 qPrintable(w.form()->messageFor(QStringLiteral("basis.authority"))));
        QVERIFY(w.form()->messageFor(QStringLiteral("case.number")).contains(QStringLiteral("缺少必填字段")));
        // The party id is given, not asked for: hidden while it is right.
        QCOMPARE(w.form()->addElement(QStringLiteral("respondents")), QStringLiteral("respondents[0]"));
        QWidget *id = w.form()->editor(QStringLiteral("respondents[0].id"));
        QVERIFY(id);
        QVERIFY(!id->parentWidget()->isVisibleTo(&w));
        // Scrolling over a choice that was not clicked leaves it alone.
        auto *gender = qobject_cast<QComboBox *>(w.form()->editor(QStringLiteral("respondents[0].gender")));
        QVERIFY(gender);
        const int before = gender->currentIndex();
        QWheelEvent wheel(QPointF(5, 5), gender->mapToGlobal(QPointF(5, 5)), QPoint(), QPoint(0, -120), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(gender, &wheel);
        QCOMPARE(gender->currentIndex(), before);

        QVERIFY(w.openCase(zwtest::demo(QStringLiteral("jingde-zhongben-ready"))));
        QVERIFY(w.setTemplate(QStringLiteral("xianzhi-xiaofei")));
        // Without the president who signed it, the 限制消费令 is refused at that field,
        // and the record of measures is on screen though the template names none of it.
        QLineEdit *president = w.form()->field(QStringLiteral("measures.debtors[1].consumption_approved_by"));
        QVERIFY(president);
        president->clear();
        Q_EMIT president->textEdited(QString());
        QVERIFY(w.form()->isSectionShown(QStringLiteral("measures")));
        QVERIFY2(w.form()->messageFor(QStringLiteral("measures.debtors[1].consumption_approved_by")).contains(QStringLiteral("未记载签发的院长")),
                 qPrintable(w.form()->messageFor(QStringLiteral("measures.debtors[1].consumption_approved_by"))));
    }

    // The preview has pages to go through and a zoom.
    void previewNavigationAndZoom()
    {
        MainWindow w(service());
        w.show();
        QVERIFY(w.openCase(zwtest::demo(QStringLiteral("jingde-zhongben-ready"))));
        PdfPreview *p = w.preview();
        // The messages are the shown document's, not those of the one before it.
        QCOMPARE(w.currentTemplate(), QStringLiteral("zhongben-caiding"));
        QVERIFY2(w.form()->messageFor(QStringLiteral("case.number")).isEmpty(), qPrintable(w.form()->messageFor(QStringLiteral("case.number"))));
        QVERIFY2(p->pageCount() >= 2, qPrintable(QString::number(p->pageCount())));
        QCOMPARE(p->currentPage(), 0);
        p->goToPage(1);
        QCOMPARE(p->currentPage(), 1);
        p->goToPage(p->pageCount()); // past the end: stays
        QCOMPARE(p->currentPage(), 1);
        QCOMPARE(p->zoomFactor(), 0.0); // fitted to the width
        p->zoomBy(1.25);
        const qreal zoomed = p->zoomFactor();
        QVERIFY(zoomed > 0);
        p->zoomBy(1.25);
        QVERIFY(p->zoomFactor() > zoomed);
        p->fitWidth();
        QCOMPARE(p->zoomFactor(), 0.0);
        // Zooming out from a whole page makes it smaller, not bigger.
        p->fitPage();
        QCOMPARE(p->zoomFactor(), 0.0);
        p->zoomBy(1 / 1.25);
        const qreal fromPage = p->zoomFactor();
        p->fitWidth();
        p->zoomBy(1 / 1.25);
        QVERIFY2(fromPage <= p->zoomFactor() + 1e-9, qPrintable(QStringLiteral("%1 vs %2").arg(fromPage).arg(p->zoomFactor())));
        bool labelled = false;
        for (QLabel *l : p->findChildren<QLabel *>())
            labelled |= l->text() == QStringLiteral("第 2 / %1 页").arg(p->pageCount());
        QVERIFY(labelled);
    }

    void openEditValidateRenderSave()
    {
        MainWindow w(service());
        w.show();
        QVERIFY(w.openCase(zwtest::demo(QStringLiteral("jingde-withdrawal"))));
        QLineEdit *number = w.form()->field(QStringLiteral("case.number"));
        QVERIFY(number);
        QCOMPARE(number->text(), QStringLiteral("（2024）皖1825执123号"));
        QVERIFY(w.preview()->pageCount() >= 1);

        // A wrong check digit typed into the form shows beside that field.
        QLineEdit *id = w.form()->field(QStringLiteral("respondents[0].id_number"));
        QVERIFY(id);
        id->selectAll();
        QTest::keyClicks(id, QStringLiteral("341825198005010038"));
        QCOMPARE(w.caseFile().text(QStringLiteral("respondents[0].id_number")), QStringLiteral("341825198005010038"));
        QVERIFY2(w.form()->messageFor(QStringLiteral("respondents[0].id_number")).contains(QStringLiteral("校验位错误")),
                 qPrintable(w.form()->messageFor(QStringLiteral("respondents[0].id_number"))));
        QVERIFY(!w.renderPreview());
        // The document that no longer matches the case leaves the screen (and the printer).
        QCOMPARE(w.preview()->pageCount(), 0);
        QVERIFY(w.preview()->pdf().isEmpty());

        // Corrected, the notice renders and saves.
        id->selectAll();
        QTest::keyClicks(id, QStringLiteral("341825198005010037"));
        QVERIFY(w.form()->messageFor(QStringLiteral("respondents[0].id_number")).isEmpty());
        QVERIFY(w.setTemplate(QStringLiteral("zhixing-tongzhi")));
        QVERIFY(w.renderPreview());
        const QString pdf = m_dir.filePath(QStringLiteral("gui.pdf"));
        QVERIFY(w.savePdf(pdf));
        QVERIFY(zwtest::flat(zwtest::pdfText(pdf)).contains(QStringLiteral("（2024）皖1825执123号")));
        QVERIFY2(w.verifyPdf(pdf).startsWith(QStringLiteral("已登记：（2024）皖1825执123号，模板 zhixing-tongzhi")), qPrintable(w.verifyPdf(pdf)));
        // Printing goes through QPrinter; here to a PDF file instead of a device.
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setResolution(150);
        const QString printed = m_dir.filePath(QStringLiteral("printed.pdf"));
        printer.setOutputFileName(printed);
        QVERIFY(w.printTo(&printer));
        QVERIFY(zwtest::runTool(PDFINFO, {printed}).contains(QRegularExpression(QStringLiteral("Pages:\\s+%1\\b").arg(w.preview()->pageCount()))));
        // The printer gets the document itself, not pictures of its pages:
        // its text and embedded fonts are there, and the print is registered.
        QVERIFY(zwtest::flat(zwtest::pdfText(printed)).contains(QStringLiteral("（2024）皖1825执123号")));
        QVERIFY2(zwtest::pdfFonts(printed).contains(QStringLiteral("CID TrueType")), qPrintable(zwtest::pdfFonts(printed)));
        QVERIFY2(w.verifyPdf(printed).startsWith(QStringLiteral("已登记")), qPrintable(w.verifyPdf(printed)));
        const QString saved = m_dir.filePath(QStringLiteral("case.json"));
        QVERIFY(w.saveCase(saved));
        QVERIFY(CaseFile::load(saved));
    }

    // Two desks on one court server (run under pg_virtualenv as
    // tst_gui_postgresql): the clerk's ruling waits for the judge, the judge
    // sees it in 待我签发 as the document it will be and approves it, and
    // only then does it save and register; the password is asked for.
    void signOffAcrossDesks()
    {
        if (!qEnvironmentVariableIsSet("ZHIWEN_TEST_POSTGRESQL"))
            QSKIP("needs a PostgreSQL cluster (tst_gui_postgresql)");
        {
            QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("admin"));
            QVERIFY2(admin.open(), qPrintable(admin.lastError().text()));
            QSqlQuery q(admin);
            q.exec(QStringLiteral("DROP DATABASE IF EXISTS zw_gui"));
            QVERIFY(q.exec(QStringLiteral("CREATE DATABASE zw_gui")));
            admin.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("admin"));
        const QString where = QStringLiteral("dbname=zw_gui");
        {
            auto admin = Service::create();
            QVERIFY((*admin)->openStore(where));
            QVERIFY((*admin)->grantStoreRole(QStringLiteral("zw_gclerk"), QStringLiteral("书记员")));
            QVERIFY((*admin)->grantStoreRole(QStringLiteral("zw_gjudge"), QStringLiteral("审判员")));
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("pw"));
            raw.setConnectOptions(where);
            QVERIFY(raw.open());
            QSqlQuery(raw).exec(QStringLiteral("ALTER ROLE zw_gclerk PASSWORD 'pw-clerk'"));
            QSqlQuery(raw).exec(QStringLiteral("ALTER ROLE zw_gjudge PASSWORD 'pw-judge'"));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("pw"));
        const QByteArray saved = qgetenv("ZHIWEN_STORE");
        qunsetenv("ZHIWEN_STORE"); // the store is the one chosen in 设置
        auto clerkService = Service::create(), judgeService = Service::create();
        MainWindow clerk(**clerkService), judge(**judgeService);
        QStringList asked;
        clerk.setPasswordPrompt([&](const QString &why) { asked << why; return QStringLiteral("pw-clerk"); });
        judge.setPasswordPrompt([&](const QString &why) { asked << why; return QStringLiteral("pw-judge"); });
        QSettings().setValue(QStringLiteral("store/location"), QString(where + QStringLiteral(" user=zw_gclerk")));
        QVERIFY(clerk.store());
        QSettings().setValue(QStringLiteral("store/location"), QString(where + QStringLiteral(" user=zw_gjudge")));
        QVERIFY(judge.store());
        QSettings().remove(QStringLiteral("store/location"));
        qputenv("ZHIWEN_STORE", saved);
        QCOMPARE(asked.size(), 2);
        QVERIFY2(asked.first().contains(QStringLiteral("需要密码")) && !asked.first().contains(QStringLiteral("pw-")), qPrintable(asked.first()));

        QVERIFY(clerk.openCase(zwtest::demo(QStringLiteral("jingde-partly-revoked"))));
        QVERIFY(clerk.setTemplate(QStringLiteral("zhongjie-caiding")));
        QVERIFY(clerk.renderPreview());
        QCOMPARE(clerk.signOffState(), QStringLiteral("须审判员签发 · 未报批"));
        QVERIFY(clerk.submitForSignOff());
        QCOMPARE(clerk.signOffState(), QStringLiteral("须审判员签发 · 待批"));

        std::unique_ptr<SignOffDialog> waiting(judge.showSignOffs());
        QVERIFY(waiting);
        QCOMPARE(waiting->rowCount(), 1);
        QVERIFY2(waiting->statusText().contains(QStringLiteral("zw_gjudge：1 件待签发")), qPrintable(waiting->statusText()));
        QVERIFY(waiting->findChild<PdfPreview *>()->pageCount() >= 1); // the judge reads the ruling itself
        QVERIFY(waiting->approveSelected());
        QCOMPARE(waiting->rowCount(), 0);

        QVERIFY(clerk.renderPreview());
        QVERIFY2(clerk.signOffState().contains(QStringLiteral("已批准（报批第 1 号，zw_gjudge）")), qPrintable(clerk.signOffState()));
        const QString pdf = m_dir.filePath(QStringLiteral("signed-off.pdf"));
        QVERIFY(clerk.savePdf(pdf));
        const QString verified = judge.verifyPdf(pdf);
        QVERIFY2(verified.contains(QStringLiteral("经办人")) && verified.contains(QStringLiteral("zw_gclerk")) && verified.contains(QStringLiteral("zw_gjudge 于")),
                 qPrintable(verified));
    }

    // The 终本 checklist: each condition as the record shows it, the missing
    // ones with what is missing; no ruling until every one is met.
    void zhongbenChecklistRefusesEarly()
    {
        ZhongbenChecklist c(service(), zwtest::demoCase(QStringLiteral("jingde-zhongben-early")));
        c.show();
        QCOMPARE(c.conditions()->topLevelItemCount(), 7);
        QVERIFY(!c.rulingButton()->isEnabled());
        QVERIFY(!c.interviewButton()->isEnabled()); // the investigation is not complete
        QStringList unmet;
        for (int i = 0; i < c.conditions()->topLevelItemCount(); ++i)
            if (c.conditions()->topLevelItem(i)->text(0).startsWith(QStringLiteral("✗")))
                unmet << c.conditions()->topLevelItem(i)->child(0)->text(0);
        QCOMPARE(unmet.size(), 2);
        QVERIFY2(unmet[0].contains(QStringLiteral("宣城某艺术培训有限公司的不动产")), qPrintable(unmet[0]));
        QVERIFY2(unmet[1].contains(QStringLiteral("2024年6月6日起方可")), qPrintable(unmet[1]));
        // A later ruling date meets the three months, not the missing query.
        c.dateEdit()->setDate(QDate(2024, 6, 6));
        QCOMPARE(c.result().text(QStringLiteral("zhongben.decided_on")), QStringLiteral("2024-06-06"));
        int stillUnmet = 0;
        for (int i = 0; i < c.conditions()->topLevelItemCount(); ++i)
            stillUnmet += c.conditions()->topLevelItem(i)->text(0).startsWith(QStringLiteral("✗"));
        QCOMPARE(stillUnmet, 1);
        QVERIFY(!c.rulingButton()->isEnabled());
    }

    // The store's cases say what they owe: at start in the status bar, and
    // in the case list with each case's state.
    void dueAtStartAndInTheCaseList()
    {
        QDir(Drafts::defaultDir()).removeRecursively();
        qputenv("ZHIWEN_STORE", m_dir.filePath(QStringLiteral("due.sqlite")).toUtf8());
        MainWindow w(service());
        CaseListDialog *list = w.showCaseList();
        QVERIFY(list);
        list->importFiles({zwtest::demo(QStringLiteral("jingde-zhongben-ready"))});
        QCOMPARE(list->table()->rowCount(), 1);
        auto header = [&](int col) { return list->table()->horizontalHeaderItem(col)->text(); };
        QCOMPARE(header(3), QStringLiteral("承办人"));
        QCOMPARE(header(4), QStringLiteral("立案日期"));
        const CaseFile ready = zwtest::demoCase(QStringLiteral("jingde-zhongben-ready"));
        QVERIFY(!list->table()->item(0, 3)->text().isEmpty());
        QCOMPARE(list->table()->item(0, 3)->text(), service().standing(ready).officer);
        QCOMPARE(list->table()->item(0, 4)->text(), ready.text(QStringLiteral("case.filed_on")));
        QCOMPARE(list->table()->item(0, 5)->text(), QStringLiteral("终结本次执行程序"));
        // Ruled 2024-07-15 and never re-queried: the first re-query is long overdue.
        QVERIFY2(list->table()->item(0, 6)->text().startsWith(QStringLiteral("2025-01-15 终本后网络查控复查")), qPrintable(list->table()->item(0, 6)->text()));
        const QString said = w.announceDue();
        QVERIFY2(said.contains(QStringLiteral("其中 1 项已逾期")), qPrintable(said));
    }

    // From the case's record to a ruling ready to sign, through the menu.
    void zhongbenChecklistToRuling()
    {
        MainWindow w(service());
        w.show();
        QVERIFY(w.openCase(zwtest::demo(QStringLiteral("jingde-zhongben-ready"))));
        QAction *action = nullptr;
        for (QAction *a : w.findChildren<QAction *>())
            if (a->text().startsWith(QStringLiteral("终本条件核对")))
                action = a;
        QVERIFY(action);
        bool clicked = false;
        QTimer::singleShot(0, &w, [&] {
            auto *c = qobject_cast<ZhongbenChecklist *>(QApplication::activeModalWidget());
            QVERIFY(c);
            QVERIFY(c->rulingButton()->isEnabled());
            QTest::mouseClick(c->rulingButton(), Qt::LeftButton);
            clicked = true;
        });
        action->trigger();
        QVERIFY(clicked);
        QCOMPARE(w.currentTemplate(), QStringLiteral("zhongben-caiding"));
        QVERIFY(w.preview()->pageCount() >= 2);
        const QString pdf = m_dir.filePath(QStringLiteral("zhongben.pdf"));
        QVERIFY(w.savePdf(pdf));
        const QString text = zwtest::flat(zwtest::pdfText(pdf));
        QVERIFY2(text.contains(QStringLiteral("裁定如下：")) && text.contains(QStringLiteral("终结本次执行程序。终结本次执行程序后")), qPrintable(text));
    }

    void wizardPerItem()
    {
        CaseFile file = zwtest::demoCase(QStringLiteral("jingde-withdrawal"));
        file.json().erase("termination");
        TerminationWizard w(service(), file);
        w.show();
        QCOMPARE(w.currentId(), int(TerminationWizard::GroundPage));
        w.findChild<QRadioButton *>(QStringLiteral("instrument_partly_revoked"))->click();
        w.next();
        QCOMPARE(w.currentId(), int(TerminationWizard::ScopePage));
        auto *caseButton = w.currentPage()->findChild<QRadioButton *>(QStringLiteral("case"));
        auto *itemsButton = w.currentPage()->findChild<QRadioButton *>(QStringLiteral("items"));
        QVERIFY(!caseButton->isEnabled());
        QVERIFY(itemsButton->isEnabled());
        QVERIFY(itemsButton->isChecked()); // the only allowed shape is preselected
        w.next();
        QCOMPARE(w.currentId(), int(TerminationWizard::SelectionPage));
        auto *list = w.currentPage()->findChild<QListWidget *>(QStringLiteral("selection"));
        QCOMPARE(list->count(), 3);
        // A dismissal item orders nothing and cannot be ended: 下一步 stays
        // disabled on this page, where the choice is made.
        list->item(2)->setCheckState(Qt::Checked);
        QVERIFY(!w.currentPage()->isComplete());
        QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
        list->item(2)->setCheckState(Qt::Unchecked);
        list->item(1)->setCheckState(Qt::Checked);
        QVERIFY(w.currentPage()->isComplete());
        const QString sentence = QStringLiteral("终结安徽省旌德县人民法院（2023）皖1825民初456号民事判决书第二项的执行。");
        QVERIFY(w.operativePreview().contains(sentence));
        QVERIFY(w.currentPage()->findChild<QLabel *>(QStringLiteral("decisionPreview"))->text().contains(sentence));
        w.next();
        QCOMPARE(w.currentId(), int(TerminationWizard::FactsPage));
        w.currentPage()->findChild<QPlainTextEdit *>(QStringLiteral("facts"))->setPlainText(QStringLiteral("本案执行依据第二项已被撤销。"));
        w.next();
        QCOMPARE(w.currentId(), int(TerminationWizard::PreviewPage));
        QVERIFY(!w.rulingPdf().isEmpty());
        const QString pdf = m_dir.filePath(QStringLiteral("wizard.pdf"));
        QVERIFY(service().openStore(m_dir.filePath(QStringLiteral("wizard.sqlite"))));
        TerminationWizard registering(service(), w.result(), IssueOptions{true, QStringLiteral("周某"), 0});
        registering.show();
        for (int i = 0; i < 4; ++i)
            registering.next();
        QCOMPARE(registering.currentId(), int(TerminationWizard::PreviewPage));
        QVERIFY(registering.savePdf(pdf));
        const QString text = zwtest::flat(zwtest::pdfText(pdf));
        QVERIFY2(text.contains(sentence), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("本案执行依据第二项已被撤销。")));
        QCOMPARE(w.result().text(QStringLiteral("termination.ground")), QStringLiteral("instrument_partly_revoked"));
        // Issued through the service like every document: it is in the register.
        const auto found = service().verifyFile(pdf);
        QVERIFY2(found && found->registered(), qPrintable(found ? found->text() : found.errorString()));
        QCOMPARE(found->entries.first().templateId, QStringLiteral("zhongjie-caiding"));
    }

    void wizardRefusesInvalidFacts()
    {
        CaseFile file = zwtest::demoCase(QStringLiteral("jingde-withdrawal"));
        file.json().erase("termination");
        TerminationWizard w(service(), file);
        w.show();
        toFactsPage(w, QStringLiteral("other"), QStringLiteral("case"));
        w.next(); // no facts for "other": refused, stays
        QCOMPARE(w.currentId(), int(TerminationWizard::FactsPage));
    }

    // Facts written for one ground are flagged when the officer goes back
    // and picks another; the page shows the fixed lead-in they follow.
    void wizardFlagsFactsOfAnotherGround()
    {
        CaseFile file = zwtest::demoCase(QStringLiteral("jingde-withdrawal"));
        file.json().erase("termination");
        TerminationWizard w(service(), file);
        w.show();
        toFactsPage(w, QStringLiteral("other"), QStringLiteral("case"));
        QLabel *stale = w.currentPage()->findChild<QLabel *>(QStringLiteral("staleFacts"));
        QVERIFY(stale->isHidden());
        QVERIFY(w.currentPage()->findChild<QLabel *>(QStringLiteral("leadIn"))->text().contains(QStringLiteral("本院在执行申请执行人")));
        w.currentPage()->findChild<QPlainTextEdit *>(QStringLiteral("facts"))->setPlainText(QStringLiteral("申请执行人与被执行人达成和解并已履行完毕。"));
        w.back();
        w.back();
        toFactsPage(w, QStringLiteral("withdrawal"), QStringLiteral("case"));
        QVERIFY(!stale->isHidden());
        QVERIFY2(stale->text().contains(QStringLiteral("理由现在是")), qPrintable(stale->text()));
        // Rewritten, the flag goes.
        w.currentPage()->findChild<QPlainTextEdit *>(QStringLiteral("facts"))->setPlainText(QStringLiteral("申请执行人于2024年5月3日书面申请撤回执行申请。"));
        QVERIFY(stale->isHidden());
    }

    void wizardNoRulingGround()
    {
        TerminationWizard w(service(), zwtest::demoCase(QStringLiteral("jingde-withdrawal")));
        w.show();
        w.findChild<QRadioButton *>(QStringLiteral("entrusted"))->click();
        w.next();
        QCOMPARE(w.currentId(), int(TerminationWizard::NoRulingPage));
        QVERIFY(w.currentPage()->findChild<QLabel *>(QStringLiteral("closing"))->text().contains(QStringLiteral("受托法院的立案通知书")));
    }
};

QTEST_MAIN(TestGui)
#include "tst_gui.moc"
