<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>Tr</name>
    <message>
        <source>libdeflate 无法分配内存</source>
        <translation>libdeflate could not allocate memory</translation>
    </message>
    <message>
        <source>libdeflate 压缩失败</source>
        <translation>libdeflate compression failed</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>数据文件有误</source>
        <translation>Data file error</translation>
    </message>
    <message>
        <source>规则、法条表、字体、版式或模板文件无法使用，请修正后重新启动：

%1</source>
        <translation>The rules, law table, fonts, page style or template files cannot be used; correct them and start again:

%1</translation>
    </message>
</context>
<context>
    <name>zw::AtomicFile</name>
    <message>
        <source>无法创建目录“%1”</source>
        <translation>Cannot create the folder “%1”</translation>
    </message>
    <message>
        <source>无法写入文件：%1</source>
        <translation>Cannot write the file: %1</translation>
    </message>
    <message>
        <source>保存失败，原文件未改动：%1</source>
        <translation>Saving failed; the original file is unchanged: %1</translation>
    </message>
</context>
<context>
    <name>zw::CaseFile</name>
    <message>
        <source>案件文件的顶层必须是 JSON 对象</source>
        <translation>The top level of a case file must be a JSON object</translation>
    </message>
    <message>
        <source>缺少格式标识，应为 &quot;%1&quot;</source>
        <translation>Missing format tag; it should be &quot;%1&quot;</translation>
    </message>
    <message>
        <source>不支持的格式 &quot;%1&quot;，应为 &quot;%2&quot;</source>
        <translation>Unsupported format &quot;%1&quot;; it should be &quot;%2&quot;</translation>
    </message>
    <message>
        <source>无法打开文件：%1</source>
        <translation>Cannot open the file: %1</translation>
    </message>
</context>
<context>
    <name>zw::CaseNumber</name>
    <message>
        <source>法院代字“%1”应以省级简称（如皖、粤）或“最高法”开头</source>
        <translation>Court code &quot;%1&quot; must start with a province abbreviation (such as 皖, 粤) or 最高法</translation>
    </message>
    <message>
        <source>法院代字“%1”在省级简称后只能有数字</source>
        <translation>Court code &quot;%1&quot; may only have digits after the province abbreviation</translation>
    </message>
    <message>
        <source>法院代字“%1”的数字应为 2 位（中级法院）或 4 位（基层法院）</source>
        <translation>Court code &quot;%1&quot; needs 2 digits (intermediate court) or 4 digits (basic court)</translation>
    </message>
    <message>
        <source>法院代字“%1”的地区数字不能为 00</source>
        <translation>The region digits of court code &quot;%1&quot; cannot be 00</translation>
    </message>
    <message>
        <source>首尾有多余空格</source>
        <translation>Leading or trailing spaces</translation>
    </message>
    <message>
        <source>案号为空</source>
        <translation>The case number is empty</translation>
    </message>
    <message>
        <source>年度应使用全角括号“（）”，应写作：%1</source>
        <translation>The year takes full-width brackets （）; write: %1</translation>
    </message>
    <message>
        <source>应以全角括号括起的收案年度开头，如“（2024）”</source>
        <translation>Must start with the filing year in full-width brackets, such as （2024）</translation>
    </message>
    <message>
        <source>收案年度应为四位数字，如“（2024）”</source>
        <translation>The filing year must have four digits, such as （2024）</translation>
    </message>
    <message>
        <source>应以“号”结尾</source>
        <translation>Must end with 号</translation>
    </message>
    <message>
        <source>“号”前应为案件编号数字</source>
        <translation>The serial number must come before 号</translation>
    </message>
    <message>
        <source>结构应为“（年度）法院代字类型代字编号号”，如（2024）皖1825执123号</source>
        <translation>The form is （year）court code + type code + serial + 号, such as （2024）皖1825执123号</translation>
    </message>
    <message>
        <source>收案年度 %1 不在合理范围（1950—%2）</source>
        <translation>Filing year %1 is outside 1950–%2</translation>
    </message>
    <message>
        <source>“字第”是 2016 年以前的旧案号格式，新案号不再使用</source>
        <translation>字第 is the pre-2016 form, not used in new case numbers</translation>
    </message>
    <message>
        <source>案件编号“%1”不应以 0 开头</source>
        <translation>Serial &quot;%1&quot; must not start with 0</translation>
    </message>
    <message>
        <source>类型代字“%1”中有非汉字字符%2</source>
        <translation>The type code &quot;%1&quot; holds a character that is not Chinese: %2</translation>
    </message>
    <message>
        <source>类型代字“%1”不在最高人民法院《人民法院案件类型及其代字标准》的代字表（law/case-types.json）中，请核对</source>
        <translation>type code “%1” is not in the SPC&apos;s list of case type codes (law/case-types.json); please check it</translation>
    </message>
</context>
<context>
    <name>zw::CaseTransfer</name>
    <message>
        <source>（无案号）</source>
        <translation>(no case number)</translation>
    </message>
    <message>
        <source>已导入  %1 → 案件库第 %2 号：%3</source>
        <translation>Imported  %1 → case store no. %2: %3</translation>
    </message>
    <message>
        <source>已替换  %1 → 案件库第 %2 号：%3</source>
        <translation>Replaced  %1 → case store no. %2: %3</translation>
    </message>
    <message>
        <source>未导入  %1：案号 %2 已在案件库中（第 %3 号），如需覆盖请选择替换</source>
        <translation>Not imported  %1: case number %2 is already in the case store (no. %3); choose replace to overwrite it</translation>
    </message>
    <message>
        <source>被拒绝  %1</source>
        <translation>Refused  %1</translation>
    </message>
    <message>
        <source>已导出  案件库第 %1 号（%2）→ %3</source>
        <translation>Exported  case store no. %1 (%2) → %3</translation>
    </message>
    <message>
        <source>失败    案件库第 %1 号 → %2</source>
        <translation>Failed    case store no. %1 → %2</translation>
    </message>
    <message>
        <source>错误</source>
        <translation>error</translation>
    </message>
    <message>
        <source>警告</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>共 %1 件：导出 %2 件，失败 %3 件</source>
        <translation>%1 cases: %2 exported, %3 failed</translation>
    </message>
    <message>
        <source>共 %1 个文件：导入 %2 件，替换 %3 件，未导入 %4 件，拒绝 %5 件；其中 %6 件有待补正的错误</source>
        <translation>%1 files: %2 imported, %3 replaced, %4 not imported, %5 refused; %6 of them have errors still to correct</translation>
    </message>
    <message>
        <source>案件%1</source>
        <translation>case%1</translation>
    </message>
</context>
<context>
    <name>zw::CaseTypes</name>
    <message>
        <source>不是类型代字表（format 应为 zhiwen/case-types@1）</source>
        <translation>not a list of case type codes (format should be zhiwen/case-types@1)</translation>
    </message>
    <message>
        <source>types 应为非空的数组</source>
        <translation>types should be a non-empty array</translation>
    </message>
    <message>
        <source>应为 true 或 false</source>
        <translation>should be true or false</translation>
    </message>
    <message>
        <source>类型代字“%1”应由汉字组成</source>
        <translation>type code “%1” should consist of Chinese characters</translation>
    </message>
    <message>
        <source>缺少案件类型名称</source>
        <translation>the name of the case type is missing</translation>
    </message>
    <message>
        <source>执行案件的类型代字以“执”开头：“%1”的 enforcement 应为 %2</source>
        <translation>type codes of enforcement cases begin with “执”: enforcement of “%1” should be %2</translation>
    </message>
    <message>
        <source>类型代字“%1”重复</source>
        <translation>type code “%1” appears twice</translation>
    </message>
</context>
<context>
    <name>zw::CaseValidator</name>
    <message>
        <source>缺少必填字段</source>
        <translation>Required field missing</translation>
    </message>
    <message>
        <source>应为字符串</source>
        <translation>Must be a string</translation>
    </message>
    <message>
        <source>不能为空</source>
        <translation>Must not be empty</translation>
    </message>
    <message>
        <source>金额应写成字符串（如 &quot;75000.00&quot;），不能是 JSON 数字</source>
        <translation>Money must be a string (such as &quot;75000.00&quot;), not a JSON number</translation>
    </message>
    <message>
        <source>应为对象</source>
        <translation>Must be an object</translation>
    </message>
    <message>
        <source>应为数组</source>
        <translation>Must be an array</translation>
    </message>
    <message>
        <source>当事人应为对象</source>
        <translation>A party must be an object</translation>
    </message>
    <message>
        <source>当事人编号“%1”重复</source>
        <translation>Party id &quot;%1&quot; is used twice</translation>
    </message>
    <message>
        <source>性别应为“男”或“女”</source>
        <translation>Gender must be 男 or 女</translation>
    </message>
    <message>
        <source>应为 &quot;person&quot;（自然人）或 &quot;organization&quot;（单位）</source>
        <translation>Must be &quot;person&quot; or &quot;organization&quot;</translation>
    </message>
    <message>
        <source>至少应有一名当事人</source>
        <translation>At least one party is needed</translation>
    </message>
    <message>
        <source>应为 true 或 false</source>
        <translation>Must be true or false</translation>
    </message>
    <message>
        <source>项号应为正整数</source>
        <translation>The item number must be a positive integer</translation>
    </message>
    <message>
        <source>项号 %1 重复</source>
        <translation>Item number %1 is used twice</translation>
    </message>
    <message>
        <source>应为被执行人编号字符串</source>
        <translation>Must be a respondent id string</translation>
    </message>
    <message>
        <source>“%1”不是本案被执行人的编号</source>
        <translation>&quot;%1&quot; is not the id of a respondent in this case</translation>
    </message>
    <message>
        <source>应为执行依据的项号（整数）</source>
        <translation>Must be an item number of the instrument (integer)</translation>
    </message>
    <message>
        <source>执行依据没有第 %1 项</source>
        <translation>The instrument has no item %1</translation>
    </message>
    <message>
        <source>“%1”不是本案当事人的编号</source>
        <translation>&quot;%1&quot; is not the id of a party in this case</translation>
    </message>
    <message>
        <source>案号“%1”有误：%2</source>
        <translation>Case number &quot;%1&quot; is wrong: %2</translation>
    </message>
    <message>
        <source>日期“%1”无效，应为 YYYY-MM-DD，如 2024-06-01</source>
        <translation>Date &quot;%1&quot; is invalid; use YYYY-MM-DD, such as 2024-06-01</translation>
    </message>
    <message>
        <source>有 %1 项，超过此处的上限 %2 项</source>
        <translation>Has %1 entries, more than the %2 allowed here</translation>
    </message>
    <message>
        <source>应为正整数</source>
        <translation>Must be a positive integer</translation>
    </message>
    <message>
        <source>长度为 %1 个字符，超过此字段的上限 %2 个字符</source>
        <translation>Is %1 characters long, more than the %2 this field allows</translation>
    </message>
    <message>
        <source>应为以下之一：%1</source>
        <translation>Must be one of: %1</translation>
    </message>
    <message>
        <source>不能换行（此字段只有一行）</source>
        <translation>Must not contain a line break (this field is one line)</translation>
    </message>
    <message>
        <source>含有控制字符%1，它不会打印出来，请删去</source>
        <translation>Contains the control character %1, which does not print; delete it</translation>
    </message>
    <message>
        <source>含有表情符号或图形符号%1，不是姓名或名称的文字</source>
        <translation>Contains the emoji or symbol %1, which is not part of a name</translation>
    </message>
    <message>
        <source>“字第”是 2016 年以前的旧案号格式；本案的案号应为新格式（如（2024）皖1825执123号），旧格式只用于执行依据等旧文书</source>
        <translation>字第 is the pre-2016 form; this case&apos;s own number should be in the current form (such as （2024）皖1825执123号); the old form is for old instruments only</translation>
    </message>
    <message>
        <source>%1（%2）早于%3（%4）：%5</source>
        <translation>%1 (%2) is earlier than %3 (%4): %5</translation>
    </message>
    <message>
        <source>履行期限从执行依据生效时起算</source>
        <translation>the period for performance runs from the instrument taking effect</translation>
    </message>
    <message>
        <source>执行依据生效后才能申请执行</source>
        <translation>enforcement can be applied for only once the instrument has taken effect</translation>
    </message>
    <message>
        <source>通知书在立案执行后发出</source>
        <translation>notices go out after the enforcement case is filed</translation>
    </message>
    <message>
        <source>案号年度 %1 与立案日期 %2 的年份不一致：案号的年度是收案年度</source>
        <translation>The case number&apos;s year %1 differs from the filing date %2: a case number carries the year the case was filed</translation>
    </message>
    <message>
        <source>%1（依据：%2）</source>
        <translation>%1 (basis: %2)</translation>
    </message>
    <message>
        <source>案号中的法院代字“%1”与%2（%3）不一致</source>
        <translation>The court code “%1” in the case number disagrees with %2 (%3)</translation>
    </message>
    <message>
        <source>号码中的出生日期 %1 与%2（%3）不一致</source>
        <translation>The birth date %1 in the number disagrees with %2 (%3)</translation>
    </message>
    <message>
        <source>号码第 17 位表示性别为%1，与%2（%3）不一致</source>
        <translation>Digit 17 of the number gives the sex as %1, which disagrees with %2 (%3)</translation>
    </message>
</context>
<context>
    <name>zw::Catalog</name>
    <message>
        <source>没有找到任何模板（*.zwt）</source>
        <translation>No templates (*.zwt) were found</translation>
    </message>
    <message>
        <source>模板头 family 指明的文书类别“%1”不存在</source>
        <translation>The document family &quot;%1&quot; named by the template header does not exist</translation>
    </message>
</context>
<context>
    <name>zw::CsvCases</name>
    <message>
        <source>“%1”应为正整数</source>
        <translation>&quot;%1&quot; must be a positive integer</translation>
    </message>
    <message>
        <source>“%1”应为 true/false（是/否）</source>
        <translation>&quot;%1&quot; must be true/false (是/否)</translation>
    </message>
    <message>
        <source>CSV 文件既不是 UTF-8 也不是 GBK 编码</source>
        <translation>The CSV file is neither UTF-8 nor GBK</translation>
    </message>
    <message>
        <source>CSV 文件为空</source>
        <translation>The CSV file is empty</translation>
    </message>
    <message>
        <source>有 %1 列，多于表头的 %2 列</source>
        <translation>Has %1 columns, more than the header&apos;s %2</translation>
    </message>
    <message>
        <source>无法打开文件：%1</source>
        <translation>Cannot open the file: %1</translation>
    </message>
    <message>
        <source>不是案件字段路径（如 case.number、respondents[0].name）</source>
        <translation>is not a case field path (such as case.number, respondents[0].name)</translation>
    </message>
    <message>
        <source>不是案件格式中的字段（见 resources/spec/case-format.md）</source>
        <translation>is not a field of the case format (see resources/spec/case-format.md)</translation>
    </message>
    <message>
        <source>是一组字段，不能填在一列中；请分列写出其中的字段（如 %1.…）</source>
        <translation>is a group of fields and cannot fill one column; give its fields a column each (such as %1.…)</translation>
    </message>
    <message>
        <source>序号 %1 超出此处的上限（最多 %2 项，序号从 0 起）</source>
        <translation>position %1 is beyond the bound here (at most %2 entries, counted from 0)</translation>
    </message>
    <message>
        <source>第 %1 列的表头“%2”%3</source>
        <translation>The header &quot;%2&quot; of column %1 %3</translation>
    </message>
    <message>
        <source>第 %1 列的表头“%2”与第 %3 列相同</source>
        <translation>The header &quot;%2&quot; of column %1 repeats column %3</translation>
    </message>
    <message>
        <source>无法写入此字段</source>
        <translation>Cannot write this field</translation>
    </message>
</context>
<context>
    <name>zw::DocumentContext</name>
    <message>
        <source>案件文件中没有终结执行信息（termination）</source>
        <translation>The case file has no termination section</translation>
    </message>
</context>
<context>
    <name>zw::DocumentRenderer</name>
    <message>
        <source>字符%1无法输出：不在 GBK 字符集中，当前 PDF 编码无法承载</source>
        <translation>Character %1 cannot be printed: it is not in GBK, which the PDF encoding requires</translation>
    </message>
    <message>
        <source>字符%1无法输出：已安装的字体都没有此字（正文字体“%2”）</source>
        <translation>Character %1 cannot be printed: no installed font has it (body font &quot;%2&quot;)</translation>
    </message>
</context>
<context>
    <name>zw::Drafts</name>
    <message>
        <source>无法创建草稿目录</source>
        <translation>Cannot create the drafts folder</translation>
    </message>
    <message>
        <source>草稿保存失败：%1</source>
        <translation>Saving the draft failed: %1</translation>
    </message>
    <message>
        <source>不是执文草稿文件</source>
        <translation>Not a ZhiWen draft file</translation>
    </message>
</context>
<context>
    <name>zw::FollowUp</name>
    <message>
        <source>将%1的网络查控复查结果告知申请执行人</source>
        <translation>Tell the applicant the result of the network re-query of %1</translation>
    </message>
    <message>
        <source>终本后网络查控复查（每六个月一次，至%1止）</source>
        <translation>Network re-query after 终本 (every six months, until %1)</translation>
    </message>
    <message>
        <source>被执行人%1报告财产期限届满（报告财产令%2送达）</source>
        <translation>Respondent %1&apos;s time to report property ends (order served %2)</translation>
    </message>
    <message>
        <source>立案已满三个月，可以审查是否终结本次执行程序（zhiwen-cli zhongben）</source>
        <translation>Three months since filing: 终本 may be considered (zhiwen-cli zhongben)</translation>
    </message>
    <message>
        <source>执前督促期满（自%1起三十日）：未履行的，可申请强制执行</source>
        <translation>Pre-enforcement urging ends (30 days from %1): if not performed, enforcement may be applied for</translation>
    </message>
</context>
<context>
    <name>zw::Fonts</name>
    <message>
        <source>无法读取字体文件</source>
        <translation>Cannot read the font file</translation>
    </message>
    <message>
        <source>不是可用的 TrueType 字体（第 %1 个字面）</source>
        <translation>Not a usable TrueType font (face %1)</translation>
    </message>
    <message>
        <source>未安装字体“%1”</source>
        <translation>Font &quot;%1&quot; is not installed</translation>
    </message>
    <message>
        <source>未安装字体“%1”（Debian 软件包 %2 提供）</source>
        <translation>Font &quot;%1&quot; is not installed (Debian package %2 provides it)</translation>
    </message>
    <message>
        <source>字体配置无效：格式标识应为 &quot;zhiwen/fonts@1&quot;</source>
        <translation>Invalid font configuration: the format tag must be &quot;zhiwen/fonts@1&quot;</translation>
    </message>
    <message>
        <source>字体没有 TrueType 轮廓（CFF/OpenType 字体，如 Noto CJK，无法嵌入），请改用 TrueType 字体</source>
        <translation>The font has no TrueType outlines (CFF/OpenType fonts such as Noto CJK cannot be embedded); use a TrueType font</translation>
    </message>
</context>
<context>
    <name>zw::Identifiers</name>
    <message>
        <source>前 17 位应为数字</source>
        <translation>The first 17 characters must be digits</translation>
    </message>
    <message>
        <source>校验位应为大写 X</source>
        <translation>The check character must be a capital X</translation>
    </message>
    <message>
        <source>校验位错误</source>
        <translation>Wrong check digit</translation>
    </message>
    <message>
        <source>15 位旧身份证号码应全为数字</source>
        <translation>An old 15-digit ID number must be all digits</translation>
    </message>
    <message>
        <source>应为 18 位（或 15 位旧号码），现为 %1 位</source>
        <translation>Must have 18 characters (or 15 for old numbers); it has %1</translation>
    </message>
    <message>
        <source>出生日期码“%1”不是有效日期</source>
        <translation>The birth date code &quot;%1&quot; is not a valid date</translation>
    </message>
    <message>
        <source>应为 18 位，现为 %1 位</source>
        <translation>Must have 18 characters; it has %1</translation>
    </message>
    <message>
        <source>第 %1 位“%2”不是允许的字符（0-9 与除 I、O、Z、S、V 外的大写字母）</source>
        <translation>Character %1, &quot;%2&quot;, is not allowed (0-9 and capital letters except I, O, Z, S, V)</translation>
    </message>
    <message>
        <source>校验位不符（应为 %1），请核对；部分早期代码不符合校验规则</source>
        <translation>The check character does not match (expected %1); please check — some early codes fail the check</translation>
    </message>
</context>
<context>
    <name>zw::Json</name>
    <message>
        <source>第 %1 行第 %2 列</source>
        <translation>line %1, column %2</translation>
    </message>
    <message>
        <source>无法打开文件：%1</source>
        <translation>Cannot open the file: %1</translation>
    </message>
    <message>
        <source>不是有效的 JSON（%1）</source>
        <translation>Not valid JSON (%1)</translation>
    </message>
    <message>
        <source>数值超出范围（%1）</source>
        <translation>Number out of range (%1)</translation>
    </message>
</context>
<context>
    <name>zw::LawTable</name>
    <message>
        <source>法条表格式标识应为 &quot;zhiwen/law@1&quot;</source>
        <translation>The law table&apos;s format tag must be &quot;zhiwen/law@1&quot;</translation>
    </message>
    <message>
        <source>法条表缺少 laws 或 provisions</source>
        <translation>The law table lacks laws or provisions</translation>
    </message>
    <message>
        <source>缺少 versions 列表</source>
        <translation>The versions list is missing</translation>
    </message>
    <message>
        <source>生效日期应为 YYYY-MM-DD</source>
        <translation>The date in force must be YYYY-MM-DD</translation>
    </message>
    <message>
        <source>生效日期应按先后顺序排列</source>
        <translation>Dates in force must be in ascending order</translation>
    </message>
    <message>
        <source>未在 laws 中定义的法律“%1”</source>
        <translation>Law &quot;%1&quot; is not defined in laws</translation>
    </message>
    <message>
        <source>条文序号应为正整数</source>
        <translation>The article number must be a positive integer</translation>
    </message>
    <message>
        <source>法条表中没有“%1”</source>
        <translation>The law table has no &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 前没有可引用的条文（法条表自 %2 起）</source>
        <translation>No provision to cite before %1 (the law table starts at %2)</translation>
    </message>
</context>
<context>
    <name>zw::Money</name>
    <message>
        <source>金额“%1”不应含千位分隔符，应写作如“75000.00”</source>
        <translation>Amount &quot;%1&quot; must not contain thousands separators; write it like &quot;75000.00&quot;</translation>
    </message>
    <message>
        <source>金额“%1”格式不正确，应为不带符号、最多两位小数的数字字符串，如“75000.00”</source>
        <translation>Amount &quot;%1&quot; is malformed; use an unsigned number with at most two decimals, such as &quot;75000.00&quot;</translation>
    </message>
</context>
<context>
    <name>zw::PdfFinisher</name>
    <message>
        <source>libharu 错误 0x%1（%2）</source>
        <translation>libharu error 0x%1 (%2)</translation>
    </message>
    <message>
        <source>文书中有字体没有计划的嵌入字体</source>
        <translation>a font of the document has no planned embedded font</translation>
    </message>
    <message>
        <source>字体计划前后不一致</source>
        <translation>the font plan is inconsistent</translation>
    </message>
    <message>
        <source>有页面停在文字或路径对象之中</source>
        <translation>a page was left inside a text or path object</translation>
    </message>
    <message>
        <source>无法读回页面内容</source>
        <translation>page content could not be read back</translation>
    </message>
    <message>
        <source>内存不足</source>
        <translation>out of memory</translation>
    </message>
</context>
<context>
    <name>zw::PdfRenderer</name>
    <message>
        <source>PDF 生成失败（libharu 错误 0x%1，详情 %2）</source>
        <translation>PDF generation failed (libharu error 0x%1, detail %2)</translation>
    </message>
    <message>
        <source>字体子集化失败</source>
        <translation>Font subsetting failed</translation>
    </message>
    <message>
        <source>字体子集缺少文书用到的字</source>
        <translation>The font subset lacks characters the document uses</translation>
    </message>
    <message>
        <source>一份文书使用的不同字符过多：每种字体每 %1 个字符占一个字体位置，共 %2 个位置</source>
        <translation>The document uses too many different characters: every %1 characters of a font take one font slot, and there are %2 slots</translation>
    </message>
    <message>
        <source>PDF 生成失败：libharu 会丢弃文字“%1”</source>
        <translation>PDF generation failed: libharu would drop the text “%1”</translation>
    </message>
    <message>
        <source>PDF 生成失败：%1</source>
        <translation>PDF generation failed: %1</translation>
    </message>
</context>
<context>
    <name>zw::PerformanceFamily</name>
    <message>
        <source>应为对象，含 allowed（true 或 false）</source>
        <translation>Must be an object with allowed (true or false)</translation>
    </message>
    <message>
        <source>允许出具的情形须写明证明书措辞</source>
        <translation>A case that may be certified needs the certificate&apos;s wording</translation>
    </message>
    <message>
        <source>不允许出具的情形须写明拒绝的理由</source>
        <translation>A case that may not be certified needs the reason for refusing</translation>
    </message>
    <message>
        <source>格式标识应为 &quot;zhiwen/certificate-rules@1&quot;</source>
        <translation>The format tag must be &quot;zhiwen/certificate-rules@1&quot;</translation>
    </message>
    <message>
        <source>应为对象</source>
        <translation>Must be an object</translation>
    </message>
    <message>
        <source>缺少此情形的规则</source>
        <translation>The rule for this case is missing</translation>
    </message>
    <message>
        <source>缺少履行日期：证明书须写明何时履行</source>
        <translation>The date of performance is missing: the certificate must say when it was performed</translation>
    </message>
    <message>
        <source>“%1”不是 resources/rules/certificate.json 中的履行方式（可用：%2）</source>
        <translation>&quot;%1&quot; is not a manner of performance in resources/rules/certificate.json (known: %2)</translation>
    </message>
    <message>
        <source>无法确定履行期限（执行依据判项中没有“生效之日起×日内”或“于×年×月×日前”，也未填 basis.due_on）：请核对是否在期限内履行</source>
        <translation>The period for performance cannot be determined (no item says &quot;within N days of taking effect&quot; or &quot;before a date&quot;, and basis.due_on is empty): check that it was performed in time</translation>
    </message>
    <message>
        <source>不能出具自动履行证明书：%1</source>
        <translation>No certificate of voluntary performance can be issued: %1</translation>
    </message>
</context>
<context>
    <name>zw::Seal</name>
    <message>
        <source>无法打开签章证书文件</source>
        <translation>Cannot open the seal certificate file</translation>
    </message>
    <message>
        <source>不是 PKCS#12（.p12/.pfx）签章证书文件</source>
        <translation>Not a PKCS#12 (.p12/.pfx) seal certificate file</translation>
    </message>
    <message>
        <source>签章证书的密码不对</source>
        <translation>Wrong password for the seal certificate</translation>
    </message>
    <message>
        <source>无法读取签章证书：%1</source>
        <translation>Cannot read the seal certificate: %1</translation>
    </message>
    <message>
        <source>私钥与证书不匹配（私钥不属于证书“%1”）</source>
        <translation>The private key does not match the certificate (it is not the key of “%1”)</translation>
    </message>
    <message>
        <source>签章证书文件中缺少证书或私钥</source>
        <translation>The seal certificate file lacks the certificate or the private key</translation>
    </message>
    <message>
        <source>签章证书“%1”已于 %2 过期</source>
        <translation>The seal certificate “%1” expired on %2</translation>
    </message>
    <message>
        <source>签章证书“%1”尚未生效（%2 起）</source>
        <translation>The seal certificate “%1” is not valid yet (from %2)</translation>
    </message>
    <message>
        <source>证书“%1”不能用于签名（密钥用途中没有数字签名）</source>
        <translation>The certificate “%1” cannot sign (its key usage has no digital signature)</translation>
    </message>
    <message>
        <source>无法读取要签章的 PDF：%1</source>
        <translation>Cannot read the PDF to seal: %1</translation>
    </message>
    <message>
        <source>缺少签章图片（PNG）</source>
        <translation>The seal image (PNG) is missing</translation>
    </message>
    <message>
        <source>要签章的 PDF 没有页面</source>
        <translation>The PDF to seal has no pages</translation>
    </message>
    <message>
        <source>要签章的 PDF 没有 startxref</source>
        <translation>The PDF to seal has no startxref</translation>
    </message>
    <message>
        <source>签章失败：%1</source>
        <translation>Sealing failed: %1</translation>
    </message>
    <message>
        <source>签名过大（%1 字节，可容 %2）：证书链太长</source>
        <translation>The signature is too large (%1 bytes, room for %2): the certificate chain is too long</translation>
    </message>
    <message>
        <source>签章有效：%1（证书序列号 %2），%3 签章</source>
        <translation>Seal valid: %1 (certificate serial %2), sealed %3</translation>
    </message>
    <message>
        <source>签章无效：签章后文件被改动，或签名已损坏（%1）</source>
        <translation>Seal invalid: the file was changed after sealing, or the signature is damaged (%1)</translation>
    </message>
    <message>
        <source>；签章后文件又有改动（签章只覆盖改动前的内容）</source>
        <translation>; the file was changed after sealing (the seal covers only what came before)</translation>
    </message>
    <message>
        <source>；证书由本院信任的机构签发</source>
        <translation>; certificate issued by an authority this court trusts</translation>
    </message>
    <message>
        <source>；证书不受信任：%1</source>
        <translation>; certificate not trusted: %1</translation>
    </message>
    <message>
        <source>；未配置本院信任的证书机构，未核对证书</source>
        <translation>; no trusted certificate authorities configured: the certificate was not checked</translation>
    </message>
    <message>
        <source>无法读取 PDF：%1</source>
        <translation>Cannot read the PDF: %1</translation>
    </message>
    <message>
        <source>无法读取本院信任的证书机构列表 %1</source>
        <translation>Cannot read the court&apos;s list of trusted certificate authorities %1</translation>
    </message>
    <message>
        <source>不能追溯到本院信任的证书机构（%1）</source>
        <translation>does not chain to a certificate authority this court trusts (%1)</translation>
    </message>
</context>
<context>
    <name>zw::Service</name>
    <message>
        <source>案件库未打开：此操作需要案件库</source>
        <translation>The case store is not open: this needs the case store</translation>
    </message>
    <message>
        <source>没有 id 为“%1”的模板。可用模板：%2</source>
        <translation>No template has the id &quot;%1&quot;. Templates: %2</translation>
    </message>
    <message>
        <source>（打印）</source>
        <translation>(printed)</translation>
    </message>
    <message>
        <source>%1 第 %2 行</source>
        <translation>%1 line %2</translation>
    </message>
    <message>
        <source>无法打开：%1</source>
        <translation>Cannot open: %1</translation>
    </message>
    <message>
        <source>本案没有终结本次执行程序的裁定日期，不能恢复执行（只有终本案件可以恢复执行）</source>
        <translation>The case has no date of a 终本 ruling and cannot be resumed (only 终本 cases can)</translation>
    </message>
    <message>
        <source>本案已恢复执行为%1</source>
        <translation>The case was already resumed as %1</translation>
    </message>
    <message>
        <source>恢复执行案号“%1”有误：%2</source>
        <translation>The number of the resumed case “%1” is wrong: %2</translation>
    </message>
    <message>
        <source>恢复执行案件的类型代字应为“执恢”（法明传〔2018〕335号），“%1”是“%2”</source>
        <translation>A resumed case&apos;s type code is “执恢” (法明传〔2018〕335号); “%1” is “%2”</translation>
    </message>
    <message>
        <source>恢复执行日期应在终本裁定（%1）之后</source>
        <translation>The date of resumption should be after the 终本 ruling (%1)</translation>
    </message>
    <message>
        <source>本案没有终结本次执行程序的裁定日期：只有终本案件需要复查</source>
        <translation>The case has no date of a 终本 ruling: only 终本 cases are re-queried</translation>
    </message>
    <message>
        <source>复查日期应在终本裁定（%1）之后</source>
        <translation>The re-query&apos;s date should be after the 终本 ruling (%1)</translation>
    </message>
    <message>
        <source>复查日期 %1 在今天之后</source>
        <translation>The re-query&apos;s date %1 is after today</translation>
    </message>
    <message>
        <source>告知申请执行人的日期（%1）早于复查日期（%2）</source>
        <translation>The applicant was told (%1) before the re-query (%2)</translation>
    </message>
    <message>
        <source>从被执行人%1处执行到位人民币%2元</source>
        <translation>recovered %2 yuan from respondent %1</translation>
    </message>
    <message>
        <source>原案已%1</source>
        <translation>The original case %1</translation>
    </message>
    <message>
        <source>在办</source>
        <translation>in progress</translation>
    </message>
    <message>
        <source>已终结执行</source>
        <translation>enforcement ended</translation>
    </message>
    <message>
        <source>已恢复执行（%1）</source>
        <translation>resumed (%1)</translation>
    </message>
    <message>
        <source>终结本次执行程序</source>
        <translation>this round ended (终本)</translation>
    </message>
    <message>
        <source>已自动履行</source>
        <translation>performed voluntarily</translation>
    </message>
    <message>
        <source>报批第 %1 号批准的不是这份文书的现有内容（批准后案件已修改，或不是同一文书）：请重新报批</source>
        <translation>Request %1 did not approve this document as it is now (the case changed after approval, or it is another document): submit it again</translation>
    </message>
    <message>
        <source>报批第 %1 号%2，文书不能出具</source>
        <translation>Request %1 is %2: the document cannot be issued</translation>
    </message>
    <message>
        <source>%1须经%2签发后才能出具：请先报批（签发 → 报批），批准后再出具；批准后修改了案件的，须重新报批</source>
        <translation>The %1 must be signed off by a %2 before it is issued: submit it first (Sign-off → Submit) and issue it once approved; a case changed after approval must be submitted again</translation>
    </message>
    <message>
        <source>只能并入法院案件库服务器（postgresql://…）</source>
        <translation>A desk can only be merged into the court&apos;s server store (postgresql://…)</translation>
    </message>
    <message>
        <source>本机案件库应为已有的 SQLite 文件</source>
        <translation>The desk&apos;s store must be an existing SQLite file</translation>
    </message>
    <message>
        <source>%1无需签发，可直接出具</source>
        <translation>The %1 needs no sign-off and can be issued directly</translation>
    </message>
    <message>
        <source>%1 不能签发%2（须由%3签发）。可报送：%4</source>
        <translation>%1 cannot sign off the %2 (it needs a %3). May be sent to: %4</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>zw::Store</name>
    <message>
        <source>无法打开数据库：%1</source>
        <translation>Cannot open the database: %1</translation>
    </message>
    <message>
        <source>数据库无法使用（可能已损坏或被锁定）：%1</source>
        <translation>The database cannot be used (it may be corrupt or locked): %1</translation>
    </message>
    <message>
        <source>数据库被占用：%1</source>
        <translation>The database is busy: %1</translation>
    </message>
    <message>
        <source>数据库无法使用（可能已损坏）：%1</source>
        <translation>The database cannot be used (it may be corrupt): %1</translation>
    </message>
    <message>
        <source>数据库版本 %1 比本程序支持的 %2 新，请升级执文</source>
        <translation>Database version %1 is newer than the %2 this program supports; please upgrade ZhiWen</translation>
    </message>
    <message>
        <source>数据库升级到第 %1 版失败：%2</source>
        <translation>Upgrading the database to version %1 failed: %2</translation>
    </message>
    <message>
        <source>分配证明书编号需要此字段</source>
        <translation>Allocating a certificate number needs this field</translation>
    </message>
    <message>
        <source>分配证明书编号需要申请日期（决定年度）</source>
        <translation>Allocating a certificate number needs the application date (it decides the year)</translation>
    </message>
    <message>
        <source>分配证明书编号失败：%1</source>
        <translation>Allocating the certificate number failed: %1</translation>
    </message>
    <message>
        <source>登记文书失败：%1</source>
        <translation>Registering the document failed: %1</translation>
    </message>
    <message>
        <source>未登记：此文件（SHA-256 %1）不在发文登记中，或发出后已被改动</source>
        <translation>Not registered: this file (SHA-256 %1) is not in the register, or was changed after it was issued</translation>
    </message>
    <message>
        <source>（未记录）</source>
        <translation>(not recorded)</translation>
    </message>
    <message>
        <source>无法将数据库改名为 %1</source>
        <translation>Cannot rename the database to %1</translation>
    </message>
    <message>
        <source>无法将数据库附属文件改名</source>
        <translation>Cannot rename the database&apos;s companion file</translation>
    </message>
    <message>
        <source>保存案件失败：%1</source>
        <translation>Saving the case failed: %1</translation>
    </message>
    <message>
        <source>案件库中没有第 %1 号案件</source>
        <translation>The case store has no case no. %1</translation>
    </message>
    <message>
        <source>案件库第 %1 号案件</source>
        <translation>case store case no. %1</translation>
    </message>
    <message>
        <source>查找案件失败：%1</source>
        <translation>Finding cases failed: %1</translation>
    </message>
    <message>
        <source>查询发文登记失败：%1</source>
        <translation>Reading the register failed: %1</translation>
    </message>
    <message>
        <source>缺少 Qt 的 PostgreSQL 驱动（Debian 软件包 libqt6sql6-psql），无法连接法院的案件库服务器</source>
        <translation>Qt&apos;s PostgreSQL driver is missing (Debian package libqt6sql6-psql): cannot connect to the court&apos;s case store server</translation>
    </message>
    <message>
        <source>无法连接案件库服务器：%1</source>
        <translation>Cannot connect to the case store server: %1</translation>
    </message>
    <message>
        <source>无需签发</source>
        <translation>no sign-off</translation>
    </message>
    <message>
        <source>审判员</source>
        <translation>judge</translation>
    </message>
    <message>
        <source>院长</source>
        <translation>president</translation>
    </message>
    <message>
        <source>待批</source>
        <translation>pending</translation>
    </message>
    <message>
        <source>已批准</source>
        <translation>approved</translation>
    </message>
    <message>
        <source>已退回</source>
        <translation>returned</translation>
    </message>
    <message>
        <source>已签发</source>
        <translation>issued</translation>
    </message>
    <message>
        <source>报批第 %1 号（%2）：%3 %4，%5 于 %6 报%7%8</source>
        <translation>Request %1 (%2): %3 %4, submitted by %5 on %6 to %7%8</translation>
    </message>
    <message>
        <source>（须院长签发）</source>
        <translation> (the president signs off)</translation>
    </message>
    <message>
        <source>；%1 于 %2 批准</source>
        <translation>; approved by %1 on %2</translation>
    </message>
    <message>
        <source>；%1 于 %2 退回：%3</source>
        <translation>; returned by %1 on %2: %3</translation>
    </message>
    <message>
        <source>；登记第 %1 号</source>
        <translation>; register entry %1</translation>
    </message>
    <message>
        <source>%1（登录用户 %2）</source>
        <translation>%1 (login %2)</translation>
    </message>
    <message>
        <source>已登记：%2，模板 %3 第 %4 版，%5 发出，经办人 %6，登记第 %1 号，SHA-256 %7</source>
        <translation>Registered: %2, template %3 version %4, issued %5 by %6, register entry %1, SHA-256 %7</translation>
    </message>
    <message>
        <source>  重新出具：取代登记第 %1 号</source>
        <translation>  Reissue: supersedes register entry %1</translation>
    </message>
    <message>
        <source>  签发：%1 于 %2 报批，%3 于 %4 批准</source>
        <translation>  Sign-off: submitted by %1 on %2, approved by %3 on %4</translation>
    </message>
    <message>
        <source>  已作废：%1，%2 于 %3 作废</source>
        <translation>  Void: %1, voided by %2 on %3</translation>
    </message>
    <message>
        <source>  已由登记第 %1 号取代（%2 发出）</source>
        <translation>  Superseded by register entry %1 (issued %2)</translation>
    </message>
    <message>
        <source>已作废：此文书已作废，不再有效</source>
        <translation>Void: this document has been voided and is no longer valid</translation>
    </message>
    <message>
        <source>案件：复制 %1 件，已在法院案件库 %2 件</source>
        <translation>Cases: %1 copied, %2 already in the court store</translation>
    </message>
    <message>
        <source>证明书编号：复制 %1 个，已在 %2 个</source>
        <translation>Certificate numbers: %1 copied, %2 already there</translation>
    </message>
    <message>
        <source>发文登记：复制 %1 条，已在 %2 条；报批 %3 件，作废 %4 条</source>
        <translation>Register: %1 entries copied, %2 already there; %3 approvals, %4 voids</translation>
    </message>
    <message>
        <source>案件库：%1（%2），第 %3 版</source>
        <translation>Store: %1 (%2), version %3</translation>
    </message>
    <message>
        <source>法院案件库服务器 PostgreSQL</source>
        <translation>the court&apos;s PostgreSQL server</translation>
    </message>
    <message>
        <source>本机 SQLite 文件</source>
        <translation>this machine&apos;s SQLite file</translation>
    </message>
    <message>
        <source>登录：%1</source>
        <translation>Login: %1</translation>
    </message>
    <message>
        <source>角色：%1</source>
        <translation>Roles: %1</translation>
    </message>
    <message>
        <source>（无：只能查看）</source>
        <translation>(none: read only)</translation>
    </message>
    <message>
        <source>本机的承办人兼有全部角色（自行签发）</source>
        <translation>the desk&apos;s officer holds every role (signs off their own documents)</translation>
    </message>
    <message>
        <source>案件库为第 %1 版，本程序需要第 %2 版：只有管理员（zhiwen_admin 角色）能升级案件库，请管理员运行 zhiwen-cli store migrate</source>
        <translation>The store is at version %1 and this program needs version %2: only an administrator (role zhiwen_admin) can upgrade it; ask them to run zhiwen-cli store migrate</translation>
    </message>
    <message>
        <source>设置案件库的角色与权限失败（须由数据库管理员升级）：%1</source>
        <translation>Could not set the store&apos;s roles and grants (a database administrator must upgrade it): %1</translation>
    </message>
    <message>
        <source>没有登记第 %1 号，无法重新出具</source>
        <translation>There is no register entry %1 to reissue</translation>
    </message>
    <message>
        <source>登记第 %1 号是 %2 的 %3，不是本案的这份文书，不能由它取代</source>
        <translation>Register entry %1 is the %3 of %2, not this document of this case: it cannot be superseded by it</translation>
    </message>
    <message>
        <source>重新出具</source>
        <translation>reissued</translation>
    </message>
    <message>
        <source>作废原登记失败：%1</source>
        <translation>Could not void the original entry: %1</translation>
    </message>
    <message>
        <source>作废须写明理由</source>
        <translation>A void needs a reason</translation>
    </message>
    <message>
        <source>作废失败：%1</source>
        <translation>Could not void: %1</translation>
    </message>
    <message>
        <source>没有登记第 %1 号</source>
        <translation>There is no register entry %1</translation>
    </message>
    <message>
        <source>登记第 %1 号已作废</source>
        <translation>Register entry %1 is already void</translation>
    </message>
    <message>
        <source>查询作废记录失败：%1</source>
        <translation>Could not read the voids: %1</translation>
    </message>
    <message>
        <source>审判员、审判长</source>
        <translation>judge / presiding judge</translation>
    </message>
    <message>
        <source>本机案件库（SQLite）没有登录与角色：只有法院案件库服务器（PostgreSQL）才有</source>
        <translation>A desk&apos;s store (SQLite) has no logins or roles: only the court&apos;s server store (PostgreSQL) has them</translation>
    </message>
    <message>
        <source>登录名“%1”只能由小写字母、数字和下划线组成，且不以数字开头</source>
        <translation>The login “%1” may contain only lower-case letters, digits and underscores, and must not start with a digit</translation>
    </message>
    <message>
        <source>没有角色“%1”（可用：书记员、法官助理、审判员、审判长、院长、管理员）</source>
        <translation>No role “%1” (available: 书记员, 法官助理, 审判员, 审判长, 院长, 管理员)</translation>
    </message>
    <message>
        <source>设置登录 %1 失败：%2</source>
        <translation>Could not set up the login %1: %2</translation>
    </message>
    <message>
        <source>查询可签发的人员失败：%1</source>
        <translation>Could not list who may sign off: %1</translation>
    </message>
    <message>
        <source>此文书无需签发，可直接出具</source>
        <translation>This document needs no sign-off and can be issued directly</translation>
    </message>
    <message>
        <source>报批失败：%1</source>
        <translation>Could not submit: %1</translation>
    </message>
    <message>
        <source>报批第 %1 号已%2，不能再%3</source>
        <translation>Request %1 is already %2 and cannot be %3</translation>
    </message>
    <message>
        <source>批准</source>
        <translation>approve</translation>
    </message>
    <message>
        <source>退回</source>
        <translation>return</translation>
    </message>
    <message>
        <source>退回须写明理由</source>
        <translation>A return needs a reason</translation>
    </message>
    <message>
        <source>%1 无权%2报批第 %3 号：须由%4签发</source>
        <translation>%1 may not %2 request %3: it needs a %4</translation>
    </message>
    <message>
        <source>审判员、审判长或院长</source>
        <translation>a judge, presiding judge or the president</translation>
    </message>
    <message>
        <source>签发失败：%1</source>
        <translation>Sign-off failed: %1</translation>
    </message>
    <message>
        <source>查询报批记录失败：%1</source>
        <translation>Could not read the approvals: %1</translation>
    </message>
    <message>
        <source>没有报批第 %1 号</source>
        <translation>There is no request %1</translation>
    </message>
    <message>
        <source>读取签发规则失败：%1</source>
        <translation>Could not read the sign-off rules: %1</translation>
    </message>
    <message>
        <source>更新签发规则失败：%1</source>
        <translation>Could not update the sign-off rules: %1</translation>
    </message>
    <message>
        <source>读取本机案件库失败：%1</source>
        <translation>Could not read the desk&apos;s store: %1</translation>
    </message>
    <message>
        <source>复制失败（%1）：%2</source>
        <translation>Copy failed (%1): %2</translation>
    </message>
    <message>
        <source>锁定</source>
        <translation>locking</translation>
    </message>
    <message>
        <source>只有管理员（zhiwen_admin 角色）能把本机案件库并入法院案件库</source>
        <translation>Only an administrator (role zhiwen_admin) can merge a desk&apos;s store into the court store</translation>
    </message>
    <message>
        <source>证明书编号</source>
        <translation>certificate numbers</translation>
    </message>
    <message>
        <source>%1：本机发给 %2（%3，%4 履行），法院案件库的 %5 发给 %6（%7，%8 履行）</source>
        <translation>%1: this desk gave it to %2 (%3, performed %4); the court store&apos;s %5 went to %6 (%7, performed %8)</translation>
    </message>
    <message>
        <source>两处发出了相同的证明书编号，未复制任何内容（请先核对这些证明书）：</source>
        <translation>Both stores issued the same certificate numbers; nothing was copied (check these certificates first):</translation>
    </message>
    <message>
        <source>案件</source>
        <translation>cases</translation>
    </message>
    <message>
        <source>本机案件库第 %1 号案件</source>
        <translation>case %1 of the desk&apos;s store</translation>
    </message>
    <message>
        <source>案号 %1 在法院案件库中已有内容不同的案件：本机的一件另存为第 %2 号，请核对后合并</source>
        <translation>The court store already has a different case numbered %1: the desk&apos;s one was saved beside it as case %2; check and merge them</translation>
    </message>
    <message>
        <source>报批</source>
        <translation>Submit for sign-off</translation>
    </message>
    <message>
        <source>签发记录</source>
        <translation>sign-off steps</translation>
    </message>
    <message>
        <source>发文登记</source>
        <translation>register</translation>
    </message>
    <message>
        <source>作废记录</source>
        <translation>voids</translation>
    </message>
    <message>
        <source>复制失败：%1</source>
        <translation>Copy failed: %1</translation>
    </message>
    <message>
        <source>案件库尚未建立，本登录无权建立：请管理员运行 zhiwen-cli store migrate（%1）</source>
        <translation>The store has not been set up and this login may not set it up: ask the administrator to run zhiwen-cli store migrate (%1)</translation>
    </message>
    <message>
        <source>报批第 %1 号刚由他人处理，请刷新后查看</source>
        <translation>Request %1 was just decided by someone else; refresh to see it</translation>
    </message>
</context>
<context>
    <name>zw::Template</name>
    <message>
        <source>模板头应为“键: 值”格式，或以“---”结束</source>
        <translation>Template header lines are &quot;key: value&quot;; the header ends with &quot;---&quot;</translation>
    </message>
    <message>
        <source>版本号应为正整数</source>
        <translation>The version must be a positive integer</translation>
    </message>
    <message>
        <source>缺少分隔模板头与正文的“---”行</source>
        <translation>The &quot;---&quot; line between header and body is missing</translation>
    </message>
    <message>
        <source>模板头缺少 id</source>
        <translation>The header has no id</translation>
    </message>
    <message>
        <source>模板头缺少 title</source>
        <translation>The header has no title</translation>
    </message>
    <message>
        <source>模板头缺少 version</source>
        <translation>The header has no version</translation>
    </message>
    <message>
        <source>未知的版式角色“@%1”（可用：%2）</source>
        <translation>Unknown layout role &quot;@%1&quot; (known: %2)</translation>
    </message>
    <message>
        <source>占位区段未闭合</source>
        <translation>Section not closed</translation>
    </message>
    <message>
        <source>占位区段没有开头</source>
        <translation>Section closed but never opened</translation>
    </message>
    <message>
        <source>占位符缺少“}}”</source>
        <translation>Placeholder without &quot;}}&quot;</translation>
    </message>
    <message>
        <source>无效的分隔符设置</source>
        <translation>Invalid delimiter setting</translation>
    </message>
    <message>
        <source>无法打开模板：%1</source>
        <translation>Cannot open the template: %1</translation>
    </message>
    <message>
        <source>模板不是有效的 UTF-8 文本</source>
        <translation>The template is not valid UTF-8 text</translation>
    </message>
    <message>
        <source>模板 id“%1”应与文件名“%2”一致</source>
        <translation>Template id &quot;%1&quot; must match the file name &quot;%2&quot;</translation>
    </message>
    <message>
        <source>缺少文书日期（模板“%1”取自：%2）</source>
        <translation>The document date is missing (template &quot;%1&quot; takes it from: %2)</translation>
    </message>
    <message>
        <source>填充后出现未知的版式角色：%1</source>
        <translation>An unknown layout role appeared after filling: %1</translation>
    </message>
    <message>
        <source>正文在第一个“@角色”行之前出现文字：%1</source>
        <translation>Text before the first &quot;@role&quot; line: %1</translation>
    </message>
    <message>
        <source>requires 中的“%1”不是案件格式中的字段，也不是生成文书时推导的值</source>
        <translation>&quot;%1&quot; in requires is neither a field of the case format nor a value derived for documents</translation>
    </message>
    <message>
        <source>date 中的“%1”不是案件格式中的字段</source>
        <translation>&quot;%1&quot; in date is not a field of the case format</translation>
    </message>
    <message>
        <source>date 中的“%1”不是日期字段</source>
        <translation>&quot;%1&quot; in date is not a date field</translation>
    </message>
    <message>
        <source>number 应为“字段 enforcement”或“字段 trial”，如 number: case.number enforcement</source>
        <translation>number must be &quot;FIELD enforcement&quot; or &quot;FIELD trial&quot;, such as number: case.number enforcement</translation>
    </message>
    <message>
        <source>number 中的“%1”不是案号字段</source>
        <translation>&quot;%1&quot; in number is not a case number field</translation>
    </message>
    <message>
        <source>%1是执行文书，应使用执行案号（类型代字为“执”“执恢”等）；“%2”是%3的案号</source>
        <translation>%1 is an enforcement document and goes out under an enforcement case number (type code 执, 执恢 …); &quot;%2&quot; is a %3 case number</translation>
    </message>
    <message>
        <source>旧格式</source>
        <translation>old-form</translation>
    </message>
    <message>
        <source>%1属于审判阶段，应使用审判案件的案号；“%2”是执行案号</source>
        <translation>%1 belongs to the trial and goes out under the trial case&apos;s number; &quot;%2&quot; is an enforcement case number</translation>
    </message>
    <message>
        <source>占位区段嵌套超过 %1 层：展开后的文书会大得无法处理，请减少嵌套</source>
        <translation>Sections are nested more than %1 deep: the filled document would be too large to handle; nest less</translation>
    </message>
    <message>
        <source>模板的嵌套区段“%1”在本案中展开为 %2 份（上限 %3）：文书过大，请检查模板的嵌套与案件中的当事人、判项数量</source>
        <translation>The nested section &quot;%1&quot; expands to %2 copies for this case (at most %3): the document is too large; check the template&apos;s nesting and the number of parties and items</translation>
    </message>
    <message>
        <source>@columns 应为以“|”分隔的列宽（字数，正整数），如 @columns 7|10|6|5；“%1”不是</source>
        <translation>@columns should be column widths (characters, positive whole numbers) separated by “|”, such as @columns 7|10|6|5; “%1” is not one</translation>
    </message>
    <message>
        <source>@columns 之后应紧接表格的 @row 行</source>
        <translation>@columns should be followed at once by the table&apos;s @row lines</translation>
    </message>
    <message>
        <source>order 应为正整数（文书在列表中的位置，按案件进程排列）</source>
        <translation>order must be a positive whole number (the document&apos;s place in the list, in the order of a case&apos;s life)</translation>
    </message>
    <message>
        <source>缺少必填字段（“%1”需要）</source>
        <translation>Required field missing (“%1” needs it)</translation>
    </message>
    <message>
        <source>signoff 应为 judge 或 president，可再加“; president unless 字段”（字段为真时不必由院长签发），如 signoff: judge; president unless measures.interview.confirmed</source>
        <translation>signoff must be judge or president, optionally followed by “; president unless FIELD” (the president is not needed when the field is true), e.g. signoff: judge; president unless measures.interview.confirmed</translation>
    </message>
    <message>
        <source>未知的模板头字段“%1”（可用：id、title、title_en、order、version、family、number、date、requires、signoff）</source>
        <translation>Unknown template header field “%1” (available: id, title, title_en, order, version, family, number, date, requires, signoff)</translation>
    </message>
    <message>
        <source>signoff 中的“%1”不是案件格式中的是/否字段</source>
        <translation>“%1” in signoff is not a yes/no field of the case format</translation>
    </message>
</context>
<context>
    <name>zw::TerminationRules</name>
    <message>
        <source>规则文件格式标识应为 &quot;zhiwen/termination-rules@1&quot;</source>
        <translation>The rules file&apos;s format tag must be &quot;zhiwen/termination-rules@1&quot;</translation>
    </message>
    <message>
        <source>引用句式须含 {provisions}</source>
        <translation>The citation pattern must contain {provisions}</translation>
    </message>
    <message>
        <source>缺少该主文形态</source>
        <translation>This shape is missing</translation>
    </message>
    <message>
        <source>缺少主文句式</source>
        <translation>The wording is missing</translation>
    </message>
    <message>
        <source>缺少终结理由列表</source>
        <translation>The list of grounds is missing</translation>
    </message>
    <message>
        <source>理由编号为空或重复</source>
        <translation>A ground id is empty or repeated</translation>
    </message>
    <message>
        <source>缺少理由名称</source>
        <translation>The ground has no label</translation>
    </message>
    <message>
        <source>条文缺少 key</source>
        <translation>A provision has no key</translation>
    </message>
    <message>
        <source>每个理由至少引用一个条文</source>
        <translation>Every ground cites at least one provision</translation>
    </message>
    <message>
        <source>未知的主文形态</source>
        <translation>Unknown shape</translation>
    </message>
    <message>
        <source>应为 none、any 或 all</source>
        <translation>Must be none, any or all</translation>
    </message>
    <message>
        <source>作出裁定的理由至少允许一种主文形态</source>
        <translation>A ground with a ruling must allow at least one shape</translation>
    </message>
    <message>
        <source>不作裁定的理由须说明以何结案</source>
        <translation>A no-ruling ground must say what closes the case</translation>
    </message>
    <message>
        <source>规则文件无效：%1</source>
        <translation>Invalid rules file: %1</translation>
    </message>
    <message>
        <source>请先选择终结理由</source>
        <translation>Choose a ground first</translation>
    </message>
    <message>
        <source>“%1”不允许此主文形态</source>
        <translation>&quot;%1&quot; does not allow this shape</translation>
    </message>
    <message>
        <source>被执行人中有单位：只有全部被执行人均为公民时才能终结整个执行依据的执行</source>
        <translation>A respondent is an organization: the whole instrument can only be ended when every respondent is a citizen</translation>
    </message>
    <message>
        <source>案件中未录入执行依据的判项（basis.items）</source>
        <translation>The case has no items of the instrument (basis.items)</translation>
    </message>
    <message>
        <source>案件中没有被执行人</source>
        <translation>The case has no respondents</translation>
    </message>
    <message>
        <source>案件文件中没有终结执行信息（termination）</source>
        <translation>The case file has no termination section</translation>
    </message>
    <message>
        <source>应为被执行人编号字符串</source>
        <translation>Must be a respondent id string</translation>
    </message>
    <message>
        <source>应为执行依据的项号（整数）</source>
        <translation>Must be an item number of the instrument (integer)</translation>
    </message>
    <message>
        <source>缺少终结理由</source>
        <translation>The ground is missing</translation>
    </message>
    <message>
        <source>缺少或无效的裁定日期（YYYY-MM-DD）：引用哪一版法律取决于该日期</source>
        <translation>The ruling date (YYYY-MM-DD) is missing or invalid: it decides which revision of the law is cited</translation>
    </message>
    <message>
        <source>未知的终结理由“%1”，可选：%2</source>
        <translation>Unknown ground &quot;%1&quot;; choose from: %2</translation>
    </message>
    <message>
        <source>缺少终结范围（scope）：case、respondents、items 或 instrument</source>
        <translation>The scope is missing: case, respondents, items or instrument</translation>
    </message>
    <message>
        <source>未知的终结范围“%1”，可选：case、respondents、items、instrument</source>
        <translation>Unknown scope &quot;%1&quot;; choose from: case, respondents, items, instrument</translation>
    </message>
    <message>
        <source>理由“%1”不能“%2”%3。允许的范围：%4</source>
        <translation>Ground &quot;%1&quot; cannot &quot;%2&quot;%3. Allowed: %4</translation>
    </message>
    <message>
        <source>理由为“%1”时必须在 facts 中写明具体情形</source>
        <translation>With ground &quot;%1&quot; the facts must state the circumstances</translation>
    </message>
    <message>
        <source>事实部分（termination.facts）为空，裁定书将没有事实与理由段落</source>
        <translation>termination.facts is empty: the ruling will have no facts paragraph</translation>
    </message>
    <message>
        <source>“%1”不是本案被执行人的编号</source>
        <translation>&quot;%1&quot; is not the id of a respondent in this case</translation>
    </message>
    <message>
        <source>此主文形态不针对具体被执行人，termination.respondents 中所列被执行人将被忽略</source>
        <translation>This shape does not name respondents; those in termination.respondents are ignored</translation>
    </message>
    <message>
        <source>终结对部分被执行人的执行时，须选择至少一名被执行人</source>
        <translation>Ending execution against respondents needs at least one respondent</translation>
    </message>
    <message>
        <source>“%1”须适用于全部被执行人才能终结整个执行依据的执行；只涉及部分被执行人的，应终结对其执行</source>
        <translation>&quot;%1&quot; must concern every respondent to end the whole instrument; if only some, end execution against them</translation>
    </message>
    <message>
        <source>“%1”只适用于公民，被执行人“%2”是单位</source>
        <translation>&quot;%1&quot; applies to citizens only; respondent &quot;%2&quot; is an organization</translation>
    </message>
    <message>
        <source>“%1”终结整个执行依据须全部被执行人永久丧失劳动能力（termination.permanent 为 true）</source>
        <translation>&quot;%1&quot; ends the whole instrument only if every respondent has permanently lost the ability to work (termination.permanent true)</translation>
    </message>
    <message>
        <source>；并非永久的，应终结对其执行，或考虑终结本次执行程序</source>
        <translation>; if not permanent, end execution against them, or consider ending this round of execution (终本)</translation>
    </message>
    <message>
        <source>终结部分判项的执行时，须列出判项项号</source>
        <translation>Ending items needs the item numbers</translation>
    </message>
    <message>
        <source>执行依据没有第 %1 项（现有 %2 项）</source>
        <translation>The instrument has no item %1 (it has %2)</translation>
    </message>
    <message>
        <source>此主文形态不针对判项，termination.items 将被忽略</source>
        <translation>This shape does not name items; termination.items is ignored</translation>
    </message>
    <message>
        <source>缺少案号</source>
        <translation>The case number is missing</translation>
    </message>
    <message>
        <source>主文须写明执行依据的作出机关、字号和名称，此项缺失</source>
        <translation>The sentence names the instrument&apos;s authority, number and title; this one is missing</translation>
    </message>
    <message>
        <source>执行依据判令被执行人承担连带责任：终结对部分被执行人的执行后，其余连带责任人仍须履行全部义务，请核对是否妥当</source>
        <translation>The instrument makes the respondents jointly and severally liable: after ending execution against some, the others still owe everything; check that this is intended</translation>
    </message>
    <message>
        <source>应为 true 或 false</source>
        <translation>Must be true or false</translation>
    </message>
    <message>
        <source>应为不小于 0 的整数（裁定日期最多可晚于今天的天数）</source>
        <translation>Must be a whole number of 0 or more (how many days after today a ruling may be dated)</translation>
    </message>
    <message>
        <source>裁定日期 %1 早于立案日期 %2：不能在立案之前裁定终结执行</source>
        <translation>The ruling date %1 is before the filing date %2: a case cannot be ended before it was filed</translation>
    </message>
    <message>
        <source>裁定日期 %1 在今天之后超过 %2 天，请核对年份</source>
        <translation>The ruling date %1 is more than %2 days after today; check the year</translation>
    </message>
    <message>
        <source>应为 {&quot;from&quot;: 日期, &quot;text&quot;: 文字}，按日期先后排列</source>
        <translation>Must be {&quot;from&quot;: date, &quot;text&quot;: text}, in order of date</translation>
    </message>
    <message>
        <source>须同时给出 keyword_refusal 与 item_keyword_refusal</source>
        <translation>keyword_refusal and item_keyword_refusal must both be given</translation>
    </message>
    <message>
        <source>%1“%2”不命令任何人履行义务，没有可执行的内容，不能终结其执行</source>
        <translation>%1 &quot;%2&quot; orders nobody to do anything; it has nothing to enforce and cannot be ended</translation>
    </message>
    <message>
        <source>所选判项是执行依据中全部有给付内容的判项：整个执行依据都不再执行时，应终结整个执行依据的执行</source>
        <translation>The items chosen are every item that orders something: when none of the instrument is to be enforced any more, end the whole instrument</translation>
    </message>
    <message>
        <source>缺少主文形态“%1”的裁定理由（reasoning.%1 或 reasoning.default）</source>
        <translation>The reasoning for the shape &quot;%1&quot; is missing (reasoning.%1 or reasoning.default)</translation>
    </message>
    <message>
        <source>裁定理由引用 {statute}，须给出条文原文（statute）</source>
        <translation>The reasoning quotes {statute}: give the provision&apos;s words (statute)</translation>
    </message>
    <message>
        <source>：</source>
        <translation>: </translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>zw::Typesetter</name>
    <message>
        <source>字符%1无法输出：不在 GBK 字符集中</source>
        <translation>Character %1 cannot be printed: it is not in GBK</translation>
    </message>
    <message>
        <source>字符%1无法输出：字体“%2”没有此字</source>
        <translation>Character %1 cannot be printed: font &quot;%2&quot; lacks it</translation>
    </message>
    <message>
        <source>版式配置的格式标识应为 &quot;zhiwen/page@1&quot;</source>
        <translation>The page style file&apos;s format tag must be &quot;zhiwen/page@1&quot;</translation>
    </message>
    <message>
        <source>应为 %1 到 %2 之间的数</source>
        <translation>Must be a number from %1 to %2</translation>
    </message>
    <message>
        <source>@columns 给出 %1 个列宽，其后的表格有 %2 列</source>
        <translation>@columns gives %1 column widths; the table after it has %2 columns</translation>
    </message>
</context>
<context>
    <name>zw::ZhongbenFamily</name>
    <message>
        <source>格式标识应为 &quot;zhiwen/zhongben-rules@1&quot;</source>
        <translation>The format should be &quot;zhiwen/zhongben-rules@1&quot;</translation>
    </message>
    <message>
        <source>缺少裁定主文</source>
        <translation>The operative sentence is missing</translation>
    </message>
    <message>
        <source>应写明 provision（法条表中的键）和含 {provision} 的 text</source>
        <translation>Give provision (a key of the law table) and a text with {provision}</translation>
    </message>
    <message>
        <source>缺少此提示语</source>
        <translation>This message is missing</translation>
    </message>
    <message>
        <source>应为数组</source>
        <translation>Should be an array</translation>
    </message>
    <message>
        <source>第 %1 项条件应为“%2”（条件依次为：%3），此处为“%4”</source>
        <translation>Condition %1 should be “%2” (the conditions in order: %3); here it is “%4”</translation>
    </message>
    <message>
        <source>缺少条件的表述</source>
        <translation>The statement of the condition is missing</translation>
    </message>
    <message>
        <source>应为非空数组：每项条件至少核对一项记录</source>
        <translation>Should be a non-empty array: each condition checks at least one record</translation>
    </message>
    <message>
        <source>未知的核对方式“%1”（可用：%2）</source>
        <translation>Unknown check “%1” (known: %2)</translation>
    </message>
    <message>
        <source>核对方式“%1”需要此参数</source>
        <translation>Check “%1” needs this parameter</translation>
    </message>
    <message>
        <source>缺少提示语</source>
        <translation>A message is missing</translation>
    </message>
    <message>
        <source>应有 %1 项条件：%2</source>
        <translation>There should be %1 conditions: %2</translation>
    </message>
    <message>
        <source>日期“%1”无效</source>
        <translation>Date “%1” is not valid</translation>
    </message>
    <message>
        <source>没有被执行人，无法判断能否终结本次执行程序</source>
        <translation>There is no respondent: whether this round of enforcement may end cannot be judged</translation>
    </message>
    <message>
        <source>元</source>
        <translation> yuan</translation>
    </message>
    <message>
        <source>不能终结本次执行程序：%1（条件：%2）</source>
        <translation>This round of enforcement cannot end: %1 (condition: %2)</translation>
    </message>
    <message>
        <source>被执行人%1因有履行能力而拒不履行（失信规定第一条第一项）纳入名单，不设期限（履行完毕后删除）：请删除失信期限</source>
        <translation>Respondent %1 is listed for refusing though able to pay (art. 1 item 1 of the defaulter rules), which has no term (deleted on payment): remove the term</translation>
    </message>
    <message>
        <source>被执行人%1的失信期限应为二年，有从重情节的可延长一至三年（失信规定第二条）：请填写 2 至 5 年</source>
        <translation>Respondent %1&apos;s listing term is two years, extended by one to three years in aggravated cases (art. 2 of the defaulter rules): give 2 to 5 years</translation>
    </message>
    <message>
        <source>财产调查等尚未完成，不能约谈申请执行人拟终结本次执行程序：%1</source>
        <translation>The investigation is not complete, so the applicant cannot be told of a 终本: %1</translation>
    </message>
    <message>
        <source>对被执行人%1的限制消费令未记载签发的院长：请填写签发限制消费令的院长（限制消费令由院长签发）</source>
        <translation>The consumption ban against %1 names no president who signed it: fill in the president who signed the ban (the president signs it)</translation>
    </message>
    <message>
        <source>没有记载对哪名被执行人发出限制消费令：请在“对各被执行人采取的措施”中填写限制消费令日期</source>
        <translation>No consumption ban is recorded against any respondent: fill in the date of the ban under “measures per respondent”</translation>
    </message>
    <message>
        <source>被执行人%1的纳入失信被执行人名单决定未记载院长批准：请填写批准纳入失信名单的院长</source>
        <translation>The decision listing %1 names no approving president: fill in the president who signed off the listing</translation>
    </message>
    <message>
        <source>被执行人%1的失信情形未记载：请选择纳入失信名单的情形（失信规定第一条所列情形）</source>
        <translation>The ground for listing %1 is not recorded: choose the defaulter ground (art. 1 of the listing provisions)</translation>
    </message>
    <message>
        <source>被执行人%1的纳入失信被执行人名单决定应写明事实：请填写纳入失信名单的事实</source>
        <translation>The decision listing %1 must state the facts: fill in the facts of the listing</translation>
    </message>
    <message>
        <source>没有记载将哪名被执行人纳入失信被执行人名单：请在“对各被执行人采取的措施”中填写纳入失信名单日期</source>
        <translation>No respondent is recorded as listed as a defaulter: fill in the listing date under “measures per respondent”</translation>
    </message>
</context>
<context>
    <name>zw::cli</name>
    <message>
        <source>用法：zhiwen-cli %1 %2</source>
        <translation>Usage: zhiwen-cli %1 %2</translation>
    </message>
    <message>
        <source>错误</source>
        <translation>error</translation>
    </message>
    <message>
        <source>警告</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>错误  %1: 文件不存在</source>
        <translation>error  %1: file does not exist</translation>
    </message>
    <message>
        <source>列出可用模板的 id、名称和版本。</source>
        <translation>Lists the available templates: id, title and version.</translation>
    </message>
    <message>
        <source>以 JSON 输出</source>
        <translation>Output JSON</translation>
    </message>
    <message>
        <source>第 %1 版</source>
        <translation>version %1</translation>
    </message>
    <message>
        <source>按 termination 判定终结执行裁定：第 1 行为裁定主文，第 2 行为引用的法律条文。规则不允许该理由与范围的组合或数据缺失时退出码 1，原因写到标准错误。</source>
        <translation>Decides the termination ruling from `termination`: line 1 is the operative sentence, line 2 the provision cited. Exit 1, with the reason on stderr, when the rules forbid that ground and scope or data is missing.</translation>
    </message>
    <message>
        <source>警告  %1</source>
        <translation>warning  %1</translation>
    </message>
    <message>
        <source>用模板填充案件并写出 PDF。失败时说明出错的字段、模板行或字符，且不留下输出文件。</source>
        <translation>Fills the template with the case and writes the PDF. On failure names the field, template line or character at fault and leaves no output file.</translation>
    </message>
    <message>
        <source>输出的 PDF 文件</source>
        <translation>Output PDF file</translation>
    </message>
    <message>
        <source>缺少 -o OUT.pdf</source>
        <translation>Missing -o OUT.pdf</translation>
    </message>
    <message>
        <source>输出目录</source>
        <translation>Output directory</translation>
    </message>
    <message>
        <source>缺少 -o DIR</source>
        <translation>Missing -o DIR</translation>
    </message>
    <message>
        <source>错误  %1: 无法创建输出目录</source>
        <translation>error  %1: cannot create the output directory</translation>
    </message>
    <message>
        <source>失败  %1</source>
        <translation>failed  %1</translation>
    </message>
    <message>
        <source>[%1/%2] %3 份/秒，预计剩余 %4 秒</source>
        <translation>[%1/%2] %3 documents/s, about %4 s left</translation>
    </message>
    <message>
        <source>完成：成功 %1 份，失败 %2 份</source>
        <translation>Done: %1 written, %2 failed</translation>
    </message>
    <message>
        <source>失败：%1</source>
        <translation>Failed: %1</translation>
    </message>
    <message>
        <source>执文 zhiwen-cli — 法院执行文书生成（命令行）</source>
        <translation>ZhiWen zhiwen-cli — court enforcement documents (command line)</translation>
    </message>
    <message>
        <source>用法：</source>
        <translation>Usage:</translation>
    </message>
    <message>
        <source>退出码：0 成功；1 校验或渲染失败；2 用法错误；3 读写或内部错误。</source>
        <translation>Exit codes: 0 success; 1 validation or rendering failed; 2 usage error; 3 I/O or internal error.</translation>
    </message>
    <message>
        <source>未知命令“%1”</source>
        <translation>Unknown command &quot;%1&quot;</translation>
    </message>
    <message>
        <source>逐个渲染多个案件文件或一个 CSV 文件的各行（表头为案件字段路径，见 resources/demo/batch-example.csv），进度写到标准错误，遇到坏文件或坏行继续并在最后汇总。全部成功退出码 0，有失败退出码 1。</source>
        <translation>Renders several case files, or the rows of one CSV file (header: case field paths, see resources/demo/batch-example.csv), progress on stderr, going on past bad files or rows and summing up at the end. Exit 0 when all were written, 1 when some failed.</translation>
    </message>
    <message>
        <source>为自动履行证明书分配编号（同一案件、履行人和履行日期始终得到同一编号）并输出；--write 将编号写入案件文件的 performance.certificate_no。</source>
        <translation>Allocates the voluntary performance certificate&apos;s number (the same case, performer and date always get the same number) and prints it; --write stores it in performance.certificate_no.</translation>
    </message>
    <message>
        <source>把编号写入案件文件</source>
        <translation>Write the number into the case file</translation>
    </message>
    <message>
        <source>数据库文件（默认：%1）</source>
        <translation>Database file (default: %1)</translation>
    </message>
    <message>
        <source>在数据库的发文登记中记录此文书</source>
        <translation>Record the document in the register of issued documents</translation>
    </message>
    <message>
        <source>登记的经办人</source>
        <translation>Officer to record</translation>
    </message>
    <message>
        <source>错误  %1: 无法打开：%2</source>
        <translation>error  %1: cannot open: %2</translation>
    </message>
    <message>
        <source>列出案件库中的案件（最近打开或修改的在前），TEXT 按案号、案由、当事人姓名或证件号码查找。</source>
        <translation>Lists the cases in the case store (most recently opened or changed first); TEXT searches case numbers, causes, party names and ID numbers.</translation>
    </message>
    <message>
        <source>只列已归档的案件</source>
        <translation>List archived cases only</translation>
    </message>
    <message>
        <source>列出全部案件，含已归档</source>
        <translation>List all cases, archived ones included</translation>
    </message>
    <message>
        <source>（无案号）</source>
        <translation>(no case number)</translation>
    </message>
    <message>
        <source>已归档</source>
        <translation>archived</translation>
    </message>
    <message>
        <source>共 %1 件</source>
        <translation>%1 cases</translation>
    </message>
    <message>
        <source>把案件文件导入案件库并逐个报告结果；案号已在库中的不导入，除非加 --replace。全部导入退出码 0，有未导入或被拒绝的退出码 1。</source>
        <translation>Imports case files into the case store and reports on each; a file whose case number is already there is not imported unless --replace is given. Exit code 0 when all were imported, 1 when some were not imported or refused.</translation>
    </message>
    <message>
        <source>用文件替换案件库中同案号的案件</source>
        <translation>Replace the store&apos;s case with the same case number by the file</translation>
    </message>
    <message>
        <source>把案件库中的案件导出为案件文件（DIR/案号.json，不覆盖已有文件）；不指定案件时导出全部未归档案件，加 --archived 时也导出已归档的。</source>
        <translation>Exports cases from the case store as case files (DIR/case-number.json, never over an existing file); with no case named, all active cases are exported, with --archived the archived ones too.</translation>
    </message>
    <message>
        <source>也导出已归档的案件</source>
        <translation>Export archived cases too</translation>
    </message>
    <message>
        <source>错误  案件库中没有“%1”</source>
        <translation>error  The case store has no “%1”</translation>
    </message>
    <message>
        <source>校验案件文件：每行一个问题，“路径: 说明（字段）”，标明错误或警告；--template 时也检查该文书自己的判定。无错误（可有警告）退出码 0，有错误退出码 1。</source>
        <translation>Checks a case file: one problem a line, &quot;path: message (field)&quot;, marked error or warning; with --template also that document&apos;s own decisions. Exit 0 without errors (warnings allowed), 1 with errors.</translation>
    </message>
    <message>
        <source>按此文书检查（含该文书自己的判定）</source>
        <translation>Check for this document (with its own decisions)</translation>
    </message>
    <message>
        <source>按 resources/rules/zhongben.json 逐项核对执行措施记录，判断能否裁定终结本次执行程序（以 zhongben.decided_on 为裁定日期，未填则为今天）。可以时退出码 0；不可以时退出码 1，每项未满足的条件及所缺的记录写到标准错误。</source>
        <translation>Checks the record of enforcement measures, condition by condition, against resources/rules/zhongben.json: may this round of enforcement be ended (终本) on zhongben.decided_on, or today when it is empty? Exit code 0 when it may; 1 when not, with each unmet condition and what is missing on standard error.</translation>
    </message>
    <message>
        <source>未满足  %1（%2）</source>
        <translation>Not met  %1 (%2)</translation>
    </message>
    <message>
        <source>已满足：%1</source>
        <translation>Met: %1</translation>
    </message>
    <message>
        <source>可以裁定终结本次执行程序（裁定日期 %1）</source>
        <translation>This round of enforcement may be ended (ruling date %1)</translation>
    </message>
    <message>
        <source>不能裁定终结本次执行程序（裁定日期 %1）</source>
        <translation>This round of enforcement may not be ended (ruling date %1)</translation>
    </message>
    <message>
        <source>  已满足  %1</source>
        <translation>  met      %1</translation>
    </message>
    <message>
        <source>  未满足  %1</source>
        <translation>  not met  %1</translation>
    </message>
    <message>
        <source>列出到期事项：终本后每六个月一次的网络查控复查（五年）及告知申请执行人、被执行人报告财产期限、立案满三个月可审查终本、执前督促期满。每行一项：案号、事项、日期；列出 DATE（默认今天）之后 N 天（默认 30）内到期的和已逾期未办的。不给 CASE.json 时查案件库。</source>
        <translation>Lists what falls due: the network re-query every six months for five years after 终本 and telling the applicant, respondents&apos; deadlines to report property, 终本 possible three months after filing, the end of pre-enforcement urging. One a line: case number, what, date; what falls due within N days (default 30) after DATE (default today) and what is overdue. Without CASE.json, the store&apos;s cases.</translation>
    </message>
    <message>
        <source>以此日期为准（YYYY-MM-DD，默认今天）</source>
        <translation>As of this date (YYYY-MM-DD, default today)</translation>
    </message>
    <message>
        <source>向后看的天数（默认 30）</source>
        <translation>Days to look ahead (default 30)</translation>
    </message>
    <message>
        <source>--days：应为 0 到 3660 之间的整数，“%1”不是</source>
        <translation>--days: should be a whole number from 0 to 3660; “%1” is not</translation>
    </message>
    <message>
        <source>已逾期</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>共 %1 项</source>
        <translation>%1 items</translation>
    </message>
    <message>
        <source>终本案件恢复执行：由原案生成执恢案件（当事人、执行依据与承办人员沿用，resumption 记载原案号），并在原案记载 zhongben.resumed_as。新案号须为“执恢”类型；NEW.json 已存在时不覆盖。</source>
        <translation>Resumes a 终本 case: makes the 执恢 case from the original (parties, instrument and officers carried over, resumption naming the original) and records zhongben.resumed_as in the original. The new number must be of type 执恢; an existing NEW.json is not overwritten.</translation>
    </message>
    <message>
        <source>恢复执行的新案号（类型代字“执恢”）</source>
        <translation>The new case number (type code 执恢)</translation>
    </message>
    <message>
        <source>新案件文件</source>
        <translation>The new case file</translation>
    </message>
    <message>
        <source>恢复执行（立案）日期，默认今天</source>
        <translation>Date of resumption (filing), default today</translation>
    </message>
    <message>
        <source>恢复执行的理由</source>
        <translation>Reason for resuming</translation>
    </message>
    <message>
        <source>依职权恢复执行（默认：依申请执行人的申请）</source>
        <translation>Resumed of the court&apos;s motion (default: on the applicant&apos;s application)</translation>
    </message>
    <message>
        <source>需要 --number 和 -o</source>
        <translation>--number and -o are needed</translation>
    </message>
    <message>
        <source>%1 已存在：不覆盖已有文件</source>
        <translation>%1 exists: an existing file is not overwritten</translation>
    </message>
    <message>
        <source>在终本案件中记载一次网络查控复查（日期、结果、告知申请执行人的日期），写回 CASE.json；下一次复查自此起算六个月（zhiwen-cli due）。</source>
        <translation>Records a network re-query in a 终本 case (date, result, when the applicant was told) and saves CASE.json; the next re-query falls six months later (zhiwen-cli due).</translation>
    </message>
    <message>
        <source>复查日期（YYYY-MM-DD）</source>
        <translation>Date of the re-query (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>复查结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>告知申请执行人的日期（YYYY-MM-DD）</source>
        <translation>Date the applicant was told (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>下一次复查：%1</source>
        <translation>Next re-query: %1</translation>
    </message>
    <message>
        <source>--%1：日期“%2”无效，应为 YYYY-MM-DD</source>
        <translation>--%1: the date “%2” is not valid; use YYYY-MM-DD</translation>
    </message>
    <message>
        <source>需要 --on（复查日期）</source>
        <translation>--on (the date of the re-query) is needed</translation>
    </message>
    <message>
        <source>据以出具的报批编号（须签发的文书；不写则用批准了此内容的最近一次报批）</source>
        <translation>The approval to issue under (documents that need sign-off; without it, the latest approval of this content)</translation>
    </message>
    <message>
        <source>重新出具：取代（并作废）的登记号</source>
        <translation>Reissue: the register entry this replaces (and voids)</translation>
    </message>
    <message>
        <source>错误  --%1 应为正整数</source>
        <translation>error  --%1 must be a positive integer</translation>
    </message>
    <message>
        <source>错误  --%1 只用于登记（--record）</source>
        <translation>error  --%1 is only for registering (--record)</translation>
    </message>
    <message>
        <source>签发：裁定书、决定书须报批并经审判员（失信决定书、限制消费令、未经申请执行人签字确认的终本裁定书须经院长）批准后才能出具登记。submit 报批（案件内容随之记录，批准后修改须重新报批）；list 列出待我审批的（--all 全部待批，--case 某案的全部报批）；approve 批准；return 退回并写明理由。</source>
        <translation>Sign-off: rulings and decisions are submitted and approved by a judge (the 失信 decision, the consumption ban order and a 终本 ruling without the applicant&apos;s signed confirmation by the president) before they can be issued and registered. submit sends it (the case content with it; a change after approval needs a new submission); list shows what waits for me (--all every pending one, --case all of a case); approve approves; return returns it with a reason.</translation>
    </message>
    <message>
        <source>报送给哪位（登录名）；不写则有权签发的任何人</source>
        <translation>Whom to send it to (a login); without it, anyone entitled</translation>
    </message>
    <message>
        <source>列出全部待批的报批</source>
        <translation>List every pending request</translation>
    </message>
    <message>
        <source>列出此案号的全部报批</source>
        <translation>List every request of this case number</translation>
    </message>
    <message>
        <source>退回的理由</source>
        <translation>Why it is returned</translation>
    </message>
    <message>
        <source>signoff %1 的参数个数不对</source>
        <translation>signoff %1: wrong number of arguments</translation>
    </message>
    <message>
        <source>错误  报批编号“%1”应为正整数</source>
        <translation>error  the request number “%1” must be a positive integer</translation>
    </message>
    <message>
        <source>已报批：报批第 %1 号，须由%2签发</source>
        <translation>Submitted: request %1, to be signed off by a %2</translation>
    </message>
    <message>
        <source>共 %1 件（%2）</source>
        <translation>%1 in all (%2)</translation>
    </message>
    <message>
        <source>错误  退回须写明理由：--reason TEXT</source>
        <translation>error  a return needs a reason: --reason TEXT</translation>
    </message>
    <message>
        <source>未知的 signoff 操作“%1”（可用：submit、list、show、approve、return）</source>
        <translation>Unknown signoff action “%1” (available: submit, list, show, approve, return)</translation>
    </message>
    <message>
        <source>作废发文登记中的一份文书（写明理由，记录作废人和时间）。登记不删除，verify 报告其已作废；重新出具用 render --record --reissue-of REGISTER_ID。</source>
        <translation>Voids a document in the register (with a reason; who and when are recorded). The entry is not deleted and verify reports it void; reissue with render --record --reissue-of REGISTER_ID.</translation>
    </message>
    <message>
        <source>作废的理由</source>
        <translation>Why it is voided</translation>
    </message>
    <message>
        <source>错误  登记号“%1”应为正整数（见 verify 的输出）</source>
        <translation>error  the register entry “%1” must be a positive integer (see verify&apos;s output)</translation>
    </message>
    <message>
        <source>错误  作废须写明理由：--reason TEXT</source>
        <translation>error  a void needs a reason: --reason TEXT</translation>
    </message>
    <message>
        <source>已作废：登记第 %1 号（%2）</source>
        <translation>Voided: register entry %1 (%2)</translation>
    </message>
    <message>
        <source>案件库：status 显示案件库、版本、登录与角色；migrate 升级到本程序的版本（服务器上只有管理员能升级）；grant 让登录名担任角色（书记员、法官助理、审判员、审判长、院长、管理员；登录不存在则新建，无密码，密码用 psql 的 \password 设置）；copy 把本机案件库（案件、证明书编号、报批、发文登记、作废记录，及本用户的草稿）并入法院案件库，两处发出相同证明书编号时拒绝并列出编号。</source>
        <translation>The store: status shows the store, its version, the login and its roles; migrate upgrades it to this program&apos;s version (on a server only the administrator can); grant gives a login a role (书记员, 法官助理, 审判员, 审判长, 院长, 管理员; a missing login is made without a password, set one with psql&apos;s \password); copy merges a desk&apos;s store (cases, certificate numbers, approvals, register, voids, and this user&apos;s drafts) into the court store, refusing and naming the numbers where both issued the same certificate number.</translation>
    </message>
    <message>
        <source>本机案件库（SQLite 文件）</source>
        <translation>The desk&apos;s store (SQLite file)</translation>
    </message>
    <message>
        <source>法院案件库服务器</source>
        <translation>The court&apos;s server store</translation>
    </message>
    <message>
        <source>store %1 的参数个数不对</source>
        <translation>store %1: wrong number of arguments</translation>
    </message>
    <message>
        <source>错误  store copy 需要 --from SQLITE_FILE 和 --to postgresql://…</source>
        <translation>error  store copy needs --from SQLITE_FILE and --to postgresql://…</translation>
    </message>
    <message>
        <source>未知的 store 操作“%1”（可用：status、migrate、grant、copy）</source>
        <translation>Unknown store action “%1” (available: status, migrate, grant, copy)</translation>
    </message>
    <message>
        <source>%1 现为%2</source>
        <translation>%1 is now %2</translation>
    </message>
    <message>
        <source>核对 PDF 是否由本院登记发出且未被改动：已登记退出码 0 并列出登记信息（签发、作废、重新出具），未登记、已改动或已作废退出码 1，登记簿无法读取退出码 3。</source>
        <translation>Checks that a PDF was issued and registered by this court and is unchanged: exit 0 when registered, listing the entries (sign-off, void, reissue); 1 when not registered, changed or void; 3 when the register cannot be read.</translation>
    </message>
</context>
<context>
    <name>zw::gui::CaseForm</name>
    <message>
        <source>申请执行人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>被执行人</source>
        <translation>Respondent</translation>
    </message>
    <message>
        <source>错误：</source>
        <translation>Error:</translation>
    </message>
    <message>
        <source>警告：</source>
        <translation>Warning:</translation>
    </message>
    <message>
        <source>显示全部项目（不只是本文书需要的）</source>
        <translation>Show every part (not only what this document needs)</translation>
    </message>
    <message>
        <source>上移</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>下移</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>添加%1</source>
        <translation>Add %1</translation>
    </message>
    <message>
        <source>如 2024-03-05 或 2024年3月5日</source>
        <translation>e.g. 2024-03-05 or 2024年3月5日</translation>
    </message>
    <message>
        <source>日历</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>从日历中选择日期</source>
        <translation>Pick the date from a calendar</translation>
    </message>
    <message>
        <source>（未选）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>（未填姓名，编号 %1）</source>
        <translation>(no name yet, id %1)</translation>
    </message>
    <message>
        <source>%1（案件中没有此当事人或判项）</source>
        <translation>%1 (no such party or item in the case)</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <source>%1（不是可选的值）</source>
        <translation>%1 (not one of the choices)</translation>
    </message>
    <message>
        <source>删除%1？其中填写的内容将一并删除。</source>
        <translation>Remove %1? What was entered in it is removed too.</translation>
    </message>
    <message>
        <source>（%1 个错误）</source>
        <translation> (errors: %1)</translation>
    </message>
    <message>
        <source>（%1 个警告）</source>
        <translation> (warnings: %1)</translation>
    </message>
</context>
<context>
    <name>zw::gui::CaseListDialog</name>
    <message>
        <source>显示已归档</source>
        <translation>Show archived</translation>
    </message>
    <message>
        <source>打开(&amp;O)</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>建副本(&amp;D)</source>
        <translation>&amp;Duplicate</translation>
    </message>
    <message>
        <source>归档(&amp;A)</source>
        <translation>&amp;Archive</translation>
    </message>
    <message>
        <source>导出(&amp;E)…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>案件库</source>
        <translation>Case store</translation>
    </message>
    <message>
        <source>按案号、案由、当事人姓名或证件号码查找</source>
        <translation>Search by case number, cause, party name or ID number</translation>
    </message>
    <message>
        <source>案号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>案由</source>
        <translation>Cause of action</translation>
    </message>
    <message>
        <source>当事人</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>最近打开或修改</source>
        <translation>Last opened or changed</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <source>查找(&amp;F)：</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <source>导入(&amp;I)…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>导入案件文件</source>
        <translation>Import case files</translation>
    </message>
    <message>
        <source>案件文件 (*.json)</source>
        <translation>Case files (*.json)</translation>
    </message>
    <message>
        <source>案号已存在</source>
        <translation>Case number exists</translation>
    </message>
    <message>
        <source>导出到文件夹</source>
        <translation>Export to folder</translation>
    </message>
    <message>
        <source>（无案号）</source>
        <translation>(no case number)</translation>
    </message>
    <message>
        <source>已归档</source>
        <translation>archived</translation>
    </message>
    <message>
        <source>来自 %1</source>
        <translation>From %1</translation>
    </message>
    <message>
        <source>恢复(&amp;A)</source>
        <translation>Rest&amp;ore</translation>
    </message>
    <message>
        <source>无法建副本</source>
        <translation>Cannot duplicate</translation>
    </message>
    <message>
        <source>无法归档</source>
        <translation>Cannot archive</translation>
    </message>
    <message>
        <source>导入报告</source>
        <translation>Import report</translation>
    </message>
    <message>
        <source>导出报告</source>
        <translation>Export report</translation>
    </message>
    <message>
        <source>无法读取案件库：%1</source>
        <translation>Cannot read the case store: %1</translation>
    </message>
    <message>
        <source>无法导入</source>
        <translation>Cannot import</translation>
    </message>
    <message>
        <source>无法导出</source>
        <translation>Cannot export</translation>
    </message>
    <message>
        <source>下一到期事项</source>
        <translation>Next due</translation>
    </message>
    <message>
        <source>恢复所选的 %1 件案件到在办列表？</source>
        <translation>Restore the %1 selected cases to the active list?</translation>
    </message>
    <message>
        <source>归档所选的 %1 件案件？归档后不再列出，勾选“显示已归档”可找回并恢复。</source>
        <translation>Archive the %1 selected cases? They are no longer listed; tick “Show archived” to find and restore them.</translation>
    </message>
    <message>
        <source>恢复案件</source>
        <translation>Restore cases</translation>
    </message>
    <message>
        <source>归档案件</source>
        <translation>Archive cases</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>下列 %1 个文件的案号已在案件库中，未导入：
%2

是否用这些文件替换案件库中的同号案件？（替换前的内容不保留）</source>
        <translation>The case numbers of these %1 files are already in the store and they were not imported:
%2

Replace the store&apos;s cases of those numbers with these files? (What they held before is not kept.)</translation>
    </message>
    <message>
        <source>承办人</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>立案日期</source>
        <translation>Filed</translation>
    </message>
</context>
<context>
    <name>zw::gui::FileDialogs</name>
    <message>
        <source>%1 文件 (*.%2)</source>
        <translation>%1 files (*.%2)</translation>
    </message>
    <message>
        <source>新案件</source>
        <translation>new case</translation>
    </message>
    <message>
        <source>案件文件 (*.json)</source>
        <translation>Case files (*.json)</translation>
    </message>
</context>
<context>
    <name>zw::gui::MainWindow</name>
    <message>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>打开案件(&amp;O)…</source>
        <translation>&amp;Open case…</translation>
    </message>
    <message>
        <source>打开案件</source>
        <translation>Open case</translation>
    </message>
    <message>
        <source>案件文件 (*.json)</source>
        <translation>Case files (*.json)</translation>
    </message>
    <message>
        <source>保存案件(&amp;S)</source>
        <translation>&amp;Save case</translation>
    </message>
    <message>
        <source>保存案件</source>
        <translation>Save case</translation>
    </message>
    <message>
        <source>案件另存为(&amp;A)…</source>
        <translation>Save case &amp;as…</translation>
    </message>
    <message>
        <source>案件另存为</source>
        <translation>Save case as</translation>
    </message>
    <message>
        <source>保存 PDF(&amp;E)…</source>
        <translation>&amp;Export PDF…</translation>
    </message>
    <message>
        <source>保存 PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <source>退出(&amp;Q)</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>文书(&amp;D)</source>
        <translation>&amp;Document</translation>
    </message>
    <message>
        <source>生成预览(&amp;R)</source>
        <translation>&amp;Render preview</translation>
    </message>
    <message>
        <source>终结执行向导(&amp;T)…</source>
        <translation>&amp;Termination wizard…</translation>
    </message>
    <message>
        <source>文书</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>无法打开案件</source>
        <translation>Cannot open the case</translation>
    </message>
    <message>
        <source>保存失败</source>
        <translation>Save failed</translation>
    </message>
    <message>
        <source>已保存 %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>无法生成“%1”：
%2</source>
        <translation>Cannot produce &quot;%1&quot;:
%2</translation>
    </message>
    <message>
        <source>已生成“%1”，共 %2 页</source>
        <translation>Produced &quot;%1&quot;, %2 page(s)</translation>
    </message>
    <message>
        <source>无法保存 PDF</source>
        <translation>Cannot save the PDF</translation>
    </message>
    <message>
        <source>案件信息无误</source>
        <translation>No problems in the case</translation>
    </message>
    <message>
        <source>%1 个错误，%2 个警告</source>
        <translation>errors: %1, warnings: %2</translation>
    </message>
    <message>
        <source>%1%2 — 执文</source>
        <translation>%1%2 — ZhiWen</translation>
    </message>
    <message>
        <source>未保存的修改</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>新建案件(&amp;N)</source>
        <translation>&amp;New case</translation>
    </message>
    <message>
        <source>核对 PDF(&amp;V)…</source>
        <translation>&amp;Verify PDF…</translation>
    </message>
    <message>
        <source>核对 PDF</source>
        <translation>Verify PDF</translation>
    </message>
    <message>
        <source>未能登记</source>
        <translation>Not registered</translation>
    </message>
    <message>
        <source>PDF 已保存，但未能记入发文登记：
%1</source>
        <translation>The PDF was saved but could not be entered in the register:
%1</translation>
    </message>
    <message>
        <source>已保存并登记 %1</source>
        <translation>Saved and registered %1</translation>
    </message>
    <message>
        <source>恢复草稿</source>
        <translation>Restore draft</translation>
    </message>
    <message>
        <source>无法恢复草稿</source>
        <translation>Cannot restore the draft</translation>
    </message>
    <message>
        <source>%1
草稿文件未删除：%2</source>
        <translation>%1
The draft file was kept: %2</translation>
    </message>
    <message>
        <source>打印(&amp;P)…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>打印失败</source>
        <translation>Printing failed</translation>
    </message>
    <message>
        <source>设置(&amp;T)…</source>
        <translation>Se&amp;ttings…</translation>
    </message>
    <message>
        <source>分配证明书编号(&amp;N)</source>
        <translation>Allocate certificate &amp;number</translation>
    </message>
    <message>
        <source>无法分配编号</source>
        <translation>Cannot allocate a number</translation>
    </message>
    <message>
        <source>案件库(&amp;L)…</source>
        <translation>Case &amp;store…</translation>
    </message>
    <message>
        <source>最近的案件(&amp;R)</source>
        <translation>&amp;Recent cases</translation>
    </message>
    <message>
        <source>案件库无法打开：
%1

数据库文件：%2</source>
        <translation>The case store cannot be opened:
%1

Database file: %2</translation>
    </message>
    <message>
        <source>案件库无法使用</source>
        <translation>Case store unusable</translation>
    </message>
    <message>
        <source>可以关闭占用它的其他程序后重试；或把这个文件改名保存（不删除）并新建案件库；或暂不使用案件库，只用案件文件工作。</source>
        <translation>Close any other program using it and retry; or keep this file under a new name (nothing is deleted) and start a new case store; or work with case files only for now.</translation>
    </message>
    <message>
        <source>重试</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>改名保存并新建</source>
        <translation>Keep under a new name and start anew</translation>
    </message>
    <message>
        <source>暂不使用案件库</source>
        <translation>Work without the case store</translation>
    </message>
    <message>
        <source>未使用案件库：案件只保存为文件</source>
        <translation>Not using the case store: cases are saved as files only</translation>
    </message>
    <message>
        <source>原案件库已改名为 %1，未删除</source>
        <translation>The old case store was renamed to %1, not deleted</translation>
    </message>
    <message>
        <source>（案件库不可用）</source>
        <translation>(case store unavailable)</translation>
    </message>
    <message>
        <source>（无案号）</source>
        <translation>(no case number)</translation>
    </message>
    <message>
        <source>（还没有案件）</source>
        <translation>(no cases yet)</translation>
    </message>
    <message>
        <source>未能存入案件库：
%1</source>
        <translation>Could not save into the case store:
%1</translation>
    </message>
    <message>
        <source>案件库第 %1 号</source>
        <translation>case store no. %1</translation>
    </message>
    <message>
        <source>%1（案件库第 %2 号）</source>
        <translation>%1 (case store no. %2)</translation>
    </message>
    <message>
        <source>已保存 %1；案件库不可用，未登记</source>
        <translation>Saved %1; the case store is unavailable, so it is not registered</translation>
    </message>
    <message>
        <source>案件库不可用，无法核对</source>
        <translation>The case store is unavailable; cannot verify</translation>
    </message>
    <message>
        <source>新建案件（Ctrl+N），从案件库打开（Ctrl+L），或打开案件文件（Ctrl+O）；填好后文书在这里预览。</source>
        <translation>Start a new case (Ctrl+N), open one from the case store (Ctrl+L) or open a case file (Ctrl+O); the document is previewed here as you fill it in.</translation>
    </message>
    <message>
        <source>无法读取案件库：%1</source>
        <translation>Cannot read the case store: %1</translation>
    </message>
    <message>
        <source>无法核对：%1</source>
        <translation>Cannot verify: %1</translation>
    </message>
    <message>
        <source>%1 文件 (*.%2)</source>
        <translation>%1 files (*.%2)</translation>
    </message>
    <message>
        <source>终本条件核对(&amp;Z)…</source>
        <translation>Check the &amp;conditions for ending this round (终本)…</translation>
    </message>
    <message>
        <source>到期事项(&amp;U)…</source>
        <translation>D&amp;ue items…</translation>
    </message>
    <message>
        <source>无法读取到期事项：%1</source>
        <translation>Cannot read what falls due: %1</translation>
    </message>
    <message>
        <source>今后 30 天内没有到期事项，也没有逾期未办的事项。</source>
        <translation>Nothing falls due in the next 30 days, and nothing is overdue.</translation>
    </message>
    <message>
        <source>（已逾期）</source>
        <translation> (overdue)</translation>
    </message>
    <message>
        <source>到期事项</source>
        <translation>Due items</translation>
    </message>
    <message>
        <source>%1 项事项 30 天内到期，其中 %2 项已逾期：见“文书→到期事项”</source>
        <translation>Items due within 30 days: %1, overdue: %2 (see Documents → Due items)</translation>
    </message>
    <message>
        <source>%1 项事项 30 天内到期：见“文书→到期事项”</source>
        <translation>Items due within 30 days: %1 (see Documents → Due items)</translation>
    </message>
    <message>
        <source>当前案件有未保存的修改。要先保存吗？</source>
        <translation>The case has unsaved changes. Save them first?</translation>
    </message>
    <message>
        <source>保存(&amp;S)</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>不保存(&amp;N)</source>
        <translation>Do&amp;n&apos;t save</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>关于执文(&amp;A)…</source>
        <translation>&amp;About ZhiWen…</translation>
    </message>
    <message>
        <source>关于执文</source>
        <translation>About ZhiWen</translation>
    </message>
    <message>
        <source>%1（第 %2 版）</source>
        <translation>%1 (version %2)</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;执文 ZhiWen&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;法院执行文书生成：终结执行、终结本次执行程序与常用通知、决定、证明，离线运行。&lt;/p&gt;&lt;p&gt;模板：%2&lt;/p&gt;&lt;p&gt;数据目录：%3&lt;/p&gt;&lt;p&gt;案件库：%4&lt;/p&gt;&lt;p&gt;Qt %5&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;执文 ZhiWen&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Court enforcement documents: termination, 终本 and the standard notices, decisions and certificates, fully offline.&lt;/p&gt;&lt;p&gt;Templates: %2&lt;/p&gt;&lt;p&gt;Data folders: %3&lt;/p&gt;&lt;p&gt;Case store: %4&lt;/p&gt;&lt;p&gt;Qt %5&lt;/p&gt;</translation>
    </message>
    <message>
        <source>未打开</source>
        <translation>not open</translation>
    </message>
    <message>
        <source>新案件</source>
        <translation>a new case</translation>
    </message>
    <message>
        <source>案件库中的案件</source>
        <translation>a case in the store</translation>
    </message>
    <message>
        <source>上次退出前，%1 有未保存的修改（草稿保存于 %2）。

是否恢复？选“否”将保留草稿，下次启动时再问。</source>
        <translation>Before the program last closed, %1 had unsaved changes (draft saved at %2).

Restore them? “No” keeps the draft and asks again at the next start.</translation>
    </message>
    <message>
        <source>草稿文件：%1</source>
        <translation>Draft file: %1</translation>
    </message>
    <message>
        <source>
案件：%1</source>
        <translation>
Case: %1</translation>
    </message>
    <message>
        <source>本案是“%1”的案件，不是本院（%2）的：文书以“%1”的名义制作。</source>
        <translation>This is a case of “%1”, not of this court (%2): its documents are made in the name of “%1”.</translation>
    </message>
    <message>
        <source>已送打印机并登记：%1</source>
        <translation>Sent to the printer and registered: %1</translation>
    </message>
    <message>
        <source>已送打印机：%1（案件库不可用，未登记）</source>
        <translation>Sent to the printer: %1 (case store unavailable, not registered)</translation>
    </message>
    <message>
        <source>案件库第 %1 号（文件→案件库 Ctrl+L 可找到）</source>
        <translation>case %1 of the case store (find it under File → Case store, Ctrl+L)</translation>
    </message>
    <message>
        <source>未保存</source>
        <translation>not saved</translation>
    </message>
    <message>
        <source>无法连接法院的案件库服务器：
%1</source>
        <translation>Cannot connect to the court&apos;s case store server:
%1</translation>
    </message>
    <message>
        <source>可以检查网络后重试，或暂不使用案件库，只用案件文件工作（此时不分配编号、不登记）。</source>
        <translation>Check the network and try again, or work with case files only for now (no numbers are allocated and nothing is registered).</translation>
    </message>
    <message>
        <source>未连接案件库服务器：案件只保存为文件</source>
        <translation>Not connected to the case store server: cases are saved as files only</translation>
    </message>
    <message>
        <source>签发(&amp;G)</source>
        <translation>Si&amp;gn-off</translation>
    </message>
    <message>
        <source>报批(&amp;B)…</source>
        <translation>&amp;Submit for sign-off…</translation>
    </message>
    <message>
        <source>报批</source>
        <translation>Submit for sign-off</translation>
    </message>
    <message>
        <source>此文书无需签发，可直接保存或打印。</source>
        <translation>This document needs no sign-off: save or print it directly.</translation>
    </message>
    <message>
        <source>（有权签发的任何人）</source>
        <translation>(anyone entitled to sign off)</translation>
    </message>
    <message>
        <source>报请%1签发，报送给：</source>
        <translation>To be signed off by a %1; send to:</translation>
    </message>
    <message>
        <source>待我签发(&amp;W)…</source>
        <translation>&amp;Waiting for me…</translation>
    </message>
    <message>
        <source>连接法院案件库服务器 %1 需要密码：</source>
        <translation>The court&apos;s server store %1 needs a password:</translation>
    </message>
    <message>
        <source>密码不对，请重新输入（%1）：</source>
        <translation>Wrong password, please enter it again (%1):</translation>
    </message>
    <message>
        <source>案件库密码</source>
        <translation>Store password</translation>
    </message>
    <message>
        <source>无法报批</source>
        <translation>Cannot submit</translation>
    </message>
    <message>
        <source>已报批：报批第 %1 号，须由%2签发。批准前修改案件的，须重新报批。</source>
        <translation>Submitted: request %1, to be signed off by %2. A case changed before approval must be submitted again.</translation>
    </message>
    <message>
        <source>登录 %1 · 待我签发 %2 件</source>
        <translation>Login %1 · %2 waiting for my sign-off</translation>
    </message>
    <message>
        <source>登录 %1</source>
        <translation>Login %1</translation>
    </message>
    <message>
        <source>已批准（报批第 %1 号，%2）</source>
        <translation>approved (request %1, %2)</translation>
    </message>
    <message>
        <source>出具时由承办人自行签发</source>
        <translation>signed off by the officer when issued</translation>
    </message>
    <message>
        <source>未报批</source>
        <translation>not submitted</translation>
    </message>
    <message>
        <source>：%1</source>
        <translation>: %1</translation>
    </message>
    <message>
        <source>报批后已修改，须重新报批</source>
        <translation>changed since submitted: submit again</translation>
    </message>
    <message>
        <source>须%1签发 · %2</source>
        <translation>Sign-off by %1 · %2</translation>
    </message>
</context>
<context>
    <name>zw::gui::PdfPreview</name>
    <message>
        <source>上一页</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <source>下一页</source>
        <translation>Next page</translation>
    </message>
    <message>
        <source>缩小</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>放大</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>适合宽度</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>整页</source>
        <translation>Whole page</translation>
    </message>
    <message>
        <source>第 %1 / %2 页</source>
        <translation>Page %1 of %2</translation>
    </message>
</context>
<context>
    <name>zw::gui::Printing</name>
    <message>
        <source>没有可打印的文书</source>
        <translation>There is no document to print</translation>
    </message>
    <message>
        <source>没有指定打印到的文件</source>
        <translation>No file to print to was given</translation>
    </message>
    <message>
        <source>没有选择打印机</source>
        <translation>No printer was chosen</translation>
    </message>
    <message>
        <source>无法写入打印用的临时文件：%1</source>
        <translation>Cannot write the temporary file for printing: %1</translation>
    </message>
    <message>
        <source>打印机“%1”未接受打印任务：%2</source>
        <translation>The printer “%1” did not accept the job: %2</translation>
    </message>
</context>
<context>
    <name>zw::gui::SettingsDialog</name>
    <message>
        <source>欢迎使用执文</source>
        <translation>Welcome to ZhiWen</translation>
    </message>
    <message>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>请先填写本院信息。新建案件时会自动带入，以后可在“文件→设置”中修改。</source>
        <translation>Please enter your court&apos;s details first. New cases start with them; change them later under File → Settings.</translation>
    </message>
    <message>
        <source>本院信息</source>
        <translation>Court</translation>
    </message>
    <message>
        <source>法院名称</source>
        <translation>Court name</translation>
    </message>
    <message>
        <source>法院代字</source>
        <translation>Court code</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>开户银行</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>户名</source>
        <translation>Account holder</translation>
    </message>
    <message>
        <source>账号</source>
        <translation>Account number</translation>
    </message>
    <message>
        <source>证明书编号格式</source>
        <translation>Certificate number pattern</translation>
    </message>
    <message>
        <source>默认办案人员</source>
        <translation>Default officers</translation>
    </message>
    <message>
        <source>独任审判员</source>
        <translation>Sole judge</translation>
    </message>
    <message>
        <source>审判长</source>
        <translation>Presiding judge</translation>
    </message>
    <message>
        <source>法官助理</source>
        <translation>Judge&apos;s assistant</translation>
    </message>
    <message>
        <source>书记员</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <source>字体（重新启动后生效）</source>
        <translation>Fonts (take effect after a restart)</translation>
    </message>
    <message>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>正文</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>界面语言（重新启动后生效）</source>
        <translation>Interface language (takes effect after a restart)</translation>
    </message>
    <message>
        <source>无法保存字体设置</source>
        <translation>Cannot save the font settings</translation>
    </message>
    <message>
        <source>落款（署名、日期）</source>
        <translation>Signature block (names, date)</translation>
    </message>
    <message>
        <source>案件库</source>
        <translation>Case store</translation>
    </message>
    <message>
        <source>位置</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>留空为本机文件。全院共用时填法院案件库服务器，如 postgresql://zhangsan@10.0.0.5/zhiwen（用各自的登录名；密码不写在这里，连接时询问，或放在 ~/.pgpass）。</source>
        <translation>Leave empty for this machine&apos;s file. For a store the whole court shares, enter the court&apos;s server, e.g. postgresql://zhangsan@10.0.0.5/zhiwen (each officer&apos;s own login; no password here: it is asked for when connecting, or kept in ~/.pgpass).</translation>
    </message>
    <message>
        <source>现由环境变量 ZHIWEN_STORE 指定：%1</source>
        <translation>Set by the environment variable ZHIWEN_STORE: %1</translation>
    </message>
    <message>
        <source>位置中不能写密码：密码在连接时询问，或放在 ~/.pgpass</source>
        <translation>The location must not contain a password: it is asked for when connecting, or kept in ~/.pgpass</translation>
    </message>
</context>
<context>
    <name>zw::gui::SignOffDialog</name>
    <message>
        <source>显示全部待批（含须由他人签发的）</source>
        <translation>Show every pending request (including those for others)</translation>
    </message>
    <message>
        <source>批准(&amp;A)</source>
        <translation>&amp;Approve</translation>
    </message>
    <message>
        <source>退回(&amp;R)…</source>
        <translation>&amp;Return…</translation>
    </message>
    <message>
        <source>待我签发</source>
        <translation>Waiting for my sign-off</translation>
    </message>
    <message>
        <source>报批号</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>案号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>文书</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>报批人</source>
        <translation>Submitted by</translation>
    </message>
    <message>
        <source>须由</source>
        <translation>To</translation>
    </message>
    <message>
        <source>批准</source>
        <translation>approve</translation>
    </message>
    <message>
        <source>批准报批第 %1 号：%2 %3？
批准后即可出具并登记。</source>
        <translation>Approve request %1: %2 %3?
Once approved it can be issued and registered.</translation>
    </message>
    <message>
        <source>退回</source>
        <translation>return</translation>
    </message>
    <message>
        <source>退回的理由（报批人会看到）：</source>
        <translation>Why it is returned (the submitter will see this):</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>无法读取报批记录：%1</source>
        <translation>Cannot read the approvals: %1</translation>
    </message>
    <message>
        <source>%1：没有待签发的文书</source>
        <translation>%1: nothing waits for sign-off</translation>
    </message>
    <message>
        <source>%1：%2 件待签发</source>
        <translation>%1: %2 waiting for sign-off</translation>
    </message>
    <message>
        <source>没有待签发的文书</source>
        <translation>Nothing waits for sign-off</translation>
    </message>
    <message>
        <source>报批第 %1 号</source>
        <translation>request %1</translation>
    </message>
    <message>
        <source>无法生成报批的文书：
%1</source>
        <translation>Cannot make the submitted document:
%1</translation>
    </message>
    <message>
        <source>无法批准</source>
        <translation>Cannot approve</translation>
    </message>
    <message>
        <source>无法退回</source>
        <translation>Cannot return</translation>
    </message>
</context>
<context>
    <name>zw::gui::TerminationWizard</name>
    <message>
        <source>为什么终结执行？</source>
        <translation>Why does execution end?</translation>
    </message>
    <message>
        <source>选择终结执行的理由。说明和条文原文显示在下方。</source>
        <translation>Choose the ground. Its explanation and the provision&apos;s text appear below.</translation>
    </message>
    <message>
        <source>终结什么？</source>
        <translation>What does the ruling end?</translation>
    </message>
    <message>
        <source>只有所选理由允许的范围可以选择；不可选的范围下方写明原因。</source>
        <translation>Only the shapes the ground allows can be chosen; the others say why not.</translation>
    </message>
    <message>
        <source>不可选：</source>
        <translation>Not available: </translation>
    </message>
    <message>
        <source>丧失劳动能力为永久性</source>
        <translation>The loss of the ability to work is permanent</translation>
    </message>
    <message>
        <source>终结哪些判项？</source>
        <translation>Which items of the instrument?</translation>
    </message>
    <message>
        <source>勾选不再执行的判项，按执行依据中的顺序写入主文。</source>
        <translation>Tick the items no longer to be enforced; they are written in the instrument&apos;s order.</translation>
    </message>
    <message>
        <source>终结对哪些被执行人的执行？</source>
        <translation>Against which respondents?</translation>
    </message>
    <message>
        <source>勾选终结执行的被执行人，主文按案件中的顺序列出其姓名或名称。</source>
        <translation>Tick the respondents; the sentence names them in the case file&apos;s order.</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>organization</translation>
    </message>
    <message>
        <source>公民</source>
        <translation>citizen</translation>
    </message>
    <message>
        <source>事实、日期和合议庭</source>
        <translation>Facts, date and panel</translation>
    </message>
    <message>
        <source>写明终结执行的事实；裁定日期决定引用哪一版法律。</source>
        <translation>State the facts; the ruling&apos;s date decides which revision of the law is cited.</translation>
    </message>
    <message>
        <source>事实与理由</source>
        <translation>Facts and reasons</translation>
    </message>
    <message>
        <source>裁定日期</source>
        <translation>Ruling date</translation>
    </message>
    <message>
        <source>独任审判员</source>
        <translation>Sole judge</translation>
    </message>
    <message>
        <source>审判长</source>
        <translation>Presiding judge</translation>
    </message>
    <message>
        <source>法官助理</source>
        <translation>Judge&apos;s assistant</translation>
    </message>
    <message>
        <source>书记员</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <source>合议庭审判员，以顿号分隔</source>
        <translation>Panel judges, separated by 、</translation>
    </message>
    <message>
        <source>审判员</source>
        <translation>Judges</translation>
    </message>
    <message>
        <source>裁定书预览</source>
        <translation>Ruling preview</translation>
    </message>
    <message>
        <source>核对后保存案件和裁定书 PDF，交法官签发。</source>
        <translation>Check it, then save the case and the ruling&apos;s PDF for the judge to sign.</translation>
    </message>
    <message>
        <source>保存案件…</source>
        <translation>Save case…</translation>
    </message>
    <message>
        <source>保存裁定书 PDF…</source>
        <translation>Save ruling PDF…</translation>
    </message>
    <message>
        <source>保存案件</source>
        <translation>Save case</translation>
    </message>
    <message>
        <source>保存裁定书 PDF</source>
        <translation>Save ruling PDF</translation>
    </message>
    <message>
        <source>不作出终结执行裁定</source>
        <translation>No termination ruling is made</translation>
    </message>
    <message>
        <source>依据：</source>
        <translation>Basis:</translation>
    </message>
    <message>
        <source>终结执行向导</source>
        <translation>Termination wizard</translation>
    </message>
    <message>
        <source>主文预览：请选择终结理由</source>
        <translation>Operative sentence: choose a ground</translation>
    </message>
    <message>
        <source>主文预览：尚不能确定——%1</source>
        <translation>Operative sentence: not yet decided — %1</translation>
    </message>
    <message>
        <source>主文预览：%1
%2</source>
        <translation>Operative sentence: %1
%2</translation>
    </message>
    <message>
        <source>不作裁定：%1</source>
        <translation>No ruling: %1</translation>
    </message>
    <message>
        <source>提示：</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>无法保存 PDF</source>
        <translation>Cannot save the PDF</translation>
    </message>
    <message>
        <source>裁定书尚未生成</source>
        <translation>The ruling has not been produced yet</translation>
    </message>
    <message>
        <source>保存失败</source>
        <translation>Save failed</translation>
    </message>
    <message>
        <source>未能登记</source>
        <translation>Not registered</translation>
    </message>
    <message>
        <source>PDF 已保存，但未能记入发文登记：
%1</source>
        <translation>The PDF was saved but could not be entered in the register:
%1</translation>
    </message>
    <message>
        <source>裁定书中这一段以“本院在执行申请执行人%1与被执行人%2%3一案中，”开头，请接着写事实，如“被执行人张某于2024年5月3日死亡，……”。</source>
        <translation>In the ruling this paragraph begins “本院在执行申请执行人%1与被执行人%2%3一案中，”: write the facts that follow it (in Chinese), e.g. “被执行人张某于2024年5月3日死亡，……”.</translation>
    </message>
    <message>
        <source>下面的事实是按理由“%1”写的，理由现在是“%2”：请核对或改写。</source>
        <translation>The facts below were written for the ground “%1”; the ground is now “%2”: check or rewrite them.</translation>
    </message>
    <message>
        <source>条文：</source>
        <translation>Provision: </translation>
    </message>
</context>
<context>
    <name>zw::gui::ZhongbenChecklist</name>
    <message>
        <source>预览约谈笔录(&amp;I)</source>
        <translation>Preview the &amp;interview record</translation>
    </message>
    <message>
        <source>预览终本裁定(&amp;R)</source>
        <translation>Preview the 终本 &amp;ruling</translation>
    </message>
    <message>
        <source>终结本次执行程序：条件核对</source>
        <translation>终本: checking the conditions</translation>
    </message>
    <message>
        <source>裁定日期(&amp;D)：</source>
        <translation>Ruling &amp;date:</translation>
    </message>
    <message>
        <source>条件及记录</source>
        <translation>Condition and record</translation>
    </message>
    <message>
        <source>无法核对：%1</source>
        <translation>Cannot check: %1</translation>
    </message>
    <message>
        <source>✓ 已满足  </source>
        <translation>✓ met  </translation>
    </message>
    <message>
        <source>✗ 未满足  </source>
        <translation>✗ not met  </translation>
    </message>
    <message>
        <source>缺：%1</source>
        <translation>Missing: %1</translation>
    </message>
    <message>
        <source>应有的记录：%1</source>
        <translation>Evidence needed: %1</translation>
    </message>
    <message>
        <source>依据：%1；记录：%2</source>
        <translation>Basis: %1; evidence: %2</translation>
    </message>
    <message>
        <source>提示：</source>
        <translation>Note: </translation>
    </message>
    <message>
        <source>条件未全部满足，不能生成终本裁定</source>
        <translation>Not every condition is met: the 终本 ruling cannot be made</translation>
    </message>
    <message>
        <source>还不能裁定终结本次执行程序：%1 项条件未满足。补齐记录后再核对。</source>
        <translation>终本 may not be ruled yet: %1 conditions are not met. Complete the record and check again.</translation>
    </message>
    <message>
        <source>财产调查等尚未完成（前三项条件），还不能约谈申请执行人</source>
        <translation>The investigation is not complete (the first three conditions): the applicant cannot be interviewed yet</translation>
    </message>
    <message>
        <source>条件均已满足，可以裁定。裁定书写明：“%1%2”</source>
        <translation>Every condition is met: the ruling may be made. It will read: “%1%2”</translation>
    </message>
</context>
</TS>
