#include "DataPaths.h"
#include "DocumentRenderer.h"
#include "PdfFinisher.h"
#include "PdfRenderer.h"
#include "Typesetter.h"
#include "Renderer.h"
#include <QMap>
#include "Json.h"
#include "TerminationRules.h"
#include "TextEncoding.h"
#include "Service.h"
#include "TestCatalog.h"
#include "TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <hb.h>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>

using namespace zw;

namespace {
// The characters of the fonts whose BaseFont contains `family`, from their
// ToUnicode maps: which text a font draws.
QString fontChars(const QString &pdf, const QString &family)
{
    QPDF q;
    q.processFile(QFile::encodeName(pdf).constData());
    QString out;
    static const QRegularExpression entry(QStringLiteral("<[0-9A-F]{2}> <([0-9A-F]+)>"));
    for (QPDFObjectHandle obj : q.getAllObjects()) {
        if (!obj.isDictionary() || !obj.getKey("/Type").isNameAndEquals("/Font") || !obj.getKey("/ToUnicode").isStream()
            || !QString::fromStdString(obj.getKey("/BaseFont").getName()).contains(family))
            continue;
        const auto data = obj.getKey("/ToUnicode").getStreamData(qpdf_dl_generalized);
        const QString map = QString::fromLatin1(reinterpret_cast<const char *>(data->getBuffer()), qsizetype(data->getSize()));
        for (auto it = entry.globalMatch(map); it.hasNext();) {
            const QString hex = it.next().captured(1);
            for (int k = 0; k + 4 <= hex.size(); k += 4)
                out += QChar(hex.mid(k, 4).toUShort(nullptr, 16));
        }
    }
    return out;
}

// The outline of `c` in `face` at `pixels` per em, baseline at the origin,
// y down: the glyph as the font file draws it (HarfBuzz), not as a PDF does.
QPainterPath glyphOutline(const FontFace &face, char32_t c, double pixels)
{
    struct Ctx {
        QPainterPath path;
        double s;
    } ctx{{}, pixels / hb_face_get_upem(face.hbFace())};
    hb_draw_funcs_t *funcs = hb_draw_funcs_create();
    hb_draw_funcs_set_move_to_func(funcs, [](hb_draw_funcs_t *, void *d, hb_draw_state_t *, float x, float y, void *) {
        auto *c = static_cast<Ctx *>(d);
        c->path.moveTo(x * c->s, -y * c->s);
    }, nullptr, nullptr);
    hb_draw_funcs_set_line_to_func(funcs, [](hb_draw_funcs_t *, void *d, hb_draw_state_t *, float x, float y, void *) {
        auto *c = static_cast<Ctx *>(d);
        c->path.lineTo(x * c->s, -y * c->s);
    }, nullptr, nullptr);
    hb_draw_funcs_set_quadratic_to_func(funcs, [](hb_draw_funcs_t *, void *d, hb_draw_state_t *, float cx, float cy, float x, float y, void *) {
        auto *c = static_cast<Ctx *>(d);
        c->path.quadTo(cx * c->s, -cy * c->s, x * c->s, -y * c->s);
    }, nullptr, nullptr);
    hb_draw_funcs_set_cubic_to_func(funcs, [](hb_draw_funcs_t *, void *d, hb_draw_state_t *, float c1x, float c1y, float c2x, float c2y, float x, float y, void *) {
        auto *c = static_cast<Ctx *>(d);
        c->path.cubicTo(c1x * c->s, -c1y * c->s, c2x * c->s, -c2y * c->s, x * c->s, -y * c->s);
    }, nullptr, nullptr);
    hb_draw_funcs_set_close_path_func(funcs, [](hb_draw_funcs_t *, void *d, hb_draw_state_t *, void *) {
        static_cast<Ctx *>(d)->path.closeSubpath();
    }, nullptr, nullptr);
    hb_font_t *font = hb_font_create(face.hbFace());
    hb_codepoint_t glyph = 0;
    hb_font_get_nominal_glyph(font, c, &glyph);
    hb_font_get_glyph_shape(font, glyph, funcs, &ctx);
    hb_font_destroy(font);
    hb_draw_funcs_destroy(funcs);
    ctx.path.setFillRule(Qt::WindingFill);
    return ctx.path;
}

// How well the dark pixels of two same-sized images coincide (intersection
// over union), at the best shift of up to three pixels: two rasterisers
// round edges differently.
double inkOverlap(const QImage &a, const QImage &b)
{
    double best = 0;
    for (int dy = -3; dy <= 3; ++dy) {
        for (int dx = -3; dx <= 3; ++dx) {
            int both = 0, either = 0;
            for (int y = 0; y < a.height(); ++y) {
                for (int x = 0; x < a.width(); ++x) {
                    const bool inkA = qGray(a.pixel(x, y)) < 192;
                    const int bx = x + dx, by = y + dy;
                    const bool inkB = bx >= 0 && by >= 0 && bx < b.width() && by < b.height() && qGray(b.pixel(bx, by)) < 192;
                    both += inkA && inkB;
                    either += inkA || inkB;
                }
            }
            if (either > 0)
                best = std::max(best, double(both) / either);
        }
    }
    return best;
}
} // namespace

class TestRender : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    // Issuing goes through the service, on the tests' own catalog.
    Service &service()
    {
        static Service s(zwtest::catalog());
        return s;
    }

    QString render(const QString &templateId, const CaseFile &file, const QString &name)
    {
        const QString out = m_dir.filePath(name);
        const auto ok = service().issue(templateId, file, out, {});
        if (!ok)
            qWarning("%s", qPrintable(ok.errorString()));
        return ok ? out : QString();
    }

private Q_SLOTS:
    void noticeText()
    {
        const QString pdf = render(QStringLiteral("zhixing-tongzhi"), zwtest::demoCase(QStringLiteral("jingde-withdrawal")), QStringLiteral("n.pdf"));
        QVERIFY(!pdf.isEmpty());
        const QString text = zwtest::flat(zwtest::pdfText(pdf));
        // The case number with its ASCII digits, party names, the provisions in force.
        QVERIFY2(text.contains(QStringLiteral("（2024）皖1825执123号")), qPrintable(text));
        for (const char *s : {"安徽省旌德县人民法院", "执行通知书", "张某", "宣城某艺术培训有限公司", "李某",
                              "第二百五十一条", "第二百六十四条", "第二百六十六条", "第三百一十三条", "12345000000000000",
                              "1,250.00", "二〇二四年三月五日"})
            QVERIFY2(text.contains(QString::fromUtf8(s)), s);
        QVERIFY(!text.contains(QStringLiteral("驳回原告")));
        // The statute quoted as written; 罚款、拘留 warned of, under the article in force.
        QVERIFY(text.contains(QStringLiteral("对人民法院的判决、裁定有能力执行而拒不执行，情节严重的")));
        QVERIFY(!text.contains(QStringLiteral("有能力履行而拒不履行")));
        QVERIFY(text.contains(QStringLiteral("第一百一十四条规定，根据情节轻重予以罚款、拘留")));
        // An order to perform now: not the judgment's ten days; no article cited twice.
        QVERIFY(!text.contains(QStringLiteral("生效之日起十日内")));
        QVERIFY(text.contains(QStringLiteral("第一项：被告张某偿还原告李某借款本金75000元")));
        QCOMPARE(text.count(QStringLiteral("第二百六十四条")), 1);
    }

    // More distinct characters than one font's 255 one-byte codes: the
    // text switches fonts inside runs and must still read back whole.
    void manyCharactersSpanSeveralFonts()
    {
        QString address = QStringLiteral("安徽省宣城市");
        for (char32_t c = 0x4E00; address.size() < 700; ++c)
            if (routeOf(c) == CharRoute::Gbk && zwtest::catalog().fonts().style(FontRole::Body).face->hasGlyph(c))
                address += QString::fromUcs4(&c, 1);
        CaseFile file = zwtest::demoCase(QStringLiteral("jingde-withdrawal"));
        file.setText(QStringLiteral("respondents[0].address"), address);
        const QString pdf = render(QStringLiteral("zhongjie-caiding"), file, QStringLiteral("many.pdf"));
        QVERIFY(!pdf.isEmpty());
        // The address runs over a page break: read it without the footers.
        const QString text = zwtest::flat(zwtest::pdfText(pdf)).remove(QRegularExpression(QStringLiteral("第\\d+页共\\d+页")));
        QVERIFY2(text.contains(QStringLiteral("住") + address + QStringLiteral("。")), "the address does not read back whole");
        const QStringList lines = zwtest::pdfFonts(pdf).split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
        QVERIFY2(lines.size() >= 3, qPrintable(lines.join(QLatin1Char('\n'))));
    }

    // The signature role: the signature block and date in their own font,
    // the rest in the body font; a configuration without the role draws
    // them in the body font.
    void signatureFontRole()
    {
        const QString config = m_dir.filePath(QStringLiteral("fonts-sign.json"));
        const auto loaded = loadJsonFile(DataPaths::resource(QStringLiteral("fonts.json")));
        QVERIFY(loaded);
        Json json = *loaded;
        json["roles"]["signature"] = Json{{"family", "AR PL UKai CN"}, {"size", 16}};
        QVERIFY(zwtest::writeFile(config, QByteArray::fromStdString(json.dump())));
        const auto fonts = FontSet::load(config);
        QVERIFY2(fonts, qPrintable(fonts.errorString()));
        QCOMPARE(fonts->style(FontRole::Signature).face->family(), QStringLiteral("AR PL UKai CN"));
        // A catalog of the test's own: the shipped data with this font file.
        Catalog::Sources sources = zwtest::sourceTree();
        sources.resource = [config](const QString &relative) {
            return relative == QStringLiteral("fonts.json") ? config : zwtest::sourceData(relative);
        };
        const auto catalog = Catalog::load(sources);
        QVERIFY2(catalog, qPrintable(catalog.errorString()));
        const PdfRenderer writer;
        const auto pdf = DocumentRenderer(*catalog, writer).render(*catalog->findTemplate(QStringLiteral("zhongjie-caiding")), zwtest::demoCase(QStringLiteral("jingde-withdrawal")));
        QVERIFY2(pdf, qPrintable(pdf.errorString()));
        const QString file = m_dir.filePath(QStringLiteral("sign.pdf"));
        QVERIFY(zwtest::writeFile(file, *pdf));
        const QString listing = zwtest::pdfFonts(file);
        QVERIFY2(listing.contains(QStringLiteral("+UKai")) && listing.contains(QStringLiteral("+UMing")), qPrintable(listing));
        const QString text = zwtest::flat(zwtest::pdfText(file));
        QVERIFY2(text.contains(QStringLiteral("审判员朱某")) && text.contains(QStringLiteral("二〇二四年六月一日")), qPrintable(text));
        // Only the signature block and the date use it: the UKai subset holds
        // their characters and no character of the body alone (执).
        const QString single = fontChars(file, QStringLiteral("UKai"));
        QVERIFY2(single.contains(QStringLiteral("朱")) && single.contains(QStringLiteral("〇")), qPrintable(single));
        QVERIFY2(!single.contains(QStringLiteral("执")), qPrintable(single));

        json["roles"].erase("signature");
        QVERIFY(zwtest::writeFile(config, QByteArray::fromStdString(json.dump())));
        const auto older = FontSet::load(config);
        QVERIFY2(older, qPrintable(older.errorString()));
        QCOMPARE(older->style(FontRole::Signature).face, older->style(FontRole::Body).face);
    }

    // Every page's footer prints however many characters come before it
    // (libharu drops text it measures as zero wide: with the codes of the
    // placeholder fonts that have no width, some footers went missing).
    void footersPrintWhateverTheCharacterCount()
    {
        const Template *t = &zwtest::templ(QStringLiteral("zhongjie-caiding"));
        const CaseFile demo = zwtest::demoCase(QStringLiteral("jingde-withdrawal"));
        for (int extra = 0; extra <= 120; extra += 5) {
            CaseFile file = demo;
            QString facts = file.text(QStringLiteral("termination.facts"));
            for (char32_t c = 0x4E00; c < 0x4E00 + char32_t(extra); ++c)
                facts += QString::fromUcs4(&c, 1);
            file.setText(QStringLiteral("termination.facts"), facts + QStringLiteral("。"));
            const auto pdf = zwtest::renderer().render(*t, file);
            QVERIFY2(pdf, qPrintable(pdf.errorString()));
            const QString out = m_dir.filePath(QStringLiteral("footer.pdf"));
            QVERIFY(zwtest::writeFile(out, *pdf));
            const QStringList pages = zwtest::pdfText(out).split(QLatin1Char('\f'), Qt::SkipEmptyParts);
            for (int p = 0; p < pages.size(); ++p)
                QVERIFY2(zwtest::flat(pages[p]).contains(QStringLiteral("第%1页共%2页").arg(p + 1).arg(pages.size())),
                         qPrintable(QStringLiteral("%1 more characters: page %2 has no footer").arg(extra).arg(p + 1)));
        }
    }

    void fontsEmbeddedAndSubset()
    {
        const QString pdf = render(QStringLiteral("zhixing-tongzhi"), zwtest::demoCase(QStringLiteral("jingde-withdrawal")), QStringLiteral("f.pdf"));
        const QStringList lines = zwtest::pdfFonts(pdf).split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
        QVERIFY(!lines.isEmpty());
        for (const QString &line : lines) {
            // Every font is a CID TrueType subset; no placeholder font of
            // the libharu pass (standard 14) may be left.
            QVERIFY2(line.contains(QStringLiteral("CID TrueType")), qPrintable(line));
            const QStringList cols = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            // name type… encoding emb sub uni object ID
            QVERIFY2(cols.size() >= 7, qPrintable(line));
            QCOMPARE(cols[cols.size() - 5], QStringLiteral("yes")); // emb
            QCOMPARE(cols[cols.size() - 4], QStringLiteral("yes")); // sub
            QCOMPARE(cols[cols.size() - 3], QStringLiteral("yes")); // uni: ToUnicode map
            QVERIFY2(cols.first().contains(QLatin1Char('+')), qPrintable(line));
        }
    }

    // Issue #6's bound: a ruling with every font embedded and subset is at
    // most 60 KB (XeLaTeX writes 65 KB for one page, a plain libharu page
    // 91 KB); the demo rulings have two pages. Its text extracts with the
    // digits and punctuation intact.
    void rulingsAreSmallAndExtract_data()
    {
        QTest::addColumn<QString>("demo");
        QTest::addColumn<QString>("caseNumber");
        QTest::newRow("partly revoked") << "jingde-partly-revoked" << "（2024）皖1825执123号";
        QTest::newRow("withdrawal") << "jingde-withdrawal" << "（2024）皖1825执123号";
    }
    void rulingsAreSmallAndExtract()
    {
        QFETCH(QString, demo);
        QFETCH(QString, caseNumber);
        const QString pdf = render(QStringLiteral("zhongjie-caiding"), zwtest::demoCase(demo), demo + QStringLiteral("-size.pdf"));
        QVERIFY(!pdf.isEmpty());
        const qint64 size = QFileInfo(pdf).size();
        QVERIFY2(size > 10 * 1024 && size <= 60 * 1024, qPrintable(QString::number(size)));
        const QString text = zwtest::flat(zwtest::pdfText(pdf));
        QVERIFY2(text.contains(caseNumber), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("1980年5月1日出生")), qPrintable(text));
    }

    void rulingTextForEachShape_data()
    {
        QTest::addColumn<QString>("ground");
        QTest::addColumn<QString>("scope");
        QTest::addColumn<QString>("respondents");
        QTest::addColumn<int>("item");
        QTest::newRow("case") << "withdrawal" << "case" << "" << 0;
        QTest::newRow("respondents") << "withdrawal" << "respondents" << "r2" << 0;
        QTest::newRow("items") << "instrument_partly_revoked" << "items" << "" << 2;
        QTest::newRow("instrument") << "instrument_revoked" << "instrument" << "" << 0;
    }
    void rulingTextForEachShape()
    {
        QFETCH(QString, ground);
        QFETCH(QString, scope);
        QFETCH(QString, respondents);
        QFETCH(int, item);
        CaseFile file = zwtest::demoCase(QStringLiteral("jingde-withdrawal"));
        Json &t = file.json()["termination"];
        t["ground"] = ss(ground);
        t["scope"] = ss(scope);
        t["respondents"] = respondents.isEmpty() ? Json::array() : Json::array({ss(respondents)});
        t["items"] = item ? Json::array({item}) : Json::array();
        const auto decision = zwtest::terminationRules().decide(file, zwtest::law());
        QVERIFY(decision);
        const QString pdf = render(QStringLiteral("zhongjie-caiding"), file, scope + QStringLiteral(".pdf"));
        QVERIFY(!pdf.isEmpty());
        const QString text = zwtest::flat(zwtest::pdfText(pdf));
        QVERIFY2(text.contains(decision->operative), qPrintable(text));
        QVERIFY(text.contains(decision->citation));
        for (const char *s : {"执行裁定书", "本裁定送达后立即生效。", "本件与原本核对无异", "二〇二四年六月一日", "朱某", "刘某", "周某",
                              "公民身份号码341825198005010037", "统一社会信用代码91341825MA2N4B7C39", "法定代表人：王某"})
            QVERIFY2(text.contains(QString::fromUtf8(s)), s);
    }

    // The notices: each renders from the demo case with its key facts.
    void notices_data()
    {
        QTest::addColumn<QString>("templateId");
        QTest::addColumn<QString>("caseName");
        QTest::addColumn<QStringList>("facts");
        QTest::addColumn<QStringList>("absent");
        QTest::newRow("报告财产令") << "baogao-caichan" << "jingde-withdrawal"
            << QStringList{QStringLiteral("报告财产令"), QStringLiteral("张某："), QStringLiteral("宣城某艺术培训有限公司："), QStringLiteral("第二百五十二条"), QStringLiteral("五日内"), QStringLiteral("十日内"),
                           QStringLiteral("财产调查表"), QStringLiteral("银行存款"), QStringLiteral("二〇二四年三月五日"), QStringLiteral("由他人占有或者登记在他人名下"),
                           QStringLiteral("书面申请延长报告期限"), QStringLiteral("责令你单位自收到本令之日起五日内"),
                           QStringLiteral("《最高人民法院关于民事执行中财产调查若干问题的规定》第三条、第四条、第五条规定")}
            << QStringList{QStringLiteral("共6页")};
        // Dated by the instrument's effective date (2023-12-01): the 2021 revision's numbers.
        QTest::newRow("督促履行告知书") << "duzu-lvxing" << "jingde-withdrawal"
            << QStringList{QStringLiteral("督促履行告知书"), QStringLiteral("（2023）皖1825民初456号"), QStringLiteral("2023年12月1日"), QStringLiteral("第一项：被告张某"), QStringLiteral("12345000000000000"), QStringLiteral("第二百六十条"), QStringLiteral("第三百一十三条"), QStringLiteral("失信被执行人名单"), QStringLiteral("自动履行证明书"),
                           QStringLiteral("自上述法律文书确定的履行期限届满之日起"), QStringLiteral("有能力执行而拒不执行，情节严重的"),
                           QStringLiteral("自判决、裁定发生法律效力之日起计算"), QStringLiteral("租金损失12000元。"), QStringLiteral("确定你（单位）应当履行")}
            << QStringList{QStringLiteral("12000元；")};
        // A 调解书 is enforced through the court's ruling; one company is 你单位.
        QTest::newRow("督促履行告知书 调解书") << "duzu-lvxing" << "haicang-performance"
            << QStringList{QStringLiteral("为执行生效调解书所作的裁定有能力执行而拒不执行，情节严重的"), QStringLiteral("确定你单位应当履行下列义务"), QStringLiteral("请你单位在上述")}
            << QStringList{QStringLiteral("自判决、裁定发生法律效力之日起计算"), QStringLiteral("你（单位）")};
        QTest::newRow("执行风险提示书") << "zhixing-fengxian" << "jingde-withdrawal"
            << QStringList{QStringLiteral("执行风险提示书"), QStringLiteral("李某："), QStringLiteral("财产线索"), QStringLiteral("终结本次执行程序"), QStringLiteral("恢复执行"),
                           QStringLiteral("你申请执行"), QStringLiteral("作为被执行人的公民死亡，无遗产可供执行，又无义务承担人，或者作为被执行人的公民因生活困难无力偿还借款，无收入来源，又丧失劳动能力"),
                           QStringLiteral("申请执行人（签名或盖章）：")}
            << QStringList{QStringLiteral("你（单位）"), QStringLiteral("签收后附卷。申请执行人")};
        QTest::newRow("诉讼风险提示书") << "susong-fengxian" << "haicang-performance"
            << QStringList{QStringLiteral("诉讼风险提示书"), QStringLiteral("厦门某健康管理有限公司："), QStringLiteral("诉讼时效"), QStringLiteral("执行不能"), QStringLiteral("二〇二四年四月十一日"),
                           QStringLiteral("以捏造的事实提起民事诉讼，妨害司法秩序或者严重侵害他人合法权益的，人民法院将依法予以罚款、拘留；构成犯罪的，依法追究刑事责任")}
            << QStringList{};
        // 终本 (终本规定第六条): the claim, each measure, the property, the money, the applicant's rights.
        QTest::newRow("终本裁定") << "zhongben-caiding" << "jingde-zhongben-ready"
            << QStringList{QStringLiteral("执行裁定书"), QStringLiteral("申请执行标的为人民币87,000.00元"), QStringLiteral("2024年3月8日，本院向被执行人张某送达执行通知书、报告财产令"),
                           QStringLiteral("被执行人张某无正当理由逾期报告"), QStringLiteral("于2024年4月10日决定对其罚款人民币五千元"),
                           QStringLiteral("本院对被执行人宣城某艺术培训有限公司及其法定代表人王某发出限制消费令。"),
                           QStringLiteral("申请执行标的为人民币87,000.00元及利息（以75000元为基数"),
                           QStringLiteral("经查找未能实际扣押，暂不能处置（《最高人民法院关于严格规范终结本次执行程序的规定（试行）》第四条第二项）"), QStringLiteral("未发现被执行人有其他可供执行的财产，已发现的财产暂不能处置"),
                           QStringLiteral("已在约谈笔录上签字确认"), QStringLiteral("被执行人张某尚欠借款本金75,000元及利息（已执行到位326.15元），被执行人宣城某艺术培训有限公司尚欠租金损失12,000元，以上款项及迟延履行期间的债务利息均未执行到位"),
                           QStringLiteral("通过网络执行查控系统查询被执行人张某名下的存款、车辆及其他交通运输工具、不动产、有价证券"),
                           QStringLiteral("对被执行人张某的财产情况进行现场调查"), QStringLiteral("核查申请执行人提供的财产线索"),
                           QStringLiteral("（皖P·C1234）"),
                           QStringLiteral("2024年7月10日，本院约谈申请执行人李某"), QStringLiteral("解释》第五百一十七条规定，裁定如下："), QStringLiteral("终结本次执行程序。终结本次执行程序后"),
                           QStringLiteral("被执行人仍负有继续履行生效法律文书确定的义务"), QStringLiteral("申请恢复执行不受申请执行时效期间的限制"),
                           QStringLiteral("本裁定送达后立即生效"), QStringLiteral("二〇二四年七月十五日"), QStringLiteral("审判员朱某")}
            << QStringList{QStringLiteral("并于报经"), QStringLiteral("院长批准"), QStringLiteral("依法予以处理")};
        QTest::newRow("终本约谈笔录") << "zhongben-yuetan" << "jingde-zhongben-ready"
            << QStringList{QStringLiteral("约谈笔录"), QStringLiteral("时间：2024年7月10日"), QStringLiteral("被约谈人：申请执行人李某；委托诉讼代理人钱某"),
                           QStringLiteral("答：同意终结本次执行程序"), QStringLiteral("以上款项及迟延履行期间的债务利息均未执行到位"), QStringLiteral("被约谈人李某（签名）："), QStringLiteral("被约谈人钱某（签名）："),
                           QStringLiteral("地点：本院执行局约谈室"), QStringLiteral("2024年3月7日，网络执行查控系统（总对总）查询（张某）：银行存款合计326.15元"),
                           QStringLiteral("经穷尽财产调查措施，未发现被执行人有其他可供执行的财产。")}
            << QStringList{QStringLiteral("答：问")};
        // One order per respondent banned; an organisation's binds the persons named.
        QTest::newRow("限制消费令") << "xianzhi-xiaofei" << "jingde-zhongben-ready"
            << QStringList{QStringLiteral("被限制消费人：张某"), QStringLiteral("被限制消费人：宣城某艺术培训有限公司"), QStringLiteral("限制你不得实施以下高消费"),
                           QStringLiteral("限制你单位及你单位的法定代表人王某不得实施"), QStringLiteral("第二百六十六条"), QStringLiteral("第一条、第三条"),
                           QStringLiteral("（九）乘坐G字头动车组列车全部座位"), QStringLiteral("获批准后方可进行"), QStringLiteral("第一百一十四条"),
                           QStringLiteral("二〇二四年四月十二日"), QStringLiteral("第1页共2页"), QStringLiteral("院长孙某"),
                           QStringLiteral("限制期间自本令送达之日起至你履行完毕生效法律文书确定的义务之日止"), QStringLiteral("实施前述行为")}
            << QStringList{QStringLiteral("共4页"), QStringLiteral("你（单位）")};
        QTest::newRow("失信决定书") << "shixin-jueding" << "jingde-zhongben-ready"
            << QStringList{QStringLiteral("决定书"), QStringLiteral("第一条第四项、第二条规定，经本院院长批准"),
                           QStringLiteral("将被执行人张某纳入失信被执行人名单，期限为二年。"), QStringLiteral("无正当理由逾期报告财产，本院已于2024年4月10日决定对其罚款人民币五千元，属违反财产报告制度的情形"), QStringLiteral("被执行人张某未履行生效法律文书确定的义务"), QStringLiteral("本决定一经作出即生效"), QStringLiteral("可以向本院申请纠正"),
                           QStringLiteral("院长孙某")}
            << QStringList{QStringLiteral("宣城某艺术培训有限公司纳入失信")};
        QTest::newRow("执行通知书 2021 revision") << "zhixing-tongzhi" << "jingde-2022"
            << QStringList{QStringLiteral("第二百四十七条"), QStringLiteral("第二百六十条"), QStringLiteral("第二百六十二条"), QStringLiteral("第一百一十四条")} << QStringList{};
        QTest::newRow("执行通知书 2012 text") << "zhixing-tongzhi" << "jingde-2019"
            << QStringList{QStringLiteral("第二百四十条"), QStringLiteral("第二百五十三条"), QStringLiteral("第一百一十一条")} << QStringList{};
    }
    void notices()
    {
        QFETCH(QString, templateId);
        QFETCH(QString, caseName);
        QFETCH(QStringList, facts);
        QFETCH(QStringList, absent);
        CaseFile file = zwtest::demoCase(caseName.startsWith(QStringLiteral("jingde-20")) ? QStringLiteral("jingde-withdrawal") : caseName);
        if (caseName == QStringLiteral("jingde-2019")) {
            file.json()["notice"] = {{"issued_on", "2019-06-01"}}; // the 2012 text's numbering
            file.setText(QStringLiteral("basis.effective_on"), QStringLiteral("2019-03-01"));
            file.setText(QStringLiteral("case.filed_on"), QStringLiteral("2019-05-20"));
        }
        if (caseName == QStringLiteral("jingde-2022")) {
            file.json()["notice"] = {{"issued_on", "2022-06-01"}}; // the 2021 revision's numbering
            // …in a case whose dates agree with that: effective, filed, then the notice.
            file.setText(QStringLiteral("basis.effective_on"), QStringLiteral("2022-03-01"));
            file.setText(QStringLiteral("case.filed_on"), QStringLiteral("2022-05-20"));
        }
        const QString pdf = render(templateId, file, templateId + QStringLiteral(".pdf"));
        QVERIFY(!pdf.isEmpty());
        const QString text = zwtest::flat(zwtest::pdfText(pdf));
        for (const QString &f : facts)
            QVERIFY2(text.contains(f), qPrintable(f));
        for (const QString &f : absent)
            QVERIFY2(!text.contains(f), qPrintable(f));
        // Each respondent is ordered, and answers, for itself: one order and
        // one 财产调查表 each, never one order to several.
        if (templateId == QStringLiteral("baogao-caichan")) {
            QCOMPARE(text.count(QStringLiteral("报告财产令（2024）")), 2);
            QCOMPARE(text.count(QStringLiteral("附：财产调查表")), 2);
            QVERIFY(text.contains(QStringLiteral("报告人：张某")) && text.contains(QStringLiteral("报告人：宣城某艺术培训有限公司")));
            QVERIFY(!text.contains(QStringLiteral("张某、宣城某艺术培训有限公司：")));
            // …and each order is its own document, numbered from its first page.
            QCOMPARE(text.count(QStringLiteral("第1页共3页")), 2);
        }
        // The 督促履行告知书 is served with the judgment: it does not presume enforcement began.
        QVERIFY(!text.contains(QStringLiteral("进入强制执行程序后")));
        QVERIFY(!text.contains(QStringLiteral("有能力履行而拒不履行")));
    }

    // Every template with every demo case: a PDF with the court's name, or a
    // refusal that names the field at fault — never a crash or a bare error.
    void everyTemplateEveryDemo_data()
    {
        QTest::addColumn<QString>("templateId");
        QTest::addColumn<QString>("caseName");
        for (const Template &t : zwtest::catalog().templates())
            for (const char *c : {"jingde-withdrawal", "jingde-partly-revoked", "haicang-performance"})
                QTest::newRow(qPrintable(t.id() + QLatin1Char('/') + QLatin1String(c))) << t.id() << QString::fromLatin1(c);
    }
    void everyTemplateEveryDemo()
    {
        QFETCH(QString, templateId);
        QFETCH(QString, caseName);
        const CaseFile file = zwtest::demoCase(caseName);
        const Template *t = &zwtest::templ(templateId);
        const auto pdf = zwtest::renderer().render(*t, file);
        if (!pdf) {
            for (const Diagnostic &d : pdf.errors())
                QVERIFY2(!d.path.isEmpty() && !d.message.isEmpty(), qPrintable(d.toString()));
            return;
        }
        const QString out = m_dir.filePath(templateId + QLatin1Char('-') + caseName + QStringLiteral(".pdf"));
        QVERIFY(zwtest::writeFile(out, *pdf));
        const QString raw = zwtest::pdfText(out);
        // No printed line starts with closing punctuation.
        for (const QString &line : raw.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const QString trimmed = line.trimmed().remove(QLatin1Char('\f'));
            QVERIFY2(trimmed.isEmpty() || !isClosingPunct(trimmed.at(0).unicode()), qPrintable(line));
        }
        const QString text = zwtest::flat(raw);
        QVERIFY(text.contains(file.text(QStringLiteral("court.name"))));
        QVERIFY(text.contains(t->title().section(QStringLiteral("（"), 0, 0)));
    }

    void certificate()
    {
        CaseFile file = zwtest::demoCase(QStringLiteral("haicang-performance"));
        const Template *t = &zwtest::templ(QStringLiteral("zidong-lvxing-zhengming"));
        const auto refused = zwtest::renderer().render(*t, file);
        QVERIFY(!refused); // no certificate number yet
        QCOMPARE(refused.errors().first().path, QStringLiteral("performance.certificate_no"));
        file.json()["performance"]["certificate_no"] = "（2024）闽0205自履证1号";
        const QString pdf = render(QStringLiteral("zidong-lvxing-zhengming"), file, QStringLiteral("cert.pdf"));
        QVERIFY(!pdf.isEmpty());
        const QString text = zwtest::flat(zwtest::pdfText(pdf));
        for (const char *f : {"自动履行证明书", "（2024）闽0205自履证1号", "福建某体育产业有限公司", "2024年7月8日", "2024年7月9日",
                              "人民币柒万伍仟元整（75,000.00元）", "于2024年7月10日前向厦门某健康管理有限公司支付租金75000元", "厦门市海沧区人民法院（2024）闽0205民初2087号民事调解书", "二〇二四年七月九日"})
            QVERIFY2(text.contains(QString::fromUtf8(f)), f);
    }

    // A ruling against twelve respondents runs over pages; the signature block
    // never stands alone: the page that carries it starts with body text.
    void twelveRespondentsPaginate()
    {
        CaseFile file = zwtest::demoCase(QStringLiteral("jingde-withdrawal"));
        Json respondents = Json::array();
        for (int i = 0; i < 12; ++i) {
            Json r = file.json()["respondents"][0];
            r["id"] = "r" + std::to_string(i + 1);
            r["name"] = ss(QStringLiteral("被执行人") + QStringLiteral("甲乙丙丁戊己庚辛壬癸子丑").at(i));
            respondents.push_back(r);
        }
        file.json()["respondents"] = respondents;
        const QString pdf = render(QStringLiteral("zhongjie-caiding"), file, QStringLiteral("twelve.pdf"));
        QVERIFY(!pdf.isEmpty());
        const QStringList pages = zwtest::pdfText(pdf).split(QLatin1Char('\f'), Qt::SkipEmptyParts);
        QVERIFY2(pages.size() >= 3, qPrintable(QString::number(pages.size())));
        int signaturePage = -1;
        for (int i = 0; i < pages.size(); ++i)
            if (zwtest::flat(pages[i]).contains(QStringLiteral("书记员")))
                signaturePage = i;
        QVERIFY(signaturePage >= 0);
        const QString page = zwtest::flat(pages[signaturePage]);
        // Body text (the last paragraph) stands on the page before the panel.
        QVERIFY(page.indexOf(QStringLiteral("本裁定送达后立即生效")) >= 0);
        QVERIFY(page.indexOf(QStringLiteral("本裁定送达后立即生效")) < page.indexOf(QStringLiteral("审判员")));
        QVERIFY(page.contains(QStringLiteral("第%1页共%2页").arg(signaturePage + 1).arg(pages.size())));
    }

    // The 财产调查表 is a form to fill in by hand: each header stays on one
    // line and the amount and change columns leave room to write, measured
    // on the typeset page (rules and runs) of every respondent's order.
    void propertyFormColumnsHoldTheirHeaders()
    {
        struct Capture : Renderer {
            mutable Layout layout;
            QString fileSuffix() const override { return QStringLiteral("layout"); }
            Expected<QByteArray> render(const Layout &l) const override
            {
                layout = l;
                return QByteArray("layout");
            }
        } capture;
        const Catalog &catalog = zwtest::catalog();
        const auto done = DocumentRenderer(catalog, capture).render(*catalog.findTemplate(QStringLiteral("baogao-caichan")),
                                                                     zwtest::demoCase(QStringLiteral("jingde-partly-revoked")));
        QVERIFY2(done, qPrintable(done.errorString()));
        const double pitch = catalog.page().charPitch();
        int forms = 0;
        for (const LayoutPage &page : std::as_const(capture.layout.pages)) {
            QMap<double, QString> lines;
            for (const GlyphRun &run : page.runs)
                lines[-run.y] += QString::fromStdU32String(run.text);
            const auto header = std::find_if(lines.cbegin(), lines.cend(), [](const QString &l) { return l.startsWith(QStringLiteral("财产类别")); });
            if (header == lines.cend())
                continue;
            ++forms;
            for (const char *cell : {"财产类别", "价值或金额", "变动情况"})
                QVERIFY2(header->contains(QString::fromUtf8(cell)), qPrintable(*header));
            // Column borders: the x of every vertical rule on the page.
            QList<double> xs;
            for (const Rule &r : page.rules)
                if (r.x1 == r.x2 && !std::any_of(xs.cbegin(), xs.cend(), [&](double x) { return std::abs(x - r.x1) < 0.01; }))
                    xs << r.x1;
            std::sort(xs.begin(), xs.end());
            QCOMPARE(xs.size(), 5);
            QVERIFY2(xs[3] - xs[2] >= 5.5 * pitch, qPrintable(QString::number((xs[3] - xs[2]) / pitch))); // 价值或金额
            QVERIFY2(xs[4] - xs[3] >= 4.5 * pitch, qPrintable(QString::number((xs[4] - xs[3]) / pitch))); // 变动情况
            QVERIFY2(xs[2] - xs[1] >= 9.5 * pitch, qPrintable(QString::number((xs[2] - xs[1]) / pitch))); // 名称、数量…账号
        }
        QCOMPARE(forms, 2); // one per respondent
    }

    // An early 终本 is refused, naming each condition not met.
    void earlyZhongbenRulingRefused()
    {
        const auto pdf = zwtest::renderer().render(zwtest::templ(QStringLiteral("zhongben-caiding")), zwtest::demoCase(QStringLiteral("jingde-zhongben-early")));
        QVERIFY(!pdf);
        QVERIFY2(pdf.errorString().contains(QStringLiteral("尚未通过网络执行查控系统查询被执行人宣城某艺术培训有限公司的不动产")), qPrintable(pdf.errorString()));
        QVERIFY2(pdf.errorString().contains(QStringLiteral("尚未超过三个月")), qPrintable(pdf.errorString()));
        // Nor is the applicant told of a 终本 before the investigation is
        // complete (终本规定第五条); three months need not have passed.
        const auto interview = zwtest::renderer().render(zwtest::templ(QStringLiteral("zhongben-yuetan")), zwtest::demoCase(QStringLiteral("jingde-zhongben-early")));
        QVERIFY(!interview);
        QVERIFY2(interview.errorString().contains(QStringLiteral("财产调查等尚未完成")) && interview.errorString().contains(QStringLiteral("的不动产")), qPrintable(interview.errorString()));
        QVERIFY2(!interview.errorString().contains(QStringLiteral("三个月")), qPrintable(interview.errorString()));
    }

    // A 失信 decision no president signed off is not made; a case with no
    // 限制消费令 recorded has none to print.
    void measureOrdersNeedTheirRecord()
    {
        CaseFile file = zwtest::demoCase(QStringLiteral("jingde-zhongben-ready"));
        file.json()["measures"]["debtors"][0].erase("defaulter_approved_by");
        const auto decision = zwtest::renderer().render(zwtest::templ(QStringLiteral("shixin-jueding")), file);
        QVERIFY(!decision);
        QVERIFY2(decision.errorString().contains(QStringLiteral("被执行人张某的纳入失信被执行人名单决定未记载院长批准")), qPrintable(decision.errorString()));
        // 失信规定第二条: item (一) has no term; items (二)–(六) two to five years.
        file = zwtest::demoCase(QStringLiteral("jingde-zhongben-ready"));
        file.json()["measures"]["debtors"][0]["defaulter_ground"] = "able_but_refuses";
        const auto termed = zwtest::renderer().render(zwtest::templ(QStringLiteral("shixin-jueding")), file);
        QVERIFY(!termed);
        QVERIFY2(termed.errorString().contains(QStringLiteral("不设期限")), qPrintable(termed.errorString()));
        file.json()["measures"]["debtors"][0].erase("defaulter_term_years");
        QVERIFY(zwtest::renderer().render(zwtest::templ(QStringLiteral("shixin-jueding")), file));
        file.json()["measures"]["debtors"][0]["defaulter_ground"] = "breaks_report_duty";
        QVERIFY(!zwtest::renderer().render(zwtest::templ(QStringLiteral("shixin-jueding")), file));
        // 限高规定第五条: the president signs the order.
        file = zwtest::demoCase(QStringLiteral("jingde-zhongben-ready"));
        file.json()["measures"]["debtors"][1].erase("consumption_approved_by");
        const auto unsignedBan = zwtest::renderer().render(zwtest::templ(QStringLiteral("xianzhi-xiaofei")), file);
        QVERIFY(!unsignedBan);
        QVERIFY2(unsignedBan.errorString().contains(QStringLiteral("宣城某艺术培训有限公司的限制消费令未记载签发的院长")), qPrintable(unsignedBan.errorString()));
        // Said at the field itself, so the form shows it there.
        QCOMPARE(unsignedBan.errors().first().path, QStringLiteral("measures.debtors[1].consumption_approved_by"));
        const auto order = zwtest::renderer().render(zwtest::templ(QStringLiteral("xianzhi-xiaofei")), zwtest::demoCase(QStringLiteral("jingde-withdrawal")));
        QVERIFY(!order);
        QVERIFY2(order.errorString().contains(QStringLiteral("限制消费令日期")), qPrintable(order.errorString()));
    }

    void refusedRulingLeavesNoFile()
    {
        CaseFile file = zwtest::demoCase(QStringLiteral("jingde-withdrawal"));
        file.json()["termination"]["scope"] = "instrument";
        const QString out = m_dir.filePath(QStringLiteral("refused.pdf"));
        const auto ok = service().issue(QStringLiteral("zhongjie-caiding"), file, out, {});
        QVERIFY(!ok);
        QCOMPARE(ok.errors().first().path, QStringLiteral("termination.scope"));
        QVERIFY(!QFile::exists(out));
    }

    void badCaseNumberLeavesNoFileAndKeepsOldOne()
    {
        CaseFile file = zwtest::demoCase(QStringLiteral("jingde-withdrawal"));
        const QString out = m_dir.filePath(QStringLiteral("keep.pdf"));
        QVERIFY(zwtest::writeFile(out, "previous"));
        file.setText(QStringLiteral("case.number"), QStringLiteral("2024皖1825执123"));
        const auto ok = service().issue(QStringLiteral("zhixing-tongzhi"), file, out, {});
        QVERIFY(!ok);
        QCOMPARE(ok.errors().first().path, QStringLiteral("case.number"));
        QFile check(out);
        QVERIFY(check.open(QIODevice::ReadOnly));
        QCOMPARE(check.readAll(), QByteArray("previous"));
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("keep.pdf*")}, QDir::Files).size(), 1);
    }

    void unsupportedCharacterNamesFieldAndChar()
    {
        // A private-use character of plane 16: no installed font has it.
        CaseFile file = zwtest::demoCase(QStringLiteral("jingde-withdrawal"));
        file.setText(QStringLiteral("respondents[0].name"), QStringLiteral("刘") + QString::fromUcs4(U"\U0010FFFD"));
        const auto pdf = zwtest::renderer().render(zwtest::templ(QStringLiteral("zhixing-tongzhi")), file);
        QVERIFY(!pdf);
        QCOMPARE(pdf.errors().first().path, QStringLiteral("respondents[0].name"));
        QVERIFY2(pdf.errorString().contains(QStringLiteral("U+10FFFD")), qPrintable(pdf.errorString()));
    }

    // Characters outside GBK print from the fallback font through carrier
    // codes: the right glyph on the page and the right text for readers.
    void rareCharacters()
    {
        CaseFile file = zwtest::demoCase(QStringLiteral("jingde-withdrawal"));
        file.setText(QStringLiteral("respondents[0].name"), QStringLiteral("刘䶮"));
        file.setText(QStringLiteral("applicants[0].name"), QString::fromUcs4(U"\U00020BB7") + QStringLiteral("田"));
        const QString pdf = render(QStringLiteral("zhongjie-caiding"), file, QStringLiteral("rare.pdf"));
        QVERIFY(!pdf.isEmpty());
        const QString text = zwtest::flat(zwtest::pdfText(pdf));
        QVERIFY2(text.contains(QStringLiteral("被执行人：刘䶮，男")), qPrintable(text));
        QVERIFY(text.contains(QString::fromUcs4(U"\U00020BB7") + QStringLiteral("田")));
        QVERIFY(!text.contains(QStringLiteral("刘一"))); // the carrier never leaks into the text
        const QString fonts = zwtest::pdfFonts(pdf);
        QVERIFY2(fonts.contains(QStringLiteral("+BabelStoneHan")), qPrintable(fonts));
        for (const QString &line : fonts.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2)) {
            const QStringList cols = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            QCOMPARE(cols.mid(cols.size() - 5, 3), (QStringList{QStringLiteral("yes"), QStringLiteral("yes"), QStringLiteral("yes")}));
        }
        // The printed glyph is the rare character's own, not its carrier's:
        // two different rare characters in the same place (both carried by
        // 一) must give different pages, and neither may look like 一.
        auto page1 = [&](const QString &name, const QString &tag) {
            CaseFile f = zwtest::demoCase(QStringLiteral("jingde-withdrawal"));
            f.setText(QStringLiteral("respondents[0].name"), name);
            const QString p = render(QStringLiteral("zhixing-tongzhi"), f, tag + QStringLiteral(".pdf"));
            const QString prefix = m_dir.filePath(tag);
            zwtest::runTool(PDFTOPPM, {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("100"), QStringLiteral("-f"), QStringLiteral("1"),
                                       QStringLiteral("-l"), QStringLiteral("1"), p, prefix});
            return QImage(prefix + QStringLiteral("-1.png"));
        };
        const QImage withRare = page1(QStringLiteral("刘䶮"), QStringLiteral("g1"));
        const QImage otherRare = page1(QStringLiteral("刘䶵"), QStringLiteral("g2"));
        const QImage withCarrier = page1(QStringLiteral("刘一"), QStringLiteral("g3"));
        QVERIFY(!withRare.isNull() && !otherRare.isNull() && !withCarrier.isNull());
        QVERIFY(withRare != otherRare);
        QVERIFY(withRare != withCarrier);
        QVERIFY(otherRare != withCarrier);
    }

    // The rare character on the page is the font's own glyph: the printed
    // pixels match the glyph's outline taken from the font file (HarfBuzz)
    // and drawn at the same place and size, and not another rare glyph.
    void rareGlyphMatchesTheFont()
    {
        const FontSet &fonts = zwtest::catalog().fonts();
        const auto layout = Typesetter(fonts).typeset({{Role::Line, QStringLiteral("刘䶮刘")}});
        QVERIFY(layout);
        const GlyphRun *rare = nullptr;
        for (const GlyphRun &r : layout->pages.first().runs)
            if (r.text == U"䶮")
                rare = &r;
        QVERIFY2(rare, "䶮 is not a run of its own");
        QVERIFY2(rare->face->family().contains(QStringLiteral("BabelStone")), qPrintable(rare->face->family()));
        const auto pdf = PdfRenderer().render(*layout);
        QVERIFY2(pdf, qPrintable(pdf.errorString()));
        const QString file = m_dir.filePath(QStringLiteral("glyph.pdf"));
        QVERIFY(zwtest::writeFile(file, *pdf));
        const QString prefix = m_dir.filePath(QStringLiteral("glyph"));
        zwtest::runTool(PDFTOPPM, {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("144"), file, prefix});
        const QImage page = QImage(prefix + QStringLiteral("-1.png")).convertToFormat(QImage::Format_Grayscale8);
        QVERIFY(!page.isNull());

        // The glyph's em square (its neighbours begin right after it), with
        // room above and below.
        const double scale = 144 / 72.0;
        const QRect box(int(rare->x * scale), int((layout->height - rare->y - rare->size) * scale) - 8,
                        int(rare->size * scale), int(rare->size * 1.3 * scale) + 16);
        const QImage printed = page.copy(box);
        const QPointF origin(rare->x * scale - box.x(), (layout->height - rare->y) * scale - box.y());
        auto drawn = [&](char32_t c) {
            QImage img(box.size(), QImage::Format_Grayscale8);
            img.fill(Qt::white);
            QPainter painter(&img);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.fillPath(glyphOutline(*rare->face, c, rare->size * scale).translated(origin), Qt::black);
            return img;
        };
        const double same = inkOverlap(printed, drawn(U'䶮'));
        const double other = inkOverlap(printed, drawn(U'䶵'));
        QVERIFY2(same > 0.8, qPrintable(QString::number(same)));
        QVERIFY2(other < same - 0.2, qPrintable(QStringLiteral("%1 vs %2").arg(other).arg(same)));
    }

    void deterministic()
    {
        const Template *t = &zwtest::templ(QStringLiteral("zhongjie-caiding"));
        const CaseFile file = zwtest::demoCase(QStringLiteral("jingde-partly-revoked"));
        const auto a = zwtest::renderer().render(*t, file);
        const auto b = zwtest::renderer().render(*t, file);
        QVERIFY(a && b);
        QCOMPARE(QCryptographicHash::hash(*a, QCryptographicHash::Sha256), QCryptographicHash::hash(*b, QCryptographicHash::Sha256));
    }

    // No text may print in a placeholder font: a font of the document that
    // the plan does not replace fails it, with a message in Chinese, and a
    // page left inside a text object does too.
    void finisherRefusesUnplannedFontAndOpenText()
    {
        HPDF_Doc doc = HPDF_New(nullptr, nullptr);
        QVERIFY(doc);
        HPDF_Page page = HPDF_AddPage(doc);
        HPDF_Page_BeginText(page);
        const auto open = finishDocument(doc, {page}, FontPlan{});
        QCOMPARE(open.value_or(QString()), QStringLiteral("有页面停在文字或路径对象之中"));
        HPDF_Page_EndText(page);
        HPDF_Font font = HPDF_GetFont(doc, "Helvetica", "WinAnsiEncoding");
        QVERIFY(font);
        HPDF_Page_SetFontAndSize(page, font, 12);
        const auto unplanned = finishDocument(doc, {page}, FontPlan{});
        QCOMPARE(unplanned.value_or(QString()), QStringLiteral("文书中有字体没有计划的嵌入字体"));
        HPDF_Free(doc);
    }

    // libharu writes the fonts' objects as well as the pages: an independent
    // reader (qpdf) must find a sound file, with no repair or warning, every
    // stream decoding, every font a Type0 over an embedded CIDFontType2, and
    // an ID that follows the content.
    void structureIsSound()
    {
        const Template &t = zwtest::templ(QStringLiteral("zhongjie-caiding"));
        const auto a = zwtest::renderer().render(t, zwtest::demoCase(QStringLiteral("jingde-partly-revoked")));
        const auto b = zwtest::renderer().render(t, zwtest::demoCase(QStringLiteral("jingde-withdrawal")));
        QVERIFY(a && b);
        std::string ids[2];
        const QByteArray *docs[2] = {&a.value(), &b.value()};
        for (int i = 0; i < 2; ++i) {
            QPDF q;
            q.setSuppressWarnings(true);
            q.processMemoryFile("doc", docs[i]->constData(), std::size_t(docs[i]->size()));
            int fonts = 0, streams = 0;
            for (QPDFObjectHandle obj : q.getAllObjects()) {
                if (obj.isStream()) {
                    QVERIFY(obj.getDict().getKey("/Filter").isNameAndEquals("/FlateDecode"));
                    QVERIFY(obj.getStreamData(qpdf_dl_generalized)->getSize() > 0);
                    ++streams;
                }
                if (obj.isDictionary() && obj.getKey("/Type").isNameAndEquals("/Font")
                    && obj.getKey("/Subtype").isNameAndEquals("/Type0")) {
                    QPDFObjectHandle cid = obj.getKey("/DescendantFonts").getArrayItem(0);
                    QVERIFY(cid.getKey("/Subtype").isNameAndEquals("/CIDFontType2"));
                    QVERIFY(cid.getKey("/FontDescriptor").getKey("/FontFile2").isStream());
                    QVERIFY(obj.getKey("/Encoding").isStream() && obj.getKey("/ToUnicode").isStream());
                    ++fonts;
                }
            }
            for (QPDFObjectHandle page : q.getAllPages())
                for (const std::string &key : page.getKey("/Resources").getKey("/Font").getKeys())
                    QVERIFY2(page.getKey("/Resources").getKey("/Font").getKey(key).getKey("/Subtype").isNameAndEquals("/Type0"), key.c_str());
            QVERIFY(fonts >= 1);
            QVERIFY(streams >= 5);
            QVERIFY2(!q.anyWarnings(), "qpdf had to repair the file");
            QPDFObjectHandle id = q.getTrailer().getKey("/ID");
            QVERIFY(id.isArray() && id.getArrayNItems() == 2);
            ids[i] = id.getArrayItem(0).getStringValue();
            QCOMPARE(ids[i].size(), std::size_t(16));
        }
        QVERIFY(ids[0] != ids[1]);
    }

    void deterministicAcrossProcesses()
    {
        QByteArray outputs[2];
        for (int i = 0; i < 2; ++i) {
            const QString out = m_dir.filePath(QStringLiteral("proc%1.pdf").arg(i));
            QProcess p;
            p.start(QStringLiteral(ZHIWEN_CLI), {QStringLiteral("render"), QStringLiteral("zhongjie-caiding"),
                                                  zwtest::demo(QStringLiteral("jingde-partly-revoked")), QStringLiteral("-o"), out});
            QVERIFY(p.waitForFinished(60000));
            QCOMPARE(p.exitCode(), 0);
            QFile f(out);
            QVERIFY(f.open(QIODevice::ReadOnly));
            outputs[i] = f.readAll();
        }
        QVERIFY(!outputs[0].isEmpty());
        QVERIFY(outputs[0] == outputs[1]);
    }

    // Page images against references reviewed by eye (tests/references, 40 dpi
    // grey). A page fails when more than 0.05 % of its pixels differ by more
    // than an eighth of the grey range. After reviewing a deliberate change as
    // an image, refresh a reference with
    //   pdftoppm -gray -png -r 40 -f N -l N OUT.pdf tests/references/TEMPLATE-CASE
    void referencePages_data()
    {
        QTest::addColumn<QString>("templateId");
        QTest::addColumn<QString>("caseName");
        QTest::addColumn<int>("page");
        QTest::newRow("ruling p1") << "zhongjie-caiding" << "jingde-partly-revoked" << 1;
        QTest::newRow("ruling p2") << "zhongjie-caiding" << "jingde-partly-revoked" << 2;
        QTest::newRow("notice p1") << "zhixing-tongzhi" << "jingde-withdrawal" << 1;
        QTest::newRow("notice p2") << "zhixing-tongzhi" << "jingde-withdrawal" << 2;
        QTest::newRow("property form") << "baogao-caichan" << "jingde-withdrawal" << 3;
    }
    void referencePages()
    {
        QFETCH(QString, templateId);
        QFETCH(QString, caseName);
        QFETCH(int, page);
        const QString name = templateId + QLatin1Char('-') + caseName;
        const QString pdf = render(templateId, zwtest::demoCase(caseName), name + QStringLiteral("-ref.pdf"));
        QVERIFY(!pdf.isEmpty());
        const QString prefix = m_dir.filePath(name);
        zwtest::runTool(PDFTOPPM, {QStringLiteral("-gray"), QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("40"),
                                   QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"), QString::number(page), pdf, prefix});
        const QImage actual(QStringLiteral("%1-%2.png").arg(prefix).arg(page));
        const QImage expected(QStringLiteral(ZHIWEN_SOURCE_DIR "/tests/references/%1-%2.png").arg(name).arg(page));
        QVERIFY(!actual.isNull() && !expected.isNull());
        QCOMPARE(actual.size(), expected.size());
        qint64 differing = 0;
        for (int y = 0; y < actual.height(); ++y)
            for (int x = 0; x < actual.width(); ++x)
                differing += qAbs(qGray(actual.pixel(x, y)) - qGray(expected.pixel(x, y))) > 32;
        const double ratio = double(differing) / (actual.width() * actual.height());
        // A page identical to its reference gives 0; one character dropped
        // from a line gives about 0.1 %.
        QVERIFY2(ratio <= 0.0005, qPrintable(QStringLiteral("%1 % of pixels differ; actual page: %2-%3.png")
                                                .arg(ratio * 100, 0, 'f', 2).arg(prefix).arg(page)));
    }

    void pageImageHasInk()
    {
        const QString pdf = render(QStringLiteral("zhongjie-caiding"), zwtest::demoCase(QStringLiteral("jingde-partly-revoked")), QStringLiteral("img.pdf"));
        const QString prefix = m_dir.filePath(QStringLiteral("page"));
        zwtest::runTool(PDFTOPPM, {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("40"), QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"), pdf, prefix});
        QImage img(prefix + QStringLiteral("-1.png"));
        QVERIFY(!img.isNull());
        // A4 at 40 dpi; ink inside the type area, none in the left margin.
        QCOMPARE(img.width(), 331);
        auto dark = [&](int x0, int x1, int y0, int y1) {
            int n = 0;
            for (int y = y0; y < y1; ++y)
                for (int x = x0; x < x1; ++x)
                    n += qGray(img.pixel(x, y)) < 128;
            return n;
        };
        const int leftMargin = int(28 / 25.4 * 40) - 2;
        QCOMPARE(dark(0, leftMargin, 0, img.height()), 0);
        QVERIFY(dark(leftMargin, img.width() - leftMargin, int(37 / 25.4 * 40), int(60 / 25.4 * 40)) > 50); // court name
    }
};

QTEST_GUILESS_MAIN(TestRender)
#include "tst_render.moc"
