<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="zh_CN">
<context>
    <name>Tr</name>
    <message>
        <source>libdeflate 无法分配内存</source>
        <translation>libdeflate 无法分配内存</translation>
    </message>
    <message>
        <source>libdeflate 压缩失败</source>
        <translation>libdeflate 压缩失败</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>数据文件有误</source>
        <translation>数据文件有误</translation>
    </message>
    <message>
        <source>规则、法条表、字体、版式或模板文件无法使用，请修正后重新启动：

%1</source>
        <translation>规则、法条表、字体、版式或模板文件无法使用，请修正后重新启动：

%1</translation>
    </message>
</context>
<context>
    <name>zw::AtomicFile</name>
    <message>
        <source>无法创建目录“%1”</source>
        <translation>无法创建目录“%1”</translation>
    </message>
    <message>
        <source>无法写入文件：%1</source>
        <translation>无法写入文件：%1</translation>
    </message>
    <message>
        <source>保存失败，原文件未改动：%1</source>
        <translation>保存失败，原文件未改动：%1</translation>
    </message>
</context>
<context>
    <name>zw::CaseFile</name>
    <message>
        <source>案件文件的顶层必须是 JSON 对象</source>
        <translation>案件文件的顶层必须是 JSON 对象</translation>
    </message>
    <message>
        <source>缺少格式标识，应为 &quot;%1&quot;</source>
        <translation>缺少格式标识，应为 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>不支持的格式 &quot;%1&quot;，应为 &quot;%2&quot;</source>
        <translation>不支持的格式 &quot;%1&quot;，应为 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>无法打开文件：%1</source>
        <translation>无法打开文件：%1</translation>
    </message>
</context>
<context>
    <name>zw::CaseNumber</name>
    <message>
        <source>法院代字“%1”应以省级简称（如皖、粤）或“最高法”开头</source>
        <translation>法院代字“%1”应以省级简称（如皖、粤）或“最高法”开头</translation>
    </message>
    <message>
        <source>法院代字“%1”在省级简称后只能有数字</source>
        <translation>法院代字“%1”在省级简称后只能有数字</translation>
    </message>
    <message>
        <source>法院代字“%1”的数字应为 2 位（中级法院）或 4 位（基层法院）</source>
        <translation>法院代字“%1”的数字应为 2 位（中级法院）或 4 位（基层法院）</translation>
    </message>
    <message>
        <source>法院代字“%1”的地区数字不能为 00</source>
        <translation>法院代字“%1”的地区数字不能为 00</translation>
    </message>
    <message>
        <source>首尾有多余空格</source>
        <translation>首尾有多余空格</translation>
    </message>
    <message>
        <source>案号为空</source>
        <translation>案号为空</translation>
    </message>
    <message>
        <source>年度应使用全角括号“（）”，应写作：%1</source>
        <translation>年度应使用全角括号“（）”，应写作：%1</translation>
    </message>
    <message>
        <source>应以全角括号括起的收案年度开头，如“（2024）”</source>
        <translation>应以全角括号括起的收案年度开头，如“（2024）”</translation>
    </message>
    <message>
        <source>收案年度应为四位数字，如“（2024）”</source>
        <translation>收案年度应为四位数字，如“（2024）”</translation>
    </message>
    <message>
        <source>应以“号”结尾</source>
        <translation>应以“号”结尾</translation>
    </message>
    <message>
        <source>“号”前应为案件编号数字</source>
        <translation>“号”前应为案件编号数字</translation>
    </message>
    <message>
        <source>结构应为“（年度）法院代字类型代字编号号”，如（2024）皖1825执123号</source>
        <translation>结构应为“（年度）法院代字类型代字编号号”，如（2024）皖1825执123号</translation>
    </message>
    <message>
        <source>收案年度 %1 不在合理范围（1950—%2）</source>
        <translation>收案年度 %1 不在合理范围（1950—%2）</translation>
    </message>
    <message>
        <source>“字第”是 2016 年以前的旧案号格式，新案号不再使用</source>
        <translation>“字第”是 2016 年以前的旧案号格式，新案号不再使用</translation>
    </message>
    <message>
        <source>案件编号“%1”不应以 0 开头</source>
        <translation>案件编号“%1”不应以 0 开头</translation>
    </message>
    <message>
        <source>类型代字“%1”中有非汉字字符%2</source>
        <translation>类型代字“%1”中有非汉字字符%2</translation>
    </message>
    <message>
        <source>类型代字“%1”不在最高人民法院《人民法院案件类型及其代字标准》的代字表（law/case-types.json）中，请核对</source>
        <translation>类型代字“%1”不在最高人民法院《人民法院案件类型及其代字标准》的代字表（law/case-types.json）中，请核对</translation>
    </message>
</context>
<context>
    <name>zw::CaseTransfer</name>
    <message>
        <source>（无案号）</source>
        <translation>（无案号）</translation>
    </message>
    <message>
        <source>已导入  %1 → 案件库第 %2 号：%3</source>
        <translation>已导入  %1 → 案件库第 %2 号：%3</translation>
    </message>
    <message>
        <source>已替换  %1 → 案件库第 %2 号：%3</source>
        <translation>已替换  %1 → 案件库第 %2 号：%3</translation>
    </message>
    <message>
        <source>未导入  %1：案号 %2 已在案件库中（第 %3 号），如需覆盖请选择替换</source>
        <translation>未导入  %1：案号 %2 已在案件库中（第 %3 号），如需覆盖请选择替换</translation>
    </message>
    <message>
        <source>被拒绝  %1</source>
        <translation>被拒绝  %1</translation>
    </message>
    <message>
        <source>已导出  案件库第 %1 号（%2）→ %3</source>
        <translation>已导出  案件库第 %1 号（%2）→ %3</translation>
    </message>
    <message>
        <source>失败    案件库第 %1 号 → %2</source>
        <translation>失败    案件库第 %1 号 → %2</translation>
    </message>
    <message>
        <source>错误</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>警告</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>共 %1 件：导出 %2 件，失败 %3 件</source>
        <translation>共 %1 件：导出 %2 件，失败 %3 件</translation>
    </message>
    <message>
        <source>共 %1 个文件：导入 %2 件，替换 %3 件，未导入 %4 件，拒绝 %5 件；其中 %6 件有待补正的错误</source>
        <translation>共 %1 个文件：导入 %2 件，替换 %3 件，未导入 %4 件，拒绝 %5 件；其中 %6 件有待补正的错误</translation>
    </message>
    <message>
        <source>案件%1</source>
        <translation>案件%1</translation>
    </message>
</context>
<context>
    <name>zw::CaseTypes</name>
    <message>
        <source>不是类型代字表（format 应为 zhiwen/case-types@1）</source>
        <translation>不是类型代字表（format 应为 zhiwen/case-types@1）</translation>
    </message>
    <message>
        <source>types 应为非空的数组</source>
        <translation>types 应为非空的数组</translation>
    </message>
    <message>
        <source>应为 true 或 false</source>
        <translation>应为 true 或 false</translation>
    </message>
    <message>
        <source>类型代字“%1”应由汉字组成</source>
        <translation>类型代字“%1”应由汉字组成</translation>
    </message>
    <message>
        <source>缺少案件类型名称</source>
        <translation>缺少案件类型名称</translation>
    </message>
    <message>
        <source>执行案件的类型代字以“执”开头：“%1”的 enforcement 应为 %2</source>
        <translation>执行案件的类型代字以“执”开头：“%1”的 enforcement 应为 %2</translation>
    </message>
    <message>
        <source>类型代字“%1”重复</source>
        <translation>类型代字“%1”重复</translation>
    </message>
</context>
<context>
    <name>zw::CaseValidator</name>
    <message>
        <source>缺少必填字段</source>
        <translation>缺少必填字段</translation>
    </message>
    <message>
        <source>应为字符串</source>
        <translation>应为字符串</translation>
    </message>
    <message>
        <source>不能为空</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>金额应写成字符串（如 &quot;75000.00&quot;），不能是 JSON 数字</source>
        <translation>金额应写成字符串（如 &quot;75000.00&quot;），不能是 JSON 数字</translation>
    </message>
    <message>
        <source>应为对象</source>
        <translation>应为对象</translation>
    </message>
    <message>
        <source>应为数组</source>
        <translation>应为数组</translation>
    </message>
    <message>
        <source>当事人应为对象</source>
        <translation>当事人应为对象</translation>
    </message>
    <message>
        <source>当事人编号“%1”重复</source>
        <translation>当事人编号“%1”重复</translation>
    </message>
    <message>
        <source>性别应为“男”或“女”</source>
        <translation>性别应为“男”或“女”</translation>
    </message>
    <message>
        <source>应为 &quot;person&quot;（自然人）或 &quot;organization&quot;（单位）</source>
        <translation>应为 &quot;person&quot;（自然人）或 &quot;organization&quot;（单位）</translation>
    </message>
    <message>
        <source>至少应有一名当事人</source>
        <translation>至少应有一名当事人</translation>
    </message>
    <message>
        <source>应为 true 或 false</source>
        <translation>应为 true 或 false</translation>
    </message>
    <message>
        <source>项号应为正整数</source>
        <translation>项号应为正整数</translation>
    </message>
    <message>
        <source>项号 %1 重复</source>
        <translation>项号 %1 重复</translation>
    </message>
    <message>
        <source>应为被执行人编号字符串</source>
        <translation>应为被执行人编号字符串</translation>
    </message>
    <message>
        <source>“%1”不是本案被执行人的编号</source>
        <translation>“%1”不是本案被执行人的编号</translation>
    </message>
    <message>
        <source>应为执行依据的项号（整数）</source>
        <translation>应为执行依据的项号（整数）</translation>
    </message>
    <message>
        <source>执行依据没有第 %1 项</source>
        <translation>执行依据没有第 %1 项</translation>
    </message>
    <message>
        <source>“%1”不是本案当事人的编号</source>
        <translation>“%1”不是本案当事人的编号</translation>
    </message>
    <message>
        <source>案号“%1”有误：%2</source>
        <translation>案号“%1”有误：%2</translation>
    </message>
    <message>
        <source>日期“%1”无效，应为 YYYY-MM-DD，如 2024-06-01</source>
        <translation>日期“%1”无效，应为 YYYY-MM-DD，如 2024-06-01</translation>
    </message>
    <message>
        <source>有 %1 项，超过此处的上限 %2 项</source>
        <translation>有 %1 项，超过此处的上限 %2 项</translation>
    </message>
    <message>
        <source>应为正整数</source>
        <translation>应为正整数</translation>
    </message>
    <message>
        <source>长度为 %1 个字符，超过此字段的上限 %2 个字符</source>
        <translation>长度为 %1 个字符，超过此字段的上限 %2 个字符</translation>
    </message>
    <message>
        <source>应为以下之一：%1</source>
        <translation>应为以下之一：%1</translation>
    </message>
    <message>
        <source>不能换行（此字段只有一行）</source>
        <translation>不能换行（此字段只有一行）</translation>
    </message>
    <message>
        <source>含有控制字符%1，它不会打印出来，请删去</source>
        <translation>含有控制字符%1，它不会打印出来，请删去</translation>
    </message>
    <message>
        <source>含有表情符号或图形符号%1，不是姓名或名称的文字</source>
        <translation>含有表情符号或图形符号%1，不是姓名或名称的文字</translation>
    </message>
    <message>
        <source>“字第”是 2016 年以前的旧案号格式；本案的案号应为新格式（如（2024）皖1825执123号），旧格式只用于执行依据等旧文书</source>
        <translation>“字第”是 2016 年以前的旧案号格式；本案的案号应为新格式（如（2024）皖1825执123号），旧格式只用于执行依据等旧文书</translation>
    </message>
    <message>
        <source>%1（%2）早于%3（%4）：%5</source>
        <translation>%1（%2）早于%3（%4）：%5</translation>
    </message>
    <message>
        <source>履行期限从执行依据生效时起算</source>
        <translation>履行期限从执行依据生效时起算</translation>
    </message>
    <message>
        <source>执行依据生效后才能申请执行</source>
        <translation>执行依据生效后才能申请执行</translation>
    </message>
    <message>
        <source>通知书在立案执行后发出</source>
        <translation>通知书在立案执行后发出</translation>
    </message>
    <message>
        <source>案号年度 %1 与立案日期 %2 的年份不一致：案号的年度是收案年度</source>
        <translation>案号年度 %1 与立案日期 %2 的年份不一致：案号的年度是收案年度</translation>
    </message>
    <message>
        <source>%1（依据：%2）</source>
        <translation>%1（依据：%2）</translation>
    </message>
    <message>
        <source>案号中的法院代字“%1”与%2（%3）不一致</source>
        <translation>案号中的法院代字“%1”与%2（%3）不一致</translation>
    </message>
    <message>
        <source>号码中的出生日期 %1 与%2（%3）不一致</source>
        <translation>号码中的出生日期 %1 与%2（%3）不一致</translation>
    </message>
    <message>
        <source>号码第 17 位表示性别为%1，与%2（%3）不一致</source>
        <translation>号码第 17 位表示性别为%1，与%2（%3）不一致</translation>
    </message>
</context>
<context>
    <name>zw::Catalog</name>
    <message>
        <source>没有找到任何模板（*.zwt）</source>
        <translation>没有找到任何模板（*.zwt）</translation>
    </message>
    <message>
        <source>模板头 family 指明的文书类别“%1”不存在</source>
        <translation>模板头 family 指明的文书类别“%1”不存在</translation>
    </message>
</context>
<context>
    <name>zw::CsvCases</name>
    <message>
        <source>“%1”应为正整数</source>
        <translation>“%1”应为正整数</translation>
    </message>
    <message>
        <source>“%1”应为 true/false（是/否）</source>
        <translation>“%1”应为 true/false（是/否）</translation>
    </message>
    <message>
        <source>CSV 文件既不是 UTF-8 也不是 GBK 编码</source>
        <translation>CSV 文件既不是 UTF-8 也不是 GBK 编码</translation>
    </message>
    <message>
        <source>CSV 文件为空</source>
        <translation>CSV 文件为空</translation>
    </message>
    <message>
        <source>有 %1 列，多于表头的 %2 列</source>
        <translation>有 %1 列，多于表头的 %2 列</translation>
    </message>
    <message>
        <source>无法打开文件：%1</source>
        <translation>无法打开文件：%1</translation>
    </message>
    <message>
        <source>不是案件字段路径（如 case.number、respondents[0].name）</source>
        <translation>不是案件字段路径（如 case.number、respondents[0].name）</translation>
    </message>
    <message>
        <source>不是案件格式中的字段（见 resources/spec/case-format.md）</source>
        <translation>不是案件格式中的字段（见 resources/spec/case-format.md）</translation>
    </message>
    <message>
        <source>是一组字段，不能填在一列中；请分列写出其中的字段（如 %1.…）</source>
        <translation>是一组字段，不能填在一列中；请分列写出其中的字段（如 %1.…）</translation>
    </message>
    <message>
        <source>序号 %1 超出此处的上限（最多 %2 项，序号从 0 起）</source>
        <translation>序号 %1 超出此处的上限（最多 %2 项，序号从 0 起）</translation>
    </message>
    <message>
        <source>第 %1 列的表头“%2”%3</source>
        <translation>第 %1 列的表头“%2”%3</translation>
    </message>
    <message>
        <source>第 %1 列的表头“%2”与第 %3 列相同</source>
        <translation>第 %1 列的表头“%2”与第 %3 列相同</translation>
    </message>
    <message>
        <source>无法写入此字段</source>
        <translation>无法写入此字段</translation>
    </message>
</context>
<context>
    <name>zw::DocumentContext</name>
    <message>
        <source>案件文件中没有终结执行信息（termination）</source>
        <translation>案件文件中没有终结执行信息（termination）</translation>
    </message>
</context>
<context>
    <name>zw::DocumentRenderer</name>
    <message>
        <source>字符%1无法输出：不在 GBK 字符集中，当前 PDF 编码无法承载</source>
        <translation>字符%1无法输出：不在 GBK 字符集中，当前 PDF 编码无法承载</translation>
    </message>
    <message>
        <source>字符%1无法输出：已安装的字体都没有此字（正文字体“%2”）</source>
        <translation>字符%1无法输出：已安装的字体都没有此字（正文字体“%2”）</translation>
    </message>
</context>
<context>
    <name>zw::Drafts</name>
    <message>
        <source>无法创建草稿目录</source>
        <translation>无法创建草稿目录</translation>
    </message>
    <message>
        <source>草稿保存失败：%1</source>
        <translation>草稿保存失败：%1</translation>
    </message>
    <message>
        <source>不是执文草稿文件</source>
        <translation>不是执文草稿文件</translation>
    </message>
</context>
<context>
    <name>zw::FollowUp</name>
    <message>
        <source>将%1的网络查控复查结果告知申请执行人</source>
        <translation>将%1的网络查控复查结果告知申请执行人</translation>
    </message>
    <message>
        <source>终本后网络查控复查（每六个月一次，至%1止）</source>
        <translation>终本后网络查控复查（每六个月一次，至%1止）</translation>
    </message>
    <message>
        <source>被执行人%1报告财产期限届满（报告财产令%2送达）</source>
        <translation>被执行人%1报告财产期限届满（报告财产令%2送达）</translation>
    </message>
    <message>
        <source>立案已满三个月，可以审查是否终结本次执行程序（zhiwen-cli zhongben）</source>
        <translation>立案已满三个月，可以审查是否终结本次执行程序（zhiwen-cli zhongben）</translation>
    </message>
    <message>
        <source>执前督促期满（自%1起三十日）：未履行的，可申请强制执行</source>
        <translation>执前督促期满（自%1起三十日）：未履行的，可申请强制执行</translation>
    </message>
</context>
<context>
    <name>zw::Fonts</name>
    <message>
        <source>无法读取字体文件</source>
        <translation>无法读取字体文件</translation>
    </message>
    <message>
        <source>不是可用的 TrueType 字体（第 %1 个字面）</source>
        <translation>不是可用的 TrueType 字体（第 %1 个字面）</translation>
    </message>
    <message>
        <source>未安装字体“%1”</source>
        <translation>未安装字体“%1”</translation>
    </message>
    <message>
        <source>未安装字体“%1”（Debian 软件包 %2 提供）</source>
        <translation>未安装字体“%1”（Debian 软件包 %2 提供）</translation>
    </message>
    <message>
        <source>字体配置无效：格式标识应为 &quot;zhiwen/fonts@1&quot;</source>
        <translation>字体配置无效：格式标识应为 &quot;zhiwen/fonts@1&quot;</translation>
    </message>
    <message>
        <source>字体没有 TrueType 轮廓（CFF/OpenType 字体，如 Noto CJK，无法嵌入），请改用 TrueType 字体</source>
        <translation>字体没有 TrueType 轮廓（CFF/OpenType 字体，如 Noto CJK，无法嵌入），请改用 TrueType 字体</translation>
    </message>
</context>
<context>
    <name>zw::Identifiers</name>
    <message>
        <source>前 17 位应为数字</source>
        <translation>前 17 位应为数字</translation>
    </message>
    <message>
        <source>校验位应为大写 X</source>
        <translation>校验位应为大写 X</translation>
    </message>
    <message>
        <source>校验位错误</source>
        <translation>校验位错误</translation>
    </message>
    <message>
        <source>15 位旧身份证号码应全为数字</source>
        <translation>15 位旧身份证号码应全为数字</translation>
    </message>
    <message>
        <source>应为 18 位（或 15 位旧号码），现为 %1 位</source>
        <translation>应为 18 位（或 15 位旧号码），现为 %1 位</translation>
    </message>
    <message>
        <source>出生日期码“%1”不是有效日期</source>
        <translation>出生日期码“%1”不是有效日期</translation>
    </message>
    <message>
        <source>应为 18 位，现为 %1 位</source>
        <translation>应为 18 位，现为 %1 位</translation>
    </message>
    <message>
        <source>第 %1 位“%2”不是允许的字符（0-9 与除 I、O、Z、S、V 外的大写字母）</source>
        <translation>第 %1 位“%2”不是允许的字符（0-9 与除 I、O、Z、S、V 外的大写字母）</translation>
    </message>
    <message>
        <source>校验位不符（应为 %1），请核对；部分早期代码不符合校验规则</source>
        <translation>校验位不符（应为 %1），请核对；部分早期代码不符合校验规则</translation>
    </message>
</context>
<context>
    <name>zw::Json</name>
    <message>
        <source>第 %1 行第 %2 列</source>
        <translation>第 %1 行第 %2 列</translation>
    </message>
    <message>
        <source>无法打开文件：%1</source>
        <translation>无法打开文件：%1</translation>
    </message>
    <message>
        <source>不是有效的 JSON（%1）</source>
        <translation>不是有效的 JSON（%1）</translation>
    </message>
    <message>
        <source>数值超出范围（%1）</source>
        <translation>数值超出范围（%1）</translation>
    </message>
</context>
<context>
    <name>zw::LawTable</name>
    <message>
        <source>法条表格式标识应为 &quot;zhiwen/law@1&quot;</source>
        <translation>法条表格式标识应为 &quot;zhiwen/law@1&quot;</translation>
    </message>
    <message>
        <source>法条表缺少 laws 或 provisions</source>
        <translation>法条表缺少 laws 或 provisions</translation>
    </message>
    <message>
        <source>缺少 versions 列表</source>
        <translation>缺少 versions 列表</translation>
    </message>
    <message>
        <source>生效日期应为 YYYY-MM-DD</source>
        <translation>生效日期应为 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>生效日期应按先后顺序排列</source>
        <translation>生效日期应按先后顺序排列</translation>
    </message>
    <message>
        <source>未在 laws 中定义的法律“%1”</source>
        <translation>未在 laws 中定义的法律“%1”</translation>
    </message>
    <message>
        <source>条文序号应为正整数</source>
        <translation>条文序号应为正整数</translation>
    </message>
    <message>
        <source>法条表中没有“%1”</source>
        <translation>法条表中没有“%1”</translation>
    </message>
    <message>
        <source>%1 前没有可引用的条文（法条表自 %2 起）</source>
        <translation>%1 前没有可引用的条文（法条表自 %2 起）</translation>
    </message>
</context>
<context>
    <name>zw::Money</name>
    <message>
        <source>金额“%1”不应含千位分隔符，应写作如“75000.00”</source>
        <translation>金额“%1”不应含千位分隔符，应写作如“75000.00”</translation>
    </message>
    <message>
        <source>金额“%1”格式不正确，应为不带符号、最多两位小数的数字字符串，如“75000.00”</source>
        <translation>金额“%1”格式不正确，应为不带符号、最多两位小数的数字字符串，如“75000.00”</translation>
    </message>
</context>
<context>
    <name>zw::PdfFinisher</name>
    <message>
        <source>libharu 错误 0x%1（%2）</source>
        <translation>libharu 错误 0x%1（%2）</translation>
    </message>
    <message>
        <source>文书中有字体没有计划的嵌入字体</source>
        <translation>文书中有字体没有计划的嵌入字体</translation>
    </message>
    <message>
        <source>字体计划前后不一致</source>
        <translation>字体计划前后不一致</translation>
    </message>
    <message>
        <source>有页面停在文字或路径对象之中</source>
        <translation>有页面停在文字或路径对象之中</translation>
    </message>
    <message>
        <source>无法读回页面内容</source>
        <translation>无法读回页面内容</translation>
    </message>
    <message>
        <source>内存不足</source>
        <translation>内存不足</translation>
    </message>
</context>
<context>
    <name>zw::PdfRenderer</name>
    <message>
        <source>PDF 生成失败（libharu 错误 0x%1，详情 %2）</source>
        <translation>PDF 生成失败（libharu 错误 0x%1，详情 %2）</translation>
    </message>
    <message>
        <source>字体子集化失败</source>
        <translation>字体子集化失败</translation>
    </message>
    <message>
        <source>字体子集缺少文书用到的字</source>
        <translation>字体子集缺少文书用到的字</translation>
    </message>
    <message>
        <source>一份文书使用的不同字符过多：每种字体每 %1 个字符占一个字体位置，共 %2 个位置</source>
        <translation>一份文书使用的不同字符过多：每种字体每 %1 个字符占一个字体位置，共 %2 个位置</translation>
    </message>
    <message>
        <source>PDF 生成失败：libharu 会丢弃文字“%1”</source>
        <translation>PDF 生成失败：libharu 会丢弃文字“%1”</translation>
    </message>
    <message>
        <source>PDF 生成失败：%1</source>
        <translation>PDF 生成失败：%1</translation>
    </message>
</context>
<context>
    <name>zw::PerformanceFamily</name>
    <message>
        <source>应为对象，含 allowed（true 或 false）</source>
        <translation>应为对象，含 allowed（true 或 false）</translation>
    </message>
    <message>
        <source>允许出具的情形须写明证明书措辞</source>
        <translation>允许出具的情形须写明证明书措辞</translation>
    </message>
    <message>
        <source>不允许出具的情形须写明拒绝的理由</source>
        <translation>不允许出具的情形须写明拒绝的理由</translation>
    </message>
    <message>
        <source>格式标识应为 &quot;zhiwen/certificate-rules@1&quot;</source>
        <translation>格式标识应为 &quot;zhiwen/certificate-rules@1&quot;</translation>
    </message>
    <message>
        <source>应为对象</source>
        <translation>应为对象</translation>
    </message>
    <message>
        <source>缺少此情形的规则</source>
        <translation>缺少此情形的规则</translation>
    </message>
    <message>
        <source>缺少履行日期：证明书须写明何时履行</source>
        <translation>缺少履行日期：证明书须写明何时履行</translation>
    </message>
    <message>
        <source>“%1”不是 resources/rules/certificate.json 中的履行方式（可用：%2）</source>
        <translation>“%1”不是 resources/rules/certificate.json 中的履行方式（可用：%2）</translation>
    </message>
    <message>
        <source>无法确定履行期限（执行依据判项中没有“生效之日起×日内”或“于×年×月×日前”，也未填 basis.due_on）：请核对是否在期限内履行</source>
        <translation>无法确定履行期限（执行依据判项中没有“生效之日起×日内”或“于×年×月×日前”，也未填 basis.due_on）：请核对是否在期限内履行</translation>
    </message>
    <message>
        <source>不能出具自动履行证明书：%1</source>
        <translation>不能出具自动履行证明书：%1</translation>
    </message>
</context>
<context>
    <name>zw::Seal</name>
    <message>
        <source>无法打开签章证书文件</source>
        <translation>无法打开签章证书文件</translation>
    </message>
    <message>
        <source>不是 PKCS#12（.p12/.pfx）签章证书文件</source>
        <translation>不是 PKCS#12（.p12/.pfx）签章证书文件</translation>
    </message>
    <message>
        <source>签章证书的密码不对</source>
        <translation>签章证书的密码不对</translation>
    </message>
    <message>
        <source>无法读取签章证书：%1</source>
        <translation>无法读取签章证书：%1</translation>
    </message>
    <message>
        <source>私钥与证书不匹配（私钥不属于证书“%1”）</source>
        <translation>私钥与证书不匹配（私钥不属于证书“%1”）</translation>
    </message>
    <message>
        <source>签章证书文件中缺少证书或私钥</source>
        <translation>签章证书文件中缺少证书或私钥</translation>
    </message>
    <message>
        <source>签章证书“%1”已于 %2 过期</source>
        <translation>签章证书“%1”已于 %2 过期</translation>
    </message>
    <message>
        <source>签章证书“%1”尚未生效（%2 起）</source>
        <translation>签章证书“%1”尚未生效（%2 起）</translation>
    </message>
    <message>
        <source>证书“%1”不能用于签名（密钥用途中没有数字签名）</source>
        <translation>证书“%1”不能用于签名（密钥用途中没有数字签名）</translation>
    </message>
    <message>
        <source>无法读取要签章的 PDF：%1</source>
        <translation>无法读取要签章的 PDF：%1</translation>
    </message>
    <message>
        <source>缺少签章图片（PNG）</source>
        <translation>缺少签章图片（PNG）</translation>
    </message>
    <message>
        <source>要签章的 PDF 没有页面</source>
        <translation>要签章的 PDF 没有页面</translation>
    </message>
    <message>
        <source>要签章的 PDF 没有 startxref</source>
        <translation>要签章的 PDF 没有 startxref</translation>
    </message>
    <message>
        <source>签章失败：%1</source>
        <translation>签章失败：%1</translation>
    </message>
    <message>
        <source>签名过大（%1 字节，可容 %2）：证书链太长</source>
        <translation>签名过大（%1 字节，可容 %2）：证书链太长</translation>
    </message>
    <message>
        <source>签章有效：%1（证书序列号 %2），%3 签章</source>
        <translation>签章有效：%1（证书序列号 %2），%3 签章</translation>
    </message>
    <message>
        <source>签章无效：签章后文件被改动，或签名已损坏（%1）</source>
        <translation>签章无效：签章后文件被改动，或签名已损坏（%1）</translation>
    </message>
    <message>
        <source>；签章后文件又有改动（签章只覆盖改动前的内容）</source>
        <translation>；签章后文件又有改动（签章只覆盖改动前的内容）</translation>
    </message>
    <message>
        <source>；证书由本院信任的机构签发</source>
        <translation>；证书由本院信任的机构签发</translation>
    </message>
    <message>
        <source>；证书不受信任：%1</source>
        <translation>；证书不受信任：%1</translation>
    </message>
    <message>
        <source>；未配置本院信任的证书机构，未核对证书</source>
        <translation>；未配置本院信任的证书机构，未核对证书</translation>
    </message>
    <message>
        <source>无法读取 PDF：%1</source>
        <translation>无法读取 PDF：%1</translation>
    </message>
    <message>
        <source>无法读取本院信任的证书机构列表 %1</source>
        <translation>无法读取本院信任的证书机构列表 %1</translation>
    </message>
    <message>
        <source>不能追溯到本院信任的证书机构（%1）</source>
        <translation>不能追溯到本院信任的证书机构（%1）</translation>
    </message>
</context>
<context>
    <name>zw::Service</name>
    <message>
        <source>案件库未打开：此操作需要案件库</source>
        <translation>案件库未打开：此操作需要案件库</translation>
    </message>
    <message>
        <source>没有 id 为“%1”的模板。可用模板：%2</source>
        <translation>没有 id 为“%1”的模板。可用模板：%2</translation>
    </message>
    <message>
        <source>（打印）</source>
        <translation>（打印）</translation>
    </message>
    <message>
        <source>%1 第 %2 行</source>
        <translation>%1 第 %2 行</translation>
    </message>
    <message>
        <source>无法打开：%1</source>
        <translation>无法打开：%1</translation>
    </message>
    <message>
        <source>本案没有终结本次执行程序的裁定日期，不能恢复执行（只有终本案件可以恢复执行）</source>
        <translation>本案没有终结本次执行程序的裁定日期，不能恢复执行（只有终本案件可以恢复执行）</translation>
    </message>
    <message>
        <source>本案已恢复执行为%1</source>
        <translation>本案已恢复执行为%1</translation>
    </message>
    <message>
        <source>恢复执行案号“%1”有误：%2</source>
        <translation>恢复执行案号“%1”有误：%2</translation>
    </message>
    <message>
        <source>恢复执行案件的类型代字应为“执恢”（法明传〔2018〕335号），“%1”是“%2”</source>
        <translation>恢复执行案件的类型代字应为“执恢”（法明传〔2018〕335号），“%1”是“%2”</translation>
    </message>
    <message>
        <source>恢复执行日期应在终本裁定（%1）之后</source>
        <translation>恢复执行日期应在终本裁定（%1）之后</translation>
    </message>
    <message>
        <source>本案没有终结本次执行程序的裁定日期：只有终本案件需要复查</source>
        <translation>本案没有终结本次执行程序的裁定日期：只有终本案件需要复查</translation>
    </message>
    <message>
        <source>复查日期应在终本裁定（%1）之后</source>
        <translation>复查日期应在终本裁定（%1）之后</translation>
    </message>
    <message>
        <source>复查日期 %1 在今天之后</source>
        <translation>复查日期 %1 在今天之后</translation>
    </message>
    <message>
        <source>告知申请执行人的日期（%1）早于复查日期（%2）</source>
        <translation>告知申请执行人的日期（%1）早于复查日期（%2）</translation>
    </message>
    <message>
        <source>从被执行人%1处执行到位人民币%2元</source>
        <translation>从被执行人%1处执行到位人民币%2元</translation>
    </message>
    <message>
        <source>原案已%1</source>
        <translation>原案已%1</translation>
    </message>
    <message>
        <source>在办</source>
        <translation>在办</translation>
    </message>
    <message>
        <source>已终结执行</source>
        <translation>已终结执行</translation>
    </message>
    <message>
        <source>已恢复执行（%1）</source>
        <translation>已恢复执行（%1）</translation>
    </message>
    <message>
        <source>终结本次执行程序</source>
        <translation>终结本次执行程序</translation>
    </message>
    <message>
        <source>已自动履行</source>
        <translation>已自动履行</translation>
    </message>
    <message>
        <source>报批第 %1 号批准的不是这份文书的现有内容（批准后案件已修改，或不是同一文书）：请重新报批</source>
        <translation>报批第 %1 号批准的不是这份文书的现有内容（批准后案件已修改，或不是同一文书）：请重新报批</translation>
    </message>
    <message>
        <source>报批第 %1 号%2，文书不能出具</source>
        <translation>报批第 %1 号%2，文书不能出具</translation>
    </message>
    <message>
        <source>%1须经%2签发后才能出具：请先报批（签发 → 报批），批准后再出具；批准后修改了案件的，须重新报批</source>
        <translation>%1须经%2签发后才能出具：请先报批（签发 → 报批），批准后再出具；批准后修改了案件的，须重新报批</translation>
    </message>
    <message>
        <source>只能并入法院案件库服务器（postgresql://…）</source>
        <translation>只能并入法院案件库服务器（postgresql://…）</translation>
    </message>
    <message>
        <source>本机案件库应为已有的 SQLite 文件</source>
        <translation>本机案件库应为已有的 SQLite 文件</translation>
    </message>
    <message>
        <source>%1无需签发，可直接出具</source>
        <translation>%1无需签发，可直接出具</translation>
    </message>
    <message>
        <source>%1 不能签发%2（须由%3签发）。可报送：%4</source>
        <translation>%1 不能签发%2（须由%3签发）。可报送：%4</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>zw::Store</name>
    <message>
        <source>无法打开数据库：%1</source>
        <translation>无法打开数据库：%1</translation>
    </message>
    <message>
        <source>数据库无法使用（可能已损坏或被锁定）：%1</source>
        <translation>数据库无法使用（可能已损坏或被锁定）：%1</translation>
    </message>
    <message>
        <source>数据库被占用：%1</source>
        <translation>数据库被占用：%1</translation>
    </message>
    <message>
        <source>数据库无法使用（可能已损坏）：%1</source>
        <translation>数据库无法使用（可能已损坏）：%1</translation>
    </message>
    <message>
        <source>数据库版本 %1 比本程序支持的 %2 新，请升级执文</source>
        <translation>数据库版本 %1 比本程序支持的 %2 新，请升级执文</translation>
    </message>
    <message>
        <source>数据库升级到第 %1 版失败：%2</source>
        <translation>数据库升级到第 %1 版失败：%2</translation>
    </message>
    <message>
        <source>分配证明书编号需要此字段</source>
        <translation>分配证明书编号需要此字段</translation>
    </message>
    <message>
        <source>分配证明书编号需要申请日期（决定年度）</source>
        <translation>分配证明书编号需要申请日期（决定年度）</translation>
    </message>
    <message>
        <source>分配证明书编号失败：%1</source>
        <translation>分配证明书编号失败：%1</translation>
    </message>
    <message>
        <source>登记文书失败：%1</source>
        <translation>登记文书失败：%1</translation>
    </message>
    <message>
        <source>未登记：此文件（SHA-256 %1）不在发文登记中，或发出后已被改动</source>
        <translation>未登记：此文件（SHA-256 %1）不在发文登记中，或发出后已被改动</translation>
    </message>
    <message>
        <source>（未记录）</source>
        <translation>（未记录）</translation>
    </message>
    <message>
        <source>无法将数据库改名为 %1</source>
        <translation>无法将数据库改名为 %1</translation>
    </message>
    <message>
        <source>无法将数据库附属文件改名</source>
        <translation>无法将数据库附属文件改名</translation>
    </message>
    <message>
        <source>保存案件失败：%1</source>
        <translation>保存案件失败：%1</translation>
    </message>
    <message>
        <source>案件库中没有第 %1 号案件</source>
        <translation>案件库中没有第 %1 号案件</translation>
    </message>
    <message>
        <source>案件库第 %1 号案件</source>
        <translation>案件库第 %1 号案件</translation>
    </message>
    <message>
        <source>查找案件失败：%1</source>
        <translation>查找案件失败：%1</translation>
    </message>
    <message>
        <source>查询发文登记失败：%1</source>
        <translation>查询发文登记失败：%1</translation>
    </message>
    <message>
        <source>缺少 Qt 的 PostgreSQL 驱动（Debian 软件包 libqt6sql6-psql），无法连接法院的案件库服务器</source>
        <translation>缺少 Qt 的 PostgreSQL 驱动（Debian 软件包 libqt6sql6-psql），无法连接法院的案件库服务器</translation>
    </message>
    <message>
        <source>无法连接案件库服务器：%1</source>
        <translation>无法连接案件库服务器：%1</translation>
    </message>
    <message>
        <source>无需签发</source>
        <translation>无需签发</translation>
    </message>
    <message>
        <source>审判员</source>
        <translation>审判员</translation>
    </message>
    <message>
        <source>院长</source>
        <translation>院长</translation>
    </message>
    <message>
        <source>待批</source>
        <translation>待批</translation>
    </message>
    <message>
        <source>已批准</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>已退回</source>
        <translation>已退回</translation>
    </message>
    <message>
        <source>已签发</source>
        <translation>已签发</translation>
    </message>
    <message>
        <source>报批第 %1 号（%2）：%3 %4，%5 于 %6 报%7%8</source>
        <translation>报批第 %1 号（%2）：%3 %4，%5 于 %6 报%7%8</translation>
    </message>
    <message>
        <source>（须院长签发）</source>
        <translation>（须院长签发）</translation>
    </message>
    <message>
        <source>；%1 于 %2 批准</source>
        <translation>；%1 于 %2 批准</translation>
    </message>
    <message>
        <source>；%1 于 %2 退回：%3</source>
        <translation>；%1 于 %2 退回：%3</translation>
    </message>
    <message>
        <source>；登记第 %1 号</source>
        <translation>；登记第 %1 号</translation>
    </message>
    <message>
        <source>%1（登录用户 %2）</source>
        <translation>%1（登录用户 %2）</translation>
    </message>
    <message>
        <source>已登记：%2，模板 %3 第 %4 版，%5 发出，经办人 %6，登记第 %1 号，SHA-256 %7</source>
        <translation>已登记：%2，模板 %3 第 %4 版，%5 发出，经办人 %6，登记第 %1 号，SHA-256 %7</translation>
    </message>
    <message>
        <source>  重新出具：取代登记第 %1 号</source>
        <translation>  重新出具：取代登记第 %1 号</translation>
    </message>
    <message>
        <source>  签发：%1 于 %2 报批，%3 于 %4 批准</source>
        <translation>  签发：%1 于 %2 报批，%3 于 %4 批准</translation>
    </message>
    <message>
        <source>  已作废：%1，%2 于 %3 作废</source>
        <translation>  已作废：%1，%2 于 %3 作废</translation>
    </message>
    <message>
        <source>  已由登记第 %1 号取代（%2 发出）</source>
        <translation>  已由登记第 %1 号取代（%2 发出）</translation>
    </message>
    <message>
        <source>已作废：此文书已作废，不再有效</source>
        <translation>已作废：此文书已作废，不再有效</translation>
    </message>
    <message>
        <source>案件：复制 %1 件，已在法院案件库 %2 件</source>
        <translation>案件：复制 %1 件，已在法院案件库 %2 件</translation>
    </message>
    <message>
        <source>证明书编号：复制 %1 个，已在 %2 个</source>
        <translation>证明书编号：复制 %1 个，已在 %2 个</translation>
    </message>
    <message>
        <source>发文登记：复制 %1 条，已在 %2 条；报批 %3 件，作废 %4 条</source>
        <translation>发文登记：复制 %1 条，已在 %2 条；报批 %3 件，作废 %4 条</translation>
    </message>
    <message>
        <source>案件库：%1（%2），第 %3 版</source>
        <translation>案件库：%1（%2），第 %3 版</translation>
    </message>
    <message>
        <source>法院案件库服务器 PostgreSQL</source>
        <translation>法院案件库服务器 PostgreSQL</translation>
    </message>
    <message>
        <source>本机 SQLite 文件</source>
        <translation>本机 SQLite 文件</translation>
    </message>
    <message>
        <source>登录：%1</source>
        <translation>登录：%1</translation>
    </message>
    <message>
        <source>角色：%1</source>
        <translation>角色：%1</translation>
    </message>
    <message>
        <source>（无：只能查看）</source>
        <translation>（无：只能查看）</translation>
    </message>
    <message>
        <source>本机的承办人兼有全部角色（自行签发）</source>
        <translation>本机的承办人兼有全部角色（自行签发）</translation>
    </message>
    <message>
        <source>案件库为第 %1 版，本程序需要第 %2 版：只有管理员（zhiwen_admin 角色）能升级案件库，请管理员运行 zhiwen-cli store migrate</source>
        <translation>案件库为第 %1 版，本程序需要第 %2 版：只有管理员（zhiwen_admin 角色）能升级案件库，请管理员运行 zhiwen-cli store migrate</translation>
    </message>
    <message>
        <source>设置案件库的角色与权限失败（须由数据库管理员升级）：%1</source>
        <translation>设置案件库的角色与权限失败（须由数据库管理员升级）：%1</translation>
    </message>
    <message>
        <source>没有登记第 %1 号，无法重新出具</source>
        <translation>没有登记第 %1 号，无法重新出具</translation>
    </message>
    <message>
        <source>登记第 %1 号是 %2 的 %3，不是本案的这份文书，不能由它取代</source>
        <translation>登记第 %1 号是 %2 的 %3，不是本案的这份文书，不能由它取代</translation>
    </message>
    <message>
        <source>重新出具</source>
        <translation>重新出具</translation>
    </message>
    <message>
        <source>作废原登记失败：%1</source>
        <translation>作废原登记失败：%1</translation>
    </message>
    <message>
        <source>作废须写明理由</source>
        <translation>作废须写明理由</translation>
    </message>
    <message>
        <source>作废失败：%1</source>
        <translation>作废失败：%1</translation>
    </message>
    <message>
        <source>没有登记第 %1 号</source>
        <translation>没有登记第 %1 号</translation>
    </message>
    <message>
        <source>登记第 %1 号已作废</source>
        <translation>登记第 %1 号已作废</translation>
    </message>
    <message>
        <source>查询作废记录失败：%1</source>
        <translation>查询作废记录失败：%1</translation>
    </message>
    <message>
        <source>审判员、审判长</source>
        <translation>审判员、审判长</translation>
    </message>
    <message>
        <source>本机案件库（SQLite）没有登录与角色：只有法院案件库服务器（PostgreSQL）才有</source>
        <translation>本机案件库（SQLite）没有登录与角色：只有法院案件库服务器（PostgreSQL）才有</translation>
    </message>
    <message>
        <source>登录名“%1”只能由小写字母、数字和下划线组成，且不以数字开头</source>
        <translation>登录名“%1”只能由小写字母、数字和下划线组成，且不以数字开头</translation>
    </message>
    <message>
        <source>没有角色“%1”（可用：书记员、法官助理、审判员、审判长、院长、管理员）</source>
        <translation>没有角色“%1”（可用：书记员、法官助理、审判员、审判长、院长、管理员）</translation>
    </message>
    <message>
        <source>设置登录 %1 失败：%2</source>
        <translation>设置登录 %1 失败：%2</translation>
    </message>
    <message>
        <source>查询可签发的人员失败：%1</source>
        <translation>查询可签发的人员失败：%1</translation>
    </message>
    <message>
        <source>此文书无需签发，可直接出具</source>
        <translation>此文书无需签发，可直接出具</translation>
    </message>
    <message>
        <source>报批失败：%1</source>
        <translation>报批失败：%1</translation>
    </message>
    <message>
        <source>报批第 %1 号已%2，不能再%3</source>
        <translation>报批第 %1 号已%2，不能再%3</translation>
    </message>
    <message>
        <source>批准</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>退回</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>退回须写明理由</source>
        <translation>退回须写明理由</translation>
    </message>
    <message>
        <source>%1 无权%2报批第 %3 号：须由%4签发</source>
        <translation>%1 无权%2报批第 %3 号：须由%4签发</translation>
    </message>
    <message>
        <source>审判员、审判长或院长</source>
        <translation>审判员、审判长或院长</translation>
    </message>
    <message>
        <source>签发失败：%1</source>
        <translation>签发失败：%1</translation>
    </message>
    <message>
        <source>查询报批记录失败：%1</source>
        <translation>查询报批记录失败：%1</translation>
    </message>
    <message>
        <source>没有报批第 %1 号</source>
        <translation>没有报批第 %1 号</translation>
    </message>
    <message>
        <source>读取签发规则失败：%1</source>
        <translation>读取签发规则失败：%1</translation>
    </message>
    <message>
        <source>更新签发规则失败：%1</source>
        <translation>更新签发规则失败：%1</translation>
    </message>
    <message>
        <source>读取本机案件库失败：%1</source>
        <translation>读取本机案件库失败：%1</translation>
    </message>
    <message>
        <source>复制失败（%1）：%2</source>
        <translation>复制失败（%1）：%2</translation>
    </message>
    <message>
        <source>锁定</source>
        <translation>锁定</translation>
    </message>
    <message>
        <source>只有管理员（zhiwen_admin 角色）能把本机案件库并入法院案件库</source>
        <translation>只有管理员（zhiwen_admin 角色）能把本机案件库并入法院案件库</translation>
    </message>
    <message>
        <source>证明书编号</source>
        <translation>证明书编号</translation>
    </message>
    <message>
        <source>%1：本机发给 %2（%3，%4 履行），法院案件库的 %5 发给 %6（%7，%8 履行）</source>
        <translation>%1：本机发给 %2（%3，%4 履行），法院案件库的 %5 发给 %6（%7，%8 履行）</translation>
    </message>
    <message>
        <source>两处发出了相同的证明书编号，未复制任何内容（请先核对这些证明书）：</source>
        <translation>两处发出了相同的证明书编号，未复制任何内容（请先核对这些证明书）：</translation>
    </message>
    <message>
        <source>案件</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>本机案件库第 %1 号案件</source>
        <translation>本机案件库第 %1 号案件</translation>
    </message>
    <message>
        <source>案号 %1 在法院案件库中已有内容不同的案件：本机的一件另存为第 %2 号，请核对后合并</source>
        <translation>案号 %1 在法院案件库中已有内容不同的案件：本机的一件另存为第 %2 号，请核对后合并</translation>
    </message>
    <message>
        <source>报批</source>
        <translation>报批</translation>
    </message>
    <message>
        <source>签发记录</source>
        <translation>签发记录</translation>
    </message>
    <message>
        <source>发文登记</source>
        <translation>发文登记</translation>
    </message>
    <message>
        <source>作废记录</source>
        <translation>作废记录</translation>
    </message>
    <message>
        <source>复制失败：%1</source>
        <translation>复制失败：%1</translation>
    </message>
    <message>
        <source>案件库尚未建立，本登录无权建立：请管理员运行 zhiwen-cli store migrate（%1）</source>
        <translation>案件库尚未建立，本登录无权建立：请管理员运行 zhiwen-cli store migrate（%1）</translation>
    </message>
    <message>
        <source>报批第 %1 号刚由他人处理，请刷新后查看</source>
        <translation>报批第 %1 号刚由他人处理，请刷新后查看</translation>
    </message>
</context>
<context>
    <name>zw::Template</name>
    <message>
        <source>模板头应为“键: 值”格式，或以“---”结束</source>
        <translation>模板头应为“键: 值”格式，或以“---”结束</translation>
    </message>
    <message>
        <source>版本号应为正整数</source>
        <translation>版本号应为正整数</translation>
    </message>
    <message>
        <source>缺少分隔模板头与正文的“---”行</source>
        <translation>缺少分隔模板头与正文的“---”行</translation>
    </message>
    <message>
        <source>模板头缺少 id</source>
        <translation>模板头缺少 id</translation>
    </message>
    <message>
        <source>模板头缺少 title</source>
        <translation>模板头缺少 title</translation>
    </message>
    <message>
        <source>模板头缺少 version</source>
        <translation>模板头缺少 version</translation>
    </message>
    <message>
        <source>未知的版式角色“@%1”（可用：%2）</source>
        <translation>未知的版式角色“@%1”（可用：%2）</translation>
    </message>
    <message>
        <source>占位区段未闭合</source>
        <translation>占位区段未闭合</translation>
    </message>
    <message>
        <source>占位区段没有开头</source>
        <translation>占位区段没有开头</translation>
    </message>
    <message>
        <source>占位符缺少“}}”</source>
        <translation>占位符缺少“}}”</translation>
    </message>
    <message>
        <source>无效的分隔符设置</source>
        <translation>无效的分隔符设置</translation>
    </message>
    <message>
        <source>无法打开模板：%1</source>
        <translation>无法打开模板：%1</translation>
    </message>
    <message>
        <source>模板不是有效的 UTF-8 文本</source>
        <translation>模板不是有效的 UTF-8 文本</translation>
    </message>
    <message>
        <source>模板 id“%1”应与文件名“%2”一致</source>
        <translation>模板 id“%1”应与文件名“%2”一致</translation>
    </message>
    <message>
        <source>缺少文书日期（模板“%1”取自：%2）</source>
        <translation>缺少文书日期（模板“%1”取自：%2）</translation>
    </message>
    <message>
        <source>填充后出现未知的版式角色：%1</source>
        <translation>填充后出现未知的版式角色：%1</translation>
    </message>
    <message>
        <source>正文在第一个“@角色”行之前出现文字：%1</source>
        <translation>正文在第一个“@角色”行之前出现文字：%1</translation>
    </message>
    <message>
        <source>requires 中的“%1”不是案件格式中的字段，也不是生成文书时推导的值</source>
        <translation>requires 中的“%1”不是案件格式中的字段，也不是生成文书时推导的值</translation>
    </message>
    <message>
        <source>date 中的“%1”不是案件格式中的字段</source>
        <translation>date 中的“%1”不是案件格式中的字段</translation>
    </message>
    <message>
        <source>date 中的“%1”不是日期字段</source>
        <translation>date 中的“%1”不是日期字段</translation>
    </message>
    <message>
        <source>number 应为“字段 enforcement”或“字段 trial”，如 number: case.number enforcement</source>
        <translation>number 应为“字段 enforcement”或“字段 trial”，如 number: case.number enforcement</translation>
    </message>
    <message>
        <source>number 中的“%1”不是案号字段</source>
        <translation>number 中的“%1”不是案号字段</translation>
    </message>
    <message>
        <source>%1是执行文书，应使用执行案号（类型代字为“执”“执恢”等）；“%2”是%3的案号</source>
        <translation>%1是执行文书，应使用执行案号（类型代字为“执”“执恢”等）；“%2”是%3的案号</translation>
    </message>
    <message>
        <source>旧格式</source>
        <translation>旧格式</translation>
    </message>
    <message>
        <source>%1属于审判阶段，应使用审判案件的案号；“%2”是执行案号</source>
        <translation>%1属于审判阶段，应使用审判案件的案号；“%2”是执行案号</translation>
    </message>
    <message>
        <source>占位区段嵌套超过 %1 层：展开后的文书会大得无法处理，请减少嵌套</source>
        <translation>占位区段嵌套超过 %1 层：展开后的文书会大得无法处理，请减少嵌套</translation>
    </message>
    <message>
        <source>模板的嵌套区段“%1”在本案中展开为 %2 份（上限 %3）：文书过大，请检查模板的嵌套与案件中的当事人、判项数量</source>
        <translation>模板的嵌套区段“%1”在本案中展开为 %2 份（上限 %3）：文书过大，请检查模板的嵌套与案件中的当事人、判项数量</translation>
    </message>
    <message>
        <source>@columns 应为以“|”分隔的列宽（字数，正整数），如 @columns 7|10|6|5；“%1”不是</source>
        <translation>@columns 应为以“|”分隔的列宽（字数，正整数），如 @columns 7|10|6|5；“%1”不是</translation>
    </message>
    <message>
        <source>@columns 之后应紧接表格的 @row 行</source>
        <translation>@columns 之后应紧接表格的 @row 行</translation>
    </message>
    <message>
        <source>order 应为正整数（文书在列表中的位置，按案件进程排列）</source>
        <translation>order 应为正整数（文书在列表中的位置，按案件进程排列）</translation>
    </message>
    <message>
        <source>缺少必填字段（“%1”需要）</source>
        <translation>缺少必填字段（“%1”需要）</translation>
    </message>
    <message>
        <source>signoff 应为 judge 或 president，可再加“; president unless 字段”（字段为真时不必由院长签发），如 signoff: judge; president unless measures.interview.confirmed</source>
        <translation>signoff 应为 judge 或 president，可再加“; president unless 字段”（字段为真时不必由院长签发），如 signoff: judge; president unless measures.interview.confirmed</translation>
    </message>
    <message>
        <source>未知的模板头字段“%1”（可用：id、title、title_en、order、version、family、number、date、requires、signoff）</source>
        <translation>未知的模板头字段“%1”（可用：id、title、title_en、order、version、family、number、date、requires、signoff）</translation>
    </message>
    <message>
        <source>signoff 中的“%1”不是案件格式中的是/否字段</source>
        <translation>signoff 中的“%1”不是案件格式中的是/否字段</translation>
    </message>
</context>
<context>
    <name>zw::TerminationRules</name>
    <message>
        <source>规则文件格式标识应为 &quot;zhiwen/termination-rules@1&quot;</source>
        <translation>规则文件格式标识应为 &quot;zhiwen/termination-rules@1&quot;</translation>
    </message>
    <message>
        <source>引用句式须含 {provisions}</source>
        <translation>引用句式须含 {provisions}</translation>
    </message>
    <message>
        <source>缺少该主文形态</source>
        <translation>缺少该主文形态</translation>
    </message>
    <message>
        <source>缺少主文句式</source>
        <translation>缺少主文句式</translation>
    </message>
    <message>
        <source>缺少终结理由列表</source>
        <translation>缺少终结理由列表</translation>
    </message>
    <message>
        <source>理由编号为空或重复</source>
        <translation>理由编号为空或重复</translation>
    </message>
    <message>
        <source>缺少理由名称</source>
        <translation>缺少理由名称</translation>
    </message>
    <message>
        <source>条文缺少 key</source>
        <translation>条文缺少 key</translation>
    </message>
    <message>
        <source>每个理由至少引用一个条文</source>
        <translation>每个理由至少引用一个条文</translation>
    </message>
    <message>
        <source>未知的主文形态</source>
        <translation>未知的主文形态</translation>
    </message>
    <message>
        <source>应为 none、any 或 all</source>
        <translation>应为 none、any 或 all</translation>
    </message>
    <message>
        <source>作出裁定的理由至少允许一种主文形态</source>
        <translation>作出裁定的理由至少允许一种主文形态</translation>
    </message>
    <message>
        <source>不作裁定的理由须说明以何结案</source>
        <translation>不作裁定的理由须说明以何结案</translation>
    </message>
    <message>
        <source>规则文件无效：%1</source>
        <translation>规则文件无效：%1</translation>
    </message>
    <message>
        <source>请先选择终结理由</source>
        <translation>请先选择终结理由</translation>
    </message>
    <message>
        <source>“%1”不允许此主文形态</source>
        <translation>“%1”不允许此主文形态</translation>
    </message>
    <message>
        <source>被执行人中有单位：只有全部被执行人均为公民时才能终结整个执行依据的执行</source>
        <translation>被执行人中有单位：只有全部被执行人均为公民时才能终结整个执行依据的执行</translation>
    </message>
    <message>
        <source>案件中未录入执行依据的判项（basis.items）</source>
        <translation>案件中未录入执行依据的判项（basis.items）</translation>
    </message>
    <message>
        <source>案件中没有被执行人</source>
        <translation>案件中没有被执行人</translation>
    </message>
    <message>
        <source>案件文件中没有终结执行信息（termination）</source>
        <translation>案件文件中没有终结执行信息（termination）</translation>
    </message>
    <message>
        <source>应为被执行人编号字符串</source>
        <translation>应为被执行人编号字符串</translation>
    </message>
    <message>
        <source>应为执行依据的项号（整数）</source>
        <translation>应为执行依据的项号（整数）</translation>
    </message>
    <message>
        <source>缺少终结理由</source>
        <translation>缺少终结理由</translation>
    </message>
    <message>
        <source>缺少或无效的裁定日期（YYYY-MM-DD）：引用哪一版法律取决于该日期</source>
        <translation>缺少或无效的裁定日期（YYYY-MM-DD）：引用哪一版法律取决于该日期</translation>
    </message>
    <message>
        <source>未知的终结理由“%1”，可选：%2</source>
        <translation>未知的终结理由“%1”，可选：%2</translation>
    </message>
    <message>
        <source>缺少终结范围（scope）：case、respondents、items 或 instrument</source>
        <translation>缺少终结范围（scope）：case、respondents、items 或 instrument</translation>
    </message>
    <message>
        <source>未知的终结范围“%1”，可选：case、respondents、items、instrument</source>
        <translation>未知的终结范围“%1”，可选：case、respondents、items、instrument</translation>
    </message>
    <message>
        <source>理由“%1”不能“%2”%3。允许的范围：%4</source>
        <translation>理由“%1”不能“%2”%3。允许的范围：%4</translation>
    </message>
    <message>
        <source>理由为“%1”时必须在 facts 中写明具体情形</source>
        <translation>理由为“%1”时必须在 facts 中写明具体情形</translation>
    </message>
    <message>
        <source>事实部分（termination.facts）为空，裁定书将没有事实与理由段落</source>
        <translation>事实部分（termination.facts）为空，裁定书将没有事实与理由段落</translation>
    </message>
    <message>
        <source>“%1”不是本案被执行人的编号</source>
        <translation>“%1”不是本案被执行人的编号</translation>
    </message>
    <message>
        <source>此主文形态不针对具体被执行人，termination.respondents 中所列被执行人将被忽略</source>
        <translation>此主文形态不针对具体被执行人，termination.respondents 中所列被执行人将被忽略</translation>
    </message>
    <message>
        <source>终结对部分被执行人的执行时，须选择至少一名被执行人</source>
        <translation>终结对部分被执行人的执行时，须选择至少一名被执行人</translation>
    </message>
    <message>
        <source>“%1”须适用于全部被执行人才能终结整个执行依据的执行；只涉及部分被执行人的，应终结对其执行</source>
        <translation>“%1”须适用于全部被执行人才能终结整个执行依据的执行；只涉及部分被执行人的，应终结对其执行</translation>
    </message>
    <message>
        <source>“%1”只适用于公民，被执行人“%2”是单位</source>
        <translation>“%1”只适用于公民，被执行人“%2”是单位</translation>
    </message>
    <message>
        <source>“%1”终结整个执行依据须全部被执行人永久丧失劳动能力（termination.permanent 为 true）</source>
        <translation>“%1”终结整个执行依据须全部被执行人永久丧失劳动能力（termination.permanent 为 true）</translation>
    </message>
    <message>
        <source>；并非永久的，应终结对其执行，或考虑终结本次执行程序</source>
        <translation>；并非永久的，应终结对其执行，或考虑终结本次执行程序</translation>
    </message>
    <message>
        <source>终结部分判项的执行时，须列出判项项号</source>
        <translation>终结部分判项的执行时，须列出判项项号</translation>
    </message>
    <message>
        <source>执行依据没有第 %1 项（现有 %2 项）</source>
        <translation>执行依据没有第 %1 项（现有 %2 项）</translation>
    </message>
    <message>
        <source>此主文形态不针对判项，termination.items 将被忽略</source>
        <translation>此主文形态不针对判项，termination.items 将被忽略</translation>
    </message>
    <message>
        <source>缺少案号</source>
        <translation>缺少案号</translation>
    </message>
    <message>
        <source>主文须写明执行依据的作出机关、字号和名称，此项缺失</source>
        <translation>主文须写明执行依据的作出机关、字号和名称，此项缺失</translation>
    </message>
    <message>
        <source>执行依据判令被执行人承担连带责任：终结对部分被执行人的执行后，其余连带责任人仍须履行全部义务，请核对是否妥当</source>
        <translation>执行依据判令被执行人承担连带责任：终结对部分被执行人的执行后，其余连带责任人仍须履行全部义务，请核对是否妥当</translation>
    </message>
    <message>
        <source>应为 true 或 false</source>
        <translation>应为 true 或 false</translation>
    </message>
    <message>
        <source>应为不小于 0 的整数（裁定日期最多可晚于今天的天数）</source>
        <translation>应为不小于 0 的整数（裁定日期最多可晚于今天的天数）</translation>
    </message>
    <message>
        <source>裁定日期 %1 早于立案日期 %2：不能在立案之前裁定终结执行</source>
        <translation>裁定日期 %1 早于立案日期 %2：不能在立案之前裁定终结执行</translation>
    </message>
    <message>
        <source>裁定日期 %1 在今天之后超过 %2 天，请核对年份</source>
        <translation>裁定日期 %1 在今天之后超过 %2 天，请核对年份</translation>
    </message>
    <message>
        <source>应为 {&quot;from&quot;: 日期, &quot;text&quot;: 文字}，按日期先后排列</source>
        <translation>应为 {&quot;from&quot;: 日期, &quot;text&quot;: 文字}，按日期先后排列</translation>
    </message>
    <message>
        <source>须同时给出 keyword_refusal 与 item_keyword_refusal</source>
        <translation>须同时给出 keyword_refusal 与 item_keyword_refusal</translation>
    </message>
    <message>
        <source>%1“%2”不命令任何人履行义务，没有可执行的内容，不能终结其执行</source>
        <translation>%1“%2”不命令任何人履行义务，没有可执行的内容，不能终结其执行</translation>
    </message>
    <message>
        <source>所选判项是执行依据中全部有给付内容的判项：整个执行依据都不再执行时，应终结整个执行依据的执行</source>
        <translation>所选判项是执行依据中全部有给付内容的判项：整个执行依据都不再执行时，应终结整个执行依据的执行</translation>
    </message>
    <message>
        <source>缺少主文形态“%1”的裁定理由（reasoning.%1 或 reasoning.default）</source>
        <translation>缺少主文形态“%1”的裁定理由（reasoning.%1 或 reasoning.default）</translation>
    </message>
    <message>
        <source>裁定理由引用 {statute}，须给出条文原文（statute）</source>
        <translation>裁定理由引用 {statute}，须给出条文原文（statute）</translation>
    </message>
    <message>
        <source>：</source>
        <translation>：</translation>
    </message>
    <message>
        <source>；</source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>zw::Typesetter</name>
    <message>
        <source>字符%1无法输出：不在 GBK 字符集中</source>
        <translation>字符%1无法输出：不在 GBK 字符集中</translation>
    </message>
    <message>
        <source>字符%1无法输出：字体“%2”没有此字</source>
        <translation>字符%1无法输出：字体“%2”没有此字</translation>
    </message>
    <message>
        <source>版式配置的格式标识应为 &quot;zhiwen/page@1&quot;</source>
        <translation>版式配置的格式标识应为 &quot;zhiwen/page@1&quot;</translation>
    </message>
    <message>
        <source>应为 %1 到 %2 之间的数</source>
        <translation>应为 %1 到 %2 之间的数</translation>
    </message>
    <message>
        <source>@columns 给出 %1 个列宽，其后的表格有 %2 列</source>
        <translation>@columns 给出 %1 个列宽，其后的表格有 %2 列</translation>
    </message>
</context>
<context>
    <name>zw::ZhongbenFamily</name>
    <message>
        <source>格式标识应为 &quot;zhiwen/zhongben-rules@1&quot;</source>
        <translation>格式标识应为 &quot;zhiwen/zhongben-rules@1&quot;</translation>
    </message>
    <message>
        <source>缺少裁定主文</source>
        <translation>缺少裁定主文</translation>
    </message>
    <message>
        <source>应写明 provision（法条表中的键）和含 {provision} 的 text</source>
        <translation>应写明 provision（法条表中的键）和含 {provision} 的 text</translation>
    </message>
    <message>
        <source>缺少此提示语</source>
        <translation>缺少此提示语</translation>
    </message>
    <message>
        <source>应为数组</source>
        <translation>应为数组</translation>
    </message>
    <message>
        <source>第 %1 项条件应为“%2”（条件依次为：%3），此处为“%4”</source>
        <translation>第 %1 项条件应为“%2”（条件依次为：%3），此处为“%4”</translation>
    </message>
    <message>
        <source>缺少条件的表述</source>
        <translation>缺少条件的表述</translation>
    </message>
    <message>
        <source>应为非空数组：每项条件至少核对一项记录</source>
        <translation>应为非空数组：每项条件至少核对一项记录</translation>
    </message>
    <message>
        <source>未知的核对方式“%1”（可用：%2）</source>
        <translation>未知的核对方式“%1”（可用：%2）</translation>
    </message>
    <message>
        <source>核对方式“%1”需要此参数</source>
        <translation>核对方式“%1”需要此参数</translation>
    </message>
    <message>
        <source>缺少提示语</source>
        <translation>缺少提示语</translation>
    </message>
    <message>
        <source>应有 %1 项条件：%2</source>
        <translation>应有 %1 项条件：%2</translation>
    </message>
    <message>
        <source>日期“%1”无效</source>
        <translation>日期“%1”无效</translation>
    </message>
    <message>
        <source>没有被执行人，无法判断能否终结本次执行程序</source>
        <translation>没有被执行人，无法判断能否终结本次执行程序</translation>
    </message>
    <message>
        <source>元</source>
        <translation>元</translation>
    </message>
    <message>
        <source>不能终结本次执行程序：%1（条件：%2）</source>
        <translation>不能终结本次执行程序：%1（条件：%2）</translation>
    </message>
    <message>
        <source>被执行人%1因有履行能力而拒不履行（失信规定第一条第一项）纳入名单，不设期限（履行完毕后删除）：请删除失信期限</source>
        <translation>被执行人%1因有履行能力而拒不履行（失信规定第一条第一项）纳入名单，不设期限（履行完毕后删除）：请删除失信期限</translation>
    </message>
    <message>
        <source>被执行人%1的失信期限应为二年，有从重情节的可延长一至三年（失信规定第二条）：请填写 2 至 5 年</source>
        <translation>被执行人%1的失信期限应为二年，有从重情节的可延长一至三年（失信规定第二条）：请填写 2 至 5 年</translation>
    </message>
    <message>
        <source>财产调查等尚未完成，不能约谈申请执行人拟终结本次执行程序：%1</source>
        <translation>财产调查等尚未完成，不能约谈申请执行人拟终结本次执行程序：%1</translation>
    </message>
    <message>
        <source>对被执行人%1的限制消费令未记载签发的院长：请填写签发限制消费令的院长（限制消费令由院长签发）</source>
        <translation>对被执行人%1的限制消费令未记载签发的院长：请填写签发限制消费令的院长（限制消费令由院长签发）</translation>
    </message>
    <message>
        <source>没有记载对哪名被执行人发出限制消费令：请在“对各被执行人采取的措施”中填写限制消费令日期</source>
        <translation>没有记载对哪名被执行人发出限制消费令：请在“对各被执行人采取的措施”中填写限制消费令日期</translation>
    </message>
    <message>
        <source>被执行人%1的纳入失信被执行人名单决定未记载院长批准：请填写批准纳入失信名单的院长</source>
        <translation>被执行人%1的纳入失信被执行人名单决定未记载院长批准：请填写批准纳入失信名单的院长</translation>
    </message>
    <message>
        <source>被执行人%1的失信情形未记载：请选择纳入失信名单的情形（失信规定第一条所列情形）</source>
        <translation>被执行人%1的失信情形未记载：请选择纳入失信名单的情形（失信规定第一条所列情形）</translation>
    </message>
    <message>
        <source>被执行人%1的纳入失信被执行人名单决定应写明事实：请填写纳入失信名单的事实</source>
        <translation>被执行人%1的纳入失信被执行人名单决定应写明事实：请填写纳入失信名单的事实</translation>
    </message>
    <message>
        <source>没有记载将哪名被执行人纳入失信被执行人名单：请在“对各被执行人采取的措施”中填写纳入失信名单日期</source>
        <translation>没有记载将哪名被执行人纳入失信被执行人名单：请在“对各被执行人采取的措施”中填写纳入失信名单日期</translation>
    </message>
</context>
<context>
    <name>zw::cli</name>
    <message>
        <source>用法：zhiwen-cli %1 %2</source>
        <translation>用法：zhiwen-cli %1 %2</translation>
    </message>
    <message>
        <source>错误</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>警告</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>错误  %1: 文件不存在</source>
        <translation>错误  %1: 文件不存在</translation>
    </message>
    <message>
        <source>列出可用模板的 id、名称和版本。</source>
        <translation>列出可用模板的 id、名称和版本。</translation>
    </message>
    <message>
        <source>以 JSON 输出</source>
        <translation>以 JSON 输出</translation>
    </message>
    <message>
        <source>第 %1 版</source>
        <translation>第 %1 版</translation>
    </message>
    <message>
        <source>按 termination 判定终结执行裁定：第 1 行为裁定主文，第 2 行为引用的法律条文。规则不允许该理由与范围的组合或数据缺失时退出码 1，原因写到标准错误。</source>
        <translation>按 termination 判定终结执行裁定：第 1 行为裁定主文，第 2 行为引用的法律条文。规则不允许该理由与范围的组合或数据缺失时退出码 1，原因写到标准错误。</translation>
    </message>
    <message>
        <source>警告  %1</source>
        <translation>警告  %1</translation>
    </message>
    <message>
        <source>用模板填充案件并写出 PDF。失败时说明出错的字段、模板行或字符，且不留下输出文件。</source>
        <translation>用模板填充案件并写出 PDF。失败时说明出错的字段、模板行或字符，且不留下输出文件。</translation>
    </message>
    <message>
        <source>输出的 PDF 文件</source>
        <translation>输出的 PDF 文件</translation>
    </message>
    <message>
        <source>缺少 -o OUT.pdf</source>
        <translation>缺少 -o OUT.pdf</translation>
    </message>
    <message>
        <source>输出目录</source>
        <translation>输出目录</translation>
    </message>
    <message>
        <source>缺少 -o DIR</source>
        <translation>缺少 -o DIR</translation>
    </message>
    <message>
        <source>错误  %1: 无法创建输出目录</source>
        <translation>错误  %1: 无法创建输出目录</translation>
    </message>
    <message>
        <source>失败  %1</source>
        <translation>失败  %1</translation>
    </message>
    <message>
        <source>[%1/%2] %3 份/秒，预计剩余 %4 秒</source>
        <translation>[%1/%2] %3 份/秒，预计剩余 %4 秒</translation>
    </message>
    <message>
        <source>完成：成功 %1 份，失败 %2 份</source>
        <translation>完成：成功 %1 份，失败 %2 份</translation>
    </message>
    <message>
        <source>失败：%1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>执文 zhiwen-cli — 法院执行文书生成（命令行）</source>
        <translation>执文 zhiwen-cli — 法院执行文书生成（命令行）</translation>
    </message>
    <message>
        <source>用法：</source>
        <translation>用法：</translation>
    </message>
    <message>
        <source>退出码：0 成功；1 校验或渲染失败；2 用法错误；3 读写或内部错误。</source>
        <translation>退出码：0 成功；1 校验或渲染失败；2 用法错误；3 读写或内部错误。</translation>
    </message>
    <message>
        <source>未知命令“%1”</source>
        <translation>未知命令“%1”</translation>
    </message>
    <message>
        <source>逐个渲染多个案件文件或一个 CSV 文件的各行（表头为案件字段路径，见 resources/demo/batch-example.csv），进度写到标准错误，遇到坏文件或坏行继续并在最后汇总。全部成功退出码 0，有失败退出码 1。</source>
        <translation>逐个渲染多个案件文件或一个 CSV 文件的各行（表头为案件字段路径，见 resources/demo/batch-example.csv），进度写到标准错误，遇到坏文件或坏行继续并在最后汇总。全部成功退出码 0，有失败退出码 1。</translation>
    </message>
    <message>
        <source>为自动履行证明书分配编号（同一案件、履行人和履行日期始终得到同一编号）并输出；--write 将编号写入案件文件的 performance.certificate_no。</source>
        <translation>为自动履行证明书分配编号（同一案件、履行人和履行日期始终得到同一编号）并输出；--write 将编号写入案件文件的 performance.certificate_no。</translation>
    </message>
    <message>
        <source>把编号写入案件文件</source>
        <translation>把编号写入案件文件</translation>
    </message>
    <message>
        <source>数据库文件（默认：%1）</source>
        <translation>数据库文件（默认：%1）</translation>
    </message>
    <message>
        <source>在数据库的发文登记中记录此文书</source>
        <translation>在数据库的发文登记中记录此文书</translation>
    </message>
    <message>
        <source>登记的经办人</source>
        <translation>登记的经办人</translation>
    </message>
    <message>
        <source>错误  %1: 无法打开：%2</source>
        <translation>错误  %1: 无法打开：%2</translation>
    </message>
    <message>
        <source>列出案件库中的案件（最近打开或修改的在前），TEXT 按案号、案由、当事人姓名或证件号码查找。</source>
        <translation>列出案件库中的案件（最近打开或修改的在前），TEXT 按案号、案由、当事人姓名或证件号码查找。</translation>
    </message>
    <message>
        <source>只列已归档的案件</source>
        <translation>只列已归档的案件</translation>
    </message>
    <message>
        <source>列出全部案件，含已归档</source>
        <translation>列出全部案件，含已归档</translation>
    </message>
    <message>
        <source>（无案号）</source>
        <translation>（无案号）</translation>
    </message>
    <message>
        <source>已归档</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>共 %1 件</source>
        <translation>共 %1 件</translation>
    </message>
    <message>
        <source>把案件文件导入案件库并逐个报告结果；案号已在库中的不导入，除非加 --replace。全部导入退出码 0，有未导入或被拒绝的退出码 1。</source>
        <translation>把案件文件导入案件库并逐个报告结果；案号已在库中的不导入，除非加 --replace。全部导入退出码 0，有未导入或被拒绝的退出码 1。</translation>
    </message>
    <message>
        <source>用文件替换案件库中同案号的案件</source>
        <translation>用文件替换案件库中同案号的案件</translation>
    </message>
    <message>
        <source>把案件库中的案件导出为案件文件（DIR/案号.json，不覆盖已有文件）；不指定案件时导出全部未归档案件，加 --archived 时也导出已归档的。</source>
        <translation>把案件库中的案件导出为案件文件（DIR/案号.json，不覆盖已有文件）；不指定案件时导出全部未归档案件，加 --archived 时也导出已归档的。</translation>
    </message>
    <message>
        <source>也导出已归档的案件</source>
        <translation>也导出已归档的案件</translation>
    </message>
    <message>
        <source>错误  案件库中没有“%1”</source>
        <translation>错误  案件库中没有“%1”</translation>
    </message>
    <message>
        <source>校验案件文件：每行一个问题，“路径: 说明（字段）”，标明错误或警告；--template 时也检查该文书自己的判定。无错误（可有警告）退出码 0，有错误退出码 1。</source>
        <translation>校验案件文件：每行一个问题，“路径: 说明（字段）”，标明错误或警告；--template 时也检查该文书自己的判定。无错误（可有警告）退出码 0，有错误退出码 1。</translation>
    </message>
    <message>
        <source>按此文书检查（含该文书自己的判定）</source>
        <translation>按此文书检查（含该文书自己的判定）</translation>
    </message>
    <message>
        <source>按 resources/rules/zhongben.json 逐项核对执行措施记录，判断能否裁定终结本次执行程序（以 zhongben.decided_on 为裁定日期，未填则为今天）。可以时退出码 0；不可以时退出码 1，每项未满足的条件及所缺的记录写到标准错误。</source>
        <translation>按 resources/rules/zhongben.json 逐项核对执行措施记录，判断能否裁定终结本次执行程序（以 zhongben.decided_on 为裁定日期，未填则为今天）。可以时退出码 0；不可以时退出码 1，每项未满足的条件及所缺的记录写到标准错误。</translation>
    </message>
    <message>
        <source>未满足  %1（%2）</source>
        <translation>未满足  %1（%2）</translation>
    </message>
    <message>
        <source>已满足：%1</source>
        <translation>已满足：%1</translation>
    </message>
    <message>
        <source>可以裁定终结本次执行程序（裁定日期 %1）</source>
        <translation>可以裁定终结本次执行程序（裁定日期 %1）</translation>
    </message>
    <message>
        <source>不能裁定终结本次执行程序（裁定日期 %1）</source>
        <translation>不能裁定终结本次执行程序（裁定日期 %1）</translation>
    </message>
    <message>
        <source>  已满足  %1</source>
        <translation>  已满足  %1</translation>
    </message>
    <message>
        <source>  未满足  %1</source>
        <translation>  未满足  %1</translation>
    </message>
    <message>
        <source>列出到期事项：终本后每六个月一次的网络查控复查（五年）及告知申请执行人、被执行人报告财产期限、立案满三个月可审查终本、执前督促期满。每行一项：案号、事项、日期；列出 DATE（默认今天）之后 N 天（默认 30）内到期的和已逾期未办的。不给 CASE.json 时查案件库。</source>
        <translation>列出到期事项：终本后每六个月一次的网络查控复查（五年）及告知申请执行人、被执行人报告财产期限、立案满三个月可审查终本、执前督促期满。每行一项：案号、事项、日期；列出 DATE（默认今天）之后 N 天（默认 30）内到期的和已逾期未办的。不给 CASE.json 时查案件库。</translation>
    </message>
    <message>
        <source>以此日期为准（YYYY-MM-DD，默认今天）</source>
        <translation>以此日期为准（YYYY-MM-DD，默认今天）</translation>
    </message>
    <message>
        <source>向后看的天数（默认 30）</source>
        <translation>向后看的天数（默认 30）</translation>
    </message>
    <message>
        <source>--days：应为 0 到 3660 之间的整数，“%1”不是</source>
        <translation>--days：应为 0 到 3660 之间的整数，“%1”不是</translation>
    </message>
    <message>
        <source>已逾期</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>共 %1 项</source>
        <translation>共 %1 项</translation>
    </message>
    <message>
        <source>终本案件恢复执行：由原案生成执恢案件（当事人、执行依据与承办人员沿用，resumption 记载原案号），并在原案记载 zhongben.resumed_as。新案号须为“执恢”类型；NEW.json 已存在时不覆盖。</source>
        <translation>终本案件恢复执行：由原案生成执恢案件（当事人、执行依据与承办人员沿用，resumption 记载原案号），并在原案记载 zhongben.resumed_as。新案号须为“执恢”类型；NEW.json 已存在时不覆盖。</translation>
    </message>
    <message>
        <source>恢复执行的新案号（类型代字“执恢”）</source>
        <translation>恢复执行的新案号（类型代字“执恢”）</translation>
    </message>
    <message>
        <source>新案件文件</source>
        <translation>新案件文件</translation>
    </message>
    <message>
        <source>恢复执行（立案）日期，默认今天</source>
        <translation>恢复执行（立案）日期，默认今天</translation>
    </message>
    <message>
        <source>恢复执行的理由</source>
        <translation>恢复执行的理由</translation>
    </message>
    <message>
        <source>依职权恢复执行（默认：依申请执行人的申请）</source>
        <translation>依职权恢复执行（默认：依申请执行人的申请）</translation>
    </message>
    <message>
        <source>需要 --number 和 -o</source>
        <translation>需要 --number 和 -o</translation>
    </message>
    <message>
        <source>%1 已存在：不覆盖已有文件</source>
        <translation>%1 已存在：不覆盖已有文件</translation>
    </message>
    <message>
        <source>在终本案件中记载一次网络查控复查（日期、结果、告知申请执行人的日期），写回 CASE.json；下一次复查自此起算六个月（zhiwen-cli due）。</source>
        <translation>在终本案件中记载一次网络查控复查（日期、结果、告知申请执行人的日期），写回 CASE.json；下一次复查自此起算六个月（zhiwen-cli due）。</translation>
    </message>
    <message>
        <source>复查日期（YYYY-MM-DD）</source>
        <translation>复查日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>复查结果</source>
        <translation>复查结果</translation>
    </message>
    <message>
        <source>告知申请执行人的日期（YYYY-MM-DD）</source>
        <translation>告知申请执行人的日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>下一次复查：%1</source>
        <translation>下一次复查：%1</translation>
    </message>
    <message>
        <source>--%1：日期“%2”无效，应为 YYYY-MM-DD</source>
        <translation>--%1：日期“%2”无效，应为 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>需要 --on（复查日期）</source>
        <translation>需要 --on（复查日期）</translation>
    </message>
    <message>
        <source>据以出具的报批编号（须签发的文书；不写则用批准了此内容的最近一次报批）</source>
        <translation>据以出具的报批编号（须签发的文书；不写则用批准了此内容的最近一次报批）</translation>
    </message>
    <message>
        <source>重新出具：取代（并作废）的登记号</source>
        <translation>重新出具：取代（并作废）的登记号</translation>
    </message>
    <message>
        <source>错误  --%1 应为正整数</source>
        <translation>错误  --%1 应为正整数</translation>
    </message>
    <message>
        <source>错误  --%1 只用于登记（--record）</source>
        <translation>错误  --%1 只用于登记（--record）</translation>
    </message>
    <message>
        <source>签发：裁定书、决定书须报批并经审判员（失信决定书、限制消费令、未经申请执行人签字确认的终本裁定书须经院长）批准后才能出具登记。submit 报批（案件内容随之记录，批准后修改须重新报批）；list 列出待我审批的（--all 全部待批，--case 某案的全部报批）；approve 批准；return 退回并写明理由。</source>
        <translation>签发：裁定书、决定书须报批并经审判员（失信决定书、限制消费令、未经申请执行人签字确认的终本裁定书须经院长）批准后才能出具登记。submit 报批（案件内容随之记录，批准后修改须重新报批）；list 列出待我审批的（--all 全部待批，--case 某案的全部报批）；approve 批准；return 退回并写明理由。</translation>
    </message>
    <message>
        <source>报送给哪位（登录名）；不写则有权签发的任何人</source>
        <translation>报送给哪位（登录名）；不写则有权签发的任何人</translation>
    </message>
    <message>
        <source>列出全部待批的报批</source>
        <translation>列出全部待批的报批</translation>
    </message>
    <message>
        <source>列出此案号的全部报批</source>
        <translation>列出此案号的全部报批</translation>
    </message>
    <message>
        <source>退回的理由</source>
        <translation>退回的理由</translation>
    </message>
    <message>
        <source>signoff %1 的参数个数不对</source>
        <translation>signoff %1 的参数个数不对</translation>
    </message>
    <message>
        <source>错误  报批编号“%1”应为正整数</source>
        <translation>错误  报批编号“%1”应为正整数</translation>
    </message>
    <message>
        <source>已报批：报批第 %1 号，须由%2签发</source>
        <translation>已报批：报批第 %1 号，须由%2签发</translation>
    </message>
    <message>
        <source>共 %1 件（%2）</source>
        <translation>共 %1 件（%2）</translation>
    </message>
    <message>
        <source>错误  退回须写明理由：--reason TEXT</source>
        <translation>错误  退回须写明理由：--reason TEXT</translation>
    </message>
    <message>
        <source>未知的 signoff 操作“%1”（可用：submit、list、show、approve、return）</source>
        <translation>未知的 signoff 操作“%1”（可用：submit、list、show、approve、return）</translation>
    </message>
    <message>
        <source>作废发文登记中的一份文书（写明理由，记录作废人和时间）。登记不删除，verify 报告其已作废；重新出具用 render --record --reissue-of REGISTER_ID。</source>
        <translation>作废发文登记中的一份文书（写明理由，记录作废人和时间）。登记不删除，verify 报告其已作废；重新出具用 render --record --reissue-of REGISTER_ID。</translation>
    </message>
    <message>
        <source>作废的理由</source>
        <translation>作废的理由</translation>
    </message>
    <message>
        <source>错误  登记号“%1”应为正整数（见 verify 的输出）</source>
        <translation>错误  登记号“%1”应为正整数（见 verify 的输出）</translation>
    </message>
    <message>
        <source>错误  作废须写明理由：--reason TEXT</source>
        <translation>错误  作废须写明理由：--reason TEXT</translation>
    </message>
    <message>
        <source>已作废：登记第 %1 号（%2）</source>
        <translation>已作废：登记第 %1 号（%2）</translation>
    </message>
    <message>
        <source>案件库：status 显示案件库、版本、登录与角色；migrate 升级到本程序的版本（服务器上只有管理员能升级）；grant 让登录名担任角色（书记员、法官助理、审判员、审判长、院长、管理员；登录不存在则新建，无密码，密码用 psql 的 \password 设置）；copy 把本机案件库（案件、证明书编号、报批、发文登记、作废记录，及本用户的草稿）并入法院案件库，两处发出相同证明书编号时拒绝并列出编号。</source>
        <translation>案件库：status 显示案件库、版本、登录与角色；migrate 升级到本程序的版本（服务器上只有管理员能升级）；grant 让登录名担任角色（书记员、法官助理、审判员、审判长、院长、管理员；登录不存在则新建，无密码，密码用 psql 的 \password 设置）；copy 把本机案件库（案件、证明书编号、报批、发文登记、作废记录，及本用户的草稿）并入法院案件库，两处发出相同证明书编号时拒绝并列出编号。</translation>
    </message>
    <message>
        <source>本机案件库（SQLite 文件）</source>
        <translation>本机案件库（SQLite 文件）</translation>
    </message>
    <message>
        <source>法院案件库服务器</source>
        <translation>法院案件库服务器</translation>
    </message>
    <message>
        <source>store %1 的参数个数不对</source>
        <translation>store %1 的参数个数不对</translation>
    </message>
    <message>
        <source>错误  store copy 需要 --from SQLITE_FILE 和 --to postgresql://…</source>
        <translation>错误  store copy 需要 --from SQLITE_FILE 和 --to postgresql://…</translation>
    </message>
    <message>
        <source>未知的 store 操作“%1”（可用：status、migrate、grant、copy）</source>
        <translation>未知的 store 操作“%1”（可用：status、migrate、grant、copy）</translation>
    </message>
    <message>
        <source>%1 现为%2</source>
        <translation>%1 现为%2</translation>
    </message>
    <message>
        <source>核对 PDF 是否由本院登记发出且未被改动：已登记退出码 0 并列出登记信息（签发、作废、重新出具），未登记、已改动或已作废退出码 1，登记簿无法读取退出码 3。</source>
        <translation>核对 PDF 是否由本院登记发出且未被改动：已登记退出码 0 并列出登记信息（签发、作废、重新出具），未登记、已改动或已作废退出码 1，登记簿无法读取退出码 3。</translation>
    </message>
</context>
<context>
    <name>zw::gui::CaseForm</name>
    <message>
        <source>申请执行人</source>
        <translation>申请执行人</translation>
    </message>
    <message>
        <source>被执行人</source>
        <translation>被执行人</translation>
    </message>
    <message>
        <source>错误：</source>
        <translation>错误：</translation>
    </message>
    <message>
        <source>警告：</source>
        <translation>警告：</translation>
    </message>
    <message>
        <source>显示全部项目（不只是本文书需要的）</source>
        <translation>显示全部项目（不只是本文书需要的）</translation>
    </message>
    <message>
        <source>上移</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>下移</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>添加%1</source>
        <translation>添加%1</translation>
    </message>
    <message>
        <source>如 2024-03-05 或 2024年3月5日</source>
        <translation>如 2024-03-05 或 2024年3月5日</translation>
    </message>
    <message>
        <source>日历</source>
        <translation>日历</translation>
    </message>
    <message>
        <source>从日历中选择日期</source>
        <translation>从日历中选择日期</translation>
    </message>
    <message>
        <source>（未选）</source>
        <translation>（未选）</translation>
    </message>
    <message>
        <source>（未填姓名，编号 %1）</source>
        <translation>（未填姓名，编号 %1）</translation>
    </message>
    <message>
        <source>%1（案件中没有此当事人或判项）</source>
        <translation>%1（案件中没有此当事人或判项）</translation>
    </message>
    <message>
        <source>是</source>
        <translation>是</translation>
    </message>
    <message>
        <source>否</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1（不是可选的值）</source>
        <translation>%1（不是可选的值）</translation>
    </message>
    <message>
        <source>删除%1？其中填写的内容将一并删除。</source>
        <translation>删除%1？其中填写的内容将一并删除。</translation>
    </message>
    <message>
        <source>（%1 个错误）</source>
        <translation>（%1 个错误）</translation>
    </message>
    <message>
        <source>（%1 个警告）</source>
        <translation>（%1 个警告）</translation>
    </message>
</context>
<context>
    <name>zw::gui::CaseListDialog</name>
    <message>
        <source>显示已归档</source>
        <translation>显示已归档</translation>
    </message>
    <message>
        <source>打开(&amp;O)</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>建副本(&amp;D)</source>
        <translation>建副本(&amp;D)</translation>
    </message>
    <message>
        <source>归档(&amp;A)</source>
        <translation>归档(&amp;A)</translation>
    </message>
    <message>
        <source>导出(&amp;E)…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>案件库</source>
        <translation>案件库</translation>
    </message>
    <message>
        <source>按案号、案由、当事人姓名或证件号码查找</source>
        <translation>按案号、案由、当事人姓名或证件号码查找</translation>
    </message>
    <message>
        <source>案号</source>
        <translation>案号</translation>
    </message>
    <message>
        <source>案由</source>
        <translation>案由</translation>
    </message>
    <message>
        <source>当事人</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>最近打开或修改</source>
        <translation>最近打开或修改</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>查找(&amp;F)：</source>
        <translation>查找(&amp;F)：</translation>
    </message>
    <message>
        <source>导入(&amp;I)…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>导入案件文件</source>
        <translation>导入案件文件</translation>
    </message>
    <message>
        <source>案件文件 (*.json)</source>
        <translation>案件文件 (*.json)</translation>
    </message>
    <message>
        <source>案号已存在</source>
        <translation>案号已存在</translation>
    </message>
    <message>
        <source>导出到文件夹</source>
        <translation>导出到文件夹</translation>
    </message>
    <message>
        <source>（无案号）</source>
        <translation>（无案号）</translation>
    </message>
    <message>
        <source>已归档</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>来自 %1</source>
        <translation>来自 %1</translation>
    </message>
    <message>
        <source>恢复(&amp;A)</source>
        <translation>恢复(&amp;A)</translation>
    </message>
    <message>
        <source>无法建副本</source>
        <translation>无法建副本</translation>
    </message>
    <message>
        <source>无法归档</source>
        <translation>无法归档</translation>
    </message>
    <message>
        <source>导入报告</source>
        <translation>导入报告</translation>
    </message>
    <message>
        <source>导出报告</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>无法读取案件库：%1</source>
        <translation>无法读取案件库：%1</translation>
    </message>
    <message>
        <source>无法导入</source>
        <translation>无法导入</translation>
    </message>
    <message>
        <source>无法导出</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <source>下一到期事项</source>
        <translation>下一到期事项</translation>
    </message>
    <message>
        <source>恢复所选的 %1 件案件到在办列表？</source>
        <translation>恢复所选的 %1 件案件到在办列表？</translation>
    </message>
    <message>
        <source>归档所选的 %1 件案件？归档后不再列出，勾选“显示已归档”可找回并恢复。</source>
        <translation>归档所选的 %1 件案件？归档后不再列出，勾选“显示已归档”可找回并恢复。</translation>
    </message>
    <message>
        <source>恢复案件</source>
        <translation>恢复案件</translation>
    </message>
    <message>
        <source>归档案件</source>
        <translation>归档案件</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>下列 %1 个文件的案号已在案件库中，未导入：
%2

是否用这些文件替换案件库中的同号案件？（替换前的内容不保留）</source>
        <translation>下列 %1 个文件的案号已在案件库中，未导入：
%2

是否用这些文件替换案件库中的同号案件？（替换前的内容不保留）</translation>
    </message>
    <message>
        <source>承办人</source>
        <translation>承办人</translation>
    </message>
    <message>
        <source>立案日期</source>
        <translation>立案日期</translation>
    </message>
</context>
<context>
    <name>zw::gui::FileDialogs</name>
    <message>
        <source>%1 文件 (*.%2)</source>
        <translation>%1 文件 (*.%2)</translation>
    </message>
    <message>
        <source>新案件</source>
        <translation>新案件</translation>
    </message>
    <message>
        <source>案件文件 (*.json)</source>
        <translation>案件文件 (*.json)</translation>
    </message>
</context>
<context>
    <name>zw::gui::MainWindow</name>
    <message>
        <source>文件(&amp;F)</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>打开案件(&amp;O)…</source>
        <translation>打开案件(&amp;O)…</translation>
    </message>
    <message>
        <source>打开案件</source>
        <translation>打开案件</translation>
    </message>
    <message>
        <source>案件文件 (*.json)</source>
        <translation>案件文件 (*.json)</translation>
    </message>
    <message>
        <source>保存案件(&amp;S)</source>
        <translation>保存案件(&amp;S)</translation>
    </message>
    <message>
        <source>保存案件</source>
        <translation>保存案件</translation>
    </message>
    <message>
        <source>案件另存为(&amp;A)…</source>
        <translation>案件另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>案件另存为</source>
        <translation>案件另存为</translation>
    </message>
    <message>
        <source>保存 PDF(&amp;E)…</source>
        <translation>保存 PDF(&amp;E)…</translation>
    </message>
    <message>
        <source>保存 PDF</source>
        <translation>保存 PDF</translation>
    </message>
    <message>
        <source>退出(&amp;Q)</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>文书(&amp;D)</source>
        <translation>文书(&amp;D)</translation>
    </message>
    <message>
        <source>生成预览(&amp;R)</source>
        <translation>生成预览(&amp;R)</translation>
    </message>
    <message>
        <source>终结执行向导(&amp;T)…</source>
        <translation>终结执行向导(&amp;T)…</translation>
    </message>
    <message>
        <source>文书</source>
        <translation>文书</translation>
    </message>
    <message>
        <source>无法打开案件</source>
        <translation>无法打开案件</translation>
    </message>
    <message>
        <source>保存失败</source>
        <translation>保存失败</translation>
    </message>
    <message>
        <source>已保存 %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>无法生成“%1”：
%2</source>
        <translation>无法生成“%1”：
%2</translation>
    </message>
    <message>
        <source>已生成“%1”，共 %2 页</source>
        <translation>已生成“%1”，共 %2 页</translation>
    </message>
    <message>
        <source>无法保存 PDF</source>
        <translation>无法保存 PDF</translation>
    </message>
    <message>
        <source>案件信息无误</source>
        <translation>案件信息无误</translation>
    </message>
    <message>
        <source>%1 个错误，%2 个警告</source>
        <translation>%1 个错误，%2 个警告</translation>
    </message>
    <message>
        <source>%1%2 — 执文</source>
        <translation>%1%2 — 执文</translation>
    </message>
    <message>
        <source>未保存的修改</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>新建案件(&amp;N)</source>
        <translation>新建案件(&amp;N)</translation>
    </message>
    <message>
        <source>核对 PDF(&amp;V)…</source>
        <translation>核对 PDF(&amp;V)…</translation>
    </message>
    <message>
        <source>核对 PDF</source>
        <translation>核对 PDF</translation>
    </message>
    <message>
        <source>未能登记</source>
        <translation>未能登记</translation>
    </message>
    <message>
        <source>PDF 已保存，但未能记入发文登记：
%1</source>
        <translation>PDF 已保存，但未能记入发文登记：
%1</translation>
    </message>
    <message>
        <source>已保存并登记 %1</source>
        <translation>已保存并登记 %1</translation>
    </message>
    <message>
        <source>恢复草稿</source>
        <translation>恢复草稿</translation>
    </message>
    <message>
        <source>无法恢复草稿</source>
        <translation>无法恢复草稿</translation>
    </message>
    <message>
        <source>%1
草稿文件未删除：%2</source>
        <translation>%1
草稿文件未删除：%2</translation>
    </message>
    <message>
        <source>打印(&amp;P)…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>打印失败</source>
        <translation>打印失败</translation>
    </message>
    <message>
        <source>设置(&amp;T)…</source>
        <translation>设置(&amp;T)…</translation>
    </message>
    <message>
        <source>分配证明书编号(&amp;N)</source>
        <translation>分配证明书编号(&amp;N)</translation>
    </message>
    <message>
        <source>无法分配编号</source>
        <translation>无法分配编号</translation>
    </message>
    <message>
        <source>案件库(&amp;L)…</source>
        <translation>案件库(&amp;L)…</translation>
    </message>
    <message>
        <source>最近的案件(&amp;R)</source>
        <translation>最近的案件(&amp;R)</translation>
    </message>
    <message>
        <source>案件库无法打开：
%1

数据库文件：%2</source>
        <translation>案件库无法打开：
%1

数据库文件：%2</translation>
    </message>
    <message>
        <source>案件库无法使用</source>
        <translation>案件库无法使用</translation>
    </message>
    <message>
        <source>可以关闭占用它的其他程序后重试；或把这个文件改名保存（不删除）并新建案件库；或暂不使用案件库，只用案件文件工作。</source>
        <translation>可以关闭占用它的其他程序后重试；或把这个文件改名保存（不删除）并新建案件库；或暂不使用案件库，只用案件文件工作。</translation>
    </message>
    <message>
        <source>重试</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>改名保存并新建</source>
        <translation>改名保存并新建</translation>
    </message>
    <message>
        <source>暂不使用案件库</source>
        <translation>暂不使用案件库</translation>
    </message>
    <message>
        <source>未使用案件库：案件只保存为文件</source>
        <translation>未使用案件库：案件只保存为文件</translation>
    </message>
    <message>
        <source>原案件库已改名为 %1，未删除</source>
        <translation>原案件库已改名为 %1，未删除</translation>
    </message>
    <message>
        <source>（案件库不可用）</source>
        <translation>（案件库不可用）</translation>
    </message>
    <message>
        <source>（无案号）</source>
        <translation>（无案号）</translation>
    </message>
    <message>
        <source>（还没有案件）</source>
        <translation>（还没有案件）</translation>
    </message>
    <message>
        <source>未能存入案件库：
%1</source>
        <translation>未能存入案件库：
%1</translation>
    </message>
    <message>
        <source>案件库第 %1 号</source>
        <translation>案件库第 %1 号</translation>
    </message>
    <message>
        <source>%1（案件库第 %2 号）</source>
        <translation>%1（案件库第 %2 号）</translation>
    </message>
    <message>
        <source>已保存 %1；案件库不可用，未登记</source>
        <translation>已保存 %1；案件库不可用，未登记</translation>
    </message>
    <message>
        <source>案件库不可用，无法核对</source>
        <translation>案件库不可用，无法核对</translation>
    </message>
    <message>
        <source>新建案件（Ctrl+N），从案件库打开（Ctrl+L），或打开案件文件（Ctrl+O）；填好后文书在这里预览。</source>
        <translation>新建案件（Ctrl+N），从案件库打开（Ctrl+L），或打开案件文件（Ctrl+O）；填好后文书在这里预览。</translation>
    </message>
    <message>
        <source>无法读取案件库：%1</source>
        <translation>无法读取案件库：%1</translation>
    </message>
    <message>
        <source>无法核对：%1</source>
        <translation>无法核对：%1</translation>
    </message>
    <message>
        <source>%1 文件 (*.%2)</source>
        <translation>%1 文件 (*.%2)</translation>
    </message>
    <message>
        <source>终本条件核对(&amp;Z)…</source>
        <translation>终本条件核对(&amp;Z)…</translation>
    </message>
    <message>
        <source>到期事项(&amp;U)…</source>
        <translation>到期事项(&amp;U)…</translation>
    </message>
    <message>
        <source>无法读取到期事项：%1</source>
        <translation>无法读取到期事项：%1</translation>
    </message>
    <message>
        <source>今后 30 天内没有到期事项，也没有逾期未办的事项。</source>
        <translation>今后 30 天内没有到期事项，也没有逾期未办的事项。</translation>
    </message>
    <message>
        <source>（已逾期）</source>
        <translation>（已逾期）</translation>
    </message>
    <message>
        <source>到期事项</source>
        <translation>到期事项</translation>
    </message>
    <message>
        <source>%1 项事项 30 天内到期，其中 %2 项已逾期：见“文书→到期事项”</source>
        <translation>%1 项事项 30 天内到期，其中 %2 项已逾期：见“文书→到期事项”</translation>
    </message>
    <message>
        <source>%1 项事项 30 天内到期：见“文书→到期事项”</source>
        <translation>%1 项事项 30 天内到期：见“文书→到期事项”</translation>
    </message>
    <message>
        <source>当前案件有未保存的修改。要先保存吗？</source>
        <translation>当前案件有未保存的修改。要先保存吗？</translation>
    </message>
    <message>
        <source>保存(&amp;S)</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>不保存(&amp;N)</source>
        <translation>不保存(&amp;N)</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>关于执文(&amp;A)…</source>
        <translation>关于执文(&amp;A)…</translation>
    </message>
    <message>
        <source>关于执文</source>
        <translation>关于执文</translation>
    </message>
    <message>
        <source>%1（第 %2 版）</source>
        <translation>%1（第 %2 版）</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;执文 ZhiWen&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;法院执行文书生成：终结执行、终结本次执行程序与常用通知、决定、证明，离线运行。&lt;/p&gt;&lt;p&gt;模板：%2&lt;/p&gt;&lt;p&gt;数据目录：%3&lt;/p&gt;&lt;p&gt;案件库：%4&lt;/p&gt;&lt;p&gt;Qt %5&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;执文 ZhiWen&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;法院执行文书生成：终结执行、终结本次执行程序与常用通知、决定、证明，离线运行。&lt;/p&gt;&lt;p&gt;模板：%2&lt;/p&gt;&lt;p&gt;数据目录：%3&lt;/p&gt;&lt;p&gt;案件库：%4&lt;/p&gt;&lt;p&gt;Qt %5&lt;/p&gt;</translation>
    </message>
    <message>
        <source>未打开</source>
        <translation>未打开</translation>
    </message>
    <message>
        <source>新案件</source>
        <translation>新案件</translation>
    </message>
    <message>
        <source>案件库中的案件</source>
        <translation>案件库中的案件</translation>
    </message>
    <message>
        <source>上次退出前，%1 有未保存的修改（草稿保存于 %2）。

是否恢复？选“否”将保留草稿，下次启动时再问。</source>
        <translation>上次退出前，%1 有未保存的修改（草稿保存于 %2）。

是否恢复？选“否”将保留草稿，下次启动时再问。</translation>
    </message>
    <message>
        <source>草稿文件：%1</source>
        <translation>草稿文件：%1</translation>
    </message>
    <message>
        <source>
案件：%1</source>
        <translation>
案件：%1</translation>
    </message>
    <message>
        <source>本案是“%1”的案件，不是本院（%2）的：文书以“%1”的名义制作。</source>
        <translation>本案是“%1”的案件，不是本院（%2）的：文书以“%1”的名义制作。</translation>
    </message>
    <message>
        <source>已送打印机并登记：%1</source>
        <translation>已送打印机并登记：%1</translation>
    </message>
    <message>
        <source>已送打印机：%1（案件库不可用，未登记）</source>
        <translation>已送打印机：%1（案件库不可用，未登记）</translation>
    </message>
    <message>
        <source>案件库第 %1 号（文件→案件库 Ctrl+L 可找到）</source>
        <translation>案件库第 %1 号（文件→案件库 Ctrl+L 可找到）</translation>
    </message>
    <message>
        <source>未保存</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>无法连接法院的案件库服务器：
%1</source>
        <translation>无法连接法院的案件库服务器：
%1</translation>
    </message>
    <message>
        <source>可以检查网络后重试，或暂不使用案件库，只用案件文件工作（此时不分配编号、不登记）。</source>
        <translation>可以检查网络后重试，或暂不使用案件库，只用案件文件工作（此时不分配编号、不登记）。</translation>
    </message>
    <message>
        <source>未连接案件库服务器：案件只保存为文件</source>
        <translation>未连接案件库服务器：案件只保存为文件</translation>
    </message>
    <message>
        <source>签发(&amp;G)</source>
        <translation>签发(&amp;G)</translation>
    </message>
    <message>
        <source>报批(&amp;B)…</source>
        <translation>报批(&amp;B)…</translation>
    </message>
    <message>
        <source>报批</source>
        <translation>报批</translation>
    </message>
    <message>
        <source>此文书无需签发，可直接保存或打印。</source>
        <translation>此文书无需签发，可直接保存或打印。</translation>
    </message>
    <message>
        <source>（有权签发的任何人）</source>
        <translation>（有权签发的任何人）</translation>
    </message>
    <message>
        <source>报请%1签发，报送给：</source>
        <translation>报请%1签发，报送给：</translation>
    </message>
    <message>
        <source>待我签发(&amp;W)…</source>
        <translation>待我签发(&amp;W)…</translation>
    </message>
    <message>
        <source>连接法院案件库服务器 %1 需要密码：</source>
        <translation>连接法院案件库服务器 %1 需要密码：</translation>
    </message>
    <message>
        <source>密码不对，请重新输入（%1）：</source>
        <translation>密码不对，请重新输入（%1）：</translation>
    </message>
    <message>
        <source>案件库密码</source>
        <translation>案件库密码</translation>
    </message>
    <message>
        <source>无法报批</source>
        <translation>无法报批</translation>
    </message>
    <message>
        <source>已报批：报批第 %1 号，须由%2签发。批准前修改案件的，须重新报批。</source>
        <translation>已报批：报批第 %1 号，须由%2签发。批准前修改案件的，须重新报批。</translation>
    </message>
    <message>
        <source>登录 %1 · 待我签发 %2 件</source>
        <translation>登录 %1 · 待我签发 %2 件</translation>
    </message>
    <message>
        <source>登录 %1</source>
        <translation>登录 %1</translation>
    </message>
    <message>
        <source>已批准（报批第 %1 号，%2）</source>
        <translation>已批准（报批第 %1 号，%2）</translation>
    </message>
    <message>
        <source>出具时由承办人自行签发</source>
        <translation>出具时由承办人自行签发</translation>
    </message>
    <message>
        <source>未报批</source>
        <translation>未报批</translation>
    </message>
    <message>
        <source>：%1</source>
        <translation>：%1</translation>
    </message>
    <message>
        <source>报批后已修改，须重新报批</source>
        <translation>报批后已修改，须重新报批</translation>
    </message>
    <message>
        <source>须%1签发 · %2</source>
        <translation>须%1签发 · %2</translation>
    </message>
</context>
<context>
    <name>zw::gui::PdfPreview</name>
    <message>
        <source>上一页</source>
        <translation>上一页</translation>
    </message>
    <message>
        <source>下一页</source>
        <translation>下一页</translation>
    </message>
    <message>
        <source>缩小</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>放大</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>适合宽度</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <source>整页</source>
        <translation>整页</translation>
    </message>
    <message>
        <source>第 %1 / %2 页</source>
        <translation>第 %1 / %2 页</translation>
    </message>
</context>
<context>
    <name>zw::gui::Printing</name>
    <message>
        <source>没有可打印的文书</source>
        <translation>没有可打印的文书</translation>
    </message>
    <message>
        <source>没有指定打印到的文件</source>
        <translation>没有指定打印到的文件</translation>
    </message>
    <message>
        <source>没有选择打印机</source>
        <translation>没有选择打印机</translation>
    </message>
    <message>
        <source>无法写入打印用的临时文件：%1</source>
        <translation>无法写入打印用的临时文件：%1</translation>
    </message>
    <message>
        <source>打印机“%1”未接受打印任务：%2</source>
        <translation>打印机“%1”未接受打印任务：%2</translation>
    </message>
</context>
<context>
    <name>zw::gui::SettingsDialog</name>
    <message>
        <source>欢迎使用执文</source>
        <translation>欢迎使用执文</translation>
    </message>
    <message>
        <source>设置</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>请先填写本院信息。新建案件时会自动带入，以后可在“文件→设置”中修改。</source>
        <translation>请先填写本院信息。新建案件时会自动带入，以后可在“文件→设置”中修改。</translation>
    </message>
    <message>
        <source>本院信息</source>
        <translation>本院信息</translation>
    </message>
    <message>
        <source>法院名称</source>
        <translation>法院名称</translation>
    </message>
    <message>
        <source>法院代字</source>
        <translation>法院代字</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>开户银行</source>
        <translation>开户银行</translation>
    </message>
    <message>
        <source>户名</source>
        <translation>户名</translation>
    </message>
    <message>
        <source>账号</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>证明书编号格式</source>
        <translation>证明书编号格式</translation>
    </message>
    <message>
        <source>默认办案人员</source>
        <translation>默认办案人员</translation>
    </message>
    <message>
        <source>独任审判员</source>
        <translation>独任审判员</translation>
    </message>
    <message>
        <source>审判长</source>
        <translation>审判长</translation>
    </message>
    <message>
        <source>法官助理</source>
        <translation>法官助理</translation>
    </message>
    <message>
        <source>书记员</source>
        <translation>书记员</translation>
    </message>
    <message>
        <source>字体（重新启动后生效）</source>
        <translation>字体（重新启动后生效）</translation>
    </message>
    <message>
        <source>标题</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>正文</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>界面语言（重新启动后生效）</source>
        <translation>界面语言（重新启动后生效）</translation>
    </message>
    <message>
        <source>无法保存字体设置</source>
        <translation>无法保存字体设置</translation>
    </message>
    <message>
        <source>落款（署名、日期）</source>
        <translation>落款（署名、日期）</translation>
    </message>
    <message>
        <source>案件库</source>
        <translation>案件库</translation>
    </message>
    <message>
        <source>位置</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>留空为本机文件。全院共用时填法院案件库服务器，如 postgresql://zhangsan@10.0.0.5/zhiwen（用各自的登录名；密码不写在这里，连接时询问，或放在 ~/.pgpass）。</source>
        <translation>留空为本机文件。全院共用时填法院案件库服务器，如 postgresql://zhangsan@10.0.0.5/zhiwen（用各自的登录名；密码不写在这里，连接时询问，或放在 ~/.pgpass）。</translation>
    </message>
    <message>
        <source>现由环境变量 ZHIWEN_STORE 指定：%1</source>
        <translation>现由环境变量 ZHIWEN_STORE 指定：%1</translation>
    </message>
    <message>
        <source>位置中不能写密码：密码在连接时询问，或放在 ~/.pgpass</source>
        <translation>位置中不能写密码：密码在连接时询问，或放在 ~/.pgpass</translation>
    </message>
</context>
<context>
    <name>zw::gui::SignOffDialog</name>
    <message>
        <source>显示全部待批（含须由他人签发的）</source>
        <translation>显示全部待批（含须由他人签发的）</translation>
    </message>
    <message>
        <source>批准(&amp;A)</source>
        <translation>批准(&amp;A)</translation>
    </message>
    <message>
        <source>退回(&amp;R)…</source>
        <translation>退回(&amp;R)…</translation>
    </message>
    <message>
        <source>待我签发</source>
        <translation>待我签发</translation>
    </message>
    <message>
        <source>报批号</source>
        <translation>报批号</translation>
    </message>
    <message>
        <source>案号</source>
        <translation>案号</translation>
    </message>
    <message>
        <source>文书</source>
        <translation>文书</translation>
    </message>
    <message>
        <source>报批人</source>
        <translation>报批人</translation>
    </message>
    <message>
        <source>须由</source>
        <translation>须由</translation>
    </message>
    <message>
        <source>批准</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>批准报批第 %1 号：%2 %3？
批准后即可出具并登记。</source>
        <translation>批准报批第 %1 号：%2 %3？
批准后即可出具并登记。</translation>
    </message>
    <message>
        <source>退回</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>退回的理由（报批人会看到）：</source>
        <translation>退回的理由（报批人会看到）：</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>无法读取报批记录：%1</source>
        <translation>无法读取报批记录：%1</translation>
    </message>
    <message>
        <source>%1：没有待签发的文书</source>
        <translation>%1：没有待签发的文书</translation>
    </message>
    <message>
        <source>%1：%2 件待签发</source>
        <translation>%1：%2 件待签发</translation>
    </message>
    <message>
        <source>没有待签发的文书</source>
        <translation>没有待签发的文书</translation>
    </message>
    <message>
        <source>报批第 %1 号</source>
        <translation>报批第 %1 号</translation>
    </message>
    <message>
        <source>无法生成报批的文书：
%1</source>
        <translation>无法生成报批的文书：
%1</translation>
    </message>
    <message>
        <source>无法批准</source>
        <translation>无法批准</translation>
    </message>
    <message>
        <source>无法退回</source>
        <translation>无法退回</translation>
    </message>
</context>
<context>
    <name>zw::gui::TerminationWizard</name>
    <message>
        <source>为什么终结执行？</source>
        <translation>为什么终结执行？</translation>
    </message>
    <message>
        <source>选择终结执行的理由。说明和条文原文显示在下方。</source>
        <translation>选择终结执行的理由。说明和条文原文显示在下方。</translation>
    </message>
    <message>
        <source>终结什么？</source>
        <translation>终结什么？</translation>
    </message>
    <message>
        <source>只有所选理由允许的范围可以选择；不可选的范围下方写明原因。</source>
        <translation>只有所选理由允许的范围可以选择；不可选的范围下方写明原因。</translation>
    </message>
    <message>
        <source>不可选：</source>
        <translation>不可选：</translation>
    </message>
    <message>
        <source>丧失劳动能力为永久性</source>
        <translation>丧失劳动能力为永久性</translation>
    </message>
    <message>
        <source>终结哪些判项？</source>
        <translation>终结哪些判项？</translation>
    </message>
    <message>
        <source>勾选不再执行的判项，按执行依据中的顺序写入主文。</source>
        <translation>勾选不再执行的判项，按执行依据中的顺序写入主文。</translation>
    </message>
    <message>
        <source>终结对哪些被执行人的执行？</source>
        <translation>终结对哪些被执行人的执行？</translation>
    </message>
    <message>
        <source>勾选终结执行的被执行人，主文按案件中的顺序列出其姓名或名称。</source>
        <translation>勾选终结执行的被执行人，主文按案件中的顺序列出其姓名或名称。</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>公民</source>
        <translation>公民</translation>
    </message>
    <message>
        <source>事实、日期和合议庭</source>
        <translation>事实、日期和合议庭</translation>
    </message>
    <message>
        <source>写明终结执行的事实；裁定日期决定引用哪一版法律。</source>
        <translation>写明终结执行的事实；裁定日期决定引用哪一版法律。</translation>
    </message>
    <message>
        <source>事实与理由</source>
        <translation>事实与理由</translation>
    </message>
    <message>
        <source>裁定日期</source>
        <translation>裁定日期</translation>
    </message>
    <message>
        <source>独任审判员</source>
        <translation>独任审判员</translation>
    </message>
    <message>
        <source>审判长</source>
        <translation>审判长</translation>
    </message>
    <message>
        <source>法官助理</source>
        <translation>法官助理</translation>
    </message>
    <message>
        <source>书记员</source>
        <translation>书记员</translation>
    </message>
    <message>
        <source>合议庭审判员，以顿号分隔</source>
        <translation>合议庭审判员，以顿号分隔</translation>
    </message>
    <message>
        <source>审判员</source>
        <translation>审判员</translation>
    </message>
    <message>
        <source>裁定书预览</source>
        <translation>裁定书预览</translation>
    </message>
    <message>
        <source>核对后保存案件和裁定书 PDF，交法官签发。</source>
        <translation>核对后保存案件和裁定书 PDF，交法官签发。</translation>
    </message>
    <message>
        <source>保存案件…</source>
        <translation>保存案件…</translation>
    </message>
    <message>
        <source>保存裁定书 PDF…</source>
        <translation>保存裁定书 PDF…</translation>
    </message>
    <message>
        <source>保存案件</source>
        <translation>保存案件</translation>
    </message>
    <message>
        <source>保存裁定书 PDF</source>
        <translation>保存裁定书 PDF</translation>
    </message>
    <message>
        <source>不作出终结执行裁定</source>
        <translation>不作出终结执行裁定</translation>
    </message>
    <message>
        <source>依据：</source>
        <translation>依据：</translation>
    </message>
    <message>
        <source>终结执行向导</source>
        <translation>终结执行向导</translation>
    </message>
    <message>
        <source>主文预览：请选择终结理由</source>
        <translation>主文预览：请选择终结理由</translation>
    </message>
    <message>
        <source>主文预览：尚不能确定——%1</source>
        <translation>主文预览：尚不能确定——%1</translation>
    </message>
    <message>
        <source>主文预览：%1
%2</source>
        <translation>主文预览：%1
%2</translation>
    </message>
    <message>
        <source>不作裁定：%1</source>
        <translation>不作裁定：%1</translation>
    </message>
    <message>
        <source>提示：</source>
        <translation>提示：</translation>
    </message>
    <message>
        <source>无法保存 PDF</source>
        <translation>无法保存 PDF</translation>
    </message>
    <message>
        <source>裁定书尚未生成</source>
        <translation>裁定书尚未生成</translation>
    </message>
    <message>
        <source>保存失败</source>
        <translation>保存失败</translation>
    </message>
    <message>
        <source>未能登记</source>
        <translation>未能登记</translation>
    </message>
    <message>
        <source>PDF 已保存，但未能记入发文登记：
%1</source>
        <translation>PDF 已保存，但未能记入发文登记：
%1</translation>
    </message>
    <message>
        <source>裁定书中这一段以“本院在执行申请执行人%1与被执行人%2%3一案中，”开头，请接着写事实，如“被执行人张某于2024年5月3日死亡，……”。</source>
        <translation>裁定书中这一段以“本院在执行申请执行人%1与被执行人%2%3一案中，”开头，请接着写事实，如“被执行人张某于2024年5月3日死亡，……”。</translation>
    </message>
    <message>
        <source>下面的事实是按理由“%1”写的，理由现在是“%2”：请核对或改写。</source>
        <translation>下面的事实是按理由“%1”写的，理由现在是“%2”：请核对或改写。</translation>
    </message>
    <message>
        <source>条文：</source>
        <translation>条文：</translation>
    </message>
</context>
<context>
    <name>zw::gui::ZhongbenChecklist</name>
    <message>
        <source>预览约谈笔录(&amp;I)</source>
        <translation>预览约谈笔录(&amp;I)</translation>
    </message>
    <message>
        <source>预览终本裁定(&amp;R)</source>
        <translation>预览终本裁定(&amp;R)</translation>
    </message>
    <message>
        <source>终结本次执行程序：条件核对</source>
        <translation>终结本次执行程序：条件核对</translation>
    </message>
    <message>
        <source>裁定日期(&amp;D)：</source>
        <translation>裁定日期(&amp;D)：</translation>
    </message>
    <message>
        <source>条件及记录</source>
        <translation>条件及记录</translation>
    </message>
    <message>
        <source>无法核对：%1</source>
        <translation>无法核对：%1</translation>
    </message>
    <message>
        <source>✓ 已满足  </source>
        <translation>✓ 已满足  </translation>
    </message>
    <message>
        <source>✗ 未满足  </source>
        <translation>✗ 未满足  </translation>
    </message>
    <message>
        <source>缺：%1</source>
        <translation>缺：%1</translation>
    </message>
    <message>
        <source>应有的记录：%1</source>
        <translation>应有的记录：%1</translation>
    </message>
    <message>
        <source>依据：%1；记录：%2</source>
        <translation>依据：%1；记录：%2</translation>
    </message>
    <message>
        <source>还不能裁定终结本次执行程序：%1 项条件未满足。补齐记录后再核对。</source>
        <translation>还不能裁定终结本次执行程序：%1 项条件未满足。补齐记录后再核对。</translation>
    </message>
    <message>
        <source>提示：</source>
        <translation>提示：</translation>
    </message>
    <message>
        <source>条件未全部满足，不能生成终本裁定</source>
        <translation>条件未全部满足，不能生成终本裁定</translation>
    </message>
    <message>
        <source>财产调查等尚未完成（前三项条件），还不能约谈申请执行人</source>
        <translation>财产调查等尚未完成（前三项条件），还不能约谈申请执行人</translation>
    </message>
    <message>
        <source>条件均已满足，可以裁定。裁定书写明：“%1%2”</source>
        <translation>条件均已满足，可以裁定。裁定书写明：“%1%2”</translation>
    </message>
</context>
</TS>
