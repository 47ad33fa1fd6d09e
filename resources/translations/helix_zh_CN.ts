<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../../helix_desktop/ui/accounts_dialog.py" line="36"/>
        <source>User accounts</source>
        <translation>用户管理</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/accounts_dialog.py" line="53"/>
        <source>New user…</source>
        <translation>新建用户…</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/accounts_dialog.py" line="56"/>
        <source>Edit display name…</source>
        <translation>修改显示名…</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/accounts_dialog.py" line="57"/>
        <location filename="../../helix_desktop/ui/accounts_dialog.py" line="110"/>
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/accounts_dialog.py" line="59"/>
        <source>Reset password…</source>
        <translation>重置密码…</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/accounts_dialog.py" line="60"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/accounts_dialog.py" line="62"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/accounts_dialog.py" line="110"/>
        <source>Enable</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/accounts_dialog.py" line="112"/>
        <source>%1 of %2 users shown</source>
        <translation>已显示 %1 / %2 个用户</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/accounts_dialog.py" line="118"/>
        <source>Saved: %1</source>
        <translation>已保存：%1</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/accounts_dialog.py" line="122"/>
        <source>Created: %1</source>
        <translation>已创建：%1</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/accounts_dialog.py" line="148"/>
        <source>Edit display name</source>
        <translation>修改显示名</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/accounts_dialog.py" line="148"/>
        <source>Display name</source>
        <translation>显示名</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/accounts_dialog.py" line="164"/>
        <source>Reset password of %1</source>
        <translation>重置 %1 的密码</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/accounts_dialog.py" line="165"/>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
</context>
<context>
    <name>BatchesModel</name>
    <message>
        <location filename="../../helix_desktop/ui/reports/batches_model.py" line="54"/>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/reports/batches_model.py" line="55"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/reports/batches_model.py" line="56"/>
        <source>Cases</source>
        <translation>用例数</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/reports/batches_model.py" line="57"/>
        <source>Pass</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/reports/batches_model.py" line="58"/>
        <source>Fail</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/reports/batches_model.py" line="59"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/reports/batches_model.py" line="60"/>
        <source>Pass rate</source>
        <translation>通过率</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/reports/batches_model.py" line="61"/>
        <source>Duration</source>
        <translation>耗时</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/reports/batches_model.py" line="92"/>
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
        <location filename="../../helix_desktop/ui/cases/detail_pane.py" line="45"/>
        <source>Comma-separated, e.g. 营业收入,600519</source>
        <translation>以逗号分隔，例如 营业收入,600519</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/detail_pane.py" line="52"/>
        <source>Expected SQL (optional)</source>
        <translation>预期 SQL（可选）</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/detail_pane.py" line="55"/>
        <source>Active (included in runs)</source>
        <translation>启用（参与运行）</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/detail_pane.py" line="57"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/detail_pane.py" line="59"/>
        <source>Save the changes (Ctrl+S)</source>
        <translation>保存修改（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/detail_pane.py" line="60"/>
        <source>Revert</source>
        <translation>撤销修改</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/detail_pane.py" line="61"/>
        <source>Drop the unsaved changes</source>
        <translation>放弃未保存的修改</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/detail_pane.py" line="62"/>
        <source>Try the judge…</source>
        <translation>试用判定…</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/detail_pane.py" line="64"/>
        <source>Judge a SQL of your own against these expectations</source>
        <translation>用这些预期判定你自己的一条 SQL</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/detail_pane.py" line="69"/>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/detail_pane.py" line="70"/>
        <source>Keywords</source>
        <translation>关键字</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/detail_pane.py" line="71"/>
        <source>Conditions</source>
        <translation>条件</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/detail_pane.py" line="72"/>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/detail_pane.py" line="84"/>
        <source>Expected SQL</source>
        <translation>预期 SQL</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/detail_pane.py" line="112"/>
        <source>Case %1</source>
        <translation>用例 %1</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/detail_pane.py" line="114"/>
        <source>No case selected</source>
        <translation>未选择用例</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/detail_pane.py" line="134"/>
        <source>Select a row to see and edit the whole case.</source>
        <translation>选择一行以查看和编辑完整用例。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/detail_pane.py" line="136"/>
        <source>Created %1</source>
        <translation>创建于 %1</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/detail_pane.py" line="139"/>
        <source>updated %1</source>
        <translation>更新于 %1</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/detail_pane.py" line="175"/>
        <location filename="../../helix_desktop/ui/cases/detail_pane.py" line="184"/>
        <source>A case needs a question.</source>
        <translation>用例必须有问题。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/detail_pane.py" line="188"/>
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
    <name>CasesModel</name>
    <message>
        <location filename="../../helix_desktop/ui/cases/model.py" line="51"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/model.py" line="52"/>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/model.py" line="53"/>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/model.py" line="54"/>
        <source>Expected keywords</source>
        <translation>预期关键字</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/model.py" line="55"/>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/model.py" line="56"/>
        <source>Expected conditions</source>
        <translation>预期条件</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/cases/model.py" line="57"/>
        <source>Expected SQL</source>
        <translation>预期 SQL</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../../helix_desktop/ui/pages/cases.py" line="57"/>
        <source>Search question, keywords, category (Ctrl+F)</source>
        <translation>搜索问题、关键字、分类（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/cases.py" line="59"/>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/cases.py" line="60"/>
        <source>Active only</source>
        <translation>仅启用</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/cases.py" line="61"/>
        <source>Inactive only</source>
        <translation>仅停用</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/cases.py" line="66"/>
        <source>All categories</source>
        <translation>全部分类</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/cases.py" line="69"/>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/cases.py" line="70"/>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/cases.py" line="71"/>
        <source>Import cases from Excel or CSV (Ctrl+I)</source>
        <translation>从 Excel 或 CSV 导入用例（Ctrl+I）</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/cases.py" line="72"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/cases.py" line="73"/>
        <source>Export the listed cases to Excel (Ctrl+E)</source>
        <translation>将列出的用例导出为 Excel（Ctrl+E）</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/cases.py" line="74"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/cases.py" line="75"/>
        <source>Reload from the server (F5)</source>
        <translation>从服务器重新加载（F5）</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/cases.py" line="78"/>
        <source>Activate</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/cases.py" line="79"/>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/cases.py" line="80"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/cases.py" line="81"/>
        <source>Delete the selected cases (Del)</source>
        <translation>删除选中的用例（Del）</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/cases.py" line="82"/>
        <source>Run selected</source>
        <translation>运行选中</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/cases.py" line="239"/>
        <source>%1 cases (%2 loaded)</source>
        <translation>共 %1 条用例（已加载 %2 条）</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/cases.py" line="242"/>
        <source>%1 cases</source>
        <translation>共 %1 条用例</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/cases.py" line="254"/>
        <source>%1 selected</source>
        <translation>已选择 %1 条</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/cases.py" line="256"/>
        <source>Select rows to activate, deactivate, delete or run them</source>
        <translation>选择行后可启用、停用、删除或运行</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/cases.py" line="286"/>
        <source>Delete cases</source>
        <translation>删除用例</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/cases.py" line="287"/>
        <source>Delete %1 selected case(s)?</source>
        <translation>删除选中的 %1 条用例？</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/cases.py" line="288"/>
        <source>Reports keep their copy; the cases themselves are gone.</source>
        <translation>测试报告中保留其副本；用例本身将被删除。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/cases.py" line="291"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/cases.py" line="310"/>
        <source>Import cases</source>
        <translation>导入用例</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/cases.py" line="312"/>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>表格文件 (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/cases.py" line="312"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/cases.py" line="318"/>
        <source>Export cases</source>
        <translation>导出用例</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/cases.py" line="319"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/cases.py" line="336"/>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/cases.py" line="339"/>
        <source>Case %1 was not saved: %2</source>
        <translation>用例 %1 未保存：%2</translation>
    </message>
</context>
<context>
    <name>CasesState</name>
    <message>
        <location filename="../../helix_desktop/state/cases.py" line="218"/>
        <source>A case needs a question; the edit was not saved.</source>
        <translation>用例必须有问题，此次修改未保存。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/state/cases.py" line="272"/>
        <source>Activated %1 case(s)</source>
        <translation>已启用 %1 条用例</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/state/cases.py" line="274"/>
        <source>Deactivated %1 case(s)</source>
        <translation>已停用 %1 条用例</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/state/cases.py" line="286"/>
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
        <location filename="../../helix_desktop/state/config.py" line="73"/>
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
        <location filename="../../helix_desktop/ui/run/diff_pane.py" line="70"/>
        <source>Expected</source>
        <translation>预期</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/run/diff_pane.py" line="71"/>
        <source>Actual SQL</source>
        <translation>实际 SQL</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/run/diff_pane.py" line="79"/>
        <source>Raw bot answer</source>
        <translation>机器人原始回答</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/run/diff_pane.py" line="119"/>
        <source>Select a case to see its SQL.</source>
        <translation>选择一个用例查看其 SQL。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/run/diff_pane.py" line="143"/>
        <source>All expectations met.</source>
        <translation>全部预期均满足。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/run/diff_pane.py" line="144"/>
        <source>Judge: %1</source>
        <translation>判定：%1</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/run/diff_pane.py" line="152"/>
        <source>Expected SQL</source>
        <translation>预期 SQL</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/run/diff_pane.py" line="163"/>
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/run/diff_pane.py" line="167"/>
        <source>Expected keywords and conditions</source>
        <translation>预期关键字和条件</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/run/diff_pane.py" line="175"/>
        <source>Keywords:</source>
        <translation>关键字：</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/run/diff_pane.py" line="176"/>
        <source>Conditions:</source>
        <translation>条件：</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/run/diff_pane.py" line="188"/>
        <source>(no expectations)</source>
        <translation>（无预期）</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/run/diff_pane.py" line="192"/>
        <source>(the bot&apos;s answer was not stored)</source>
        <translation>（未保存机器人的回答）</translation>
    </message>
</context>
<context>
    <name>ExperimentDialog</name>
    <message>
        <location filename="../../helix_desktop/ui/matrix/experiment_dialog.py" line="43"/>
        <location filename="../../helix_desktop/ui/matrix/experiment_dialog.py" line="144"/>
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
        <location filename="../../helix_desktop/ui/matrix/experiment_dialog.py" line="151"/>
        <source>Current colour %1 is not in the palette; pick one to change it.</source>
        <translation>当前颜色 %1 不在调色板中；选择一个颜色即可修改。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/experiment_dialog.py" line="161"/>
        <source>%1 of %2 linked</source>
        <translation>已关联 %1 / %2</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/experiment_dialog.py" line="188"/>
        <source>Enter a name.</source>
        <translation>请输入名称。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/experiment_dialog.py" line="204"/>
        <source>Delete experiment</source>
        <translation>删除实验</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/experiment_dialog.py" line="205"/>
        <source>Delete experiment “%1”?</source>
        <translation>删除实验“%1”？</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/experiment_dialog.py" line="207"/>
        <source>Its links to %1 templates are removed; the templates stay.</source>
        <translation>将移除它与 %1 个模板的关联；模板本身保留。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/experiment_dialog.py" line="212"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/experiment_dialog.py" line="213"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ExperimentStatus</name>
    <message>
        <location filename="../../helix_desktop/ui/matrix/labels.py" line="31"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/labels.py" line="32"/>
        <source>Running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/labels.py" line="33"/>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/labels.py" line="34"/>
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
        <location filename="../../helix_desktop/ui/login_dialog.py" line="155"/>
        <source>Enter the username and the password.</source>
        <translation>请输入用户名和密码。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../helix_desktop/ui/main_window.py" line="96"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/main_window.py" line="97"/>
        <source>Log &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/main_window.py" line="100"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/main_window.py" line="109"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/main_window.py" line="117"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/main_window.py" line="126"/>
        <source>&amp;Account</source>
        <translation>账户(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/main_window.py" line="127"/>
        <source>&amp;User accounts…</source>
        <translation>用户管理(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/main_window.py" line="131"/>
        <source>&amp;Change password…</source>
        <translation>修改密码(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/main_window.py" line="136"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/main_window.py" line="137"/>
        <source>&amp;About Helix</source>
        <translation>关于 Helix(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/main_window.py" line="150"/>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/main_window.py" line="150"/>
        <source>Tester</source>
        <translation>测试员</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/main_window.py" line="170"/>
        <source>About Helix</source>
        <translation>关于 Helix</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/main_window.py" line="174"/>
        <source>A desktop tool for test teams that check text-to-SQL Q&amp;A bots.</source>
        <translation>面向测试团队的桌面工具，用于检验 Text-to-SQL 问答机器人。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/main_window.py" line="199"/>
        <source>A run is in progress (%1 of %2 cases done). Quitting stops the local server and interrupts the run; you can resume it later from the Run page.</source>
        <translation>正在运行（已完成 %1/%2 个用例）。退出会停止本地服务并中断这次运行；之后可在“运行”页面续跑。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/main_window.py" line="205"/>
        <source>Quit Helix</source>
        <translation>退出 Helix</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/main_window.py" line="208"/>
        <source>Quit and interrupt</source>
        <translation>退出并中断</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/main_window.py" line="210"/>
        <source>Keep running</source>
        <translation>继续运行</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <location filename="../../helix_desktop/ui/matrix/model.py" line="167"/>
        <source>linked to</source>
        <translation>已关联</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/model.py" line="169"/>
        <source>not linked to</source>
        <translation>未关联</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/model.py" line="183"/>
        <source>No apps yet</source>
        <translation>还没有应用</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/model.py" line="184"/>
        <source>No templates yet</source>
        <translation>还没有模板</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/model.py" line="209"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/model.py" line="210"/>
        <source>App</source>
        <translation>应用</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/model.py" line="211"/>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/model.py" line="220"/>
        <source>Click to edit this experiment</source>
        <translation>点击编辑此实验</translation>
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
        <location filename="../../helix_desktop/ui/pages/matrix.py" line="205"/>
        <source>No customers yet</source>
        <translation>还没有客户</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/matrix.py" line="207"/>
        <source>Start by adding a customer, then its apps and their templates. Select templates to create an experiment from them.</source>
        <translation>先添加一个客户，再为它添加应用和模板。选中模板即可用它们创建实验。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/matrix.py" line="213"/>
        <source>Next: add an app to a customer, then templates to the app.</source>
        <translation>下一步：为客户添加应用，再为应用添加模板。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/matrix.py" line="215"/>
        <source>Next: select template rows and press Ctrl+N to create an experiment.</source>
        <translation>下一步：选中模板行，按 Ctrl+N 创建实验。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/matrix.py" line="218"/>
        <source>Double-click a cell or press Space to link or unlink; click a column header to edit its experiment.</source>
        <translation>双击单元格或按空格键关联/取消关联；点击列标题编辑该实验。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/matrix.py" line="230"/>
        <source>%1 customers · %2 apps · %3 templates · %4 experiments</source>
        <translation>%1 个客户 · %2 个应用 · %3 个模板 · %4 个实验</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/matrix.py" line="238"/>
        <source>Showing %1 of %2 rows, %3 of %4 experiments</source>
        <translation>显示 %1 / %2 行，%3 / %4 个实验</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/matrix.py" line="332"/>
        <location filename="../../helix_desktop/ui/pages/matrix.py" line="349"/>
        <source>Select a row first.</source>
        <translation>请先选择一行。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/matrix.py" line="379"/>
        <source>Select one or more template rows first (Shift or Ctrl+click for several).</source>
        <translation>请先选择一个或多个模板行（按住 Shift 或 Ctrl 点击可多选）。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/matrix.py" line="415"/>
        <source>Unlink from “%1”</source>
        <translation>取消关联“%1”</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/matrix.py" line="415"/>
        <source>Link to “%1”</source>
        <translation>关联到“%1”</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/matrix.py" line="421"/>
        <source>Edit experiment “%1”…</source>
        <translation>编辑实验“%1”…</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/matrix.py" line="429"/>
        <source>New app in “%1”…</source>
        <translation>在“%1”下新建应用…</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/matrix.py" line="434"/>
        <source>New template in “%1”…</source>
        <translation>在“%1”下新建模板…</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/matrix.py" line="439"/>
        <source>Rename customer “%1”…</source>
        <translation>重命名客户“%1”…</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/matrix.py" line="440"/>
        <source>Rename app “%1”…</source>
        <translation>重命名应用“%1”…</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/matrix.py" line="441"/>
        <source>Rename template “%1”…</source>
        <translation>重命名模板“%1”…</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/matrix.py" line="444"/>
        <source>Delete customer “%1”…</source>
        <translation>删除客户“%1”…</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/matrix.py" line="445"/>
        <source>Delete app “%1”…</source>
        <translation>删除应用“%1”…</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/matrix.py" line="446"/>
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
        <location filename="../../helix_desktop/ui/user_forms.py" line="60"/>
        <source>New user</source>
        <translation>新建用户</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/user_forms.py" line="70"/>
        <source>Tester</source>
        <translation>测试员</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/user_forms.py" line="71"/>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/user_forms.py" line="73"/>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/user_forms.py" line="74"/>
        <source>Display name</source>
        <translation>显示名</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/user_forms.py" line="75"/>
        <source>Initial password</source>
        <translation>初始密码</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/user_forms.py" line="76"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/user_forms.py" line="78"/>
        <source>Give this password to the user; they can change it in the Account menu.</source>
        <translation>请将此密码告知该用户；用户可在“账户”菜单中修改密码。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/user_forms.py" line="87"/>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/user_forms.py" line="91"/>
        <source>Enter a username.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/user_forms.py" line="94"/>
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
        <location filename="../../helix_desktop/ui/run/progress_strip.py" line="67"/>
        <source>Pass</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/run/progress_strip.py" line="68"/>
        <source>Fail</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/run/progress_strip.py" line="69"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/run/progress_strip.py" line="74"/>
        <source>Elapsed %1 · ETA %2 · %3 cases/s</source>
        <translation>已用 %1 · 预计剩余 %2 · %3 条/秒</translation>
    </message>
</context>
<context>
    <name>PromptDialog</name>
    <message>
        <location filename="../../helix_desktop/ui/user_forms.py" line="143"/>
        <source>The password needs at least %1 characters.</source>
        <translation>密码至少需要 %1 个字符。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/user_forms.py" line="149"/>
        <source>This field cannot be empty.</source>
        <translation>此项不能为空。</translation>
    </message>
</context>
<context>
    <name>ReferenceType</name>
    <message>
        <location filename="../../helix_desktop/ui/matrix/labels.py" line="41"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/labels.py" line="42"/>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/matrix/labels.py" line="43"/>
        <source>Self</source>
        <translation>自有</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../helix_desktop/ui/pages/reports.py" line="63"/>
        <source>Reports</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/reports.py" line="65"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/reports.py" line="66"/>
        <location filename="../../helix_desktop/ui/pages/reports.py" line="144"/>
        <source>Compare</source>
        <translation>对比</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/reports.py" line="68"/>
        <source>Select two runs to compare them case by case.</source>
        <translation>选择两次运行，逐个用例对比。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/reports.py" line="69"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/reports.py" line="71"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/reports.py" line="114"/>
        <source>Failed only (FAIL and ERROR)</source>
        <translation>仅失败（FAIL 和 ERROR）</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/reports.py" line="143"/>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/reports.py" line="265"/>
        <source>Report deleted.</source>
        <translation>报告已删除。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/reports.py" line="184"/>
        <source>%1 runs</source>
        <translation>共 %1 次运行</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/reports.py" line="186"/>
        <source>newest %1 of %2 runs</source>
        <translation>最近 %1 次（共 %2 次运行）</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/reports.py" line="224"/>
        <source>%1 results shown</source>
        <translation>显示 %1 条结果</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/reports.py" line="248"/>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/reports.py" line="250"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/reports.py" line="262"/>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/reports.py" line="274"/>
        <source>Delete report</source>
        <translation>删除报告</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/reports.py" line="277"/>
        <source>Delete the run of %1 and its %2 results?</source>
        <translation>删除 %1 的运行及其 %2 条结果？</translation>
    </message>
</context>
<context>
    <name>ReportsState</name>
    <message>
        <location filename="../../helix_desktop/state/reports.py" line="171"/>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>ResultChart</name>
    <message>
        <location filename="../../helix_desktop/ui/reports/charts.py" line="100"/>
        <location filename="../../helix_desktop/ui/reports/charts.py" line="109"/>
        <source>Results of the selected run</source>
        <translation>所选运行的结果</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/reports/charts.py" line="112"/>
        <source>Results: %1 of %2 cases finished</source>
        <translation>结果：已完成 %1 / %2 条用例</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <location filename="../../helix_desktop/ui/reports/results_model.py" line="33"/>
        <source>Case</source>
        <translation>用例</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/reports/results_model.py" line="34"/>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/reports/results_model.py" line="35"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/reports/results_model.py" line="36"/>
        <source>Time (s)</source>
        <translation>耗时（秒）</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/reports/results_model.py" line="37"/>
        <source>Message</source>
        <translation>信息</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../helix_desktop/ui/pages/run.py" line="45"/>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/run.py" line="47"/>
        <source>Run all active cases</source>
        <translation>运行全部启用用例</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/run.py" line="49"/>
        <source>Rerun failed of last run</source>
        <translation>重跑上次失败用例</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/run.py" line="51"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/run.py" line="53"/>
        <source>Resume</source>
        <translation>续跑</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/run.py" line="56"/>
        <source>Run the cases this stopped or interrupted run has not run yet</source>
        <translation>运行这次已停止或被中断的运行中尚未运行的用例</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/run.py" line="98"/>
        <source>What happens during the run is logged here.</source>
        <translation>运行过程中的事件记录在这里。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/run.py" line="163"/>
        <source>No run yet</source>
        <translation>尚未运行</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/run.py" line="165"/>
        <source>Reconnecting…</source>
        <translation>正在重连…</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/run.py" line="167"/>
        <source>Connection lost</source>
        <translation>连接已断开</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/run.py" line="169"/>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/run.py" line="191"/>
        <source>The case has not finished yet.</source>
        <translation>该用例尚未完成。</translation>
    </message>
</context>
<context>
    <name>RunState</name>
    <message>
        <location filename="../../helix_desktop/state/run.py" line="45"/>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/state/run.py" line="46"/>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/state/run.py" line="47"/>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/state/run.py" line="48"/>
        <source>Interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/state/run.py" line="183"/>
        <source>There is no finished run to rerun yet.</source>
        <translation>还没有已结束的运行可以重跑。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/state/run.py" line="191"/>
        <source>Rerunning the failed cases of %1.</source>
        <translation>重跑 %1 中失败的用例。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/state/run.py" line="219"/>
        <source>Stop requested.</source>
        <translation>已请求停止。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/state/run.py" line="253"/>
        <source>Run %1 resumed: %2 cases to go.</source>
        <translation>运行 %1 已续跑：还剩 %2 个用例。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/state/run.py" line="277"/>
        <source>Following a run in progress (%1 of %2 cases done).</source>
        <translation>正在跟踪进行中的运行（已完成 %1 / %2 条）。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/state/run.py" line="281"/>
        <source>%1 more runs are in progress.</source>
        <translation>另有 %1 次运行正在进行。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/state/run.py" line="334"/>
        <source>Run %1 started.</source>
        <translation>运行 %1 已开始。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/state/run.py" line="377"/>
        <source>Connection lost; reconnecting…</source>
        <translation>连接中断，正在重连…</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/state/run.py" line="433"/>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/state/run.py" line="441"/>
        <source>… and %1 more failures (see the table).</source>
        <translation>……另有 %1 条失败（见表格）。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/state/run.py" line="532"/>
        <source>Run finished: %1 (%2 passed, %3 failed, %4 errors).</source>
        <translation>运行结束：%1（通过 %2，失败 %3，错误 %4）。</translation>
    </message>
</context>
<context>
    <name>RunTableModel</name>
    <message>
        <location filename="../../helix_desktop/ui/run/table_model.py" line="28"/>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/run/table_model.py" line="29"/>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/run/table_model.py" line="30"/>
        <source>Not run</source>
        <translation>未运行</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/run/table_model.py" line="63"/>
        <source>Case</source>
        <translation>用例</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/run/table_model.py" line="64"/>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/run/table_model.py" line="65"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/run/table_model.py" line="66"/>
        <source>Time (s)</source>
        <translation>耗时（秒）</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/run/table_model.py" line="67"/>
        <source>Message</source>
        <translation>信息</translation>
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
        <location filename="../../helix_desktop/ui/pages/settings.py" line="173"/>
        <source>Column order must match</source>
        <translation>列顺序必须一致</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/settings.py" line="178"/>
        <source>Bot URL</source>
        <translation>机器人地址</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/settings.py" line="179"/>
        <source>HTTP method</source>
        <translation>HTTP 方法</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/settings.py" line="180"/>
        <source>Request body template</source>
        <translation>请求体模板</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/settings.py" line="181"/>
        <source>Token</source>
        <translation>令牌</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/settings.py" line="182"/>
        <source>Token sent as</source>
        <translation>令牌发送方式</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/settings.py" line="183"/>
        <source>Token header</source>
        <translation>令牌请求头</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/settings.py" line="184"/>
        <source>Extra headers (JSON)</source>
        <translation>附加请求头（JSON）</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/settings.py" line="185"/>
        <source>Answer format</source>
        <translation>回答格式</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/settings.py" line="186"/>
        <source>SQL paths (one per line)</source>
        <translation>SQL 路径（每行一个）</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/settings.py" line="187"/>
        <source>Connect timeout</source>
        <translation>连接超时</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/settings.py" line="188"/>
        <source>First byte timeout</source>
        <translation>首字节超时</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/settings.py" line="189"/>
        <source>Total timeout</source>
        <translation>总超时</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/settings.py" line="190"/>
        <source>Retries</source>
        <translation>重试次数</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/settings.py" line="191"/>
        <source>Retry backoff</source>
        <translation>重试退避</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/settings.py" line="192"/>
        <source>Concurrent cases</source>
        <translation>并发用例数</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/settings.py" line="193"/>
        <source>Validation database URL</source>
        <translation>校验数据库 URL</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/settings.py" line="194"/>
        <source>Checks</source>
        <translation>检查</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/settings.py" line="195"/>
        <source>Structure and execution</source>
        <translation>结构与执行</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/settings.py" line="196"/>
        <source>SQL dialect</source>
        <translation>SQL 方言</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/settings.py" line="197"/>
        <source>Numeric tolerance (relative)</source>
        <translation>数值容差（相对）</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/settings.py" line="198"/>
        <source>Execution results</source>
        <translation>执行结果</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/settings.py" line="203"/>
        <source>Bot</source>
        <translation>机器人</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/settings.py" line="206"/>
        <source>Authentication</source>
        <translation>认证</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/settings.py" line="208"/>
        <source>Timing</source>
        <translation>时限</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/settings.py" line="219"/>
        <source>Judging</source>
        <translation>判定</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/settings.py" line="240"/>
        <source>sql_either: one of structure and execution passing is enough; all: every check must pass</source>
        <translation>sql_either：结构与执行任一通过即可；all：每项检查都必须通过</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/settings.py" line="252"/>
        <source>Placeholders in the body template: {question}, {chat_id}, {case_id}. These settings are shared by everyone using this server.</source>
        <translation>请求体模板中的占位符：{question}、{chat_id}、{case_id}。这些设置由使用此服务器的所有人共享。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/settings.py" line="263"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/settings.py" line="266"/>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/settings.py" line="280"/>
        <source>Bot connection</source>
        <translation>机器人连接</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/settings.py" line="326"/>
        <source>Settings saved.</source>
        <translation>设置已保存。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/settings.py" line="339"/>
        <source>Validation database unavailable: %1</source>
        <translation>验证数据库不可用: %1</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/settings.py" line="347"/>
        <source>Settings are not available on this server (it has no /config endpoint).</source>
        <translation>此服务器不提供设置（没有 /config 接口）。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/settings.py" line="368"/>
        <source>%1: not a valid JSON object.</source>
        <translation>%1：不是有效的 JSON 对象。</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/pages/settings.py" line="371"/>
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
    <name>TrendChart</name>
    <message>
        <location filename="../../helix_desktop/ui/reports/charts.py" line="58"/>
        <source>Pass rate of recent runs</source>
        <translation>最近运行的通过率</translation>
    </message>
    <message>
        <location filename="../../helix_desktop/ui/reports/charts.py" line="64"/>
        <source>Run (oldest to newest)</source>
        <translation>运行（从旧到新）</translation>
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
        <location filename="../../helix_desktop/ui/user_forms.py" line="35"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
</TS>
