<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BatchesModel</name>
    <message>
        <location filename="../../helix_desktop/ui/reports/batches_model.py" line="56"/>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/reports/batches_model.py" line="57"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/reports/batches_model.py" line="58"/>
        <source>Cases</source>
        <translation>用例数</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/reports/batches_model.py" line="59"/>
        <source>Pass</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/reports/batches_model.py" line="60"/>
        <source>Fail</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/reports/batches_model.py" line="61"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/reports/batches_model.py" line="62"/>
        <source>Pass rate</source>
        <translation>通过率</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/reports/batches_model.py" line="63"/>
        <source>Duration</source>
        <translation>耗时</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/reports/batches_model.py" line="64"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/reports/batches_model.py" line="98"/>
        <source> (rerun)</source>
        <translation>（重跑）</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/reports/batches_model.py" line="105"/>
        <source> (A/B)</source>
        <translation>（A/B）</translation>
    </message>
</context>
<context>
    <name>BotConfigPage</name>
    <message>
        <location filename="../../helix_desktop/ui/pages/bot_config.py" line="81"/>
        <source>Column order must match</source>
        <translation>列顺序必须一致</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/bot_config.py" line="86"/>
        <source>Bot URL</source>
        <translation>机器人地址</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/bot_config.py" line="87"/>
        <source>HTTP method</source>
        <translation>HTTP 方法</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/bot_config.py" line="88"/>
        <source>Request body template</source>
        <translation>请求体模板</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/bot_config.py" line="89"/>
        <source>Token</source>
        <translation>令牌</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/bot_config.py" line="90"/>
        <source>Token sent as</source>
        <translation>令牌发送方式</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/bot_config.py" line="91"/>
        <source>Token header</source>
        <translation>令牌请求头</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/bot_config.py" line="92"/>
        <source>Extra headers (JSON)</source>
        <translation>附加请求头（JSON）</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/bot_config.py" line="93"/>
        <source>Answer format</source>
        <translation>回答格式</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/bot_config.py" line="94"/>
        <source>SQL paths (one per line)</source>
        <translation>SQL 路径（每行一个）</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/bot_config.py" line="95"/>
        <source>Connect timeout</source>
        <translation>连接超时</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/bot_config.py" line="96"/>
        <source>First byte timeout</source>
        <translation>首字节超时</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/bot_config.py" line="97"/>
        <source>Total timeout</source>
        <translation>总超时</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/bot_config.py" line="98"/>
        <source>Retries</source>
        <translation>重试次数</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/bot_config.py" line="99"/>
        <source>Retry backoff</source>
        <translation>重试退避</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/bot_config.py" line="100"/>
        <source>Concurrent cases</source>
        <translation>并发用例数</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/bot_config.py" line="101"/>
        <source>Validation database URL</source>
        <translation>校验数据库 URL</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/bot_config.py" line="102"/>
        <source>Checks</source>
        <translation>检查</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/bot_config.py" line="103"/>
        <source>Structure and execution</source>
        <translation>结构与执行</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/bot_config.py" line="104"/>
        <source>SQL dialect</source>
        <translation>SQL 方言</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/bot_config.py" line="105"/>
        <source>Numeric tolerance (relative)</source>
        <translation>数值容差（相对）</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/bot_config.py" line="106"/>
        <source>Execution results</source>
        <translation>执行结果</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/bot_config.py" line="111"/>
        <source>Bot</source>
        <translation>机器人</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/bot_config.py" line="114"/>
        <source>Authentication</source>
        <translation>认证</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/bot_config.py" line="116"/>
        <source>Timing</source>
        <translation>时限</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/bot_config.py" line="127"/>
        <source>Judging</source>
        <translation>判定</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/bot_config.py" line="148"/>
        <source>sql_either: an execution PASS is enough even if the structure differs; when execution ran and failed, it decides; all: every check must pass</source>
        <translation>sql_either：执行通过即可，即使结构不同；执行已运行但未通过时，以执行为准；all：每项检查都必须通过</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/bot_config.py" line="161"/>
        <source>Placeholders in the body template: {question}, {chat_id}, {case_id}. These settings are shared by everyone using this server.</source>
        <translation>请求体模板中的占位符：{question}、{chat_id}、{case_id}。这些设置由使用此服务器的所有人共享。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/bot_config.py" line="170"/>
        <source>The bot here is the default target; other bots are set up on the Targets page. Secrets only root may see are shown masked and kept when saving.</source>
        <translation>这里的机器人即默认目标；其他机器人在“目标”页设置。仅管理员可见的密钥以掩码显示，保存时保持原值。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/bot_config.py" line="181"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/bot_config.py" line="184"/>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/bot_config.py" line="198"/>
        <location filename="../../helix_desktop/ui/pages/bot_config.py" line="275"/>
        <source>Bot connection</source>
        <translation>机器人连接</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/bot_config.py" line="261"/>
        <source>Only root may change this URL.</source>
        <translation>仅管理员可修改此地址。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/bot_config.py" line="291"/>
        <source>the bot settings</source>
        <translation>机器人设置</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/bot_config.py" line="301"/>
        <source>Settings saved.</source>
        <translation>设置已保存。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/bot_config.py" line="314"/>
        <source>Validation database unavailable: %1</source>
        <translation>验证数据库不可用: %1</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/bot_config.py" line="322"/>
        <source>Settings are not available on this server (it has no /config endpoint).</source>
        <translation>此服务器不提供设置（没有 /config 接口）。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/bot_config.py" line="344"/>
        <source>%1: not a valid JSON object.</source>
        <translation>%1：不是有效的 JSON 对象。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/bot_config.py" line="347"/>
        <source>Nothing to save.</source>
        <translation>没有需要保存的修改。</translation>
    </message>
</context>
<context>
    <name>CaseDelegate</name>
    <message>
        <location filename="../../helix_desktop/ui/cases/delegate.py" line="54"/>
        <source>A question is required</source>
        <translation>问题必填</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/delegate.py" line="74"/>
        <location filename="../../helix_desktop/ui/cases/delegate.py" line="101"/>
        <source>A case needs a question; the edit was not saved.</source>
        <translation>用例必须有问题，此次修改未保存。</translation>
    </message>
</context>
<context>
    <name>CaseDetailPane</name>
    <message>
        <location filename="../../helix_desktop/ui/cases/detail_pane.py" line="64"/>
        <source>Comma-separated, e.g. 营业收入,600519</source>
        <translation>以逗号分隔，例如 营业收入,600519</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/detail_pane.py" line="71"/>
        <source>Expected SQL (optional)</source>
        <translation>预期 SQL（可选）</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/detail_pane.py" line="74"/>
        <source>Active (included in runs)</source>
        <translation>启用（参与运行）</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/detail_pane.py" line="76"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/detail_pane.py" line="78"/>
        <source>Save the changes (Ctrl+S)</source>
        <translation>保存修改（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/detail_pane.py" line="79"/>
        <source>Revert</source>
        <translation>撤销修改</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/detail_pane.py" line="80"/>
        <source>Drop the unsaved changes</source>
        <translation>放弃未保存的修改</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/detail_pane.py" line="81"/>
        <source>Try the judge…</source>
        <translation>试用判定…</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/detail_pane.py" line="83"/>
        <source>Judge a SQL of your own against these expectations</source>
        <translation>用这些预期判定你自己的一条 SQL</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/detail_pane.py" line="88"/>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/detail_pane.py" line="89"/>
        <source>Keywords</source>
        <translation>关键字</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/detail_pane.py" line="90"/>
        <source>Conditions</source>
        <translation>条件</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/detail_pane.py" line="91"/>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/detail_pane.py" line="103"/>
        <source>Expected SQL</source>
        <translation>预期 SQL</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/detail_pane.py" line="145"/>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/detail_pane.py" line="149"/>
        <source>Copy of case %1: not saved yet.</source>
        <translation>用例 %1 的副本：尚未保存。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/detail_pane.py" line="151"/>
        <source>Not saved yet: Save adds it to the list.</source>
        <translation>尚未保存：点击“保存”后加入列表。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/detail_pane.py" line="181"/>
        <source>New case</source>
        <translation>新建用例</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/detail_pane.py" line="184"/>
        <source>Case %1</source>
        <translation>用例 %1</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/detail_pane.py" line="183"/>
        <source>No case selected</source>
        <translation>未选择用例</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/detail_pane.py" line="188"/>
        <source>case %1</source>
        <translation>用例 %1</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/detail_pane.py" line="189"/>
        <source>the new case</source>
        <translation>新用例</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/detail_pane.py" line="203"/>
        <source>Select a row to see and edit the whole case.</source>
        <translation>选择一行以查看和编辑完整用例。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/detail_pane.py" line="205"/>
        <source>Created %1</source>
        <translation>创建于 %1</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/detail_pane.py" line="208"/>
        <source>updated %1</source>
        <translation>更新于 %1</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/detail_pane.py" line="248"/>
        <location filename="../../helix_desktop/ui/cases/detail_pane.py" line="256"/>
        <location filename="../../helix_desktop/ui/cases/detail_pane.py" line="264"/>
        <source>A case needs a question.</source>
        <translation>用例必须有问题。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/detail_pane.py" line="268"/>
        <source>This case is no longer in the list.</source>
        <translation>此用例已不在列表中。</translation>
    </message>
</context>
<context>
    <name>CaseField</name>
    <message>
        <location filename="../../helix_desktop/ui/cases/import_dialog.py" line="33"/>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/import_dialog.py" line="34"/>
        <source>Expected keywords</source>
        <translation>预期关键字</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/import_dialog.py" line="35"/>
        <source>Expected conditions</source>
        <translation>预期条件</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/import_dialog.py" line="36"/>
        <source>Expected SQL</source>
        <translation>预期SQL</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/import_dialog.py" line="37"/>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/import_dialog.py" line="38"/>
        <source>Active</source>
        <translation>启用</translation>
    </message>
</context>
<context>
    <name>CaseHistoryBox</name>
    <message>
        <location filename="../../helix_desktop/ui/cases/history_box.py" line="95"/>
        <location filename="../../helix_desktop/ui/cases/history_box.py" line="129"/>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/history_box.py" line="113"/>
        <source>Select a result to see the SQL the bot gave.</source>
        <translation>选择一条结果，查看机器人给出的 SQL。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/history_box.py" line="139"/>
        <source>History: %1 of the last %2 results passed</source>
        <translation>历史：最近 %2 次结果中通过 %1 次</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/history_box.py" line="143"/>
        <source>History: never run</source>
        <translation>历史：从未运行</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/history_box.py" line="151"/>
        <source>(no SQL)</source>
        <translation>（无 SQL）</translation>
    </message>
</context>
<context>
    <name>CaseMenu</name>
    <message>
        <location filename="../../helix_desktop/ui/case_menu.py" line="45"/>
        <source>Copy question</source>
        <translation>复制问题</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/case_menu.py" line="46"/>
        <source>Copy SQL</source>
        <translation>复制 SQL</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/case_menu.py" line="47"/>
        <source>Copy expected SQL</source>
        <translation>复制预期 SQL</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/case_menu.py" line="48"/>
        <source>Open case</source>
        <translation>打开用例</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/case_menu.py" line="49"/>
        <source>Run this case</source>
        <translation>运行此用例</translation>
    </message>
</context>
<context>
    <name>CasesModel</name>
    <message>
        <location filename="../../helix_desktop/ui/cases/model.py" line="56"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/model.py" line="57"/>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/model.py" line="58"/>
        <source>Last result</source>
        <translation>最近结果</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/model.py" line="59"/>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/model.py" line="60"/>
        <source>Expected keywords</source>
        <translation>预期关键字</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/model.py" line="61"/>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/model.py" line="62"/>
        <source>Expected conditions</source>
        <translation>预期条件</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/model.py" line="63"/>
        <source>Expected SQL</source>
        <translation>预期 SQL</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/model.py" line="114"/>
        <source>Last run %1</source>
        <translation>最近运行于 %1</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../../helix_desktop/ui/pages/cases.py" line="64"/>
        <source>Search question, keywords, category (Ctrl+F)</source>
        <translation>搜索问题、关键字、分类（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/cases.py" line="66"/>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/cases.py" line="67"/>
        <source>Active only</source>
        <translation>仅启用</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/cases.py" line="68"/>
        <source>Inactive only</source>
        <translation>仅停用</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/cases.py" line="71"/>
        <source>Any last result</source>
        <translation>全部最近结果</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/cases.py" line="73"/>
        <source>Last: %1</source>
        <translation>最近：%1</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/cases.py" line="74"/>
        <source>Never run</source>
        <translation>从未运行</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/cases.py" line="79"/>
        <source>All categories</source>
        <translation>全部分类</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/cases.py" line="82"/>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/cases.py" line="83"/>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/cases.py" line="84"/>
        <source>Import cases from Excel or CSV (Ctrl+I)</source>
        <translation>从 Excel 或 CSV 导入用例（Ctrl+I）</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/cases.py" line="85"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/cases.py" line="86"/>
        <source>Export the listed cases to Excel (Ctrl+E)</source>
        <translation>将列出的用例导出为 Excel（Ctrl+E）</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/cases.py" line="87"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/cases.py" line="88"/>
        <source>Reload from the server (F5)</source>
        <translation>从服务器重新加载（F5）</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/cases.py" line="89"/>
        <source>New case</source>
        <translation>新建用例</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/cases.py" line="91"/>
        <source>Add a case by hand (Ctrl+N)</source>
        <translation>手动添加用例 (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/cases.py" line="92"/>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/cases.py" line="94"/>
        <source>A new case copied from the current one (Ctrl+D)</source>
        <translation>以当前用例为模板新建用例 (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/cases.py" line="97"/>
        <source>Activate</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/cases.py" line="98"/>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/cases.py" line="99"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/cases.py" line="100"/>
        <source>Delete the selected cases (Del)</source>
        <translation>删除选中的用例（Del）</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/cases.py" line="101"/>
        <source>Run selected</source>
        <translation>运行选中</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/cases.py" line="273"/>
        <source>%1 cases (%2 loaded)</source>
        <translation>共 %1 条用例（已加载 %2 条）</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/cases.py" line="276"/>
        <source>%1 cases</source>
        <translation>共 %1 条用例</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/cases.py" line="281"/>
        <source>No cases yet. First set up the bot (Settings), then import cases (Ctrl+I) or add one (Ctrl+N).</source>
        <translation>还没有用例。请先在“设置”中配置机器人，然后导入用例（Ctrl+I）或手动添加（Ctrl+N）。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/cases.py" line="295"/>
        <source>%1 selected</source>
        <translation>已选择 %1 条</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/cases.py" line="297"/>
        <source>Select rows to activate, deactivate, delete or run them</source>
        <translation>选择行后可启用、停用、删除或运行</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/cases.py" line="363"/>
        <source>Case %1 added.</source>
        <translation>已添加用例 %1。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/cases.py" line="419"/>
        <source>Delete cases</source>
        <translation>删除用例</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/cases.py" line="420"/>
        <source>Delete %1 selected case(s)?</source>
        <translation>删除选中的 %1 条用例？</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/cases.py" line="421"/>
        <source>Reports keep their copy; the cases themselves are gone.</source>
        <translation>测试报告中保留其副本；用例本身将被删除。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/cases.py" line="424"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/cases.py" line="443"/>
        <source>Import cases</source>
        <translation>导入用例</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/cases.py" line="445"/>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>表格文件 (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/cases.py" line="445"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/cases.py" line="451"/>
        <source>Export cases</source>
        <translation>导出用例</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/cases.py" line="452"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/cases.py" line="469"/>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/cases.py" line="472"/>
        <source>Case %1 was not saved: %2</source>
        <translation>用例 %1 未保存：%2</translation>
    </message>
</context>
<context>
    <name>CasesState</name>
    <message>
        <location filename="../../helix_desktop/state/cases.py" line="224"/>
        <location filename="../../helix_desktop/state/cases.py" line="268"/>
        <source>A case needs a question; the edit was not saved.</source>
        <translation>用例必须有问题，此次修改未保存。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/state/cases.py" line="308"/>
        <source>Activated %1 case(s)</source>
        <translation>已启用 %1 条用例</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/state/cases.py" line="310"/>
        <source>Deactivated %1 case(s)</source>
        <translation>已停用 %1 条用例</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/state/cases.py" line="323"/>
        <source>Deleted %1 case(s)</source>
        <translation>已删除 %1 条用例</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../helix_desktop/ui/password_dialog.py" line="31"/>
        <location filename="../../helix_desktop/ui/password_dialog.py" line="56"/>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/password_dialog.py" line="34"/>
        <source>This is your first login: choose a new password to continue.</source>
        <translation>这是首次登录：请设置新密码后继续。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/password_dialog.py" line="36"/>
        <source>Choose a new password.</source>
        <translation>请设置新密码。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/password_dialog.py" line="48"/>
        <source>Current password</source>
        <translation>当前密码</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/password_dialog.py" line="49"/>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/password_dialog.py" line="50"/>
        <source>Repeat new password</source>
        <translation>确认新密码</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/password_dialog.py" line="58"/>
        <source>Log out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/password_dialog.py" line="58"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/password_dialog.py" line="74"/>
        <source>The new password needs at least %1 characters.</source>
        <translation>新密码至少需要 %1 个字符。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/password_dialog.py" line="79"/>
        <source>The two new passwords differ.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/password_dialog.py" line="81"/>
        <source>The new password must differ from the current one.</source>
        <translation>新密码不能与当前密码相同。</translation>
    </message>
</context>
<context>
    <name>ChecksStrip</name>
    <message>
        <location filename="../../helix_desktop/ui/run/checks_strip.py" line="57"/>
        <source>Checks</source>
        <translation>检查</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../../helix_desktop/ui/reports/compare_view.py" line="91"/>
        <source>Select two runs in the list and press Compare.</source>
        <translation>在列表中选择两次运行，然后点击“对比”。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/reports/compare_view.py" line="107"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/reports/compare_view.py" line="108"/>
        <source>SQL differs in %1 cases.</source>
        <translation>SQL 不同的用例：%1 条。</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <location filename="../../helix_desktop/ui/reports/compare_view.py" line="40"/>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/reports/compare_view.py" line="41"/>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/reports/compare_view.py" line="42"/>
        <source>unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/reports/compare_view.py" line="56"/>
        <source>Case</source>
        <translation>用例</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/reports/compare_view.py" line="57"/>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/reports/compare_view.py" line="58"/>
        <source>Before</source>
        <translation>之前</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/reports/compare_view.py" line="59"/>
        <source>After</source>
        <translation>之后</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/reports/compare_view.py" line="60"/>
        <source>Change</source>
        <translation>变化</translation>
    </message>
</context>
<context>
    <name>ConfigState</name>
    <message>
        <location filename="../../helix_desktop/state/config.py" line="86"/>
        <source>This server cannot test the connection (it has no /config/test).</source>
        <translation>此服务器不支持连接测试（没有 /config/test 接口）。</translation>
    </message>
</context>
<context>
    <name>ConnectionCheckPanel</name>
    <message>
        <location filename="../../helix_desktop/ui/connection_check.py" line="49"/>
        <source>Connection test</source>
        <translation>连接测试</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/connection_check.py" line="55"/>
        <source>Asks the bot one question with the settings shown (unsaved changes included), the way a run does, and shows what came back.</source>
        <translation>按当前显示的设置（包括未保存的修改），像正式运行一样向机器人提一个问题，并显示返回的内容。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/connection_check.py" line="65"/>
        <location filename="../../helix_desktop/ui/connection_check.py" line="109"/>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/connection_check.py" line="75"/>
        <source>No SQL yet</source>
        <translation>暂无 SQL</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/connection_check.py" line="76"/>
        <source>No answer yet</source>
        <translation>暂无回答</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/connection_check.py" line="77"/>
        <location filename="../../helix_desktop/ui/connection_check.py" line="128"/>
        <source>Raw answer</source>
        <translation>原始回答</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/connection_check.py" line="82"/>
        <source>Extracted SQL</source>
        <translation>提取到的 SQL</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/connection_check.py" line="103"/>
        <source>%1: not a valid JSON object.</source>
        <translation>%1：不是有效的 JSON 对象。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/connection_check.py" line="109"/>
        <source>Testing…</source>
        <translation>测试中…</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/connection_check.py" line="111"/>
        <source>Asking the bot…</source>
        <translation>正在询问机器人…</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/connection_check.py" line="117"/>
        <source>The bot answered with SQL. %1</source>
        <translation>机器人返回了 SQL。%1</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/connection_check.py" line="126"/>
        <source>Raw answer (first part only)</source>
        <translation>原始回答（仅前一部分）</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/connection_check.py" line="133"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/connection_check.py" line="135"/>
        <source>no HTTP response</source>
        <translation>无 HTTP 响应</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/connection_check.py" line="138"/>
        <source>%1 s, %2, %3 attempt(s)</source>
        <translation>%1 秒，%2，共尝试 %3 次</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../../helix_desktop/ui/connection_dialog.py" line="38"/>
        <source>Choose a server</source>
        <translation>选择服务器</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/connection_dialog.py" line="40"/>
        <source>Local: the server built into this app (single user)</source>
        <translation>本地：使用本应用自带的服务（单人使用）</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/connection_dialog.py" line="41"/>
        <source>Team server at this address:</source>
        <translation>团队服务器，地址：</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/connection_dialog.py" line="53"/>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/connection_dialog.py" line="60"/>
        <source>A team server is started with “helix server”.</source>
        <translation>团队服务器通过 “helix server” 启动。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/connection_dialog.py" line="66"/>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/connection_dialog.py" line="67"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/connection_dialog.py" line="90"/>
        <source>Enter the server address.</source>
        <translation>请输入服务器地址。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/connection_dialog.py" line="92"/>
        <source>Checking %1…</source>
        <translation>正在检查 %1…</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/connection_dialog.py" line="101"/>
        <source>The server answers%1.</source>
        <translation>服务器连接正常%1。</translation>
    </message>
</context>
<context>
    <name>DeletePrompt</name>
    <message>
        <location filename="../../helix_desktop/ui/matrix/delete_prompt.py" line="18"/>
        <source>This also deletes %1 apps and %2 templates.</source>
        <translation>同时删除其下 %1 个应用和 %2 个模板。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/delete_prompt.py" line="26"/>
        <source>This also deletes %1 templates.</source>
        <translation>同时删除其下 %1 个模板。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/delete_prompt.py" line="32"/>
        <source>%1 links in %2 experiments are removed; the experiments themselves stay.</source>
        <translation>将移除 %2 个实验中的 %1 条关联；实验本身保留。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/delete_prompt.py" line="41"/>
        <source>No experiment links are affected.</source>
        <translation>不影响任何实验关联。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/delete_prompt.py" line="43"/>
        <source>This cannot be undone.</source>
        <translation>此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/delete_prompt.py" line="50"/>
        <source>Delete customer “%1”?</source>
        <translation>删除客户“%1”？</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/delete_prompt.py" line="51"/>
        <source>Delete app “%1”?</source>
        <translation>删除应用“%1”？</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/delete_prompt.py" line="52"/>
        <source>Delete template “%1”?</source>
        <translation>删除模板“%1”？</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/delete_prompt.py" line="56"/>
        <source>Confirm delete</source>
        <translation>确认删除</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/delete_prompt.py" line="85"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/delete_prompt.py" line="88"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>DiffPane</name>
    <message>
        <location filename="../../helix_desktop/ui/run/diff_pane.py" line="73"/>
        <source>Expected</source>
        <translation>预期</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/run/diff_pane.py" line="74"/>
        <source>Actual SQL</source>
        <translation>实际 SQL</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/run/diff_pane.py" line="82"/>
        <source>Raw bot answer</source>
        <translation>机器人原始回答</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/run/diff_pane.py" line="126"/>
        <source>Select a case to see its SQL.</source>
        <translation>选择一个用例查看其 SQL。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/run/diff_pane.py" line="152"/>
        <source>All expectations met.</source>
        <translation>全部预期均满足。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/run/diff_pane.py" line="153"/>
        <source>Judge: %1</source>
        <translation>判定：%1</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/run/diff_pane.py" line="162"/>
        <source>Expected SQL</source>
        <translation>预期 SQL</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/run/diff_pane.py" line="175"/>
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/run/diff_pane.py" line="179"/>
        <source>Expected keywords and conditions</source>
        <translation>预期关键字和条件</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/run/diff_pane.py" line="187"/>
        <source>Keywords:</source>
        <translation>关键字：</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/run/diff_pane.py" line="188"/>
        <source>Conditions:</source>
        <translation>条件：</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/run/diff_pane.py" line="200"/>
        <source>(no expectations)</source>
        <translation>（无预期）</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/run/diff_pane.py" line="204"/>
        <source>(the bot&apos;s answer was not stored)</source>
        <translation>（未保存机器人的回答）</translation>
    </message>
</context>
<context>
    <name>ExperimentDialog</name>
    <message>
        <location filename="../../helix_desktop/ui/matrix/experiment_dialog.py" line="52"/>
        <location filename="../../helix_desktop/ui/matrix/experiment_dialog.py" line="170"/>
        <source>Experiment: %1</source>
        <translation>实验：%1</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/experiment_dialog.py" line="86"/>
        <source>Filter templates</source>
        <translation>筛选模板</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/experiment_dialog.py" line="89"/>
        <source>Linked only</source>
        <translation>只看已关联</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/experiment_dialog.py" line="97"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/experiment_dialog.py" line="102"/>
        <source>Reference type</source>
        <translation>参照类型</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/experiment_dialog.py" line="104"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/experiment_dialog.py" line="105"/>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/experiment_dialog.py" line="110"/>
        <source>Linked templates</source>
        <translation>关联模板</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/experiment_dialog.py" line="117"/>
        <source>Delete experiment…</source>
        <translation>删除实验…</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/experiment_dialog.py" line="121"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/experiment_dialog.py" line="133"/>
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/experiment_dialog.py" line="138"/>
        <source>General</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/experiment_dialog.py" line="139"/>
        <location filename="../../helix_desktop/ui/matrix/experiment_dialog.py" line="196"/>
        <source>Template details</source>
        <translation>模板详情</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/experiment_dialog.py" line="140"/>
        <source>Groups and metrics</source>
        <translation>实验组与指标</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/experiment_dialog.py" line="177"/>
        <source>Current colour %1 is not in the palette; pick one to change it.</source>
        <translation>当前颜色 %1 不在调色板中；选择一个颜色即可修改。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/experiment_dialog.py" line="201"/>
        <source>%1 of %2 linked</source>
        <translation>已关联 %1 / %2</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/experiment_dialog.py" line="228"/>
        <source>Enter a name.</source>
        <translation>请输入名称。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/experiment_dialog.py" line="243"/>
        <source>Delete experiment</source>
        <translation>删除实验</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/experiment_dialog.py" line="244"/>
        <source>Delete experiment “%1”?</source>
        <translation>删除实验“%1”？</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/experiment_dialog.py" line="246"/>
        <source>Its links to %1 templates are removed; the templates stay.</source>
        <translation>将移除它与 %1 个模板的关联；模板本身保留。</translation>
    </message>
</context>
<context>
    <name>ExperimentStatus</name>
    <message>
        <location filename="../../helix_desktop/ui/matrix/labels.py" line="34"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/labels.py" line="35"/>
        <source>Running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/labels.py" line="36"/>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/labels.py" line="37"/>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
</context>
<context>
    <name>GeneratorPage</name>
    <message>
        <location filename="../../helix_desktop/ui/pages/generator.py" line="50"/>
        <source> per indicator</source>
        <translation> 条/指标</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/generator.py" line="53"/>
        <source>random</source>
        <translation>随机</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/generator.py" line="54"/>
        <source>The same seed gives the same questions</source>
        <translation>相同的种子生成相同的问题</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/generator.py" line="56"/>
        <location filename="../../helix_desktop/ui/pages/generator.py" line="149"/>
        <source>All categories</source>
        <translation>全部分类</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/generator.py" line="57"/>
        <source>Generate cases</source>
        <translation>生成用例</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/generator.py" line="60"/>
        <source>Show new cases</source>
        <translation>查看新用例</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/generator.py" line="68"/>
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/generator.py" line="70"/>
        <source>Questions</source>
        <translation>问题数</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/generator.py" line="71"/>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/generator.py" line="72"/>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/generator.py" line="133"/>
        <source>Skipped %1 (asked for %2).</source>
        <translation>跳过 %1 条（共请求 %2 条）。</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <location filename="../../helix_desktop/ui/matrix/group_dialog.py" line="44"/>
        <source>Bitrate (kbit/s)</source>
        <translation>码率（kbit/s）</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/group_dialog.py" line="45"/>
        <source>VMAF (0-100)</source>
        <translation>VMAF（0-100）</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/group_dialog.py" line="46"/>
        <source>PSNR (dB)</source>
        <translation>PSNR（dB）</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/group_dialog.py" line="47"/>
        <source>SSIM (0-1)</source>
        <translation>SSIM（0-1）</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/group_dialog.py" line="48"/>
        <source>CPU usage (%)</source>
        <translation>CPU 占用（%）</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/group_dialog.py" line="49"/>
        <source>GPU usage (%)</source>
        <translation>GPU 占用（%）</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/group_dialog.py" line="50"/>
        <source>Concurrent streams</source>
        <translation>并发路数</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/group_dialog.py" line="51"/>
        <source>Machine type</source>
        <translation>机型</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/group_dialog.py" line="52"/>
        <source>Detailed report URL</source>
        <translation>详细报告链接</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/group_dialog.py" line="79"/>
        <source>New group</source>
        <translation>新建实验组</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/group_dialog.py" line="79"/>
        <source>Edit group</source>
        <translation>编辑实验组</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/group_dialog.py" line="86"/>
        <source>e.g. x264 r3107 (the first word is the family)</source>
        <translation>例如 x264 r3107（第一个词为编码器系列）</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/group_dialog.py" line="105"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/group_dialog.py" line="106"/>
        <source>Encoder version</source>
        <translation>编码器版本</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/group_dialog.py" line="107"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/group_dialog.py" line="108"/>
        <source>Transcode parameters (JSON)</source>
        <translation>转码参数（JSON）</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/group_dialog.py" line="109"/>
        <source>Input URL</source>
        <translation>输入地址</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/group_dialog.py" line="110"/>
        <source>Output URL</source>
        <translation>输出地址</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/group_dialog.py" line="120"/>
        <source>Objective metrics</source>
        <translation>客观指标</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/group_dialog.py" line="129"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/group_dialog.py" line="131"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/group_dialog.py" line="161"/>
        <source>Transcode parameters must be a JSON object.</source>
        <translation>转码参数必须是 JSON 对象。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/group_dialog.py" line="193"/>
        <source>Enter a name.</source>
        <translation>请输入名称。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/group_dialog.py" line="204"/>
        <source>Transcode parameters: %1</source>
        <translation>转码参数：%1</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/group_dialog.py" line="209"/>
        <source>%1: not a valid value.</source>
        <translation>%1：取值无效。</translation>
    </message>
</context>
<context>
    <name>GroupModel</name>
    <message>
        <location filename="../../helix_desktop/ui/reports/group_view.py" line="56"/>
        <source>Case</source>
        <translation>用例</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/reports/group_view.py" line="58"/>
        <source>Question</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>GroupStatus</name>
    <message>
        <location filename="../../helix_desktop/ui/matrix/labels.py" line="53"/>
        <source>Pending</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/labels.py" line="54"/>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/labels.py" line="55"/>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/labels.py" line="56"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
</context>
<context>
    <name>GroupView</name>
    <message>
        <location filename="../../helix_desktop/ui/reports/group_view.py" line="92"/>
        <source>Select a run made against several targets: A/B view.</source>
        <translation>选择一次针对多个目标的运行，查看 A/B 视图。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/reports/group_view.py" line="107"/>
        <source>Pass rate per target</source>
        <translation>各目标通过率</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/reports/group_view.py" line="116"/>
        <source>%1: %2% (%3/%4)</source>
        <translation>%1：%2%（%3/%4）</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/reports/group_view.py" line="123"/>
        <source>, %1 flaky</source>
        <translation>，%1 个不稳定用例</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/reports/group_view.py" line="103"/>
        <source>The targets disagree on %1 of %2 cases (listed first).</source>
        <translation>各目标在 %2 条用例中有 %1 条结果不一致（排在最前）。</translation>
    </message>
</context>
<context>
    <name>GroupsModel</name>
    <message>
        <location filename="../../helix_desktop/ui/matrix/groups_model.py" line="26"/>
        <source>Group</source>
        <translation>实验组</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/groups_model.py" line="27"/>
        <source>Encoder</source>
        <translation>编码器</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/groups_model.py" line="28"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/groups_model.py" line="29"/>
        <source>Bitrate (kbit/s)</source>
        <translation>码率（kbit/s）</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/groups_model.py" line="33"/>
        <source>CPU %</source>
        <translation>CPU %</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/groups_model.py" line="34"/>
        <source>GPU %</source>
        <translation>GPU %</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/groups_model.py" line="35"/>
        <source>Machine</source>
        <translation>机型</translation>
    </message>
</context>
<context>
    <name>GroupsTab</name>
    <message>
        <location filename="../../helix_desktop/ui/matrix/groups_tab.py" line="50"/>
        <source>Add group…</source>
        <translation>添加实验组…</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/groups_tab.py" line="52"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/groups_tab.py" line="54"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/groups_tab.py" line="56"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/groups_tab.py" line="73"/>
        <source>BD-rate needs two encoder families with at least four groups each at different bitrates (bitrate and VMAF measured).</source>
        <translation>BD-rate 需要两个编码器系列，且每个系列至少有四个不同码率的实验组（已测码率和 VMAF）。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/groups_tab.py" line="91"/>
        <source>BD-rate (VMAF) of</source>
        <translation>BD-rate（VMAF）：</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/groups_tab.py" line="93"/>
        <source>against</source>
        <translation>相对于</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/groups_tab.py" line="164"/>
        <source>(choose two different families)</source>
        <translation>（请选择两个不同的系列）</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/groups_tab.py" line="168"/>
        <source>cannot be computed: the VMAF ranges do not overlap</source>
        <translation>无法计算：两者的 VMAF 范围没有重叠</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/groups_tab.py" line="171"/>
        <source>%1%: %2 needs %3% less bitrate for the same VMAF</source>
        <translation>%1%：相同 VMAF 下 %2 节省 %3% 码率</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/groups_tab.py" line="173"/>
        <source>%1%: %2 needs %3% more bitrate for the same VMAF</source>
        <translation>%1%：相同 VMAF 下 %2 多用 %3% 码率</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/groups_tab.py" line="206"/>
        <source>Delete group</source>
        <translation>删除实验组</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/groups_tab.py" line="207"/>
        <source>Delete group “%1” and its metrics?</source>
        <translation>删除实验组“%1”及其指标？</translation>
    </message>
</context>
<context>
    <name>HelixApp</name>
    <message>
        <location filename="../../helix_desktop/app.py" line="149"/>
        <source>The local server could not start: %1</source>
        <translation>本地服务无法启动：%1</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/app.py" line="187"/>
        <source>The local server keeps stopping (exit code %1).</source>
        <translation>本地服务不断停止（退出码 %1），不再自动重启。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/app.py" line="193"/>
        <source>The local server stopped unexpectedly; restarting it…</source>
        <translation>本地服务意外停止，正在重新启动…</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/app.py" line="201"/>
        <source>The local server stopped and could not be restarted.</source>
        <translation>本地服务已停止，且无法重新启动。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/app.py" line="215"/>
        <source>The local server was restarted. Runs that were in progress were interrupted; resume them from the Run page.</source>
        <translation>本地服务已重新启动。进行中的运行已被中断，可在“运行”页面续跑。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/app.py" line="232"/>
        <source>Local server</source>
        <translation>本地服务</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/app.py" line="247"/>
        <source>Its log: %1</source>
        <translation>日志文件：%1</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/app.py" line="259"/>
        <source>Local server (%1)</source>
        <translation>本地服务（%1）</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/app.py" line="262"/>
        <source>Server: %1</source>
        <translation>服务器：%1</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../helix_desktop/ui/cases/history_box.py" line="48"/>
        <source>Finished</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/history_box.py" line="49"/>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/history_box.py" line="50"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/history_box.py" line="51"/>
        <source>Ask</source>
        <translation>第几次</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/history_box.py" line="52"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/history_box.py" line="83"/>
        <source>%1 (deleted since)</source>
        <translation>%1（已删除）</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../helix_desktop/ui/cases/import_dialog.py" line="49"/>
        <source>Import cases</source>
        <translation>导入用例</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/import_dialog.py" line="174"/>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/import_dialog.py" line="80"/>
        <source>Skipped: blank question</source>
        <translation>跳过：问题为空</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/import_dialog.py" line="51"/>
        <source>Checking %1…</source>
        <translation>正在检查 %1…</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/import_dialog.py" line="57"/>
        <source>Columns of the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/import_dialog.py" line="67"/>
        <source>Ignored columns</source>
        <translation>忽略的列</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/import_dialog.py" line="78"/>
        <source>To import</source>
        <translation>将导入</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/import_dialog.py" line="81"/>
        <source>Skipped: question exists already</source>
        <translation>跳过：问题已存在</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/import_dialog.py" line="82"/>
        <source>Rows read</source>
        <translation>读取行数</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/import_dialog.py" line="83"/>
        <source>Cases without any expectation</source>
        <translation>没有任何预期的用例</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/import_dialog.py" line="88"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/import_dialog.py" line="134"/>
        <source>— not in the file —</source>
        <translation>— 文件中没有 —</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/import_dialog.py" line="139"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/import_dialog.py" line="142"/>
        <source>Check the columns, then import</source>
        <translation>请核对列的对应关系，然后导入</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/import_dialog.py" line="156"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/import_dialog.py" line="182"/>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/import_dialog.py" line="186"/>
        <source>Nothing was imported</source>
        <translation>未导入任何用例</translation>
    </message>
</context>
<context>
    <name>JudgeCheck</name>
    <message>
        <location filename="../../helix_desktop/ui/run/checks_strip.py" line="20"/>
        <source>Keywords</source>
        <translation>关键字</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/run/checks_strip.py" line="21"/>
        <source>Conditions</source>
        <translation>条件</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/run/checks_strip.py" line="22"/>
        <source>Structure</source>
        <translation>结构</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/run/checks_strip.py" line="23"/>
        <source>Execution</source>
        <translation>执行</translation>
    </message>
</context>
<context>
    <name>JudgeDialog</name>
    <message>
        <location filename="../../helix_desktop/ui/cases/judge_dialog.py" line="37"/>
        <source>Try the judge</source>
        <translation>试用判定</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/judge_dialog.py" line="41"/>
        <source>Paste a SQL a bot might give: the server judges it against this case&apos;s expectations with the configured checks. Nothing is saved.</source>
        <translation>粘贴一条机器人可能给出的 SQL：服务器按已配置的检查，用本用例的预期判定它。不会保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/judge_dialog.py" line="52"/>
        <source>Judge</source>
        <translation>判定</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/judge_dialog.py" line="76"/>
        <source>Enter a SQL to judge.</source>
        <translation>请输入要判定的 SQL。</translation>
    </message>
</context>
<context>
    <name>LatencyChart</name>
    <message>
        <location filename="../../helix_desktop/ui/reports/latency_chart.py" line="32"/>
        <source>Asks</source>
        <translation>提问次数</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/reports/latency_chart.py" line="36"/>
        <location filename="../../helix_desktop/ui/reports/latency_chart.py" line="72"/>
        <source>Answer time of the selected run</source>
        <translation>所选运行的回答耗时</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/reports/latency_chart.py" line="42"/>
        <location filename="../../helix_desktop/ui/reports/latency_chart.py" line="63"/>
        <source>Seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/reports/latency_chart.py" line="61"/>
        <source>Seconds (0 to %1)</source>
        <translation>秒（0 至 %1）</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/reports/latency_chart.py" line="76"/>
        <source>Answer time: p50 %1 · p90 %2 · p99 %3 (time to SQL: p50 %4)</source>
        <translation>回答耗时：p50 %1 · p90 %2 · p99 %3（出 SQL：p50 %4）</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../helix_desktop/ui/login_dialog.py" line="47"/>
        <source>Log in again</source>
        <translation>重新登录</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/login_dialog.py" line="47"/>
        <source>Log in to Helix</source>
        <translation>登录 Helix</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/login_dialog.py" line="50"/>
        <source>Helix Desktop</source>
        <translation>Helix 桌面版</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/login_dialog.py" line="55"/>
        <source>Change server…</source>
        <translation>更换服务器…</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/login_dialog.py" line="72"/>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/login_dialog.py" line="73"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/login_dialog.py" line="78"/>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/login_dialog.py" line="81"/>
        <source>Log out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/login_dialog.py" line="81"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/login_dialog.py" line="103"/>
        <source>Your session has expired. Please log in again.</source>
        <translation>登录已过期，请重新登录。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/login_dialog.py" line="118"/>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/login_dialog.py" line="120"/>
        <source>Starting the local server…</source>
        <translation>正在启动本地服务…</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/login_dialog.py" line="127"/>
        <source>Server: %1</source>
        <translation>服务器：%1</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/login_dialog.py" line="134"/>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/login_dialog.py" line="162"/>
        <source>Enter the username and the password.</source>
        <translation>请输入用户名和密码。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../helix_desktop/ui/main_window.py" line="100"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/main_window.py" line="101"/>
        <source>Log &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/main_window.py" line="104"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/main_window.py" line="113"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/main_window.py" line="121"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/main_window.py" line="129"/>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/main_window.py" line="133"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/main_window.py" line="134"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/main_window.py" line="135"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/main_window.py" line="144"/>
        <source>&amp;Account</source>
        <translation>账户(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/main_window.py" line="145"/>
        <source>&amp;User accounts…</source>
        <translation>用户管理(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/main_window.py" line="149"/>
        <source>&amp;Change password…</source>
        <translation>修改密码(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/main_window.py" line="154"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/main_window.py" line="155"/>
        <source>&amp;About Helix</source>
        <translation>关于 Helix(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/main_window.py" line="168"/>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/main_window.py" line="168"/>
        <source>Tester</source>
        <translation>测试员</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/main_window.py" line="217"/>
        <source>About Helix</source>
        <translation>关于 Helix</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/main_window.py" line="221"/>
        <source>A desktop tool for test teams that check text-to-SQL Q&amp;A bots.</source>
        <translation>面向测试团队的桌面工具，用于检验 Text-to-SQL 问答机器人。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/main_window.py" line="262"/>
        <source>A run is in progress (%1 of %2 cases done). Quitting stops the local server and interrupts the run; you can resume it later from the Run page.</source>
        <translation>正在运行（已完成 %1/%2 个用例）。退出会停止本地服务并中断这次运行；之后可在“运行”页面续跑。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/main_window.py" line="268"/>
        <source>Quit Helix</source>
        <translation>退出 Helix</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/main_window.py" line="271"/>
        <source>Quit and interrupt</source>
        <translation>退出并中断</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/main_window.py" line="273"/>
        <source>Keep running</source>
        <translation>继续运行</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <location filename="../../helix_desktop/ui/matrix/model.py" line="168"/>
        <source>linked to</source>
        <translation>已关联</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/model.py" line="170"/>
        <source>not linked to</source>
        <translation>未关联</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/model.py" line="184"/>
        <source>No apps yet</source>
        <translation>还没有应用</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/model.py" line="185"/>
        <source>No templates yet</source>
        <translation>还没有模板</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/model.py" line="210"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/model.py" line="211"/>
        <source>App</source>
        <translation>应用</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/model.py" line="212"/>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/model.py" line="221"/>
        <source>Click to edit this experiment</source>
        <translation>点击编辑此实验</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/model.py" line="225"/>
        <source>Latest tagged AutoTest run: %1 passed</source>
        <translation>最近标记的自动测试运行：通过率 %1</translation>
    </message>
</context>
<context>
    <name>MatrixPage</name>
    <message>
        <location filename="../../helix_desktop/ui/pages/matrix.py" line="67"/>
        <source>Filter customers, apps, templates, experiments</source>
        <translation>筛选客户、应用、模板、实验</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/matrix.py" line="73"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/matrix.py" line="82"/>
        <source>New customer…</source>
        <translation>新建客户…</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/matrix.py" line="85"/>
        <source>New app…</source>
        <translation>新建应用…</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/matrix.py" line="88"/>
        <source>New template…</source>
        <translation>新建模板…</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/matrix.py" line="90"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/matrix.py" line="91"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/matrix.py" line="93"/>
        <source>New experiment…</source>
        <translation>新建实验…</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/matrix.py" line="96"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/matrix.py" line="99"/>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/matrix.py" line="118"/>
        <source>Experiment matrix</source>
        <translation>实验矩阵</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/matrix.py" line="118"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/matrix.py" line="119"/>
        <source>Add the first customer</source>
        <translation>添加第一个客户</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/matrix.py" line="206"/>
        <source>No customers yet</source>
        <translation>还没有客户</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/matrix.py" line="208"/>
        <source>Start by adding a customer, then its apps and their templates. Select templates to create an experiment from them.</source>
        <translation>先添加一个客户，再为它添加应用和模板。选中模板即可用它们创建实验。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/matrix.py" line="214"/>
        <source>Next: add an app to a customer, then templates to the app.</source>
        <translation>下一步：为客户添加应用，再为应用添加模板。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/matrix.py" line="216"/>
        <source>Next: select template rows and press Ctrl+N to create an experiment.</source>
        <translation>下一步：选中模板行，按 Ctrl+N 创建实验。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/matrix.py" line="219"/>
        <source>Double-click a cell or press Space to link or unlink; click a column header to edit its experiment.</source>
        <translation>双击单元格或按空格键关联/取消关联；点击列标题编辑该实验。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/matrix.py" line="231"/>
        <source>%1 customers · %2 apps · %3 templates · %4 experiments</source>
        <translation>%1 个客户 · %2 个应用 · %3 个模板 · %4 个实验</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/matrix.py" line="239"/>
        <source>Showing %1 of %2 rows, %3 of %4 experiments</source>
        <translation>显示 %1 / %2 行，%3 / %4 个实验</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/matrix.py" line="333"/>
        <location filename="../../helix_desktop/ui/pages/matrix.py" line="350"/>
        <source>Select a row first.</source>
        <translation>请先选择一行。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/matrix.py" line="380"/>
        <source>Select one or more template rows first (Shift or Ctrl+click for several).</source>
        <translation>请先选择一个或多个模板行（按住 Shift 或 Ctrl 点击可多选）。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/matrix.py" line="416"/>
        <source>Unlink from “%1”</source>
        <translation>取消关联“%1”</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/matrix.py" line="416"/>
        <source>Link to “%1”</source>
        <translation>关联到“%1”</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/matrix.py" line="422"/>
        <source>Edit experiment “%1”…</source>
        <translation>编辑实验“%1”…</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/matrix.py" line="430"/>
        <source>New app in “%1”…</source>
        <translation>在“%1”下新建应用…</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/matrix.py" line="435"/>
        <source>New template in “%1”…</source>
        <translation>在“%1”下新建模板…</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/matrix.py" line="440"/>
        <source>Rename customer “%1”…</source>
        <translation>重命名客户“%1”…</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/matrix.py" line="441"/>
        <source>Rename app “%1”…</source>
        <translation>重命名应用“%1”…</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/matrix.py" line="442"/>
        <source>Rename template “%1”…</source>
        <translation>重命名模板“%1”…</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/matrix.py" line="445"/>
        <source>Delete customer “%1”…</source>
        <translation>删除客户“%1”…</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/matrix.py" line="446"/>
        <source>Delete app “%1”…</source>
        <translation>删除应用“%1”…</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/matrix.py" line="447"/>
        <source>Delete template “%1”…</source>
        <translation>删除模板“%1”…</translation>
    </message>
</context>
<context>
    <name>NameDialog</name>
    <message>
        <location filename="../../helix_desktop/ui/matrix/name_dialog.py" line="35"/>
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/name_dialog.py" line="36"/>
        <source>New app</source>
        <translation>新建应用</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/name_dialog.py" line="37"/>
        <source>New template</source>
        <translation>新建模板</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/name_dialog.py" line="38"/>
        <source>Rename customer</source>
        <translation>重命名客户</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/name_dialog.py" line="39"/>
        <source>Rename app</source>
        <translation>重命名应用</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/name_dialog.py" line="40"/>
        <source>Rename template</source>
        <translation>重命名模板</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/name_dialog.py" line="44"/>
        <source>Customer name</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/name_dialog.py" line="45"/>
        <source>App name</source>
        <translation>应用名称</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/name_dialog.py" line="46"/>
        <source>Template name</source>
        <translation>模板名称</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/name_dialog.py" line="60"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/name_dialog.py" line="60"/>
        <source>App</source>
        <translation>应用</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/name_dialog.py" line="70"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/name_dialog.py" line="70"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/name_dialog.py" line="77"/>
        <source>Enter a name.</source>
        <translation>请输入名称。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/name_dialog.py" line="81"/>
        <source>Add a customer first.</source>
        <translation>请先添加客户。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/name_dialog.py" line="83"/>
        <source>Add an app first.</source>
        <translation>请先添加应用。</translation>
    </message>
</context>
<context>
    <name>NewExperimentDialog</name>
    <message>
        <location filename="../../helix_desktop/ui/matrix/new_experiment_dialog.py" line="36"/>
        <source>New experiment</source>
        <translation>新建实验</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/new_experiment_dialog.py" line="40"/>
        <source>e.g. Regression May</source>
        <translation>例如：五月回归</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/new_experiment_dialog.py" line="45"/>
        <source>%1 templates selected:</source>
        <translation>已选 %1 个模板：</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/new_experiment_dialog.py" line="54"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/new_experiment_dialog.py" line="56"/>
        <source>Reference type</source>
        <translation>参照类型</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/new_experiment_dialog.py" line="63"/>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/new_experiment_dialog.py" line="70"/>
        <source>Enter a name.</source>
        <translation>请输入名称。</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <location filename="../../helix_desktop/ui/user_forms.py" line="61"/>
        <source>New user</source>
        <translation>新建用户</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/user_forms.py" line="71"/>
        <source>Tester</source>
        <translation>测试员</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/user_forms.py" line="72"/>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/user_forms.py" line="74"/>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/user_forms.py" line="75"/>
        <source>Display name</source>
        <translation>显示名</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/user_forms.py" line="76"/>
        <source>Initial password</source>
        <translation>初始密码</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/user_forms.py" line="77"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/user_forms.py" line="79"/>
        <source>Give this password to the user; they can change it in the Account menu.</source>
        <translation>请将此密码告知该用户；用户可在“账户”菜单中修改密码。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/user_forms.py" line="88"/>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/user_forms.py" line="92"/>
        <source>Enter a username.</source>
        <translation>请输入用户名。</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../helix_desktop/ui/pages/__init__.py" line="53"/>
        <source>Experiment matrix</source>
        <translation>实验矩阵</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/__init__.py" line="55"/>
        <source>Cases</source>
        <translation>用例</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/__init__.py" line="56"/>
        <source>Targets</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/__init__.py" line="57"/>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/__init__.py" line="58"/>
        <source>Reports</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/__init__.py" line="60"/>
        <source>Generator</source>
        <translation>用例生成</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/__init__.py" line="63"/>
        <source>Bot config</source>
        <translation>机器人配置</translation>
    </message>
</context>
<context>
    <name>PasteCurlDialog</name>
    <message>
        <location filename="../../helix_desktop/ui/targets/curl_dialog.py" line="25"/>
        <source>Paste cURL</source>
        <translation>粘贴 cURL</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/targets/curl_dialog.py" line="29"/>
        <source>In the browser&apos;s developer tools, right-click the bot&apos;s request and choose Copy &gt; Copy as cURL (bash or cmd), then paste it here.</source>
        <translation>在浏览器开发者工具中右键点击机器人的请求，选择“复制 &gt; 以 cURL 格式复制”（bash 或 cmd），然后粘贴到这里。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/targets/curl_dialog.py" line="41"/>
        <source>The question asked in that request (optional: found by its field name)</source>
        <translation>该请求中提问的问题（可选：也可按字段名识别）</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/targets/curl_dialog.py" line="47"/>
        <source>Read command</source>
        <translation>读取命令</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/targets/curl_dialog.py" line="57"/>
        <source>Sample question</source>
        <translation>示例问题</translation>
    </message>
</context>
<context>
    <name>PreviewBox</name>
    <message>
        <location filename="../../helix_desktop/ui/generator/preview_box.py" line="75"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/generator/preview_box.py" line="97"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/generator/preview_box.py" line="98"/>
        <source>Indicators</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/generator/preview_box.py" line="99"/>
        <source>Companies</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/generator/preview_box.py" line="122"/>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>ProgressStrip</name>
    <message>
        <location filename="../../helix_desktop/ui/run/progress_strip.py" line="61"/>
        <source>Elapsed %1 · ETA %2 · %3 cases/s</source>
        <translation>已用 %1 · 预计剩余 %2 · %3 条/秒</translation>
    </message>
</context>
<context>
    <name>PromptDialog</name>
    <message>
        <location filename="../../helix_desktop/ui/user_forms.py" line="204"/>
        <source>This field cannot be empty.</source>
        <translation>此项不能为空。</translation>
    </message>
</context>
<context>
    <name>RateQualityChart</name>
    <message>
        <location filename="../../helix_desktop/ui/matrix/rate_quality_chart.py" line="27"/>
        <location filename="../../helix_desktop/ui/matrix/rate_quality_chart.py" line="80"/>
        <source>Bitrate vs VMAF</source>
        <translation>码率 - VMAF</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/rate_quality_chart.py" line="30"/>
        <source>Bitrate (kbit/s)</source>
        <translation>码率（kbit/s）</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/rate_quality_chart.py" line="54"/>
        <source>(no encoder)</source>
        <translation>（无编码器）</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/rate_quality_chart.py" line="81"/>
        <source>Bitrate vs VMAF: no metrics yet</source>
        <translation>码率 - VMAF：尚无指标</translation>
    </message>
</context>
<context>
    <name>ReferenceType</name>
    <message>
        <location filename="../../helix_desktop/ui/matrix/labels.py" line="44"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/labels.py" line="45"/>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/labels.py" line="46"/>
        <source>Self</source>
        <translation>自有</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../helix_desktop/ui/pages/reports.py" line="68"/>
        <source>Reports</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/reports.py" line="70"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/reports.py" line="71"/>
        <location filename="../../helix_desktop/ui/pages/reports.py" line="180"/>
        <source>Compare</source>
        <translation>对比</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/reports.py" line="73"/>
        <source>Select two runs to compare them case by case.</source>
        <translation>选择两次运行，逐个用例对比。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/reports.py" line="74"/>
        <source>A/B view</source>
        <translation>A/B 视图</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/reports.py" line="77"/>
        <source>The runs started together against several targets, side by side.</source>
        <translation>同时针对多个目标发起的运行，并排对比。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/reports.py" line="79"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/reports.py" line="81"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/reports.py" line="83"/>
        <source>Rerun failed…</source>
        <translation>重跑失败用例…</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/reports.py" line="85"/>
        <source>Run the FAIL and ERROR cases of this run again</source>
        <translation>重新运行本次运行中失败和错误的用例</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/reports.py" line="138"/>
        <source>Failed only (FAIL and ERROR)</source>
        <translation>仅失败（FAIL 和 ERROR）</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/reports.py" line="141"/>
        <source>Flaky only</source>
        <translation>仅不稳定</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/reports.py" line="143"/>
        <source>Only cases that passed some asks and not others</source>
        <translation>只显示多次提问中时而通过、时而不通过的用例</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/reports.py" line="179"/>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/reports.py" line="182"/>
        <source>A/B</source>
        <translation>A/B</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/reports.py" line="335"/>
        <source>Report deleted.</source>
        <translation>报告已删除。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/reports.py" line="228"/>
        <source>%1 runs</source>
        <translation>共 %1 次运行</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/reports.py" line="230"/>
        <source>newest %1 of %2 runs</source>
        <translation>最近 %1 次（共 %2 次运行）</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/reports.py" line="282"/>
        <source>%1 results shown</source>
        <translation>显示 %1 条结果</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/reports.py" line="318"/>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/reports.py" line="320"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/reports.py" line="332"/>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/reports.py" line="344"/>
        <source>Delete report</source>
        <translation>删除报告</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/reports.py" line="347"/>
        <source>Delete the run of %1 and its %2 results?</source>
        <translation>删除 %1 的运行及其 %2 条结果？</translation>
    </message>
</context>
<context>
    <name>ReportsState</name>
    <message>
        <location filename="../../helix_desktop/state/reports.py" line="210"/>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>RerunPrompt</name>
    <message>
        <location filename="../../helix_desktop/ui/rerun_prompt.py" line="24"/>
        <source>Rerun failed cases</source>
        <translation>重跑失败用例</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/rerun_prompt.py" line="26"/>
        <source>The run of %1 (%2 cases)</source>
        <translation>%1 的运行（%2 个用例）</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/rerun_prompt.py" line="33"/>
        <source>%1 has no failed cases.</source>
        <translation>%1没有失败的用例。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/rerun_prompt.py" line="41"/>
        <source>Rerun %1 failed cases (%2 FAIL, %3 ERROR)?</source>
        <translation>重跑 %1 个失败用例（失败 %2，错误 %3）？</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/rerun_prompt.py" line="47"/>
        <source>From: %1. They run in a new batch.</source>
        <translation>来源：%1。将在新的批次中运行。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/rerun_prompt.py" line="52"/>
        <source>Rerun</source>
        <translation>重跑</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/rerun_prompt.py" line="55"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../helix_desktop/ui/user_forms.py" line="125"/>
        <source>Reset password of %1</source>
        <translation>重置 %1 的密码</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/user_forms.py" line="135"/>
        <source>Must change the password at next login</source>
        <translation>下次登录时必须修改密码</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/user_forms.py" line="139"/>
        <source>Untick this for an account used from a client that cannot change passwords.</source>
        <translation>若该账号用于无法修改密码的客户端，请取消勾选。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/user_forms.py" line="144"/>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/user_forms.py" line="145"/>
        <source>Confirm password</source>
        <translation>确认密码</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/user_forms.py" line="152"/>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/user_forms.py" line="158"/>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>ResultChart</name>
    <message>
        <location filename="../../helix_desktop/ui/reports/charts.py" line="101"/>
        <location filename="../../helix_desktop/ui/reports/charts.py" line="111"/>
        <source>Selected run</source>
        <translation>所选运行</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/reports/charts.py" line="114"/>
        <source>%1 of %2 finished</source>
        <translation>已完成 %1 / %2</translation>
    </message>
</context>
<context>
    <name>ResultCounters</name>
    <message>
        <location filename="../../helix_desktop/ui/result_counters.py" line="39"/>
        <source>Click to show only these cases; again to show all</source>
        <translation>点击只显示这些用例；再次点击显示全部</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/result_counters.py" line="46"/>
        <source>Pass</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/result_counters.py" line="47"/>
        <source>Fail</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/result_counters.py" line="48"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/result_counters.py" line="49"/>
        <source>Still running</source>
        <translation>仍在运行</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <location filename="../../helix_desktop/ui/reports/results_model.py" line="46"/>
        <source>Case</source>
        <translation>用例</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/reports/results_model.py" line="47"/>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/reports/results_model.py" line="48"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/reports/results_model.py" line="49"/>
        <source>Ask</source>
        <translation>第几次</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/reports/results_model.py" line="50"/>
        <source>Stability</source>
        <translation>稳定性</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/reports/results_model.py" line="51"/>
        <source>Time (s)</source>
        <translation>耗时（秒）</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/reports/results_model.py" line="52"/>
        <source>Message</source>
        <translation>信息</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../helix_desktop/ui/pages/run.py" line="62"/>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/run.py" line="64"/>
        <source>Run all active cases</source>
        <translation>运行全部启用用例</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/run.py" line="66"/>
        <source>Rerun failed of last full run…</source>
        <translation>重跑上次完整运行的失败用例…</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/run.py" line="68"/>
        <source>The last finished run of all active cases; other runs: the Reports page</source>
        <translation>最近一次完成的全部启用用例运行；其他运行请在“报告”页重跑</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/run.py" line="72"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/run.py" line="74"/>
        <source>Resume</source>
        <translation>续跑</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/run.py" line="77"/>
        <source>Run the cases this stopped or interrupted run has not run yet</source>
        <translation>运行这次已停止或被中断的运行中尚未运行的用例</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/run.py" line="83"/>
        <source>Asks per case: </source>
        <translation>每个用例提问次数：</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/run.py" line="85"/>
        <source>Ask every case this many times (each with its own chat id) to find flaky ones</source>
        <translation>每个用例提问这么多次（每次使用不同的会话 ID），以找出不稳定的用例</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/run.py" line="88"/>
        <source>Flaky only</source>
        <translation>仅不稳定</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/run.py" line="90"/>
        <source>Only cases that passed some asks and not others</source>
        <translation>只显示多次提问中时而通过、时而不通过的用例</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/run.py" line="142"/>
        <source>What happens during the run is logged here.</source>
        <translation>运行过程中的事件记录在这里。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/run.py" line="156"/>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/run.py" line="157"/>
        <source>Answer times</source>
        <translation>回答用时</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/run.py" line="233"/>
        <source>No run yet</source>
        <translation>尚未运行</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/run.py" line="235"/>
        <source>Reconnecting…</source>
        <translation>正在重连…</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/run.py" line="237"/>
        <source>Connection lost</source>
        <translation>连接已断开</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/run.py" line="239"/>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/run.py" line="292"/>
        <source>The case has not finished yet.</source>
        <translation>该用例尚未完成。</translation>
    </message>
</context>
<context>
    <name>RunState</name>
    <message>
        <location filename="../../helix_desktop/state/run.py" line="48"/>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/state/run.py" line="49"/>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/state/run.py" line="50"/>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/state/run.py" line="51"/>
        <source>Interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/state/run.py" line="216"/>
        <source>There is no finished full run to rerun yet.</source>
        <translation>还没有已完成的完整运行可供重跑。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/state/run.py" line="233"/>
        <source>Rerunning the failed cases of %1.</source>
        <translation>重跑 %1 中失败的用例。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/state/run.py" line="253"/>
        <source>Started one run per target (%1); following the first. Compare them on the Reports page.</source>
        <translation>已为每个目标各启动一次运行（%1）；当前跟踪第一个。可在“报告”页对比。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/state/run.py" line="278"/>
        <source>Stop requested for all %1 runs (one per target).</source>
        <translation>已请求停止全部 %1 个运行（每个目标一个）。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/state/run.py" line="281"/>
        <source>Stop requested.</source>
        <translation>已请求停止。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/state/run.py" line="316"/>
        <source>Run %1 resumed: %2 cases to go.</source>
        <translation>运行 %1 已续跑：还剩 %2 个用例。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/state/run.py" line="340"/>
        <source>Following a run in progress (%1 of %2 cases done).</source>
        <translation>正在跟踪进行中的运行（已完成 %1 / %2 条）。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/state/run.py" line="344"/>
        <source>%1 more runs are in progress.</source>
        <translation>另有 %1 次运行正在进行。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/state/run.py" line="416"/>
        <source>Run %1 started.</source>
        <translation>运行 %1 已开始。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/state/run.py" line="459"/>
        <source>Connection lost; reconnecting…</source>
        <translation>连接中断，正在重连…</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/state/run.py" line="516"/>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/state/run.py" line="524"/>
        <source>… and %1 more failures (see the table).</source>
        <translation>……另有 %1 条失败（见表格）。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/state/run.py" line="636"/>
        <source>Run finished: %1 (%2 passed, %3 failed, %4 errors).</source>
        <translation>运行结束：%1（通过 %2，失败 %3，错误 %4）。</translation>
    </message>
</context>
<context>
    <name>RunTableModel</name>
    <message>
        <location filename="../../helix_desktop/ui/run/table_model.py" line="29"/>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/run/table_model.py" line="30"/>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/run/table_model.py" line="31"/>
        <source>Not run</source>
        <translation>未运行</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/run/table_model.py" line="70"/>
        <source>Case</source>
        <translation>用例</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/run/table_model.py" line="71"/>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/run/table_model.py" line="72"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/run/table_model.py" line="73"/>
        <source>Stability</source>
        <translation>稳定性</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/run/table_model.py" line="74"/>
        <source>Time (s)</source>
        <translation>耗时（秒）</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/run/table_model.py" line="75"/>
        <source>Message</source>
        <translation>信息</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/run/table_model.py" line="105"/>
        <source>Flaky: passed some asks and not others</source>
        <translation>不稳定：部分提问通过，部分未通过</translation>
    </message>
</context>
<context>
    <name>SampleQuestionsModel</name>
    <message>
        <location filename="../../helix_desktop/ui/generator/preview_box.py" line="54"/>
        <source>Sample question</source>
        <translation>示例问题</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/generator/preview_box.py" line="55"/>
        <source>Expected keywords</source>
        <translation>预期关键字</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/generator/preview_box.py" line="56"/>
        <source>Conditions</source>
        <translation>条件</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/generator/preview_box.py" line="57"/>
        <source>Category</source>
        <translation>分类</translation>
    </message>
</context>
<context>
    <name>SourceBox</name>
    <message>
        <location filename="../../helix_desktop/ui/generator/source_box.py" line="40"/>
        <source>Metadata source</source>
        <translation>元数据来源</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/generator/source_box.py" line="47"/>
        <source>Built-in sample catalogue</source>
        <translation>内置示例目录</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/generator/source_box.py" line="48"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/generator/source_box.py" line="49"/>
        <source>Uploaded workbook</source>
        <translation>上传的工作簿</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/generator/source_box.py" line="72"/>
        <source>URL</source>
        <translation>连接 URL</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/generator/source_box.py" line="73"/>
        <source>Indicators query</source>
        <translation>指标查询</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/generator/source_box.py" line="74"/>
        <source>Entities query</source>
        <translation>实体查询</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/generator/source_box.py" line="76"/>
        <source>Upload workbook…</source>
        <translation>上传工作簿…</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/generator/source_box.py" line="77"/>
        <source>or drop an .xlsx here (sheets: indicators and entities)</source>
        <translation>或将 .xlsx 拖放到此处（工作表：指标和公司）</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/generator/source_box.py" line="86"/>
        <source>Use this source</source>
        <translation>使用此来源</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/generator/source_box.py" line="144"/>
        <source>Enter the database URL first.</source>
        <translation>请先填写数据库 URL。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/generator/source_box.py" line="151"/>
        <source>Source saved; the preview is being refreshed.</source>
        <translation>来源已保存，正在刷新预览。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/generator/source_box.py" line="163"/>
        <source>This server cannot change the source yet (no /config). An uploaded workbook still works: it becomes the source when uploaded.</source>
        <translation>此服务器暂不支持切换来源（没有 /config）。上传工作簿仍然可用：上传后即成为来源。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/generator/source_box.py" line="179"/>
        <source>Upload metadata workbook</source>
        <translation>上传元数据工作簿</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/generator/source_box.py" line="182"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>SqlPair</name>
    <message>
        <location filename="../../helix_desktop/ui/reports/sql_pair.py" line="42"/>
        <source>SQL in A</source>
        <translation>A 的 SQL</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/reports/sql_pair.py" line="43"/>
        <source>SQL in B</source>
        <translation>B 的 SQL</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/reports/sql_pair.py" line="50"/>
        <source>(no SQL)</source>
        <translation>（无 SQL）</translation>
    </message>
</context>
<context>
    <name>StateForm</name>
    <message>
        <location filename="../../helix_desktop/ui/matrix/form.py" line="36"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>TagRunBox</name>
    <message>
        <location filename="../../helix_desktop/ui/matrix/tag_run_box.py" line="33"/>
        <source>Tag run</source>
        <translation>标记运行</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/tag_run_box.py" line="37"/>
        <source>Record that this run measured the experiment (with all its templates)</source>
        <translation>记录这次运行测的是该实验（含其全部模板）</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/tag_run_box.py" line="44"/>
        <source>AutoTest run</source>
        <translation>自动测试运行</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/tag_run_box.py" line="69"/>
        <source>No finished run yet</source>
        <translation>还没有已结束的运行</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/tag_run_box.py" line="78"/>
        <source>No run is tagged with this experiment yet.</source>
        <translation>还没有运行标记为此实验。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/tag_run_box.py" line="80"/>
        <source>Latest tagged run: nothing finished</source>
        <translation>最近标记的运行：没有完成的用例</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/tag_run_box.py" line="83"/>
        <source>Latest tagged run: %1 passed</source>
        <translation>最近标记的运行：通过率 %1</translation>
    </message>
</context>
<context>
    <name>TargetForm</name>
    <message>
        <location filename="../../helix_desktop/ui/targets/target_form.py" line="66"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/targets/target_form.py" line="67"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/targets/target_form.py" line="68"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/targets/target_form.py" line="69"/>
        <source>Base URL</source>
        <translation>基础 URL</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/targets/target_form.py" line="70"/>
        <source>Endpoint</source>
        <translation>接口路径</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/targets/target_form.py" line="71"/>
        <source>HTTP method</source>
        <translation>HTTP 方法</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/targets/target_form.py" line="72"/>
        <source>Request body template</source>
        <translation>请求体模板</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/targets/target_form.py" line="73"/>
        <source>Answer format</source>
        <translation>回答格式</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/targets/target_form.py" line="74"/>
        <source>SQL paths (one per line)</source>
        <translation>SQL 路径（每行一个）</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/targets/target_form.py" line="75"/>
        <location filename="../../helix_desktop/ui/targets/target_form.py" line="89"/>
        <source>Authentication</source>
        <translation>认证</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/targets/target_form.py" line="76"/>
        <source>Extra headers (JSON)</source>
        <translation>附加请求头（JSON）</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/targets/target_form.py" line="77"/>
        <source>Total timeout</source>
        <translation>总超时</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/targets/target_form.py" line="78"/>
        <source>Connect timeout</source>
        <translation>连接超时</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/targets/target_form.py" line="79"/>
        <source>First byte timeout</source>
        <translation>首字节超时</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/targets/target_form.py" line="80"/>
        <source>Retries</source>
        <translation>重试次数</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/targets/target_form.py" line="81"/>
        <source>Retry backoff</source>
        <translation>重试退避</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/targets/target_form.py" line="84"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/targets/target_form.py" line="86"/>
        <source>Request</source>
        <translation>请求</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/targets/target_form.py" line="91"/>
        <source>Timing</source>
        <translation>时限</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/targets/target_form.py" line="105"/>
        <source>Placeholders in the body template: {question}, {chat_id}, {case_id}. Secrets you may not see are shown masked; leave them as they are to keep them.</source>
        <translation>请求体模板中的占位符：{question}、{chat_id}、{case_id}。无权查看的密钥以掩码显示；保持不变即保留原值。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/targets/target_form.py" line="118"/>
        <source>Token</source>
        <translation>令牌</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/targets/target_form.py" line="119"/>
        <source>Token header</source>
        <translation>令牌请求头</translation>
    </message>
</context>
<context>
    <name>TargetPicker</name>
    <message>
        <location filename="../../helix_desktop/ui/run/target_picker.py" line="24"/>
        <source>Targets:</source>
        <translation>目标：</translation>
    </message>
</context>
<context>
    <name>TargetTestPanel</name>
    <message>
        <location filename="../../helix_desktop/ui/targets/test_panel.py" line="41"/>
        <location filename="../../helix_desktop/ui/targets/test_panel.py" line="49"/>
        <location filename="../../helix_desktop/ui/targets/test_panel.py" line="87"/>
        <source>Test</source>
        <translation>测试</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/targets/test_panel.py" line="59"/>
        <source>No SQL yet</source>
        <translation>暂无 SQL</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/targets/test_panel.py" line="60"/>
        <source>No answer yet</source>
        <translation>暂无回答</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/targets/test_panel.py" line="61"/>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/targets/test_panel.py" line="65"/>
        <source>Extracted SQL</source>
        <translation>提取到的 SQL</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/targets/test_panel.py" line="69"/>
        <source>Raw answer</source>
        <translation>原始回答</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/targets/test_panel.py" line="81"/>
        <source>%1: not a valid JSON object.</source>
        <translation>%1：不是有效的 JSON 对象。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/targets/test_panel.py" line="87"/>
        <source>Testing…</source>
        <translation>测试中…</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/targets/test_panel.py" line="89"/>
        <source>Asking the bot…</source>
        <translation>正在询问机器人…</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/targets/test_panel.py" line="93"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/targets/test_panel.py" line="95"/>
        <source>no HTTP response</source>
        <translation>无 HTTP 响应</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/targets/test_panel.py" line="98"/>
        <source>%1 s, %2, %3 attempt(s)</source>
        <translation>%1 秒，%2，共尝试 %3 次</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/targets/test_panel.py" line="111"/>
        <source>No SQL in the answer.</source>
        <translation>回答中没有 SQL。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/targets/test_panel.py" line="114"/>
        <source>Events (%1)</source>
        <translation>事件（%1）</translation>
    </message>
</context>
<context>
    <name>TargetsPage</name>
    <message>
        <location filename="../../helix_desktop/ui/pages/targets.py" line="84"/>
        <location filename="../../helix_desktop/ui/pages/targets.py" line="243"/>
        <source>Bot targets</source>
        <translation>机器人目标</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/targets.py" line="87"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/targets.py" line="89"/>
        <source>Paste cURL…</source>
        <translation>粘贴 cURL…</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/targets.py" line="91"/>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/targets.py" line="93"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/targets.py" line="95"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/targets.py" line="124"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/targets.py" line="172"/>
        <source>%1 (default)</source>
        <translation>%1（默认）</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/targets.py" line="234"/>
        <source>Editing: %1</source>
        <translation>正在编辑：%1</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/targets.py" line="236"/>
        <source>New target (not saved yet)</source>
        <translation>新目标（尚未保存）</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/targets.py" line="261"/>
        <source>the new target</source>
        <translation>新目标</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/targets.py" line="262"/>
        <source>the target %1</source>
        <translation>目标 %1</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/targets.py" line="297"/>
        <source>%1: not a valid JSON object.</source>
        <translation>%1：不是有效的 JSON 对象。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/targets.py" line="322"/>
        <source>Target saved: %1</source>
        <translation>目标已保存：%1</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/targets.py" line="343"/>
        <source>Read a %1 %2 request to %3; check the fields and save.</source>
        <translation>已读取发往 %3 的 %1 %2 请求；请检查各字段后保存。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/targets.py" line="357"/>
        <source>Delete target</source>
        <translation>删除目标</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/targets.py" line="359"/>
        <source>Delete the target %1? Its reports keep its name.</source>
        <translation>删除目标 %1？其报告仍保留目标名称。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/targets.py" line="375"/>
        <source>Target deleted.</source>
        <translation>目标已删除。</translation>
    </message>
</context>
<context>
    <name>TemplateDetailsPanel</name>
    <message>
        <location filename="../../helix_desktop/ui/matrix/template_details_panel.py" line="61"/>
        <source>Notes on this template in this experiment</source>
        <translation>此模板在本实验中的备注</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/template_details_panel.py" line="62"/>
        <source>Save notes</source>
        <translation>保存备注</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/template_details_panel.py" line="69"/>
        <source>New version</source>
        <translation>新建版本</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/template_details_panel.py" line="72"/>
        <location filename="../../helix_desktop/ui/matrix/template_details_panel.py" line="257"/>
        <source>Delete version</source>
        <translation>删除版本</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/template_details_panel.py" line="83"/>
        <source>The template&apos;s content in this version</source>
        <translation>此版本的模板内容</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/template_details_panel.py" line="84"/>
        <location filename="../../helix_desktop/ui/matrix/template_details_panel.py" line="215"/>
        <source>Save version</source>
        <translation>保存版本</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/template_details_panel.py" line="98"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/template_details_panel.py" line="102"/>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/template_details_panel.py" line="107"/>
        <source>Version name</source>
        <translation>版本名称</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/template_details_panel.py" line="108"/>
        <source>Version notes</source>
        <translation>版本备注</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/template_details_panel.py" line="109"/>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/template_details_panel.py" line="178"/>
        <source>Notes saved.</source>
        <translation>备注已保存。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/template_details_panel.py" line="199"/>
        <source>Version saved.</source>
        <translation>版本已保存。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/template_details_panel.py" line="215"/>
        <source>Add version</source>
        <translation>添加版本</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/template_details_panel.py" line="229"/>
        <source>Enter a version name.</source>
        <translation>请输入版本名称。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/template_details_panel.py" line="258"/>
        <source>Delete version “%1”?</source>
        <translation>删除版本“%1”？</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <location filename="../../helix_desktop/ui/generator/template_dialog.py" line="36"/>
        <source>Edit template</source>
        <translation>编辑模板</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/generator/template_dialog.py" line="36"/>
        <source>New template</source>
        <translation>新建模板</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/generator/template_dialog.py" line="41"/>
        <source>e.g. ORDER BY, LIMIT 1</source>
        <translation>例如 ORDER BY, LIMIT 1</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/generator/template_dialog.py" line="42"/>
        <source>Use this template when generating</source>
        <translation>生成时使用此模板</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/generator/template_dialog.py" line="46"/>
        <source>Placeholders: {company} and {indicator}. Conditions are what the SQL must contain, separated by commas.</source>
        <translation>占位符：{company} 和 {indicator}。条件是 SQL 必须包含的内容，以逗号分隔。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/generator/template_dialog.py" line="59"/>
        <source>Question template</source>
        <translation>问题模板</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/generator/template_dialog.py" line="60"/>
        <source>Expected conditions</source>
        <translation>预期条件</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/generator/template_dialog.py" line="73"/>
        <source>The template text is required.</source>
        <translation>模板内容必填。</translation>
    </message>
</context>
<context>
    <name>TemplatesBox</name>
    <message>
        <location filename="../../helix_desktop/ui/generator/templates_box.py" line="31"/>
        <source>Question templates</source>
        <translation>问题模板</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/generator/templates_box.py" line="47"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/generator/templates_box.py" line="48"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/generator/templates_box.py" line="49"/>
        <location filename="../../helix_desktop/ui/generator/templates_box.py" line="102"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/generator/templates_box.py" line="99"/>
        <source>Delete template</source>
        <translation>删除模板</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/generator/templates_box.py" line="100"/>
        <source>Delete the template “%1”?</source>
        <translation>删除模板“%1”？</translation>
    </message>
</context>
<context>
    <name>TemplatesModel</name>
    <message>
        <location filename="../../helix_desktop/ui/generator/templates_model.py" line="46"/>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/generator/templates_model.py" line="46"/>
        <source>Expected conditions</source>
        <translation>预期条件</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/generator/templates_model.py" line="46"/>
        <source>On</source>
        <translation>启用</translation>
    </message>
</context>
<context>
    <name>TimelineBar</name>
    <message>
        <location filename="../../helix_desktop/ui/run/timeline_bar.py" line="60"/>
        <source>Wait</source>
        <translation>等待</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/run/timeline_bar.py" line="61"/>
        <source>First byte</source>
        <translation>首字节</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/run/timeline_bar.py" line="62"/>
        <source>Thinking</source>
        <translation>思考</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/run/timeline_bar.py" line="63"/>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/run/timeline_bar.py" line="86"/>
        <source>retry at %1 ms: %2</source>
        <translation>%1 毫秒时重试：%2</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/run/timeline_bar.py" line="150"/>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../../helix_desktop/ui/reports/charts.py" line="59"/>
        <source>Pass rate of recent runs</source>
        <translation>最近运行的通过率</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/reports/charts.py" line="65"/>
        <source>Runs, oldest first</source>
        <translation>运行（从旧到新）</translation>
    </message>
</context>
<context>
    <name>UnsavedGuard</name>
    <message>
        <location filename="../../helix_desktop/ui/unsaved_guard.py" line="57"/>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/unsaved_guard.py" line="59"/>
        <source>Save the changes to %1?</source>
        <translation>是否保存对%1的修改？</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/unsaved_guard.py" line="64"/>
        <source>Your changes are lost if you don&apos;t save them.</source>
        <translation>不保存的话，这些修改将会丢失。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/unsaved_guard.py" line="70"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/unsaved_guard.py" line="71"/>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/unsaved_guard.py" line="72"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../helix_desktop/ui/users_dialog.py" line="37"/>
        <source>User accounts</source>
        <translation>用户管理</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/users_dialog.py" line="54"/>
        <source>New user…</source>
        <translation>新建用户…</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/users_dialog.py" line="57"/>
        <source>Edit display name…</source>
        <translation>修改显示名…</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/users_dialog.py" line="58"/>
        <location filename="../../helix_desktop/ui/users_dialog.py" line="112"/>
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/users_dialog.py" line="60"/>
        <source>Reset password…</source>
        <translation>重置密码…</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/users_dialog.py" line="61"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/users_dialog.py" line="63"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/users_dialog.py" line="112"/>
        <source>Enable</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/users_dialog.py" line="114"/>
        <source>%1 of %2 users shown</source>
        <translation>已显示 %1 / %2 个用户</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/users_dialog.py" line="120"/>
        <source>Saved: %1</source>
        <translation>已保存：%1</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/users_dialog.py" line="124"/>
        <source>Created: %1</source>
        <translation>已创建：%1</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/users_dialog.py" line="154"/>
        <source>Edit display name</source>
        <translation>修改显示名</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/users_dialog.py" line="154"/>
        <source>Display name</source>
        <translation>显示名</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <location filename="../../helix_desktop/ui/users_model.py" line="31"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/users_model.py" line="32"/>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/users_model.py" line="33"/>
        <source>Display name</source>
        <translation>显示名</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/users_model.py" line="34"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/users_model.py" line="35"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/users_model.py" line="36"/>
        <source>Last login</source>
        <translation>最近登录</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/users_model.py" line="62"/>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/users_model.py" line="62"/>
        <source>Tester</source>
        <translation>测试员</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/users_model.py" line="64"/>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/users_model.py" line="64"/>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/users_model.py" line="66"/>
        <source> (must change password)</source>
        <translation>（需修改密码）</translation>
    </message>
</context>
<context>
    <name>_FormDialog</name>
    <message>
        <location filename="../../helix_desktop/ui/user_forms.py" line="36"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/user_forms.py" line="108"/>
        <source>The password needs at least %1 characters.</source>
        <translation>密码至少需要 %1 个字符。</translation>
    </message>
</context>
</TS>
