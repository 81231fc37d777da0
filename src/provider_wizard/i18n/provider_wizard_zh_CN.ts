<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AddProviderWizard</name>
    <message>
        <location filename="../ui/wizard/__init__.py" line="61"/>
        <source>Add a provider</source>
        <translation>添加服务商</translation>
    </message>
</context>
<context>
    <name>AddressPage</name>
    <message>
        <location filename="../ui/wizard/address_page.py" line="22"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../ui/wizard/address_page.py" line="25"/>
        <source>Paste the gateway&apos;s address as you copied it: the browser&apos;s address bar, a client&apos;s settings, an IP with a port. The app works out the base address.</source>
        <translation>粘贴你复制的网关地址即可：浏览器地址栏、客户端设置里的地址、带端口的 IP 都行。本应用会自动得出接口地址。</translation>
    </message>
    <message>
        <location filename="../ui/wizard/address_page.py" line="31"/>
        <source>Gateway address</source>
        <translation>网关地址</translation>
    </message>
    <message>
        <location filename="../ui/wizard/address_page.py" line="34"/>
        <source>Trust a CA file…</source>
        <translation>信任 CA 证书文件…</translation>
    </message>
    <message>
        <location filename="../ui/wizard/address_page.py" line="37"/>
        <source>For a gateway with a self-signed certificate: trust its CA, for this provider only</source>
        <translation>用于自签名证书的网关：仅对此服务商信任它的 CA</translation>
    </message>
    <message>
        <location filename="../ui/wizard/address_page.py" line="62"/>
        <source>The gateway&apos;s CA certificate</source>
        <translation>网关的 CA 证书</translation>
    </message>
    <message>
        <location filename="../ui/wizard/address_page.py" line="64"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>证书 (*.pem *.crt *.cer);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/wizard/address_page.py" line="74"/>
        <source>Also trusted: {0}</source>
        <translation>额外信任：{0}</translation>
    </message>
</context>
<context>
    <name>AddressPreview</name>
    <message>
        <location filename="../ui/address_preview.py" line="26"/>
        <source>Address preview</source>
        <translation>地址预览</translation>
    </message>
    <message>
        <location filename="../ui/address_preview.py" line="39"/>
        <source>Base address:</source>
        <translation>接口地址：</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../ui/wizard/check_page.py" line="44"/>
        <source>Connection check</source>
        <translation>连接检查</translation>
    </message>
    <message>
        <location filename="../ui/wizard/check_page.py" line="47"/>
        <source>Asking the server which address works, whether it accepts the token, and which models it offers.</source>
        <translation>正在询问服务器：哪个地址可用、令牌是否有效、提供哪些模型。</translation>
    </message>
    <message>
        <location filename="../ui/wizard/check_page.py" line="60"/>
        <source>Check result</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <location filename="../ui/wizard/check_page.py" line="64"/>
        <source>Cancel check</source>
        <translation>取消检查</translation>
    </message>
    <message>
        <location filename="../ui/wizard/check_page.py" line="68"/>
        <source>Trust the gateway&apos;s CA file…</source>
        <translation>信任网关的 CA 证书文件…</translation>
    </message>
    <message>
        <location filename="../ui/wizard/check_page.py" line="71"/>
        <source>Send the token unencrypted anyway</source>
        <translation>仍然以未加密方式发送令牌</translation>
    </message>
    <message>
        <location filename="../ui/wizard/check_page.py" line="73"/>
        <source>Check again</source>
        <translation>重新检查</translation>
    </message>
    <message>
        <location filename="../ui/wizard/check_page.py" line="76"/>
        <source>Continue without checking (type the model ids by hand)</source>
        <translation>跳过检查继续（手动输入模型 ID）</translation>
    </message>
    <message>
        <location filename="../ui/wizard/check_page.py" line="135"/>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <location filename="../ui/wizard/check_page.py" line="159"/>
        <source>Check cancelled.</source>
        <translation>检查已取消。</translation>
    </message>
    <message>
        <location filename="../ui/wizard/check_page.py" line="163"/>
        <source>Checking {0}…</source>
        <translation>正在检查 {0}…</translation>
    </message>
    <message>
        <location filename="../ui/wizard/check_page.py" line="184"/>
        <source>Address: {0}</source>
        <translation>地址：{0}</translation>
    </message>
    <message>
        <location filename="../ui/wizard/check_page.py" line="185"/>
        <source>Gateway: {0}</source>
        <translation>网关：{0}</translation>
    </message>
    <message>
        <location filename="../ui/wizard/check_page.py" line="186"/>
        <source>Models offered: {0}</source>
        <translation>可用模型：{0} 个</translation>
    </message>
    <message>
        <location filename="../ui/wizard/check_page.py" line="189"/>
        <source>The gateway works and accepts the token.</source>
        <translation>网关可用，令牌有效。</translation>
    </message>
    <message>
        <location filename="../ui/wizard/check_page.py" line="201"/>
        <source>Use {0} and check again</source>
        <translation>改用 {0} 并重新检查</translation>
    </message>
    <message>
        <location filename="../ui/wizard/check_page.py" line="236"/>
        <source>Not checked.</source>
        <translation>未检查。</translation>
    </message>
    <message>
        <location filename="../ui/wizard/check_page.py" line="237"/>
        <source>You will type the model ids on the next page.</source>
        <translation>下一页请手动输入模型 ID。</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <location filename="../ui/wizard/finish_page.py" line="24"/>
        <source>Name and finish</source>
        <translation>命名并完成</translation>
    </message>
    <message>
        <location filename="../ui/wizard/finish_page.py" line="25"/>
        <source>Name this provider as your clients will show it.</source>
        <translation>给这个服务商起个名字，客户端里会显示这个名字。</translation>
    </message>
    <message>
        <location filename="../ui/wizard/finish_page.py" line="27"/>
        <source>Provider name</source>
        <translation>服务商名称</translation>
    </message>
    <message>
        <location filename="../ui/wizard/finish_page.py" line="31"/>
        <source>Switch the provider on</source>
        <translation>启用此服务商</translation>
    </message>
    <message>
        <location filename="../ui/wizard/finish_page.py" line="40"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../ui/wizard/finish_page.py" line="79"/>
        <source>Address: {0}</source>
        <translation>地址：{0}</translation>
    </message>
    <message>
        <location filename="../ui/wizard/finish_page.py" line="80"/>
        <source>Type: OpenAI-compatible</source>
        <translation>类型：OpenAI 兼容</translation>
    </message>
    <message>
        <location filename="../ui/wizard/finish_page.py" line="82"/>
        <source>Models on: {0} of {1}</source>
        <translation>已启用模型：{0} / {1}</translation>
    </message>
    <message>
        <location filename="../ui/wizard/finish_page.py" line="85"/>
        <source>The token will be saved in your system&apos;s keychain.</source>
        <translation>令牌将保存在系统密钥环中。</translation>
    </message>
    <message>
        <location filename="../ui/wizard/finish_page.py" line="88"/>
        <source>Also trusted: {0}</source>
        <translation>额外信任：{0}</translation>
    </message>
    <message>
        <location filename="../ui/wizard/finish_page.py" line="90"/>
        <source>The connection was not checked.</source>
        <translation>连接未经检查。</translation>
    </message>
    <message>
        <location filename="../ui/wizard/finish_page.py" line="97"/>
        <source>The provider needs a name.</source>
        <translation>请填写服务商名称。</translation>
    </message>
    <message>
        <location filename="../ui/wizard/finish_page.py" line="99"/>
        <source>A provider with this name already exists.</source>
        <translation>已有同名的服务商。</translation>
    </message>
    <message>
        <location filename="../ui/wizard/finish_page.py" line="143"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
</context>
<context>
    <name>HealthDialog</name>
    <message>
        <location filename="../ui/health_dialog.py" line="57"/>
        <source>Check all models of {0}</source>
        <translation>检查 {0} 的所有模型</translation>
    </message>
    <message>
        <location filename="../ui/health_dialog.py" line="64"/>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../ui/health_dialog.py" line="68"/>
        <source>Requests at a time</source>
        <translation>同时请求数</translation>
    </message>
    <message>
        <location filename="../ui/health_dialog.py" line="69"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../ui/health_dialog.py" line="72"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/health_dialog.py" line="76"/>
        <source>Switch off the failed models</source>
        <translation>停用失败的模型</translation>
    </message>
    <message>
        <location filename="../ui/health_dialog.py" line="78"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../ui/health_dialog.py" line="82"/>
        <source>Requests at a time:</source>
        <translation>同时请求数：</translation>
    </message>
    <message>
        <location filename="../ui/health_dialog.py" line="127"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../ui/health_dialog.py" line="133"/>
        <source>✓ {0} — {1} ms</source>
        <translation>✓ {0} — {1} 毫秒</translation>
    </message>
    <message>
        <location filename="../ui/health_dialog.py" line="139"/>
        <source>✗ {0} — {1}</source>
        <translation>✗ {0} — {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/health_dialog.py" line="165"/>
        <source>Switch off %n failed model(s)</source>
        <translation>
            <numerusform>停用 %n 个失败的模型</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/health_dialog.py" line="173"/>
        <source>Checked {0} of {1} · {2} failed</source>
        <translation>已检查 {0} / {1} · {2} 个失败</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/main_window.py" line="132"/>
        <source>Providers</source>
        <translation>服务商</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="137"/>
        <source>+ Add provider</source>
        <translation>+ 添加服务商</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="138"/>
        <source>Add provider</source>
        <translation>添加服务商</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="152"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="168"/>
        <source>No providers yet</source>
        <translation>还没有服务商</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="175"/>
        <source>Provider Wizard connects your clients to an LLM gateway such as OneAPI, NewAPI or any OpenAI-compatible server.

Paste a token and the address you copied from the gateway&apos;s console; the app finds the right base address, checks the token, fetches the models and keeps the token in your system&apos;s keychain.</source>
        <translation>服务商向导帮你把客户端接入大模型网关，例如 OneAPI、NewAPI 或任何 OpenAI 兼容的服务器。

粘贴从网关控制台复制的令牌和地址，本应用会找出正确的接口地址、检查令牌、获取模型列表，并把令牌保存在系统密钥环中。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="184"/>
        <source>Add a provider…</source>
        <translation>添加服务商…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="213"/>
        <source>Provider name</source>
        <translation>服务商名称</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="220"/>
        <source>On</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="221"/>
        <source>Provider on</source>
        <translation>服务商已启用</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="227"/>
        <source>OpenAI-compatible</source>
        <translation>OpenAI 兼容</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="230"/>
        <source>Base address</source>
        <translation>接口地址</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="238"/>
        <source>Token</source>
        <translation>令牌</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="239"/>
        <location filename="../ui/main_window.py" line="729"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="241"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="243"/>
        <source>Replace…</source>
        <translation>更换…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="252"/>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="253"/>
        <source>Send a one-token chat request to this model</source>
        <translation>向此模型发送一次只要 1 个 token 的对话请求</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="255"/>
        <source>Check all on…</source>
        <translation>检查所有已启用…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="257"/>
        <source>Send a one-token chat request to every model that is switched on</source>
        <translation>向每个已启用的模型发送一次只要 1 个 token 的对话请求</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="268"/>
        <source>Type:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="269"/>
        <source>Gateway:</source>
        <translation>网关：</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="270"/>
        <source>Base address:</source>
        <translation>接口地址：</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="275"/>
        <source>Token:</source>
        <translation>令牌：</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="276"/>
        <source>Check:</source>
        <translation>检查：</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="279"/>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="284"/>
        <source>Refresh from server</source>
        <translation>从服务器刷新</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="295"/>
        <source>Remove provider…</source>
        <translation>删除服务商…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="309"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="310"/>
        <source>&amp;Add provider…</source>
        <translation>添加服务商(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="315"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="320"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="323"/>
        <source>System language</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="333"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="334"/>
        <source>&amp;About Provider Wizard</source>
        <translation>关于服务商向导(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="426"/>
        <source>Plain http to a remote host: the token travels unencrypted.</source>
        <translation>以明文 http 连接远程主机：令牌未加密传输。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="429"/>
        <source>Plain http to a remote host: the token is not sent until you allow it.</source>
        <translation>以明文 http 连接远程主机：在你允许之前不会发送令牌。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="433"/>
        <source>Also trusts the CA file {0}</source>
        <translation>额外信任 CA 证书文件 {0}</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="441"/>
        <source>Kept but not shown, as this version cannot read them: {0}</source>
        <translation>已保留但未显示（此版本无法读取）：{0}</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="451"/>
        <source>Token missing: use Replace…</source>
        <translation>令牌缺失：请使用“更换…”</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="523"/>
        <source>A provider named “{0}” already exists.</source>
        <translation>已有名为“{0}”的服务商。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="593"/>
        <source>Fetching the model list…</source>
        <translation>正在获取模型列表…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="629"/>
        <location filename="../ui/main_window.py" line="630"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="632"/>
        <source>New (off): {0}. No longer listed: {1}.</source>
        <translation>新增（未启用）：{0}。已下架：{1}。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="642"/>
        <source>Choose a model to check.</source>
        <translation>请选择要检查的模型。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="645"/>
        <source>Checking {0}…</source>
        <translation>正在检查 {0}…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="654"/>
        <source>{0} works: answered in {1} ms.</source>
        <translation>{0} 可用：{1} 毫秒内应答。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="720"/>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="735"/>
        <source>Token copied to the clipboard.</source>
        <translation>令牌已复制到剪贴板。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="747"/>
        <source>Replace token</source>
        <translation>更换令牌</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="748"/>
        <source>New token for {0}:</source>
        <translation>{0} 的新令牌：</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="760"/>
        <source>Token replaced in the keychain.</source>
        <translation>密钥环中的令牌已更换。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="773"/>
        <source>Remove provider</source>
        <translation>删除服务商</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="774"/>
        <source>Remove “{0}” and its token from the keychain?</source>
        <translation>删除“{0}”，并从密钥环中删除其令牌？</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="848"/>
        <source>About Provider Wizard</source>
        <translation>关于服务商向导</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="850"/>
        <source>Provider Wizard {0}

Connects your clients to OneAPI, NewAPI and other OpenAI-compatible gateways. Tokens stay in your system&apos;s keychain.</source>
        <translation>服务商向导 {0}

把客户端接入 OneAPI、NewAPI 及其他 OpenAI 兼容网关。令牌只保存在系统密钥环中。</translation>
    </message>
</context>
<context>
    <name>ModelListModel</name>
    <message>
        <location filename="../ui/model_list.py" line="88"/>
        <source>added by hand</source>
        <translation>手动添加</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <location filename="../ui/model_picker.py" line="47"/>
        <location filename="../ui/model_picker.py" line="49"/>
        <source>Search models</source>
        <translation>搜索模型</translation>
    </message>
    <message>
        <location filename="../ui/model_picker.py" line="54"/>
        <source>All on</source>
        <translation>全部启用</translation>
    </message>
    <message>
        <location filename="../ui/model_picker.py" line="55"/>
        <source>Switch on every model shown</source>
        <translation>启用当前显示的所有模型</translation>
    </message>
    <message>
        <location filename="../ui/model_picker.py" line="56"/>
        <source>All off</source>
        <translation>全部停用</translation>
    </message>
    <message>
        <location filename="../ui/model_picker.py" line="57"/>
        <source>Switch off every model shown</source>
        <translation>停用当前显示的所有模型</translation>
    </message>
    <message>
        <location filename="../ui/model_picker.py" line="68"/>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../ui/model_picker.py" line="72"/>
        <source>Model id, e.g. gpt-4o-mini</source>
        <translation>模型 ID，例如 gpt-4o-mini</translation>
    </message>
    <message>
        <location filename="../ui/model_picker.py" line="73"/>
        <source>Model id to add</source>
        <translation>要添加的模型 ID</translation>
    </message>
    <message>
        <location filename="../ui/model_picker.py" line="74"/>
        <source>Add by id</source>
        <translation>按 ID 添加</translation>
    </message>
    <message>
        <location filename="../ui/model_picker.py" line="79"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../ui/model_picker.py" line="80"/>
        <source>Remove the selected models from this list</source>
        <translation>从列表中删除选中的模型</translation>
    </message>
    <message>
        <location filename="../ui/model_picker.py" line="89"/>
        <source>Models switched on</source>
        <translation>已启用的模型</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/model_picker.py" line="163"/>
        <source>%n of %1 on</source>
        <translation>
            <numerusform>已启用 %n / %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/model_picker.py" line="165"/>
        <source>%n shown</source>
        <translation>
            <numerusform>显示 %n 个</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModelsPage</name>
    <message>
        <location filename="../ui/wizard/models_page.py" line="19"/>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../ui/wizard/models_page.py" line="38"/>
        <source>Switch on the models your clients should offer.</source>
        <translation>启用要在客户端中提供的模型。</translation>
    </message>
    <message>
        <location filename="../ui/wizard/models_page.py" line="42"/>
        <source>Type the ids of the models this gateway serves.</source>
        <translation>输入此网关提供的模型 ID。</translation>
    </message>
    <message>
        <location filename="../ui/wizard/models_page.py" line="45"/>
        <source>No model list from the server. Type a model id below and press Enter; add as many as you need.</source>
        <translation>服务器没有返回模型列表。请在下方输入模型 ID 并按回车，可添加多个。</translation>
    </message>
</context>
<context>
    <name>TokenPage</name>
    <message>
        <location filename="../ui/wizard/token_page.py" line="20"/>
        <location filename="../ui/wizard/token_page.py" line="30"/>
        <source>Token</source>
        <translation>令牌</translation>
    </message>
    <message>
        <location filename="../ui/wizard/token_page.py" line="23"/>
        <source>Paste the token (it starts with sk-). You find it in your gateway&apos;s web console, on the token page (令牌): copy it there.</source>
        <translation>粘贴令牌（以 sk- 开头）。在网关网页控制台的“令牌”页面复制。</translation>
    </message>
    <message>
        <location filename="../ui/wizard/token_page.py" line="32"/>
        <source>Show the token</source>
        <translation>显示令牌</translation>
    </message>
    <message>
        <location filename="../ui/wizard/token_page.py" line="36"/>
        <source>Token status</source>
        <translation>令牌状态</translation>
    </message>
    <message>
        <location filename="../ui/wizard/token_page.py" line="38"/>
        <source>The token is kept only in your system&apos;s keychain, never in a file.</source>
        <translation>令牌只保存在系统密钥环中，绝不写入文件。</translation>
    </message>
    <message>
        <location filename="../ui/wizard/token_page.py" line="68"/>
        <source>Cleaned what was around the token (spaces, “Bearer”).</source>
        <translation>已去掉令牌周围多余的内容（空格、“Bearer”）。</translation>
    </message>
    <message>
        <location filename="../ui/wizard/token_page.py" line="73"/>
        <source>Looks like a OneAPI / NewAPI token.</source>
        <translation>看起来是 OneAPI / NewAPI 令牌。</translation>
    </message>
    <message>
        <location filename="../ui/wizard/token_page.py" line="76"/>
        <source>Token ready (not in the sk- + 48 characters form of OneAPI / NewAPI; other servers use other forms).</source>
        <translation>令牌已就绪（不是 OneAPI / NewAPI 的 sk- 加 48 个字符格式；其他服务器的格式可能不同）。</translation>
    </message>
</context>
<context>
    <name>_ModelCombo</name>
    <message>
        <location filename="../ui/main_window.py" line="86"/>
        <source>Model to check</source>
        <translation>要检查的模型</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../ui/app.py" line="153"/>
        <source>Settings file damaged</source>
        <translation>配置文件已损坏</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="154"/>
        <source>The providers file could not be read. It was kept as {0}; starting with an empty list.</source>
        <translation>无法读取服务商配置文件。原文件已保留为 {0}；现以空列表启动。</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="202"/>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="204"/>
        <source>Something went wrong. Your providers are safe; the app keeps running.</source>
        <translation>出了点问题。你的服务商配置是安全的，应用会继续运行。</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="209"/>
        <source>If you report this, copy the details below (tokens are masked).</source>
        <translation>如需反馈，请复制下面的详细信息（令牌已隐去）。</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="215"/>
        <source>Copy report</source>
        <translation>复制报告</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../ui/messages.py" line="76"/>
        <source>Paste the gateway&apos;s address.</source>
        <translation>请粘贴网关地址。</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="77"/>
        <source>This looks like a token, not an address: it belongs on the token page.</source>
        <translation>这看起来是令牌而不是地址：请填到令牌页面。</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="80"/>
        <source>Only http:// and https:// addresses can be used.</source>
        <translation>只能使用 http:// 或 https:// 地址。</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="83"/>
        <source>Remove the user name and password from the address; the token has its own field.</source>
        <translation>请去掉地址里的用户名和密码；令牌有单独的输入框。</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="87"/>
        <source>The address has no valid host name or IP address.</source>
        <translation>地址中没有有效的主机名或 IP 地址。</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="90"/>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>端口必须是 1 到 65535 之间的数字。</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="91"/>
        <source>This is too long to be a server address.</source>
        <translation>太长了，不像是服务器地址。</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="98"/>
        <source>removed spaces, quotes or punctuation around the address</source>
        <translation>去掉了地址两端的空格、引号或标点</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="101"/>
        <source>removed spaces inside the address</source>
        <translation>去掉了地址中间的空格</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="102"/>
        <source>changed full-width characters (from a Chinese input method) to normal ones</source>
        <translation>把（中文输入法产生的）全角字符改成了半角</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="105"/>
        <source>turned backslashes into slashes</source>
        <translation>把反斜杠改成了斜杠</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="106"/>
        <source>repaired the scheme: {0}</source>
        <translation>修正了协议：{0}</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="107"/>
        <source>wrote the scheme in lower case</source>
        <translation>协议改为小写</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="108"/>
        <source>IP address or local name without a scheme: using http://</source>
        <translation>IP 地址或本地主机名未写协议：使用 http://</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="111"/>
        <source>no scheme given: using https:// for a public host name</source>
        <translation>未写协议：公网域名使用 https://</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="114"/>
        <source>wrote the host name in lower case</source>
        <translation>主机名改为小写</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="115"/>
        <source>converted the international host name to {0}</source>
        <translation>国际化域名已转换为 {0}</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="118"/>
        <source>removed the dot at the end of the host name</source>
        <translation>去掉了主机名末尾的点</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="121"/>
        <source>removed :{0}, the default port of this scheme</source>
        <translation>去掉了 :{0}（该协议的默认端口）</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="124"/>
        <source>removed a colon with no port after it</source>
        <translation>去掉了后面没有端口号的冒号</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="125"/>
        <source>removed {0}: the app adds it itself</source>
        <translation>去掉了 {0}：应用会自动添加</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="128"/>
        <source>removed {0}: that is the console page, not the API</source>
        <translation>去掉了 {0}：那是控制台页面，不是接口</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="131"/>
        <source>removed {0}: only the server&apos;s root is needed</source>
        <translation>去掉了 {0}：只需要服务器根地址</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="134"/>
        <source>kept {0}: the API sits under this path</source>
        <translation>保留了 {0}：接口位于此路径下</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="135"/>
        <source>removed the query {0}</source>
        <translation>去掉了查询参数 {0}</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="136"/>
        <source>removed {0}: that is a page of the web console</source>
        <translation>去掉了 {0}：那是网页控制台的页面</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="139"/>
        <source>removed the slash at the end</source>
        <translation>去掉了末尾的斜杠</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="149"/>
        <source>No scheme was given; {0}:// answered.</source>
        <translation>未写协议；{0}:// 有响应。</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="152"/>
        <source>No scheme was given; https:// did not answer, so http:// is used.</source>
        <translation>未写协议；https:// 无响应，因此使用 http://。</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="155"/>
        <source>The server lists no models for this token; add model ids by hand.</source>
        <translation>服务器没有为此令牌列出任何模型；请手动添加模型 ID。</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="158"/>
        <source>{0} duplicate model ids were listed once.</source>
        <translation>{0} 个重复的模型 ID 已合并。</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="161"/>
        <source>{0} entries of the list were not usable model ids.</source>
        <translation>列表中有 {0} 项不是可用的模型 ID。</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="164"/>
        <source>Plain http to a remote host: the token travels unencrypted. Use https if the server offers it.</source>
        <translation>以明文 http 连接远程主机：令牌将未加密传输。服务器支持的话请使用 https。</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="169"/>
        <source>Not a OneAPI or NewAPI gateway; treated as a plain OpenAI-compatible server.</source>
        <translation>不是 OneAPI 或 NewAPI 网关；按普通 OpenAI 兼容服务器处理。</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="180"/>
        <source>OpenAI-compatible server</source>
        <translation>OpenAI 兼容服务器</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="181"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="186"/>
        <source>The server said: {0}</source>
        <translation>服务器返回：{0}</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="192"/>
        <source>This address cannot be used</source>
        <translation>此地址无法使用</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="195"/>
        <source>This token cannot be used</source>
        <translation>此令牌无法使用</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="197"/>
        <source>Copy the token again from the gateway console&apos;s token page (令牌).</source>
        <translation>请到网关控制台的“令牌”页面重新复制令牌。</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="200"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="200"/>
        <source>The check was cancelled.</source>
        <translation>检查已取消。</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="203"/>
        <source>This server speaks plain http, not https, on this port.</source>
        <translation>此服务器在该端口上使用明文 http，而不是 https。</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="205"/>
        <source>This server redirects http to https.</source>
        <translation>此服务器会把 http 重定向到 https。</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="208"/>
        <source>Wrong scheme</source>
        <translation>协议不对</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="210"/>
        <location filename="../ui/messages.py" line="224"/>
        <source>Use {0} instead.</source>
        <translation>请改用 {0}。</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="215"/>
        <source>No API at this address</source>
        <translation>此地址下没有接口</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="219"/>
        <source>The server has no API under this path.</source>
        <translation>服务器在此路径下没有接口。</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="226"/>
        <source>Use the server&apos;s root address, without /v1 or console paths.</source>
        <translation>请使用服务器根地址，不要带 /v1 或控制台路径。</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="231"/>
        <source>The token was not accepted</source>
        <translation>令牌未被接受</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="232"/>
        <source>The server refused the token.</source>
        <translation>服务器拒绝了此令牌。</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="233"/>
        <source>Copy the token again from the console&apos;s token page (令牌); check that it is enabled, not expired and has quota left.</source>
        <translation>请到控制台的“令牌”页面重新复制令牌，并确认令牌已启用、未过期且仍有额度。</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="241"/>
        <source>The token is not allowed to do this</source>
        <translation>此令牌没有权限</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="242"/>
        <source>The server refused the request.</source>
        <translation>服务器拒绝了请求。</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="243"/>
        <source>The token may be limited to some IP ranges or models; check it in the console.</source>
        <translation>令牌可能限制了 IP 网段或模型；请在控制台检查。</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="250"/>
        <source>Wait {0} s and try again.</source>
        <translation>请等待 {0} 秒后重试。</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="252"/>
        <source>Wait a moment and try again.</source>
        <translation>请稍后重试。</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="254"/>
        <source>Too many requests</source>
        <translation>请求过于频繁</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="257"/>
        <source>The server had an error</source>
        <translation>服务器出错</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="258"/>
        <location filename="../ui/messages.py" line="264"/>
        <source>HTTP {0}</source>
        <translation>HTTP {0}</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="259"/>
        <source>If it names a model, no channel of the gateway may serve that model.</source>
        <translation>如果提到了某个模型，可能是网关没有可用渠道提供该模型。</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="263"/>
        <source>The server refused the request</source>
        <translation>服务器拒绝了请求</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="268"/>
        <source>The token would travel unencrypted</source>
        <translation>令牌将以未加密方式传输</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="269"/>
        <source>{0} answers only over plain http, and it is not on your own network: anyone on the way could read the token. It was not sent.</source>
        <translation>{0} 只支持明文 http，且不在你的本地网络中：途经的任何人都能读到令牌。令牌未发送。</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="274"/>
        <source>Use https if the gateway offers it.</source>
        <translation>如果网关支持 https，请改用 https。</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="279"/>
        <source>The certificate has expired</source>
        <translation>证书已过期</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="280"/>
        <source>The server&apos;s certificate has expired or is not valid yet. A CA file cannot help.</source>
        <translation>服务器证书已过期或尚未生效。添加 CA 文件也无济于事。</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="285"/>
        <source>Ask the gateway&apos;s operator to renew it; check your clock too.</source>
        <translation>请联系网关管理员更新证书；也请检查本机时间。</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="289"/>
        <source>The certificate is for another host</source>
        <translation>证书属于另一个主机</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="290"/>
        <source>The server&apos;s certificate was issued for another host name than the one in the address.</source>
        <translation>服务器证书签发给的主机名与地址中的不同。</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="295"/>
        <source>Use the host name the certificate was issued for.</source>
        <translation>请使用证书所签发的主机名。</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="299"/>
        <source>No https on this port</source>
        <translation>此端口不支持 https</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="300"/>
        <source>The server answered in plain text: it does not speak https here.</source>
        <translation>服务器以明文应答：这个端口不支持 https。</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="301"/>
        <source>Check the port, or type http:// if the gateway uses plain http.</source>
        <translation>请检查端口；如果网关使用明文 http，请输入 http://。</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="305"/>
        <source>The certificate is not trusted</source>
        <translation>证书不受信任</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="306"/>
        <source>The server&apos;s certificate is self-signed or from an unknown authority.</source>
        <translation>服务器证书是自签名的，或来自未知的证书颁发机构。</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="310"/>
        <source>Install the gateway&apos;s CA in your system, or use the CA-file option.</source>
        <translation>请把网关的 CA 证书安装到系统中，或使用 CA 文件选项。</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="316"/>
        <source>The secure connection failed</source>
        <translation>安全连接失败</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="317"/>
        <source>The connection was cut during the TLS handshake.</source>
        <translation>TLS 握手过程中连接被切断。</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="318"/>
        <source>Check the port and your network, then try again.</source>
        <translation>请检查端口和网络后重试。</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="323"/>
        <source>The server&apos;s name could not be found.</source>
        <translation>找不到服务器的域名。</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="324"/>
        <source>Check the host name for typos, and your network.</source>
        <translation>请检查主机名是否拼错，以及网络连接。</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="327"/>
        <source>Nothing answers at this address and port.</source>
        <translation>此地址和端口上没有服务响应。</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="328"/>
        <source>Check the port, and that the gateway is running.</source>
        <translation>请检查端口，并确认网关正在运行。</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="331"/>
        <source>The server did not answer in time.</source>
        <translation>服务器未能及时响应。</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="332"/>
        <source>Check the address and your network; the server may be busy.</source>
        <translation>请检查地址和网络；服务器可能正忙。</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="335"/>
        <source>The server closed the connection without an answer.</source>
        <translation>服务器未作应答就关闭了连接。</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="336"/>
        <source>Check the port and the scheme (http or https).</source>
        <translation>请检查端口和协议（http 或 https）。</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="339"/>
        <source>The server could not be reached.</source>
        <translation>无法连接服务器。</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="340"/>
        <source>Check the address and your network.</source>
        <translation>请检查地址和网络。</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="343"/>
        <source>The server cannot be reached</source>
        <translation>无法连接服务器</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="347"/>
        <source>This is a web page, not the API</source>
        <translation>这是网页，不是接口</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="348"/>
        <source>The address shows a web page (probably the gateway&apos;s console).</source>
        <translation>此地址返回的是网页（可能是网关控制台）。</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="349"/>
        <source>Use the root address; the app adds /v1 itself.</source>
        <translation>请使用根地址；应用会自动添加 /v1。</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="352"/>
        <source>Not an OpenAI-compatible API</source>
        <translation>不是 OpenAI 兼容接口</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="353"/>
        <source>The server&apos;s answer is not an OpenAI-style model list or reply.</source>
        <translation>服务器的响应不是 OpenAI 格式的模型列表或回复。</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="354"/>
        <source>Check that the address is the gateway&apos;s API, not another web site.</source>
        <translation>请确认地址是网关的接口，而不是别的网站。</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="358"/>
        <source>Redirect not followed</source>
        <translation>未跟随重定向</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="359"/>
        <source>The server redirects elsewhere ({0}); the token was not sent there.</source>
        <translation>服务器重定向到了别处（{0}）；令牌没有发送过去。</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="362"/>
        <source>If you trust that address, use it instead.</source>
        <translation>如果你信任那个地址，请改用它。</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="366"/>
        <source>The answer is too large</source>
        <translation>响应过大</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="367"/>
        <source>The server&apos;s answer was cut off.</source>
        <translation>服务器的响应被截断了。</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="370"/>
        <source>The gateway check failed</source>
        <translation>网关检查失败</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="373"/>
        <source>No keychain available</source>
        <translation>没有可用的密钥环</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="374"/>
        <source>The token can only be saved in the system keychain, and none is available.</source>
        <translation>令牌只能保存在系统密钥环中，但当前没有可用的密钥环。</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="378"/>
        <source>Start and unlock a keychain (GNOME Keyring or KWallet), then try again. Tokens are never stored in plain text.</source>
        <translation>请启动并解锁密钥环（GNOME 密钥环或 KWallet）后重试。令牌绝不会以明文保存。</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="386"/>
        <source>The keychain is locked</source>
        <translation>密钥环已锁定</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="387"/>
        <source>The system keychain is locked or the unlock was cancelled.</source>
        <translation>系统密钥环已锁定，或解锁被取消。</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="388"/>
        <source>Unlock your keychain (the login keyring) and try again.</source>
        <translation>请解锁密钥环（登录密钥环）后重试。</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="392"/>
        <source>The keychain does not answer</source>
        <translation>密钥环没有响应</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="393"/>
        <source>The system keychain did not answer in time; nothing was changed.</source>
        <translation>系统密钥环未能及时响应；没有做任何更改。</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="394"/>
        <source>The keychain service may be stalled: restart it or log in again.</source>
        <translation>密钥环服务可能卡住了：请重启它或重新登录。</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="398"/>
        <source>The keychain keeps nothing</source>
        <translation>密钥环没有保存任何内容</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="399"/>
        <source>The keychain accepted the token but does not give it back, so it was not kept.</source>
        <translation>密钥环接受了令牌却读不回来，因此令牌没有被保存。</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="403"/>
        <source>Set up a system keychain (GNOME Keyring or KWallet), then try again.</source>
        <translation>请设置系统密钥环（GNOME 密钥环或 KWallet）后重试。</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="407"/>
        <source>Token missing</source>
        <translation>令牌缺失</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="408"/>
        <source>The keychain holds no token for “{0}”.</source>
        <translation>密钥环中没有“{0}”的令牌。</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="409"/>
        <source>Use Replace… to give the provider its token again.</source>
        <translation>请使用“更换…”重新为该服务商设置令牌。</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="413"/>
        <source>That is a token</source>
        <translation>这是一个令牌</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="414"/>
        <source>This field holds a token. A token goes only in the token field, where it is kept in the keychain; names, addresses and model ids are saved in a file.</source>
        <translation>此字段中填的是令牌。令牌只能填在令牌栏里，它会保存在密钥环中；名称、地址和模型 ID 会保存在文件里。</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="419"/>
        <source>Type a name or id instead.</source>
        <translation>请改为输入名称或 ID。</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="423"/>
        <source>The keychain failed</source>
        <translation>密钥环出错</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="425"/>
        <source>Check your system keychain and try again.</source>
        <translation>请检查系统密钥环后重试。</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="429"/>
        <source>Name already used</source>
        <translation>名称已被使用</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="430"/>
        <source>A provider named “{0}” already exists.</source>
        <translation>已有名为“{0}”的服务商。</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="431"/>
        <source>Choose another name.</source>
        <translation>请换一个名称。</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="435"/>
        <source>Provider not found</source>
        <translation>找不到服务商</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="436"/>
        <source>There is no provider named “{0}”.</source>
        <translation>没有名为“{0}”的服务商。</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="439"/>
        <source>The settings file was damaged</source>
        <translation>配置文件已损坏</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="442"/>
        <source>The settings could not be saved</source>
        <translation>无法保存设置</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="444"/>
        <source>Check the free space and permissions of the config folder.</source>
        <translation>请检查配置文件夹的剩余空间和权限。</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="447"/>
        <source>Something went wrong</source>
        <translation>出错了</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="449"/>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="451"/>
        <source>Please report this as a bug.</source>
        <translation>请将此问题作为缺陷反馈。</translation>
    </message>
</context>
</TS>
