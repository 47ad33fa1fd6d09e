<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../../helix_desktop/ui/accounts_dialog.py" line="35"/>
        <source>User accounts</source>
        <translation>用户管理</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/accounts_dialog.py" line="52"/>
        <source>New user…</source>
        <translation>新建用户…</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/accounts_dialog.py" line="55"/>
        <source>Edit display name…</source>
        <translation>修改显示名…</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/accounts_dialog.py" line="56"/>
        <location filename="../../helix_desktop/ui/accounts_dialog.py" line="109"/>
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/accounts_dialog.py" line="58"/>
        <source>Reset password…</source>
        <translation>重置密码…</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/accounts_dialog.py" line="59"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/accounts_dialog.py" line="61"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/accounts_dialog.py" line="109"/>
        <source>Enable</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/accounts_dialog.py" line="111"/>
        <source>%1 of %2 users shown</source>
        <translation>已显示 %1 / %2 个用户</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/accounts_dialog.py" line="117"/>
        <source>Saved: %1</source>
        <translation>已保存：%1</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/accounts_dialog.py" line="121"/>
        <source>Created: %1</source>
        <translation>已创建：%1</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/accounts_dialog.py" line="145"/>
        <source>Edit display name</source>
        <translation>修改显示名</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/accounts_dialog.py" line="145"/>
        <source>Display name</source>
        <translation>显示名</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/accounts_dialog.py" line="161"/>
        <source>Reset password of %1</source>
        <translation>重置 %1 的密码</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/accounts_dialog.py" line="162"/>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
</context>
<context>
    <name>BatchesModel</name>
    <message>
        <location filename="../../helix_desktop/ui/reports/batches_model.py" line="52"/>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/reports/batches_model.py" line="53"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/reports/batches_model.py" line="54"/>
        <source>Cases</source>
        <translation>用例数</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/reports/batches_model.py" line="55"/>
        <source>Pass</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/reports/batches_model.py" line="56"/>
        <source>Fail</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/reports/batches_model.py" line="57"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/reports/batches_model.py" line="58"/>
        <source>Pass rate</source>
        <translation>通过率</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/reports/batches_model.py" line="59"/>
        <source>Duration</source>
        <translation>耗时</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/reports/batches_model.py" line="90"/>
        <source> (rerun)</source>
        <translation>（重跑）</translation>
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
        <location filename="../../helix_desktop/ui/cases/detail_pane.py" line="46"/>
        <source>Comma-separated, e.g. 营业收入,600519</source>
        <translation>以逗号分隔，例如 营业收入,600519</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/detail_pane.py" line="53"/>
        <source>Expected SQL (optional)</source>
        <translation>预期 SQL（可选）</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/detail_pane.py" line="56"/>
        <source>Active (included in runs)</source>
        <translation>启用（参与运行）</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/detail_pane.py" line="58"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/detail_pane.py" line="60"/>
        <source>Save the changes (Ctrl+S)</source>
        <translation>保存修改（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/detail_pane.py" line="61"/>
        <source>Revert</source>
        <translation>撤销修改</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/detail_pane.py" line="62"/>
        <source>Drop the unsaved changes</source>
        <translation>放弃未保存的修改</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/detail_pane.py" line="66"/>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/detail_pane.py" line="67"/>
        <source>Keywords</source>
        <translation>关键字</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/detail_pane.py" line="68"/>
        <source>Conditions</source>
        <translation>条件</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/detail_pane.py" line="69"/>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/detail_pane.py" line="80"/>
        <source>Expected SQL</source>
        <translation>预期 SQL</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/detail_pane.py" line="109"/>
        <source>Case %1</source>
        <translation>用例 %1</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/detail_pane.py" line="111"/>
        <source>No case selected</source>
        <translation>未选择用例</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/detail_pane.py" line="131"/>
        <source>Select a row to see and edit the whole case.</source>
        <translation>选择一行以查看和编辑完整用例。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/detail_pane.py" line="133"/>
        <source>Created %1</source>
        <translation>创建于 %1</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/detail_pane.py" line="136"/>
        <source>updated %1</source>
        <translation>更新于 %1</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/detail_pane.py" line="172"/>
        <location filename="../../helix_desktop/ui/cases/detail_pane.py" line="181"/>
        <source>A case needs a question.</source>
        <translation>用例必须有问题。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/detail_pane.py" line="185"/>
        <source>This case is no longer in the list.</source>
        <translation>此用例已不在列表中。</translation>
    </message>
</context>
<context>
    <name>CaseHistoryBox</name>
    <message>
        <location filename="../../helix_desktop/ui/cases/history_box.py" line="83"/>
        <location filename="../../helix_desktop/ui/cases/history_box.py" line="117"/>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/history_box.py" line="101"/>
        <source>Select a result to see the SQL the bot gave.</source>
        <translation>选择一条结果，查看机器人给出的 SQL。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/history_box.py" line="127"/>
        <source>History: %1 of the last %2 results passed</source>
        <translation>历史：最近 %2 次结果中通过 %1 次</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/history_box.py" line="131"/>
        <source>History: never run</source>
        <translation>历史：从未运行</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/history_box.py" line="139"/>
        <source>(no SQL)</source>
        <translation>（无 SQL）</translation>
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
        <location filename="../../helix_desktop/ui/cases/model.py" line="113"/>
        <source>Last run %1</source>
        <translation>最近运行于 %1</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../../helix_desktop/ui/pages/cases.py" line="56"/>
        <source>Search question, keywords, category (Ctrl+F)</source>
        <translation>搜索问题、关键字、分类（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/cases.py" line="58"/>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/cases.py" line="59"/>
        <source>Active only</source>
        <translation>仅启用</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/cases.py" line="60"/>
        <source>Inactive only</source>
        <translation>仅停用</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/cases.py" line="63"/>
        <source>Any last result</source>
        <translation>全部最近结果</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/cases.py" line="65"/>
        <source>Last: %1</source>
        <translation>最近：%1</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/cases.py" line="66"/>
        <source>Never run</source>
        <translation>从未运行</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/cases.py" line="71"/>
        <source>All categories</source>
        <translation>全部分类</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/cases.py" line="74"/>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/cases.py" line="75"/>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/cases.py" line="76"/>
        <source>Import cases from Excel or CSV (Ctrl+I)</source>
        <translation>从 Excel 或 CSV 导入用例（Ctrl+I）</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/cases.py" line="77"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/cases.py" line="78"/>
        <source>Export the listed cases to Excel (Ctrl+E)</source>
        <translation>将列出的用例导出为 Excel（Ctrl+E）</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/cases.py" line="79"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/cases.py" line="80"/>
        <source>Reload from the server (F5)</source>
        <translation>从服务器重新加载（F5）</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/cases.py" line="83"/>
        <source>Activate</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/cases.py" line="84"/>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/cases.py" line="85"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/cases.py" line="86"/>
        <source>Delete the selected cases (Del)</source>
        <translation>删除选中的用例（Del）</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/cases.py" line="87"/>
        <source>Run selected</source>
        <translation>运行选中</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/cases.py" line="245"/>
        <source>%1 cases (%2 loaded)</source>
        <translation>共 %1 条用例（已加载 %2 条）</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/cases.py" line="248"/>
        <source>%1 cases</source>
        <translation>共 %1 条用例</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/cases.py" line="260"/>
        <source>%1 selected</source>
        <translation>已选择 %1 条</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/cases.py" line="262"/>
        <source>Select rows to activate, deactivate, delete or run them</source>
        <translation>选择行后可启用、停用、删除或运行</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/cases.py" line="292"/>
        <source>Delete cases</source>
        <translation>删除用例</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/cases.py" line="293"/>
        <source>Delete %1 selected case(s)?</source>
        <translation>删除选中的 %1 条用例？</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/cases.py" line="294"/>
        <source>Reports keep their copy; the cases themselves are gone.</source>
        <translation>测试报告中保留其副本；用例本身将被删除。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/cases.py" line="297"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/cases.py" line="316"/>
        <source>Import cases</source>
        <translation>导入用例</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/cases.py" line="318"/>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>表格文件 (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/cases.py" line="318"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/cases.py" line="324"/>
        <source>Export cases</source>
        <translation>导出用例</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/cases.py" line="325"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/cases.py" line="342"/>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/cases.py" line="345"/>
        <source>Case %1 was not saved: %2</source>
        <translation>用例 %1 未保存：%2</translation>
    </message>
</context>
<context>
    <name>CasesState</name>
    <message>
        <location filename="../../helix_desktop/state/cases.py" line="211"/>
        <source>A case needs a question; the edit was not saved.</source>
        <translation>用例必须有问题，此次修改未保存。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/state/cases.py" line="270"/>
        <source>Activated %1 case(s)</source>
        <translation>已启用 %1 条用例</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/state/cases.py" line="272"/>
        <source>Deactivated %1 case(s)</source>
        <translation>已停用 %1 条用例</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/state/cases.py" line="284"/>
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
    <name>CompareView</name>
    <message>
        <location filename="../../helix_desktop/ui/reports/compare_view.py" line="91"/>
        <source>Select two runs in the list and press Compare.</source>
        <translation>在列表中选择两次运行，然后点击“对比”。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/reports/compare_view.py" line="119"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <location filename="../../helix_desktop/ui/reports/compare_view.py" line="43"/>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/reports/compare_view.py" line="44"/>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/reports/compare_view.py" line="45"/>
        <source>unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/reports/compare_view.py" line="59"/>
        <source>Case</source>
        <translation>用例</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/reports/compare_view.py" line="60"/>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/reports/compare_view.py" line="61"/>
        <source>Before</source>
        <translation>之前</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/reports/compare_view.py" line="62"/>
        <source>After</source>
        <translation>之后</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/reports/compare_view.py" line="63"/>
        <source>Change</source>
        <translation>变化</translation>
    </message>
</context>
<context>
    <name>ConfigState</name>
    <message>
        <location filename="../../helix_desktop/state/config.py" line="60"/>
        <source>This server cannot test the connection (it has no /config/test).</source>
        <translation>此服务器不支持连接测试（没有 /config/test 接口）。</translation>
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
        <location filename="../../helix_desktop/ui/connection_dialog.py" line="51"/>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/connection_dialog.py" line="58"/>
        <source>A team server is started with “helix server”.</source>
        <translation>团队服务器通过 “helix server” 启动。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/connection_dialog.py" line="64"/>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/connection_dialog.py" line="65"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/connection_dialog.py" line="88"/>
        <source>Enter the server address.</source>
        <translation>请输入服务器地址。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/connection_dialog.py" line="90"/>
        <source>Checking %1…</source>
        <translation>正在检查 %1…</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/connection_dialog.py" line="99"/>
        <source>The server answers%1.</source>
        <translation>服务器连接正常%1。</translation>
    </message>
</context>
<context>
    <name>ConnectionTestPanel</name>
    <message>
        <location filename="../../helix_desktop/ui/connection_test.py" line="49"/>
        <source>Connection test</source>
        <translation>连接测试</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/connection_test.py" line="55"/>
        <source>Asks the bot one question with the settings shown (unsaved changes included), the way a run does, and shows what came back.</source>
        <translation>按当前显示的设置（包括未保存的修改），像正式运行一样向机器人提一个问题，并显示返回的内容。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/connection_test.py" line="65"/>
        <location filename="../../helix_desktop/ui/connection_test.py" line="109"/>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/connection_test.py" line="75"/>
        <source>No SQL yet</source>
        <translation>暂无 SQL</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/connection_test.py" line="76"/>
        <source>No answer yet</source>
        <translation>暂无回答</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/connection_test.py" line="77"/>
        <location filename="../../helix_desktop/ui/connection_test.py" line="128"/>
        <source>Raw answer</source>
        <translation>原始回答</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/connection_test.py" line="82"/>
        <source>Extracted SQL</source>
        <translation>提取到的 SQL</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/connection_test.py" line="103"/>
        <source>%1: not a valid JSON object.</source>
        <translation>%1：不是有效的 JSON 对象。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/connection_test.py" line="109"/>
        <source>Testing…</source>
        <translation>测试中…</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/connection_test.py" line="111"/>
        <source>Asking the bot…</source>
        <translation>正在询问机器人…</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/connection_test.py" line="117"/>
        <source>The bot answered with SQL. %1</source>
        <translation>机器人返回了 SQL。%1</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/connection_test.py" line="126"/>
        <source>Raw answer (first part only)</source>
        <translation>原始回答（仅前一部分）</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/connection_test.py" line="133"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/connection_test.py" line="135"/>
        <source>no HTTP response</source>
        <translation>无 HTTP 响应</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/connection_test.py" line="138"/>
        <source>%1 s, %2, %3 attempt(s)</source>
        <translation>%1 秒，%2，共尝试 %3 次</translation>
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
        <location filename="../../helix_desktop/ui/matrix/delete_prompt.py" line="57"/>
        <source>Confirm delete</source>
        <translation>确认删除</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/delete_prompt.py" line="62"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/delete_prompt.py" line="65"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>DiffPane</name>
    <message>
        <location filename="../../helix_desktop/ui/run/diff_pane.py" line="69"/>
        <source>Expected</source>
        <translation>预期</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/run/diff_pane.py" line="70"/>
        <source>Actual SQL</source>
        <translation>实际 SQL</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/run/diff_pane.py" line="78"/>
        <source>Raw bot answer</source>
        <translation>机器人原始回答</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/run/diff_pane.py" line="121"/>
        <source>Select a case to see its SQL.</source>
        <translation>选择一个用例查看其 SQL。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/run/diff_pane.py" line="146"/>
        <source>All expectations met.</source>
        <translation>全部预期均满足。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/run/diff_pane.py" line="147"/>
        <source>Judge: %1</source>
        <translation>判定：%1</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/run/diff_pane.py" line="154"/>
        <source>Expected SQL</source>
        <translation>预期 SQL</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/run/diff_pane.py" line="167"/>
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/run/diff_pane.py" line="171"/>
        <source>Expected keywords and conditions</source>
        <translation>预期关键字和条件</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/run/diff_pane.py" line="179"/>
        <source>Keywords:</source>
        <translation>关键字：</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/run/diff_pane.py" line="180"/>
        <source>Conditions:</source>
        <translation>条件：</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/run/diff_pane.py" line="192"/>
        <source>(no expectations)</source>
        <translation>（无预期）</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/run/diff_pane.py" line="196"/>
        <source>(the bot&apos;s answer was not stored)</source>
        <translation>（未保存机器人的回答）</translation>
    </message>
</context>
<context>
    <name>ExperimentDialog</name>
    <message>
        <location filename="../../helix_desktop/ui/matrix/experiment_dialog.py" line="43"/>
        <location filename="../../helix_desktop/ui/matrix/experiment_dialog.py" line="146"/>
        <source>Experiment: %1</source>
        <translation>实验：%1</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/experiment_dialog.py" line="75"/>
        <source>Filter templates</source>
        <translation>筛选模板</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/experiment_dialog.py" line="78"/>
        <source>Linked only</source>
        <translation>只看已关联</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/experiment_dialog.py" line="86"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/experiment_dialog.py" line="91"/>
        <source>Reference type</source>
        <translation>参照类型</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/experiment_dialog.py" line="93"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/experiment_dialog.py" line="94"/>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/experiment_dialog.py" line="99"/>
        <source>Linked templates</source>
        <translation>关联模板</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/experiment_dialog.py" line="106"/>
        <source>Delete experiment…</source>
        <translation>删除实验…</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/experiment_dialog.py" line="110"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/experiment_dialog.py" line="153"/>
        <source>Current colour %1 is not in the palette; pick one to change it.</source>
        <translation>当前颜色 %1 不在调色板中；选择一个颜色即可修改。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/experiment_dialog.py" line="163"/>
        <source>%1 of %2 linked</source>
        <translation>已关联 %1 / %2</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/experiment_dialog.py" line="190"/>
        <source>Enter a name.</source>
        <translation>请输入名称。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/experiment_dialog.py" line="206"/>
        <source>Delete experiment</source>
        <translation>删除实验</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/experiment_dialog.py" line="207"/>
        <source>Delete experiment “%1”?</source>
        <translation>删除实验“%1”？</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/experiment_dialog.py" line="209"/>
        <source>Its links to %1 templates are removed; the templates stay.</source>
        <translation>将移除它与 %1 个模板的关联；模板本身保留。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/experiment_dialog.py" line="214"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/experiment_dialog.py" line="215"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ExperimentStatus</name>
    <message>
        <location filename="../../helix_desktop/ui/matrix/labels.py" line="29"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/labels.py" line="30"/>
        <source>Running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/labels.py" line="31"/>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/labels.py" line="32"/>
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
        <location filename="../../helix_desktop/ui/pages/generator.py" line="136"/>
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
        <location filename="../../helix_desktop/ui/pages/generator.py" line="120"/>
        <source>Skipped %1 (asked for %2).</source>
        <translation>跳过 %1 条（共请求 %2 条）。</translation>
    </message>
</context>
<context>
    <name>HelixApp</name>
    <message>
        <location filename="../../helix_desktop/app.py" line="138"/>
        <source>The local server could not start: %1</source>
        <translation>本地服务无法启动：%1</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/app.py" line="176"/>
        <source>The local server keeps stopping (exit code %1).</source>
        <translation>本地服务不断停止（退出码 %1），不再自动重启。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/app.py" line="182"/>
        <source>The local server stopped unexpectedly; restarting it…</source>
        <translation>本地服务意外停止，正在重新启动…</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/app.py" line="190"/>
        <source>The local server stopped and could not be restarted.</source>
        <translation>本地服务已停止，且无法重新启动。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/app.py" line="204"/>
        <source>The local server was restarted. Runs that were in progress were interrupted; resume them from the Run page.</source>
        <translation>本地服务已重新启动。进行中的运行已被中断，可在“运行”页面续跑。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/app.py" line="221"/>
        <source>Local server</source>
        <translation>本地服务</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/app.py" line="236"/>
        <source>Its log: %1</source>
        <translation>日志文件：%1</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/app.py" line="248"/>
        <source>Local server (%1)</source>
        <translation>本地服务（%1）</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/app.py" line="251"/>
        <source>Server: %1</source>
        <translation>服务器：%1</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../helix_desktop/ui/cases/history_box.py" line="47"/>
        <source>Finished</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/history_box.py" line="47"/>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/history_box.py" line="47"/>
        <source>Ask</source>
        <translation>第几次</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/history_box.py" line="47"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../helix_desktop/ui/cases/import_dialog.py" line="29"/>
        <source>Import cases</source>
        <translation>导入用例</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/import_dialog.py" line="31"/>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/import_dialog.py" line="43"/>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/import_dialog.py" line="44"/>
        <source>Skipped: blank question</source>
        <translation>跳过：问题为空</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/import_dialog.py" line="45"/>
        <source>Skipped: question exists already</source>
        <translation>跳过：问题已存在</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/import_dialog.py" line="46"/>
        <source>Rows read</source>
        <translation>读取行数</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/import_dialog.py" line="83"/>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/import_dialog.py" line="87"/>
        <source>Nothing was imported</source>
        <translation>未导入任何用例</translation>
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
        <location filename="../../helix_desktop/ui/reports/latency_chart.py" line="67"/>
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
        <location filename="../../helix_desktop/ui/reports/latency_chart.py" line="71"/>
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
        <location filename="../../helix_desktop/ui/login_dialog.py" line="82"/>
        <source>Log out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/login_dialog.py" line="82"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/login_dialog.py" line="99"/>
        <source>Your session has expired. Please log in again.</source>
        <translation>登录已过期，请重新登录。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/login_dialog.py" line="114"/>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/login_dialog.py" line="116"/>
        <source>Starting the local server…</source>
        <translation>正在启动本地服务…</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/login_dialog.py" line="123"/>
        <source>Server: %1</source>
        <translation>服务器：%1</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/login_dialog.py" line="130"/>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/login_dialog.py" line="153"/>
        <source>Enter the username and the password.</source>
        <translation>请输入用户名和密码。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../helix_desktop/ui/main_window.py" line="95"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/main_window.py" line="96"/>
        <source>Log &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/main_window.py" line="99"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/main_window.py" line="108"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/main_window.py" line="116"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/main_window.py" line="125"/>
        <source>&amp;Account</source>
        <translation>账户(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/main_window.py" line="126"/>
        <source>&amp;User accounts…</source>
        <translation>用户管理(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/main_window.py" line="130"/>
        <source>&amp;Change password…</source>
        <translation>修改密码(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/main_window.py" line="135"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/main_window.py" line="136"/>
        <source>&amp;About Helix</source>
        <translation>关于 Helix(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/main_window.py" line="149"/>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/main_window.py" line="149"/>
        <source>Tester</source>
        <translation>测试员</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/main_window.py" line="169"/>
        <source>About Helix</source>
        <translation>关于 Helix</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/main_window.py" line="173"/>
        <source>A desktop tool for test teams that check text-to-SQL Q&amp;A bots.</source>
        <translation>面向测试团队的桌面工具，用于检验 Text-to-SQL 问答机器人。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/main_window.py" line="198"/>
        <source>A run is in progress (%1 of %2 cases done). Quitting stops the local server and interrupts the run; you can resume it later from the Run page.</source>
        <translation>正在运行（已完成 %1/%2 个用例）。退出会停止本地服务并中断这次运行；之后可在“运行”页面续跑。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/main_window.py" line="204"/>
        <source>Quit Helix</source>
        <translation>退出 Helix</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/main_window.py" line="207"/>
        <source>Quit and interrupt</source>
        <translation>退出并中断</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/main_window.py" line="209"/>
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
        <location filename="../../helix_desktop/ui/pages/matrix.py" line="58"/>
        <source>Filter customers, apps, templates, experiments</source>
        <translation>筛选客户、应用、模板、实验</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/matrix.py" line="64"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/matrix.py" line="73"/>
        <source>New customer…</source>
        <translation>新建客户…</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/matrix.py" line="76"/>
        <source>New app…</source>
        <translation>新建应用…</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/matrix.py" line="79"/>
        <source>New template…</source>
        <translation>新建模板…</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/matrix.py" line="81"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/matrix.py" line="82"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/matrix.py" line="84"/>
        <source>New experiment…</source>
        <translation>新建实验…</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/matrix.py" line="87"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/matrix.py" line="90"/>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/matrix.py" line="109"/>
        <source>Experiment matrix</source>
        <translation>实验矩阵</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/matrix.py" line="109"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/matrix.py" line="110"/>
        <source>Add the first customer</source>
        <translation>添加第一个客户</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/matrix.py" line="194"/>
        <source>No customers yet</source>
        <translation>还没有客户</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/matrix.py" line="196"/>
        <source>Start by adding a customer, then its apps and their templates. Select templates to create an experiment from them.</source>
        <translation>先添加一个客户，再为它添加应用和模板。选中模板即可用它们创建实验。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/matrix.py" line="202"/>
        <source>Next: add an app to a customer, then templates to the app.</source>
        <translation>下一步：为客户添加应用，再为应用添加模板。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/matrix.py" line="204"/>
        <source>Next: select template rows and press Ctrl+N to create an experiment.</source>
        <translation>下一步：选中模板行，按 Ctrl+N 创建实验。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/matrix.py" line="207"/>
        <source>Double-click a cell or press Space to link or unlink; click a column header to edit its experiment.</source>
        <translation>双击单元格或按空格键关联/取消关联；点击列标题编辑该实验。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/matrix.py" line="219"/>
        <source>%1 customers · %2 apps · %3 templates · %4 experiments</source>
        <translation>%1 个客户 · %2 个应用 · %3 个模板 · %4 个实验</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/matrix.py" line="227"/>
        <source>Showing %1 of %2 rows, %3 of %4 experiments</source>
        <translation>显示 %1 / %2 行，%3 / %4 个实验</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/matrix.py" line="321"/>
        <location filename="../../helix_desktop/ui/pages/matrix.py" line="338"/>
        <source>Select a row first.</source>
        <translation>请先选择一行。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/matrix.py" line="368"/>
        <source>Select one or more template rows first (Shift or Ctrl+click for several).</source>
        <translation>请先选择一个或多个模板行（按住 Shift 或 Ctrl 点击可多选）。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/matrix.py" line="404"/>
        <source>Unlink from “%1”</source>
        <translation>取消关联“%1”</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/matrix.py" line="404"/>
        <source>Link to “%1”</source>
        <translation>关联到“%1”</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/matrix.py" line="410"/>
        <source>Edit experiment “%1”…</source>
        <translation>编辑实验“%1”…</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/matrix.py" line="418"/>
        <source>New app in “%1”…</source>
        <translation>在“%1”下新建应用…</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/matrix.py" line="423"/>
        <source>New template in “%1”…</source>
        <translation>在“%1”下新建模板…</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/matrix.py" line="428"/>
        <source>Rename customer “%1”…</source>
        <translation>重命名客户“%1”…</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/matrix.py" line="429"/>
        <source>Rename app “%1”…</source>
        <translation>重命名应用“%1”…</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/matrix.py" line="430"/>
        <source>Rename template “%1”…</source>
        <translation>重命名模板“%1”…</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/matrix.py" line="433"/>
        <source>Delete customer “%1”…</source>
        <translation>删除客户“%1”…</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/matrix.py" line="434"/>
        <source>Delete app “%1”…</source>
        <translation>删除应用“%1”…</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/matrix.py" line="435"/>
        <source>Delete template “%1”…</source>
        <translation>删除模板“%1”…</translation>
    </message>
</context>
<context>
    <name>NameDialog</name>
    <message>
        <location filename="../../helix_desktop/ui/matrix/name_dialog.py" line="34"/>
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/name_dialog.py" line="35"/>
        <source>New app</source>
        <translation>新建应用</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/name_dialog.py" line="36"/>
        <source>New template</source>
        <translation>新建模板</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/name_dialog.py" line="37"/>
        <source>Rename customer</source>
        <translation>重命名客户</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/name_dialog.py" line="38"/>
        <source>Rename app</source>
        <translation>重命名应用</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/name_dialog.py" line="39"/>
        <source>Rename template</source>
        <translation>重命名模板</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/name_dialog.py" line="43"/>
        <source>Customer name</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/name_dialog.py" line="44"/>
        <source>App name</source>
        <translation>应用名称</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/name_dialog.py" line="45"/>
        <source>Template name</source>
        <translation>模板名称</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/name_dialog.py" line="59"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/name_dialog.py" line="59"/>
        <source>App</source>
        <translation>应用</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/name_dialog.py" line="69"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/name_dialog.py" line="69"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/name_dialog.py" line="76"/>
        <source>Enter a name.</source>
        <translation>请输入名称。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/name_dialog.py" line="80"/>
        <source>Add a customer first.</source>
        <translation>请先添加客户。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/name_dialog.py" line="82"/>
        <source>Add an app first.</source>
        <translation>请先添加应用。</translation>
    </message>
</context>
<context>
    <name>NewExperimentDialog</name>
    <message>
        <location filename="../../helix_desktop/ui/matrix/new_experiment_dialog.py" line="35"/>
        <source>New experiment</source>
        <translation>新建实验</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/new_experiment_dialog.py" line="39"/>
        <source>e.g. Regression May</source>
        <translation>例如：五月回归</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/new_experiment_dialog.py" line="44"/>
        <source>%1 templates selected:</source>
        <translation>已选 %1 个模板：</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/new_experiment_dialog.py" line="53"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/new_experiment_dialog.py" line="55"/>
        <source>Reference type</source>
        <translation>参照类型</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/new_experiment_dialog.py" line="62"/>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/new_experiment_dialog.py" line="69"/>
        <source>Enter a name.</source>
        <translation>请输入名称。</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <location filename="../../helix_desktop/ui/user_forms.py" line="59"/>
        <source>New user</source>
        <translation>新建用户</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/user_forms.py" line="69"/>
        <source>Tester</source>
        <translation>测试员</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/user_forms.py" line="70"/>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/user_forms.py" line="72"/>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/user_forms.py" line="73"/>
        <source>Display name</source>
        <translation>显示名</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/user_forms.py" line="74"/>
        <source>Initial password</source>
        <translation>初始密码</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/user_forms.py" line="75"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/user_forms.py" line="77"/>
        <source>Give this password to the user; they can change it in the Account menu.</source>
        <translation>请将此密码告知该用户；用户可在“账户”菜单中修改密码。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/user_forms.py" line="86"/>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/user_forms.py" line="90"/>
        <source>Enter a username.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/user_forms.py" line="93"/>
        <source>The password needs at least %1 characters.</source>
        <translation>密码至少需要 %1 个字符。</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../helix_desktop/ui/pages/__init__.py" line="51"/>
        <source>Experiment matrix</source>
        <translation>实验矩阵</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/__init__.py" line="53"/>
        <source>Cases</source>
        <translation>用例</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/__init__.py" line="54"/>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/__init__.py" line="55"/>
        <source>Reports</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/__init__.py" line="57"/>
        <source>Generator</source>
        <translation>用例生成</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/__init__.py" line="59"/>
        <source>Settings</source>
        <translation>设置</translation>
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
        <location filename="../../helix_desktop/ui/generator/preview_box.py" line="98"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/generator/preview_box.py" line="99"/>
        <source>Indicators</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/generator/preview_box.py" line="100"/>
        <source>Companies</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/generator/preview_box.py" line="123"/>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>ProgressStrip</name>
    <message>
        <location filename="../../helix_desktop/ui/run/progress_strip.py" line="65"/>
        <source>Pass</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/run/progress_strip.py" line="65"/>
        <source>Fail</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/run/progress_strip.py" line="65"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/run/progress_strip.py" line="69"/>
        <source>Elapsed %1 · ETA %2 · %3 cases/s</source>
        <translation>已用 %1 · 预计剩余 %2 · %3 条/秒</translation>
    </message>
</context>
<context>
    <name>PromptDialog</name>
    <message>
        <location filename="../../helix_desktop/ui/user_forms.py" line="142"/>
        <source>The password needs at least %1 characters.</source>
        <translation>密码至少需要 %1 个字符。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/user_forms.py" line="148"/>
        <source>This field cannot be empty.</source>
        <translation>此项不能为空。</translation>
    </message>
</context>
<context>
    <name>ReferenceType</name>
    <message>
        <location filename="../../helix_desktop/ui/matrix/labels.py" line="39"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/labels.py" line="40"/>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/labels.py" line="41"/>
        <source>Self</source>
        <translation>自有</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../helix_desktop/ui/pages/reports.py" line="65"/>
        <source>Reports</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/reports.py" line="67"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/reports.py" line="68"/>
        <location filename="../../helix_desktop/ui/pages/reports.py" line="155"/>
        <source>Compare</source>
        <translation>对比</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/reports.py" line="70"/>
        <source>Select two runs to compare them case by case.</source>
        <translation>选择两次运行，逐个用例对比。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/reports.py" line="71"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/reports.py" line="73"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/reports.py" line="118"/>
        <source>Failed only (FAIL and ERROR)</source>
        <translation>仅失败（FAIL 和 ERROR）</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/reports.py" line="121"/>
        <source>Flaky only</source>
        <translation>仅不稳定</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/reports.py" line="123"/>
        <source>Only cases that passed some asks and not others</source>
        <translation>只显示多次提问中时而通过、时而不通过的用例</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/reports.py" line="154"/>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/reports.py" line="286"/>
        <source>Report deleted.</source>
        <translation>报告已删除。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/reports.py" line="196"/>
        <source>%1 runs</source>
        <translation>共 %1 次运行</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/reports.py" line="198"/>
        <source>newest %1 of %2 runs</source>
        <translation>最近 %1 次（共 %2 次运行）</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/reports.py" line="236"/>
        <source>%1 results shown</source>
        <translation>显示 %1 条结果</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/reports.py" line="269"/>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/reports.py" line="271"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/reports.py" line="283"/>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/reports.py" line="295"/>
        <source>Delete report</source>
        <translation>删除报告</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/reports.py" line="298"/>
        <source>Delete the run of %1 and its %2 results?</source>
        <translation>删除 %1 的运行及其 %2 条结果？</translation>
    </message>
</context>
<context>
    <name>ReportsState</name>
    <message>
        <location filename="../../helix_desktop/state/reports.py" line="194"/>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>ResultChart</name>
    <message>
        <location filename="../../helix_desktop/ui/reports/charts.py" line="95"/>
        <location filename="../../helix_desktop/ui/reports/charts.py" line="104"/>
        <source>Results of the selected run</source>
        <translation>所选运行的结果</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/reports/charts.py" line="107"/>
        <source>Results: %1 of %2 cases finished</source>
        <translation>结果：已完成 %1 / %2 条用例</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <location filename="../../helix_desktop/ui/reports/results_model.py" line="45"/>
        <source>Case</source>
        <translation>用例</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/reports/results_model.py" line="46"/>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/reports/results_model.py" line="47"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/reports/results_model.py" line="48"/>
        <source>Ask</source>
        <translation>第几次</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/reports/results_model.py" line="49"/>
        <source>Stability</source>
        <translation>稳定性</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/reports/results_model.py" line="50"/>
        <source>Time (s)</source>
        <translation>耗时（秒）</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/reports/results_model.py" line="51"/>
        <source>Message</source>
        <translation>信息</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../helix_desktop/ui/pages/run.py" line="48"/>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/run.py" line="50"/>
        <source>Run all active cases</source>
        <translation>运行全部启用用例</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/run.py" line="52"/>
        <source>Rerun failed of last run</source>
        <translation>重跑上次失败用例</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/run.py" line="54"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/run.py" line="56"/>
        <source>Resume</source>
        <translation>续跑</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/run.py" line="59"/>
        <source>Run the cases this stopped or interrupted run has not run yet</source>
        <translation>运行这次已停止或被中断的运行中尚未运行的用例</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/run.py" line="65"/>
        <source>Asks per case: </source>
        <translation>每个用例提问次数：</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/run.py" line="67"/>
        <source>Ask every case this many times (each with its own chat id) to find flaky ones</source>
        <translation>每个用例提问这么多次（每次使用不同的会话 ID），以找出不稳定的用例</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/run.py" line="70"/>
        <source>Flaky only</source>
        <translation>仅不稳定</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/run.py" line="72"/>
        <source>Only cases that passed some asks and not others</source>
        <translation>只显示多次提问中时而通过、时而不通过的用例</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/run.py" line="118"/>
        <source>What happens during the run is logged here.</source>
        <translation>运行过程中的事件记录在这里。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/run.py" line="194"/>
        <source>No run yet</source>
        <translation>尚未运行</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/run.py" line="196"/>
        <source>Reconnecting…</source>
        <translation>正在重连…</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/run.py" line="198"/>
        <source>Connection lost</source>
        <translation>连接已断开</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/run.py" line="200"/>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/run.py" line="226"/>
        <source>The case has not finished yet.</source>
        <translation>该用例尚未完成。</translation>
    </message>
</context>
<context>
    <name>RunState</name>
    <message>
        <location filename="../../helix_desktop/state/run.py" line="43"/>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/state/run.py" line="44"/>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/state/run.py" line="45"/>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/state/run.py" line="46"/>
        <source>Interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/state/run.py" line="197"/>
        <source>There is no finished run to rerun yet.</source>
        <translation>还没有已结束的运行可以重跑。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/state/run.py" line="205"/>
        <source>Rerunning the failed cases of %1.</source>
        <translation>重跑 %1 中失败的用例。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/state/run.py" line="233"/>
        <source>Stop requested.</source>
        <translation>已请求停止。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/state/run.py" line="267"/>
        <source>Run %1 resumed: %2 cases to go.</source>
        <translation>运行 %1 已续跑：还剩 %2 个用例。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/state/run.py" line="291"/>
        <source>Following a run in progress (%1 of %2 cases done).</source>
        <translation>正在跟踪进行中的运行（已完成 %1 / %2 条）。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/state/run.py" line="295"/>
        <source>%1 more runs are in progress.</source>
        <translation>另有 %1 次运行正在进行。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/state/run.py" line="356"/>
        <source>Run %1 started.</source>
        <translation>运行 %1 已开始。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/state/run.py" line="399"/>
        <source>Connection lost; reconnecting…</source>
        <translation>连接中断，正在重连…</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/state/run.py" line="455"/>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/state/run.py" line="463"/>
        <source>… and %1 more failures (see the table).</source>
        <translation>……另有 %1 条失败（见表格）。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/state/run.py" line="573"/>
        <source>Run finished: %1 (%2 passed, %3 failed, %4 errors).</source>
        <translation>运行结束：%1（通过 %2，失败 %3，错误 %4）。</translation>
    </message>
</context>
<context>
    <name>RunTableModel</name>
    <message>
        <location filename="../../helix_desktop/ui/run/table_model.py" line="26"/>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/run/table_model.py" line="27"/>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/run/table_model.py" line="28"/>
        <source>Not run</source>
        <translation>未运行</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/run/table_model.py" line="60"/>
        <source>Case</source>
        <translation>用例</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/run/table_model.py" line="61"/>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/run/table_model.py" line="62"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/run/table_model.py" line="63"/>
        <source>Stability</source>
        <translation>稳定性</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/run/table_model.py" line="64"/>
        <source>Time (s)</source>
        <translation>耗时（秒）</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/run/table_model.py" line="65"/>
        <source>Message</source>
        <translation>信息</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/run/table_model.py" line="91"/>
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
    <name>SettingsPage</name>
    <message>
        <location filename="../../helix_desktop/ui/pages/settings.py" line="137"/>
        <source>Bot URL</source>
        <translation>机器人地址</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/settings.py" line="138"/>
        <source>HTTP method</source>
        <translation>HTTP 方法</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/settings.py" line="139"/>
        <source>Request body template</source>
        <translation>请求体模板</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/settings.py" line="140"/>
        <source>Token</source>
        <translation>令牌</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/settings.py" line="141"/>
        <source>Token sent as</source>
        <translation>令牌发送方式</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/settings.py" line="142"/>
        <source>Token header</source>
        <translation>令牌请求头</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/settings.py" line="143"/>
        <source>Extra headers (JSON)</source>
        <translation>附加请求头（JSON）</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/settings.py" line="144"/>
        <source>Answer format</source>
        <translation>回答格式</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/settings.py" line="145"/>
        <source>SQL paths (one per line)</source>
        <translation>SQL 路径（每行一个）</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/settings.py" line="146"/>
        <source>Connect timeout</source>
        <translation>连接超时</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/settings.py" line="147"/>
        <source>First byte timeout</source>
        <translation>首字节超时</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/settings.py" line="148"/>
        <source>Total timeout</source>
        <translation>总超时</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/settings.py" line="149"/>
        <source>Retries</source>
        <translation>重试次数</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/settings.py" line="150"/>
        <source>Retry backoff</source>
        <translation>重试退避</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/settings.py" line="151"/>
        <source>Concurrent cases</source>
        <translation>并发用例数</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/settings.py" line="152"/>
        <source>Validation database URL</source>
        <translation>校验数据库 URL</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/settings.py" line="157"/>
        <source>Bot</source>
        <translation>机器人</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/settings.py" line="160"/>
        <source>Authentication</source>
        <translation>认证</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/settings.py" line="162"/>
        <source>Timing</source>
        <translation>时限</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/settings.py" line="172"/>
        <source>Judging</source>
        <translation>判定</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/settings.py" line="185"/>
        <source>Placeholders in the body template: {question}, {chat_id}, {case_id}. These settings are shared by everyone using this server.</source>
        <translation>请求体模板中的占位符：{question}、{chat_id}、{case_id}。这些设置由使用此服务器的所有人共享。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/settings.py" line="196"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/settings.py" line="199"/>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/settings.py" line="213"/>
        <source>Bot connection</source>
        <translation>机器人连接</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/settings.py" line="257"/>
        <source>Settings saved.</source>
        <translation>设置已保存。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/settings.py" line="262"/>
        <source>Settings are not available on this server (it has no /config endpoint).</source>
        <translation>此服务器不提供设置（没有 /config 接口）。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/settings.py" line="283"/>
        <source>%1: not a valid JSON object.</source>
        <translation>%1：不是有效的 JSON 对象。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/settings.py" line="286"/>
        <source>Nothing to save.</source>
        <translation>没有需要保存的修改。</translation>
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
    <name>StateForm</name>
    <message>
        <location filename="../../helix_desktop/ui/matrix/form.py" line="35"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>TagRunBox</name>
    <message>
        <location filename="../../helix_desktop/ui/matrix/tag_run_box.py" line="32"/>
        <source>Tag run</source>
        <translation>标记运行</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/tag_run_box.py" line="36"/>
        <source>Record that this run measured the experiment (with all its templates)</source>
        <translation>记录这次运行测的是该实验（含其全部模板）</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/tag_run_box.py" line="43"/>
        <source>AutoTest run</source>
        <translation>自动测试运行</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/tag_run_box.py" line="68"/>
        <source>No finished run yet</source>
        <translation>还没有已结束的运行</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/tag_run_box.py" line="77"/>
        <source>No run is tagged with this experiment yet.</source>
        <translation>还没有运行标记为此实验。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/tag_run_box.py" line="79"/>
        <source>Latest tagged run: nothing finished</source>
        <translation>最近标记的运行：没有完成的用例</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/tag_run_box.py" line="82"/>
        <source>Latest tagged run: %1 passed</source>
        <translation>最近标记的运行：通过率 %1</translation>
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
        <location filename="../../helix_desktop/ui/reports/charts.py" line="53"/>
        <source>Pass rate of recent runs</source>
        <translation>最近运行的通过率</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/reports/charts.py" line="59"/>
        <source>Run (oldest to newest)</source>
        <translation>运行（从旧到新）</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <location filename="../../helix_desktop/ui/users_model.py" line="30"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/users_model.py" line="31"/>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/users_model.py" line="32"/>
        <source>Display name</source>
        <translation>显示名</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/users_model.py" line="33"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/users_model.py" line="34"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/users_model.py" line="35"/>
        <source>Last login</source>
        <translation>最近登录</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/users_model.py" line="61"/>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/users_model.py" line="61"/>
        <source>Tester</source>
        <translation>测试员</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/users_model.py" line="63"/>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/users_model.py" line="63"/>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/users_model.py" line="65"/>
        <source> (must change password)</source>
        <translation>（需修改密码）</translation>
    </message>
</context>
<context>
    <name>_FormDialog</name>
    <message>
        <location filename="../../helix_desktop/ui/user_forms.py" line="34"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
</TS>
