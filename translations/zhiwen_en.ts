<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>main</name>
    <message>
        <source>数据文件有误</source>
        <translation>Data file error</translation>
    </message>
    <message>
        <source>规则或法条表无法使用，请修正后重新启动：

%1</source>
        <translation>The rule or law table cannot be used. Correct it and start again:

%1</translation>
    </message>
</context>
<context>
    <name>zw::CaseFile</name>
    <message>
        <source>第 %1 行第 %2 列</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>不是有效的 JSON（%1）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>案件文件的顶层必须是 JSON 对象</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>缺少格式标识，应为 "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>不支持的格式 "%1"，应为 "%2"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>无法打开文件：%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>无法写入文件：%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>保存失败，原文件未改动：%1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>zw::CaseNumber</name>
    <message>
        <source>法院代字“%1”应以省级简称（如皖、粤）或“最高法”开头</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>法院代字“%1”在省级简称后只能有数字</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>法院代字“%1”的数字应为 2 位（中级法院）或 4 位（基层法院）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>法院代字“%1”的地区数字不能为 00</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>首尾有多余空格</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>案号为空</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>年度应使用全角括号“（）”，应写作：%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>应以全角括号括起的收案年度开头，如“（2024）”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>收案年度应为四位数字，如“（2024）”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>应以“号”结尾</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“号”前应为案件编号数字</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>结构应为“（年度）法院代字类型代字编号号”，如（2024）皖1825执123号</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>收案年度 %1 不在合理范围（1950—%2）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“字第”是 2016 年以前的旧案号格式，新案号不再使用</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>案件编号“%1”不应以 0 开头</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>类型代字“%1”不在常用列表中，请核对</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>zw::CaseValidator</name>
    <message>
        <source>缺少必填字段</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>应为字符串</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>不能为空</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>金额应写成字符串（如 "75000.00"），不能是 JSON 数字</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>应为对象</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>应为数组</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>当事人应为对象</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>当事人编号“%1”重复</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>性别应为“男”或“女”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>号码中的出生日期 %1 与 born_on（%2）不一致</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>号码第 17 位表示性别为%1，与 gender（%2）不一致</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>应为 "person"（自然人）或 "organization"（单位）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>至少应有一名当事人</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>案号中的法院代字“%1”与 court.code（%2）不一致</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>应为 true 或 false</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>项号应为正整数</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>项号 %1 重复</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>应为被执行人编号字符串</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1”不是本案被执行人的编号</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>应为执行依据的项号（整数）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>执行依据没有第 %1 项</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1”不是本案当事人的编号</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>案号“%1”有误：%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>日期“%1”无效，应为 YYYY-MM-DD，如 2024-06-01</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>zw::DocumentContext</name>
    <message>
        <source>案件文件中没有终结执行信息（termination）</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>zw::DocumentRenderer</name>
    <message>
        <source>字符%1无法输出：不在 GBK 字符集中，当前 PDF 编码无法承载</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>字符%1无法输出：正文字体“%2”没有此字</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>无法写入：%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>写入失败：%1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>zw::Fonts</name>
    <message>
        <source>无法读取字体文件</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>不是可用的 TrueType 字体（第 %1 个字面）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>字体没有 TrueType 轮廓（CFF/OpenType 字体无法嵌入 libharu 生成的 PDF），请改用 TrueType 字体</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>未安装字体“%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>无法打开字体配置：%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>字体配置无效：应为 JSON，格式标识 "zhiwen/fonts@1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>未安装字体“%1”（Debian 软件包 %2 提供）</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>zw::Identifiers</name>
    <message>
        <source>前 17 位应为数字</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>校验位应为大写 X</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>校验位错误</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>15 位旧身份证号码应全为数字</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>应为 18 位（或 15 位旧号码），现为 %1 位</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>出生日期码“%1”不是有效日期</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>应为 18 位，现为 %1 位</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>第 %1 位“%2”不是允许的字符（0-9 与除 I、O、Z、S、V 外的大写字母）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>校验位不符（应为 %1），请核对；部分早期代码不符合校验规则</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>zw::LawTable</name>
    <message>
        <source>法条表格式标识应为 "zhiwen/law@1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>法条表缺少 laws 或 provisions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>缺少 versions 列表</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>生效日期应为 YYYY-MM-DD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>生效日期应按先后顺序排列</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>未在 laws 中定义的法律“%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>条文序号应为正整数</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>无法打开法条表：%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>法条表不是有效的 JSON</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>法条表中没有“%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 前没有可引用的条文（法条表自 %2 起）</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>zw::Money</name>
    <message>
        <source>金额“%1”不应含千位分隔符，应写作如“75000.00”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>金额“%1”格式不正确，应为不带符号、最多两位小数的数字字符串，如“75000.00”</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>zw::PdfFinisher</name>
    <message>
        <source>PDF 后处理失败：%1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>zw::PdfRenderer</name>
    <message>
        <source>PDF 生成失败（libharu 错误 0x%1，详情 %2）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>无法创建临时目录：%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>字体子集化失败</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>无法写入临时字体文件</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>libharu 无法载入字体：%1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>zw::Template</name>
    <message>
        <source>模板头应为“键: 值”格式，或以“---”结束</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>版本号应为正整数</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>未知的模板头字段“%1”（可用：id、title、version、date、requires）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>缺少分隔模板头与正文的“---”行</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>模板头缺少 id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>模板头缺少 title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>模板头缺少 version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>未知的版式角色“@%1”（可用：%2）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>占位区段未闭合</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>占位区段没有开头</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>占位符缺少“}}”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>无效的分隔符设置</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>无法打开模板：%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>模板不是有效的 UTF-8 文本</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>模板 id“%1”应与文件名“%2”一致</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>没有 id 为“%1”的模板。可用模板：%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>缺少必填字段（模板“%1”需要）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>缺少文书日期（模板“%1”取自：%2）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>填充后出现未知的版式角色：%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>正文在第一个“@角色”行之前出现文字：%1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>zw::TerminationRules</name>
    <message>
        <source>规则文件格式标识应为 "zhiwen/termination-rules@1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>引用句式须含 {provisions}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>缺少该主文形态</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>缺少主文句式</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>缺少终结理由列表</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>理由编号为空或重复</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>缺少理由名称</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>条文缺少 key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>每个理由至少引用一个条文</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>未知的主文形态</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>应为 none、any 或 all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>作出裁定的理由至少允许一种主文形态</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>不作裁定的理由须说明以何结案</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>无法打开规则文件：%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>规则文件无效：%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>请先选择终结理由</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1”不允许此主文形态</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>被执行人中有单位：只有全部被执行人均为公民时才能终结整个执行依据的执行</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>案件中未录入执行依据的判项（basis.items）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>案件中没有被执行人</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>案件文件中没有终结执行信息（termination）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>应为被执行人编号字符串</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>应为执行依据的项号（整数）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>缺少终结理由</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>缺少或无效的裁定日期（YYYY-MM-DD）：引用哪一版法律取决于该日期</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>未知的终结理由“%1”，可选：%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>缺少终结范围（scope）：case、respondents、items 或 instrument</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>未知的终结范围“%1”，可选：case、respondents、items、instrument</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>理由“%1”不能“%2”%3。允许的范围：%4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>理由为“%1”时必须在 facts 中写明具体情形</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>事实部分（termination.facts）为空，裁定书将没有事实与理由段落</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1”不是本案被执行人的编号</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>此主文形态不针对具体被执行人，termination.respondents 中所列被执行人将被忽略</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>终结对部分被执行人的执行时，须选择至少一名被执行人</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1”须适用于全部被执行人才能终结整个执行依据的执行；只涉及部分被执行人的，应终结对其执行</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1”只适用于公民，被执行人“%2”是单位</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1”终结整个执行依据须全部被执行人永久丧失劳动能力（termination.permanent 为 true）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>；并非永久的，应终结对其执行，或考虑终结本次执行程序</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>终结部分判项的执行时，须列出判项项号</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>执行依据没有第 %1 项（现有 %2 项）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>此主文形态不针对判项，termination.items 将被忽略</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>缺少案号</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>主文须写明执行依据的作出机关、字号和名称，此项缺失</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>执行依据判令被执行人承担连带责任：终结对部分被执行人的执行后，其余连带责任人仍须履行全部义务，请核对是否妥当</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>zw::Typesetter</name>
    <message>
        <source>字符%1无法输出：不在 GBK 字符集中</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>字符%1无法输出：字体“%2”没有此字</source>
        <translation type="unfinished" />
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
        <source>校验案件文件：每行一个问题，“路径: 说明”，标明错误或警告。无错误（可有警告）退出码 0，有错误退出码 1。</source>
        <translation>Checks a case file: one problem per line, "path: message", marked error or warning. Exit 0 with no errors (warnings allowed), 1 with errors.</translation>
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
        <source>逐个渲染多个案件文件，进度写到标准错误，遇到坏文件继续并在最后汇总。全部成功退出码 0，有失败退出码 1。</source>
        <translation>Renders several case files, progress on stderr, going on past bad files and summing up at the end. Exit 0 when all were written, 1 when some failed.</translation>
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
        <translation>Unknown command "%1"</translation>
    </message>
</context>
<context>
    <name>zw::gui::CaseForm</name>
    <message>
        <source>法院</source>
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
        <source>案件</source>
        <translation>Case</translation>
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
        <source>立案日期</source>
        <translation>Filed on</translation>
    </message>
    <message>
        <source>申请执行费</source>
        <translation>Enforcement fee</translation>
    </message>
    <message>
        <source>作出机关</source>
        <translation>Issuing authority</translation>
    </message>
    <message>
        <source>文书字号</source>
        <translation>Instrument number</translation>
    </message>
    <message>
        <source>文书名称</source>
        <translation>Instrument title</translation>
    </message>
    <message>
        <source>生效日期</source>
        <translation>Effective on</translation>
    </message>
    <message>
        <source>执行依据</source>
        <translation>Instrument to enforce</translation>
    </message>
    <message>
        <source>申请执行人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>被执行人</source>
        <translation>Respondent</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <source>住所地</source>
        <translation>Domicile</translation>
    </message>
    <message>
        <source>法定代表人</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <source>职务</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>出生日期</source>
        <translation>Born on</translation>
    </message>
    <message>
        <source>民族</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>住址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>办案人员</source>
        <translation>Officers</translation>
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
        <translation>Judge's assistant</translation>
    </message>
    <message>
        <source>书记员</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <source>错误：</source>
        <translation>Error:</translation>
    </message>
    <message>
        <source>警告：</source>
        <translation>Warning:</translation>
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
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
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
        <translation>Cannot produce "%1":
%2</translation>
    </message>
    <message>
        <source>已生成“%1”，共 %2 页</source>
        <translation>Produced "%1", %2 page(s)</translation>
    </message>
    <message>
        <source>无法保存 PDF</source>
        <translation>Cannot save the PDF</translation>
    </message>
    <message>
        <source>文书未能生成，请先处理预览区中列出的问题。</source>
        <translation>The document could not be produced; fix the problems listed in the preview first.</translation>
    </message>
    <message>
        <source>案件信息无误</source>
        <translation>No problems in the case</translation>
    </message>
    <message>
        <source>%1 个错误，%2 个警告</source>
        <translation>%1 error(s), %2 warning(s)</translation>
    </message>
    <message>
        <source>未命名案件</source>
        <translation>Untitled case</translation>
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
        <source>当前案件有未保存的修改，确定放弃吗？</source>
        <translation>The case has unsaved changes. Discard them?</translation>
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
        <translation>Choose the ground. Its explanation and the provision's text appear below.</translation>
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
        <translation>Not available:</translation>
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
        <translation>Tick the items no longer to be enforced; they are written in the instrument's order.</translation>
    </message>
    <message>
        <source>终结对哪些被执行人的执行？</source>
        <translation>Against which respondents?</translation>
    </message>
    <message>
        <source>勾选终结执行的被执行人，主文按案件中的顺序列出其姓名或名称。</source>
        <translation>Tick the respondents; the sentence names them in the case file's order.</translation>
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
        <translation>State the facts; the ruling's date decides which revision of the law is cited.</translation>
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
        <translation>Judge's assistant</translation>
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
        <translation>Check it, then save the case and the ruling's PDF for the judge to sign.</translation>
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
        <source>案件文件 (*.json)</source>
        <translation>Case files (*.json)</translation>
    </message>
    <message>
        <source>保存裁定书 PDF</source>
        <translation>Save ruling PDF</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
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
</context>
</TS>