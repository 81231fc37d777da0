<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../errors.py" line="71"/>
        <source>The operation was cancelled.</source>
        <translation>操作已取消。</translation>
    </message>
    <message>
        <location filename="../errors.py" line="94"/>
        <source>The address is empty.</source>
        <translation>地址为空。</translation>
    </message>
    <message>
        <location filename="../errors.py" line="96"/>
        <source>This looks like a token, not an address: paste the token into the token field.</source>
        <translation>这看起来是令牌而不是地址：请把令牌粘贴到令牌栏。</translation>
    </message>
    <message>
        <location filename="../errors.py" line="98"/>
        <source>Only http:// and https:// addresses can be used.</source>
        <translation>只能使用 http:// 或 https:// 地址。</translation>
    </message>
    <message>
        <location filename="../errors.py" line="100"/>
        <source>The address contains a user name or password; remove it, the token goes in its own field.</source>
        <translation>地址中含有用户名或密码；请删除它，令牌有单独的输入栏。</translation>
    </message>
    <message>
        <location filename="../errors.py" line="102"/>
        <source>The address has no valid host name or IP address.</source>
        <translation>地址中没有有效的主机名或 IP 地址。</translation>
    </message>
    <message>
        <location filename="../errors.py" line="104"/>
        <source>The host name has a space in it; a host name or IP address cannot contain spaces.</source>
        <translation>主机名中有空格；主机名或 IP 地址不能包含空格。</translation>
    </message>
    <message>
        <location filename="../errors.py" line="107"/>
        <source>The address has no host: nothing stands between the scheme and the path.</source>
        <translation>地址中没有主机：协议和路径之间是空的。</translation>
    </message>
    <message>
        <location filename="../errors.py" line="109"/>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>端口必须是 1 到 65535 之间的数字。</translation>
    </message>
    <message>
        <location filename="../errors.py" line="110"/>
        <source>The address is too long to be a server address.</source>
        <translation>地址太长，不像是服务器地址。</translation>
    </message>
    <message>
        <location filename="../errors.py" line="120"/>
        <source>{reason} ({detail})</source>
        <translation>{reason}（{detail}）</translation>
    </message>
    <message>
        <location filename="../errors.py" line="147"/>
        <source>“{model}” is a {kind} model: not checked (only chat and embedding models are).</source>
        <translation>“{model}”是 {kind} 类模型：不检查（只检查对话和向量模型）。</translation>
    </message>
    <message>
        <location filename="../errors.py" line="162"/>
        <source>The {field} contains a token; a token goes only in the token field, never in a name, an address or a model id.</source>
        <translation>{field}中含有令牌；令牌只能填在令牌栏，不能填在名称、地址或模型 ID 中。</translation>
    </message>
    <message>
        <location filename="../errors.py" line="190"/>
        <source>{sentence} The server said: “{said}”</source>
        <translation>{sentence} 服务器说：“{said}”</translation>
    </message>
    <message>
        <location filename="../errors.py" line="359"/>
        <source>The keychain holds no token for “{name}”.</source>
        <translation>密钥环中没有“{name}”的令牌。</translation>
    </message>
    <message>
        <location filename="../errors.py" line="362"/>
        <source>The keychain holds no token “{label}” for “{name}”.</source>
        <translation>密钥环中没有“{name}”的令牌“{label}”。</translation>
    </message>
    <message>
        <location filename="../errors.py" line="378"/>
        <source>A provider named “{name}” already exists.</source>
        <translation>已有名为“{name}”的服务商。</translation>
    </message>
    <message>
        <location filename="../errors.py" line="384"/>
        <source>There is no provider named “{name}”.</source>
        <translation>没有名为“{name}”的服务商。</translation>
    </message>
    <message>
        <location filename="../errors.py" line="393"/>
        <source>“{name}” has no token switched on.</source>
        <translation>“{name}”没有已启用的令牌。</translation>
    </message>
    <message>
        <location filename="../errors.py" line="395"/>
        <source>“{name}” has no token labelled “{label}”.</source>
        <translation>“{name}”没有名为“{label}”的令牌。</translation>
    </message>
    <message>
        <location filename="../gateway.py" line="135"/>
        <source>The CA file cannot be read as a certificate: {error}</source>
        <translation>无法把 CA 文件读取为证书：{error}</translation>
    </message>
    <message>
        <location filename="../gateway.py" line="242"/>
        <source>The server&apos;s chat answer is not an OpenAI chat completion.</source>
        <translation>服务器的对话响应不是 OpenAI 格式的对话补全。</translation>
    </message>
    <message>
        <location filename="../gateway.py" line="264"/>
        <source>The server&apos;s embedding answer is not an OpenAI embedding list.</source>
        <translation>服务器的向量响应不是 OpenAI 格式的向量列表。</translation>
    </message>
    <message>
        <location filename="../gateway.py" line="296"/>
        <source>The server&apos;s answer is not JSON, so this is not an OpenAI-compatible API.</source>
        <translation>服务器的响应不是 JSON，因此这不是 OpenAI 兼容接口。</translation>
    </message>
    <message>
        <location filename="../gateway.py" line="308"/>
        <source>This address shows a web page (probably the gateway&apos;s console), not the API.</source>
        <translation>此地址返回的是网页（可能是网关控制台），而不是接口。</translation>
    </message>
    <message>
        <location filename="../gateway.py" line="319"/>
        <source>This port speaks https, not plain http; use {base} instead.</source>
        <translation>此端口使用 https 而不是明文 http；请改用 {base}。</translation>
    </message>
    <message>
        <location filename="../gateway.py" line="337"/>
        <source>The token would travel unencrypted (plain http to a remote host); it was not sent.</source>
        <translation>令牌将以未加密方式传输（明文 http 连接远程主机）；令牌未发送。</translation>
    </message>
    <message>
        <location filename="../gateway.py" line="358"/>
        <source>The server keeps redirecting (a redirect loop).</source>
        <translation>服务器不断重定向（重定向循环）。</translation>
    </message>
    <message>
        <location filename="../gateway.py" line="392"/>
        <location filename="../gateway.py" line="695"/>
        <source>The server&apos;s answer could not be decoded.</source>
        <translation>无法解码服务器的响应。</translation>
    </message>
    <message>
        <location filename="../gateway.py" line="416"/>
        <source>The server did not finish its answer within {seconds:g} s.</source>
        <translation>服务器未能在 {seconds:g} 秒内完成响应。</translation>
    </message>
    <message>
        <location filename="../gateway.py" line="426"/>
        <source>The server&apos;s answer is larger than {mb} MB; stopped reading.</source>
        <translation>服务器的响应超过 {mb} MB，已停止读取。</translation>
    </message>
    <message>
        <location filename="../gateway.py" line="441"/>
        <source>This server redirects http to https; use {base} instead.</source>
        <translation>此服务器把 http 重定向到 https；请改用 {base}。</translation>
    </message>
    <message>
        <location filename="../gateway.py" line="447"/>
        <source>The server redirects to another host ({host}); not followed, so the token is not sent there.</source>
        <translation>服务器重定向到另一个主机（{host}）；未跟随，因此令牌不会发送到那里。</translation>
    </message>
    <message>
        <location filename="../gateway.py" line="543"/>
        <source>The server did not accept the token.</source>
        <translation>服务器不接受此令牌。</translation>
    </message>
    <message>
        <location filename="../gateway.py" line="550"/>
        <source>The token is not allowed to do this.</source>
        <translation>此令牌没有执行此操作的权限。</translation>
    </message>
    <message>
        <location filename="../gateway.py" line="557"/>
        <source>The server has no API at this address.</source>
        <translation>服务器在此地址上没有接口。</translation>
    </message>
    <message>
        <location filename="../gateway.py" line="564"/>
        <source>The server is limiting requests; try again later.</source>
        <translation>服务器正在限制请求；请稍后重试。</translation>
    </message>
    <message>
        <location filename="../gateway.py" line="571"/>
        <source>The server had an error (HTTP {status}).</source>
        <translation>服务器出错（HTTP {status}）。</translation>
    </message>
    <message>
        <location filename="../gateway.py" line="578"/>
        <source>The server answered with an error.</source>
        <translation>服务器返回了错误。</translation>
    </message>
    <message>
        <location filename="../gateway.py" line="581"/>
        <source>The server refused the request (HTTP {status}).</source>
        <translation>服务器拒绝了请求（HTTP {status}）。</translation>
    </message>
    <message>
        <location filename="../gateway.py" line="614"/>
        <source>The server&apos;s certificate has expired (or is not valid yet); the server must renew it, a CA file cannot help.</source>
        <translation>服务器证书已过期（或尚未生效）；必须由服务器更新证书，添加 CA 文件也无济于事。</translation>
    </message>
    <message>
        <location filename="../gateway.py" line="622"/>
        <source>The server&apos;s certificate is for another host name, not the one in the address.</source>
        <translation>服务器证书签发给了另一个主机名，而不是地址中的主机名。</translation>
    </message>
    <message>
        <location filename="../gateway.py" line="627"/>
        <source>The server&apos;s certificate is not trusted (self-signed or from an unknown authority).</source>
        <translation>服务器证书不受信任（自签名，或来自未知的证书颁发机构）。</translation>
    </message>
    <message>
        <location filename="../gateway.py" line="644"/>
        <source>The server did not connect within {seconds:g} s.</source>
        <translation>服务器未能在 {seconds:g} 秒内建立连接。</translation>
    </message>
    <message>
        <location filename="../gateway.py" line="648"/>
        <source>The server did not answer within {seconds:g} s.</source>
        <translation>服务器未能在 {seconds:g} 秒内响应。</translation>
    </message>
    <message>
        <location filename="../gateway.py" line="661"/>
        <source>The server does not speak TLS (https) on this port: it answered in plain text.</source>
        <translation>服务器在此端口上不支持 TLS（https）：它以明文应答。</translation>
    </message>
    <message>
        <location filename="../gateway.py" line="667"/>
        <source>The secure (TLS) connection failed during the handshake.</source>
        <translation>安全（TLS）连接在握手时失败。</translation>
    </message>
    <message>
        <location filename="../gateway.py" line="677"/>
        <source>The server&apos;s name could not be found (DNS).</source>
        <translation>找不到服务器的域名（DNS）。</translation>
    </message>
    <message>
        <location filename="../gateway.py" line="681"/>
        <source>The connection was refused: nothing listens at this address and port.</source>
        <translation>连接被拒绝：此地址和端口上没有服务在监听。</translation>
    </message>
    <message>
        <location filename="../gateway.py" line="689"/>
        <source>The server closed the connection without a proper answer.</source>
        <translation>服务器未作正常应答就关闭了连接。</translation>
    </message>
    <message>
        <location filename="../gateway.py" line="700"/>
        <source>The server could not be reached.</source>
        <translation>无法连接服务器。</translation>
    </message>
    <message>
        <location filename="../probe.py" line="57"/>
        <source>No scheme was given; {detail}:// answered.</source>
        <translation>未指定协议；{detail}:// 有响应。</translation>
    </message>
    <message>
        <location filename="../probe.py" line="59"/>
        <source>No scheme was given; https:// is not served there, so http:// is used.</source>
        <translation>未指定协议；该处不提供 https://，因此使用 http://。</translation>
    </message>
    <message>
        <location filename="../probe.py" line="62"/>
        <source>The server lists no models for this token; add model ids by hand.</source>
        <translation>服务器没有为此令牌列出任何模型；请手动添加模型 ID。</translation>
    </message>
    <message>
        <location filename="../probe.py" line="64"/>
        <source>{detail} duplicate model ids were listed once.</source>
        <translation>{detail} 个重复的模型 ID 只保留了一次。</translation>
    </message>
    <message>
        <location filename="../probe.py" line="65"/>
        <source>{detail} entries of the model list were not usable ids.</source>
        <translation>模型列表中有 {detail} 项不是可用的 ID。</translation>
    </message>
    <message>
        <location filename="../probe.py" line="67"/>
        <source>This address uses plain http to a remote host: the token travels unencrypted.</source>
        <translation>此地址以明文 http 连接远程主机：令牌未加密传输。</translation>
    </message>
    <message>
        <location filename="../probe.py" line="70"/>
        <source>No OneAPI or NewAPI status page; treated as a plain OpenAI-compatible server.</source>
        <translation>没有 OneAPI 或 NewAPI 状态页；按普通 OpenAI 兼容服务器处理。</translation>
    </message>
    <message>
        <location filename="../probe.py" line="149"/>
        <source>{base} answers over plain http only, and it is not a local address: the token would cross the network unencrypted. It was not sent.</source>
        <translation>{base} 只支持明文 http，且不是本地地址：令牌将以未加密方式穿过网络。令牌未发送。</translation>
    </message>
    <message>
        <location filename="../probe.py" line="184"/>
        <source>This server speaks plain http, not https; use {base} instead.</source>
        <translation>此服务器使用明文 http 而不是 https；请改用 {base}。</translation>
    </message>
    <message>
        <location filename="../probe.py" line="213"/>
        <source>The gateway has no API under {prefix}; use {root} instead.</source>
        <translation>网关在 {prefix} 下没有接口；请改用 {root}。</translation>
    </message>
    <message>
        <location filename="../probe.py" line="237"/>
        <source>This address shows a web page, not the API; try {root} instead.</source>
        <translation>此地址返回的是网页而不是接口；请改用 {root} 试试。</translation>
    </message>
    <message>
        <location filename="../probe.py" line="264"/>
        <source>The server&apos;s root has no API: the gateway may live under a sub-path (such as https://host/oneapi).</source>
        <translation>服务器根地址下没有接口：网关可能部署在子路径下（例如 https://host/oneapi）。</translation>
    </message>
    <message>
        <location filename="../providers.py" line="225"/>
        <source>A provider needs at least one token.</source>
        <translation>服务商至少需要一个令牌。</translation>
    </message>
    <message>
        <location filename="../providers.py" line="230"/>
        <location filename="../providers.py" line="521"/>
        <source>A provider holds at most {limit:,} models.</source>
        <translation>每个服务商最多保存 {limit:,} 个模型。</translation>
    </message>
    <message>
        <location filename="../providers.py" line="233"/>
        <location filename="../schemas.py" line="109"/>
        <source>model id</source>
        <translation>模型 ID</translation>
    </message>
    <message>
        <location filename="../providers.py" line="280"/>
        <location filename="../providers.py" line="587"/>
        <source>A provider holds at most {limit} tokens.</source>
        <translation>每个服务商最多保存 {limit} 个令牌。</translation>
    </message>
    <message>
        <location filename="../providers.py" line="289"/>
        <source>Two tokens are labelled “{label}”.</source>
        <translation>有两个令牌都叫“{label}”。</translation>
    </message>
    <message>
        <location filename="../providers.py" line="451"/>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../providers.py" line="483"/>
        <source>The warning threshold is a share from 0 to 100 %.</source>
        <translation>提醒阈值是 0 到 100 % 之间的比例。</translation>
    </message>
    <message>
        <location filename="../providers.py" line="615"/>
        <source>“{name}” already has a token labelled “{label}”.</source>
        <translation>“{name}”已有名为“{label}”的令牌。</translation>
    </message>
    <message>
        <location filename="../providers.py" line="657"/>
        <source>“{label}” is the only token of “{name}”; remove the provider instead.</source>
        <translation>“{label}”是“{name}”唯一的令牌；请改为删除该服务商。</translation>
    </message>
    <message>
        <location filename="../export.py" line="60"/>
        <location filename="../providers.py" line="514"/>
        <location filename="../providers.py" line="518"/>
        <source>The provider has no model “{model}”.</source>
        <translation>此服务商没有模型“{model}”。</translation>
    </message>
    <message>
        <location filename="../export.py" line="63"/>
        <source>“{name}” has no model switched on to use.</source>
        <translation>“{name}”没有已启用的模型可用。</translation>
    </message>
    <message>
        <location filename="../export.py" line="249"/>
        <source>CC Switch (Claude Code)</source>
        <translation>CC Switch（Claude Code）</translation>
    </message>
    <message>
        <location filename="../export.py" line="250"/>
        <source>CC Switch (Codex)</source>
        <translation>CC Switch（Codex）</translation>
    </message>
    <message>
        <location filename="../export.py" line="255"/>
        <source>Provider Wizard link (to share)</source>
        <translation>Provider Wizard 链接（用于分享）</translation>
    </message>
    <message>
        <location filename="../export.py" line="256"/>
        <source>Shell variables (bash, zsh)</source>
        <translation>Shell 环境变量（bash、zsh）</translation>
    </message>
    <message>
        <location filename="../export.py" line="257"/>
        <source>Shell variables (fish)</source>
        <translation>Shell 环境变量（fish）</translation>
    </message>
    <message>
        <location filename="../export.py" line="258"/>
        <source>Shell variables (PowerShell)</source>
        <translation>Shell 环境变量（PowerShell）</translation>
    </message>
    <message>
        <location filename="../export.py" line="259"/>
        <source>.env file</source>
        <translation>.env 文件</translation>
    </message>
    <message>
        <location filename="../export.py" line="260"/>
        <source>curl request</source>
        <translation>curl 请求</translation>
    </message>
    <message>
        <location filename="../export.py" line="261"/>
        <source>Python (openai SDK)</source>
        <translation>Python（openai SDK）</translation>
    </message>
    <message>
        <location filename="../export.py" line="262"/>
        <source>LiteLLM proxy config</source>
        <translation>LiteLLM 代理配置</translation>
    </message>
    <message>
        <location filename="../export.py" line="263"/>
        <source>LibreChat endpoint</source>
        <translation>LibreChat 端点</translation>
    </message>
    <message>
        <location filename="../export.py" line="284"/>
        <source>There is no export target “{target}”; the targets are: {names}.</source>
        <translation>没有名为“{target}”的导出目标；可用的目标有：{names}。</translation>
    </message>
    <message>
        <location filename="../export.py" line="309"/>
        <source>Could not write {path}: {reason}.</source>
        <translation>无法写入 {path}：{reason}。</translation>
    </message>
    <message>
        <location filename="../providers.py" line="1039"/>
        <source>“{name}” has no model switched on to check.</source>
        <translation>“{name}”没有已启用的模型可供检查。</translation>
    </message>
    <message>
        <location filename="../schemas.py" line="78"/>
        <source>The {what} is empty.</source>
        <translation>{what}为空。</translation>
    </message>
    <message>
        <location filename="../schemas.py" line="81"/>
        <source>The {what} is longer than {limit} characters.</source>
        <translation>{what}超过 {limit} 个字符。</translation>
    </message>
    <message>
        <location filename="../schemas.py" line="87"/>
        <source>The {what} contains control characters (a line break or a terminal escape); type it again.</source>
        <translation>{what}中含有控制字符（换行或终端转义序列）；请重新输入。</translation>
    </message>
    <message>
        <location filename="../schemas.py" line="99"/>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../schemas.py" line="104"/>
        <source>token label</source>
        <translation>令牌名称</translation>
    </message>
    <message>
        <location filename="../secretstore.py" line="86"/>
        <source>open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../secretstore.py" line="91"/>
        <source>No keychain could be opened ({error}).</source>
        <translation>无法打开密钥环（{error}）。</translation>
    </message>
    <message>
        <location filename="../secretstore.py" line="124"/>
        <source>The keychain did not answer within {seconds:g} s; could not {action} the token.</source>
        <translation>密钥环未能在 {seconds:g} 秒内响应；无法{action}令牌。</translation>
    </message>
    <message>
        <location filename="../secretstore.py" line="136"/>
        <location filename="../secretstore.py" line="138"/>
        <source>read</source>
        <translation>读取</translation>
    </message>
    <message>
        <location filename="../secretstore.py" line="145"/>
        <location filename="../secretstore.py" line="147"/>
        <source>save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../secretstore.py" line="153"/>
        <source>The keychain accepted the token but does not give it back; it was not kept.</source>
        <translation>密钥环接受了令牌却读不回来；令牌没有被保存。</translation>
    </message>
    <message>
        <location filename="../secretstore.py" line="161"/>
        <location filename="../secretstore.py" line="163"/>
        <source>delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../secretstore.py" line="193"/>
        <source>No keychain is available (on Linux: a Secret Service such as GNOME Keyring or KWallet must be running).</source>
        <translation>没有可用的密钥环（Linux 上需要运行 GNOME 密钥环或 KWallet 等 Secret Service）。</translation>
    </message>
    <message>
        <location filename="../secretstore.py" line="206"/>
        <source>No keychain is available (on Linux: a Secret Service such as GNOME Keyring or KWallet must be running); the only keyring found keeps nothing.</source>
        <translation>没有可用的密钥环（Linux 上需要运行 GNOME 密钥环或 KWallet 等 Secret Service）；找到的唯一密钥环不保存任何内容。</translation>
    </message>
    <message>
        <location filename="../secretstore.py" line="213"/>
        <source>Only a file-based keyring ({name}) is available; Provider Wizard does not store tokens in files.</source>
        <translation>只有基于文件的密钥环（{name}）可用；服务商向导不会把令牌存进文件。</translation>
    </message>
    <message>
        <location filename="../secretstore.py" line="232"/>
        <source>The keychain is locked (or the unlock prompt was dismissed); could not {action} the token.</source>
        <translation>密钥环已锁定（或解锁提示被关闭）；无法{action}令牌。</translation>
    </message>
    <message>
        <location filename="../secretstore.py" line="239"/>
        <source>No keychain is available to {action} the token.</source>
        <translation>没有可用的密钥环来{action}令牌。</translation>
    </message>
    <message>
        <location filename="../secretstore.py" line="245"/>
        <source>The keychain could not {action} the token ({error}).</source>
        <translation>密钥环无法{action}令牌（{error}）。</translation>
    </message>
    <message>
        <location filename="../store.py" line="66"/>
        <source>create the config folder</source>
        <translation>创建配置文件夹</translation>
    </message>
    <message>
        <location filename="../store.py" line="72"/>
        <source>Another Provider Wizard is busy with the store; try again.</source>
        <translation>另一个服务商向导正在使用存储；请重试。</translation>
    </message>
    <message>
        <location filename="../store.py" line="75"/>
        <source>lock the store</source>
        <translation>锁定存储</translation>
    </message>
    <message>
        <location filename="../store.py" line="95"/>
        <source>read the store</source>
        <translation>读取存储</translation>
    </message>
    <message>
        <location filename="../store.py" line="116"/>
        <source>Refused to save: the providers file would contain a token. Nothing was written.</source>
        <translation>已拒绝保存：服务商文件中会出现令牌。没有写入任何内容。</translation>
    </message>
    <message>
        <location filename="../store.py" line="141"/>
        <location filename="../store.py" line="152"/>
        <source>save the store</source>
        <translation>保存存储</translation>
    </message>
    <message>
        <location filename="../store.py" line="174"/>
        <source>move the broken store aside</source>
        <translation>移走损坏的存储文件</translation>
    </message>
    <message>
        <location filename="../store.py" line="199"/>
        <source>The store file is not valid JSON.</source>
        <translation>存储文件不是有效的 JSON。</translation>
    </message>
    <message>
        <location filename="../store.py" line="201"/>
        <source>The store file does not hold a store document.</source>
        <translation>存储文件中不是存储文档。</translation>
    </message>
    <message>
        <location filename="../store.py" line="204"/>
        <source>The store file has no valid schema_version.</source>
        <translation>存储文件没有有效的 schema_version。</translation>
    </message>
    <message>
        <location filename="../store.py" line="208"/>
        <source>The store was written by a newer Provider Wizard (schema {found}); this one reads schema {known}.</source>
        <translation>存储文件由更新版本的服务商向导写入（schema {found}）；此版本只能读取 schema {known}。</translation>
    </message>
    <message>
        <location filename="../store.py" line="220"/>
        <source>The store file&apos;s providers are not a list.</source>
        <translation>存储文件中的 providers 不是列表。</translation>
    </message>
    <message>
        <location filename="../store.py" line="225"/>
        <source>The store file has the wrong shape ({count} problems).</source>
        <translation>存储文件格式不对（{count} 处问题）。</translation>
    </message>
    <message>
        <location filename="../store.py" line="266"/>
        <source>Could not {action}: {reason} ({file}).</source>
        <translation>无法{action}：{reason}（{file}）。</translation>
    </message>
    <message>
        <location filename="../store.py" line="271"/>
        <source>Could not {action}: {reason}.</source>
        <translation>无法{action}：{reason}。</translation>
    </message>
    <message>
        <location filename="../tokens.py" line="36"/>
        <source>The token is empty.</source>
        <translation>令牌为空。</translation>
    </message>
    <message>
        <location filename="../tokens.py" line="39"/>
        <source>This looks like an address, not a token: it belongs in the address field.</source>
        <translation>这看起来是地址而不是令牌：它应该填在地址栏。</translation>
    </message>
    <message>
        <location filename="../tokens.py" line="44"/>
        <source>The token is too long to be an API key.</source>
        <translation>令牌太长，不像是 API 密钥。</translation>
    </message>
    <message>
        <location filename="../tokens.py" line="48"/>
        <source>The token contains spaces or characters an API key cannot have.</source>
        <translation>令牌中含有空格或 API 密钥不可能有的字符。</translation>
    </message>
    <message>
        <location filename="../tokens.py" line="73"/>
        <source>Line {line}: {problem}</source>
        <translation>第 {line} 行：{problem}</translation>
    </message>
    <message>
        <location filename="../tokens.py" line="85"/>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <location filename="../tokens.py" line="86"/>
        <source>token {n}</source>
        <translation>令牌 {n}</translation>
    </message>
    <message>
        <location filename="../urls.py" line="85"/>
        <source>removed spaces, quotes or punctuation around the address</source>
        <translation>去掉了地址两端的空格、引号或标点</translation>
    </message>
    <message>
        <location filename="../urls.py" line="86"/>
        <source>removed spaces inside the address</source>
        <translation>去掉了地址中间的空格</translation>
    </message>
    <message>
        <location filename="../urls.py" line="88"/>
        <source>changed full-width characters (from a Chinese input method) to normal ones</source>
        <translation>把（中文输入法产生的）全角字符改成了半角</translation>
    </message>
    <message>
        <location filename="../urls.py" line="90"/>
        <source>turned backslashes into slashes</source>
        <translation>把反斜杠改成了斜杠</translation>
    </message>
    <message>
        <location filename="../urls.py" line="91"/>
        <source>repaired the scheme {detail}</source>
        <translation>修正了协议 {detail}</translation>
    </message>
    <message>
        <location filename="../urls.py" line="92"/>
        <source>wrote the scheme in lower case</source>
        <translation>协议改为小写</translation>
    </message>
    <message>
        <location filename="../urls.py" line="93"/>
        <source>no scheme given: using http:// for {detail}</source>
        <translation>未指定协议：{detail}使用 http://</translation>
    </message>
    <message>
        <location filename="../urls.py" line="94"/>
        <source>no scheme given: using https:// for a public host name</source>
        <translation>未写协议：公网域名使用 https://</translation>
    </message>
    <message>
        <location filename="../urls.py" line="95"/>
        <source>wrote the host name in lower case</source>
        <translation>主机名改为小写</translation>
    </message>
    <message>
        <location filename="../urls.py" line="96"/>
        <source>converted the international host name to {detail}</source>
        <translation>把国际化域名转换为 {detail}</translation>
    </message>
    <message>
        <location filename="../urls.py" line="97"/>
        <source>removed the dot at the end of the host name</source>
        <translation>去掉了主机名末尾的点</translation>
    </message>
    <message>
        <location filename="../urls.py" line="98"/>
        <source>removed :{detail}, the default port of this scheme</source>
        <translation>删除了 :{detail}，这是该协议的默认端口</translation>
    </message>
    <message>
        <location filename="../urls.py" line="99"/>
        <source>removed a colon with no port after it</source>
        <translation>去掉了后面没有端口号的冒号</translation>
    </message>
    <message>
        <location filename="../urls.py" line="100"/>
        <source>removed the path {detail}: the app adds it itself</source>
        <translation>删除了路径 {detail}：应用会自动添加</translation>
    </message>
    <message>
        <location filename="../urls.py" line="102"/>
        <source>removed {detail}: that is the web console page, not the API</source>
        <translation>删除了 {detail}：那是网页控制台页面，不是接口</translation>
    </message>
    <message>
        <location filename="../urls.py" line="105"/>
        <source>removed the path {detail}: only the server&apos;s root is needed</source>
        <translation>删除了路径 {detail}：只需要服务器根地址</translation>
    </message>
    <message>
        <location filename="../urls.py" line="107"/>
        <source>kept the path prefix {detail}: the API sits under it</source>
        <translation>保留了路径前缀 {detail}：接口位于其下</translation>
    </message>
    <message>
        <location filename="../urls.py" line="108"/>
        <source>removed the query {detail}</source>
        <translation>删除了查询参数 {detail}</translation>
    </message>
    <message>
        <location filename="../urls.py" line="109"/>
        <source>removed {detail}: that is a page of the web console</source>
        <translation>删除了 {detail}：那是网页控制台的页面</translation>
    </message>
    <message>
        <location filename="../urls.py" line="110"/>
        <source>removed the slash at the end</source>
        <translation>去掉了末尾的斜杠</translation>
    </message>
    <message>
        <location filename="../urls.py" line="248"/>
        <source>an IP address</source>
        <translation>IP 地址</translation>
    </message>
    <message>
        <location filename="../urls.py" line="248"/>
        <source>a local host name</source>
        <translation>本地主机名</translation>
    </message>
    <message>
        <location filename="../words.py" line="63"/>
        <source>The server said: “{said}”</source>
        <translation>服务器说：“{said}”</translation>
    </message>
    <message>
        <location filename="../words.py" line="64"/>
        <source>Address tried: {url}</source>
        <translation>尝试的地址：{url}</translation>
    </message>
    <message>
        <location filename="../words.py" line="88"/>
        <source>{meaning} ({quoted})</source>
        <translation>{meaning}（{quoted}）</translation>
    </message>
    <message>
        <location filename="../words.py" line="97"/>
        <source>The token has expired.</source>
        <translation>令牌已过期。</translation>
    </message>
    <message>
        <location filename="../words.py" line="100"/>
        <source>The token is switched off in the gateway&apos;s console.</source>
        <translation>令牌已在网关控制台中被禁用。</translation>
    </message>
    <message>
        <location filename="../words.py" line="106"/>
        <source>The quota is used up: top up or raise the token&apos;s limit in the console.</source>
        <translation>额度已用完：请充值，或在控制台提高令牌的额度。</translation>
    </message>
    <message>
        <location filename="../words.py" line="110"/>
        <source>No channel of the gateway serves this model for your group.</source>
        <translation>网关没有为你所在的分组提供此模型的渠道。</translation>
    </message>
    <message>
        <location filename="../words.py" line="114"/>
        <source>The token works only from certain IP ranges, and this computer is outside them.</source>
        <translation>令牌只能在指定的 IP 网段使用，而这台电脑不在其中。</translation>
    </message>
    <message>
        <location filename="../words.py" line="118"/>
        <source>The account that owns the token is banned on this gateway.</source>
        <translation>令牌所属的账户已在此网关被封禁。</translation>
    </message>
    <message>
        <location filename="../words.py" line="122"/>
        <source>The token is not allowed to use this model (a model whitelist).</source>
        <translation>此令牌无权使用该模型（设置了模型白名单）。</translation>
    </message>
    <message>
        <location filename="../words.py" line="127"/>
        <source>The gateway does not know this token: it is mistyped or deleted (newer NewAPI also says this for an expired, disabled or used-up token).</source>
        <translation>网关不认识这个令牌：可能输错了或已被删除（较新的 NewAPI 对已过期、已禁用或额度用尽的令牌也会这样说）。</translation>
    </message>
    <message>
        <location filename="../words.py" line="131"/>
        <source>No token reached the gateway.</source>
        <translation>网关没有收到令牌。</translation>
    </message>
    <message>
        <location filename="../words.py" line="148"/>
        <source>OpenAI-compatible server</source>
        <translation>OpenAI 兼容服务器</translation>
    </message>
    <message>
        <location filename="../words.py" line="149"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../words.py" line="154"/>
        <source>Paste the gateway&apos;s address, for example https://api.example.com.</source>
        <translation>请粘贴网关地址，例如 https://api.example.com。</translation>
    </message>
    <message>
        <location filename="../words.py" line="156"/>
        <source>Put the token in the token field instead.</source>
        <translation>请把令牌填到令牌栏。</translation>
    </message>
    <message>
        <location filename="../words.py" line="157"/>
        <source>Use an address that starts with http:// or https://.</source>
        <translation>请使用以 http:// 或 https:// 开头的地址。</translation>
    </message>
    <message>
        <location filename="../words.py" line="158"/>
        <source>Remove “user:password@” from the address.</source>
        <translation>请从地址中删除“用户名:密码@”。</translation>
    </message>
    <message>
        <location filename="../words.py" line="159"/>
        <source>Check the host name or IP address for typos.</source>
        <translation>请检查主机名或 IP 地址是否拼错。</translation>
    </message>
    <message>
        <location filename="../words.py" line="160"/>
        <source>Remove the space, or check which host you meant.</source>
        <translation>请删除空格，或确认你要的是哪个主机。</translation>
    </message>
    <message>
        <location filename="../words.py" line="162"/>
        <source>Put the gateway&apos;s host after the scheme, as in https://api.example.com/v1.</source>
        <translation>请在协议后面写上网关主机，例如 https://api.example.com/v1。</translation>
    </message>
    <message>
        <location filename="../words.py" line="165"/>
        <source>Use the port the gateway listens on (OneAPI&apos;s default is 3000).</source>
        <translation>请使用网关监听的端口（OneAPI 默认是 3000）。</translation>
    </message>
    <message>
        <location filename="../words.py" line="167"/>
        <source>Copy only the address, https://host.</source>
        <translation>只复制地址即可，例如 https://host。</translation>
    </message>
    <message>
        <location filename="../words.py" line="172"/>
        <source>Copy the token from the gateway console&apos;s token page (令牌) and paste it here.</source>
        <translation>请到网关控制台的“令牌”页面复制令牌，粘贴到这里。</translation>
    </message>
    <message>
        <location filename="../words.py" line="175"/>
        <source>Paste the address on the next page; here goes the token (it usually starts with sk-).</source>
        <translation>地址请在下一页粘贴；这里填令牌（通常以 sk- 开头）。</translation>
    </message>
    <message>
        <location filename="../words.py" line="178"/>
        <source>Copy only the token: on the token page (令牌), use its Copy button.</source>
        <translation>只复制令牌即可：在“令牌”页面使用它的复制按钮。</translation>
    </message>
    <message>
        <location filename="../words.py" line="181"/>
        <source>Copy the token again with the token page&apos;s Copy button (令牌).</source>
        <translation>请在“令牌”页面用复制按钮重新复制令牌。</translation>
    </message>
    <message>
        <location filename="../words.py" line="187"/>
        <source>The server&apos;s name was not found</source>
        <translation>找不到服务器域名</translation>
    </message>
    <message>
        <location filename="../words.py" line="188"/>
        <source>Check the host name for typos, and your network.</source>
        <translation>请检查主机名是否拼错，以及网络连接。</translation>
    </message>
    <message>
        <location filename="../words.py" line="191"/>
        <source>Nothing answers at this address</source>
        <translation>此地址没有响应</translation>
    </message>
    <message>
        <location filename="../words.py" line="192"/>
        <source>Check the port, and that the gateway is running.</source>
        <translation>请检查端口，并确认网关正在运行。</translation>
    </message>
    <message>
        <location filename="../words.py" line="195"/>
        <source>The server did not answer in time</source>
        <translation>服务器未及时响应</translation>
    </message>
    <message>
        <location filename="../words.py" line="196"/>
        <source>Check the address and your network; the server may be busy.</source>
        <translation>请检查地址和网络；服务器可能正忙。</translation>
    </message>
    <message>
        <location filename="../words.py" line="199"/>
        <source>The server hung up</source>
        <translation>服务器断开了连接</translation>
    </message>
    <message>
        <location filename="../words.py" line="200"/>
        <source>Check the port and the scheme (http or https).</source>
        <translation>请检查端口和协议（http 或 https）。</translation>
    </message>
    <message>
        <location filename="../words.py" line="203"/>
        <source>The server cannot be reached</source>
        <translation>无法连接服务器</translation>
    </message>
    <message>
        <location filename="../words.py" line="204"/>
        <source>Check the address and your network.</source>
        <translation>请检查地址和网络。</translation>
    </message>
    <message>
        <location filename="../words.py" line="210"/>
        <source>The certificate is not trusted</source>
        <translation>证书不受信任</translation>
    </message>
    <message>
        <location filename="../words.py" line="211"/>
        <source>If the gateway uses a self-signed certificate, trust its CA file.</source>
        <translation>如果网关使用自签名证书，请信任它的 CA 文件。</translation>
    </message>
    <message>
        <location filename="../words.py" line="212"/>
        <source>If the gateway uses a self-signed certificate, give its CA file with --ca-file.</source>
        <translation>如果网关使用自签名证书，请用 --ca-file 指定它的 CA 文件。</translation>
    </message>
    <message>
        <location filename="../words.py" line="215"/>
        <source>The certificate has expired</source>
        <translation>证书已过期</translation>
    </message>
    <message>
        <location filename="../words.py" line="216"/>
        <source>Ask the gateway&apos;s operator to renew it; check your computer&apos;s clock too.</source>
        <translation>请联系网关管理员更新证书；也请检查本机时间。</translation>
    </message>
    <message>
        <location filename="../words.py" line="220"/>
        <source>The certificate is for another host</source>
        <translation>证书属于另一个主机</translation>
    </message>
    <message>
        <location filename="../words.py" line="221"/>
        <source>Use the host name the gateway&apos;s certificate was issued for.</source>
        <translation>请使用网关证书所签发的主机名。</translation>
    </message>
    <message>
        <location filename="../words.py" line="225"/>
        <source>No https on this port</source>
        <translation>此端口不支持 https</translation>
    </message>
    <message>
        <location filename="../words.py" line="226"/>
        <source>Check the port; if the gateway speaks plain http, type http://.</source>
        <translation>请检查端口；如果网关使用明文 http，请输入 http://。</translation>
    </message>
    <message>
        <location filename="../words.py" line="230"/>
        <source>The secure connection failed</source>
        <translation>安全连接失败</translation>
    </message>
    <message>
        <location filename="../words.py" line="231"/>
        <source>The connection was cut during the handshake: check the port and your network.</source>
        <translation>握手过程中连接被切断：请检查端口和网络。</translation>
    </message>
    <message>
        <location filename="../words.py" line="238"/>
        <source>Paste the address your browser shows on the gateway console&apos;s token page: it includes the sub-path.</source>
        <translation>请粘贴浏览器在网关控制台“令牌”页面显示的地址：它包含子路径。</translation>
    </message>
    <message>
        <location filename="../words.py" line="247"/>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <location filename="../words.py" line="248"/>
        <source>Unexpected error ({name}).</source>
        <translation>意外错误（{name}）。</translation>
    </message>
    <message>
        <location filename="../words.py" line="249"/>
        <source>Please report this as a bug.</source>
        <translation>请将此问题作为缺陷反馈。</translation>
    </message>
    <message>
        <location filename="../words.py" line="263"/>
        <source>This address cannot be used</source>
        <translation>此地址无法使用</translation>
    </message>
    <message>
        <location filename="../words.py" line="265"/>
        <source>This token cannot be used</source>
        <translation>此令牌无法使用</translation>
    </message>
    <message>
        <location filename="../words.py" line="268"/>
        <source>That is a token</source>
        <translation>这是一个令牌</translation>
    </message>
    <message>
        <location filename="../words.py" line="270"/>
        <source>Type a name, address or id here; the token has a field of its own.</source>
        <translation>这里请输入名称、地址或 ID；令牌有单独的输入栏。</translation>
    </message>
    <message>
        <location filename="../words.py" line="271"/>
        <source>Give the token only on stdin with --token-stdin.</source>
        <translation>令牌只能通过 --token-stdin 从标准输入提供。</translation>
    </message>
    <message>
        <location filename="../words.py" line="275"/>
        <source>Not checked</source>
        <translation>未检查</translation>
    </message>
    <message>
        <location filename="../words.py" line="277"/>
        <source>Pick a chat or an embedding model to check; this one takes another request.</source>
        <translation>请选择对话模型或向量模型来检查；这个模型需要另一种请求。</translation>
    </message>
    <message>
        <location filename="../words.py" line="280"/>
        <source>This cannot be used</source>
        <translation>无法使用</translation>
    </message>
    <message>
        <location filename="../words.py" line="280"/>
        <source>Correct it and try again.</source>
        <translation>请修改后重试。</translation>
    </message>
    <message>
        <location filename="../words.py" line="282"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../words.py" line="282"/>
        <source>Start it again when you are ready.</source>
        <translation>准备好后请重新开始。</translation>
    </message>
    <message>
        <location filename="../words.py" line="285"/>
        <source>Wrong scheme</source>
        <translation>协议不对</translation>
    </message>
    <message>
        <location filename="../words.py" line="287"/>
        <location filename="../words.py" line="305"/>
        <source>Use {base} instead.</source>
        <translation>请改用 {base}。</translation>
    </message>
    <message>
        <location filename="../words.py" line="292"/>
        <source>The token would travel unencrypted</source>
        <translation>令牌将以未加密方式传输</translation>
    </message>
    <message>
        <location filename="../words.py" line="295"/>
        <source>Use https if the gateway offers it; send the token over plain http only if you trust every network on the way.</source>
        <translation>如果网关支持 https 请改用 https；只有在信任途经的每个网络时，才以明文 http 发送令牌。</translation>
    </message>
    <message>
        <location filename="../words.py" line="299"/>
        <source>Use https if the gateway offers it. To send the token unencrypted anyway, repeat the command with --allow-plain-http.</source>
        <translation>如果网关支持 https 请改用 https。若仍要以未加密方式发送令牌，请加上 --allow-plain-http 重新执行命令。</translation>
    </message>
    <message>
        <location filename="../words.py" line="309"/>
        <source>Use the gateway&apos;s root address, without /v1 or console paths.</source>
        <translation>请使用网关根地址，不要带 /v1 或控制台路径。</translation>
    </message>
    <message>
        <location filename="../words.py" line="311"/>
        <source>No API at this address</source>
        <translation>此地址下没有接口</translation>
    </message>
    <message>
        <location filename="../words.py" line="315"/>
        <source>The token was not accepted</source>
        <translation>令牌未被接受</translation>
    </message>
    <message>
        <location filename="../words.py" line="318"/>
        <source>Copy the token again from the console&apos;s token page (令牌); check that it is enabled, not expired and has quota left.</source>
        <translation>请到控制台的“令牌”页面重新复制令牌，并确认令牌已启用、未过期且仍有额度。</translation>
    </message>
    <message>
        <location filename="../words.py" line="324"/>
        <source>The token is not allowed to do this</source>
        <translation>此令牌没有权限</translation>
    </message>
    <message>
        <location filename="../words.py" line="326"/>
        <source>The token may be limited to some IP ranges or models; check it in the console.</source>
        <translation>令牌可能限制了 IP 网段或模型；请在控制台检查。</translation>
    </message>
    <message>
        <location filename="../words.py" line="330"/>
        <source>Wait {seconds:.0f} s and try again.</source>
        <translation>请等待 {seconds:.0f} 秒后重试。</translation>
    </message>
    <message>
        <location filename="../words.py" line="332"/>
        <source>Wait a moment and try again.</source>
        <translation>请稍后重试。</translation>
    </message>
    <message>
        <location filename="../words.py" line="334"/>
        <source>Too many requests</source>
        <translation>请求过于频繁</translation>
    </message>
    <message>
        <location filename="../words.py" line="337"/>
        <source>The server had an error</source>
        <translation>服务器出错</translation>
    </message>
    <message>
        <location filename="../words.py" line="339"/>
        <source>If it names a model, no channel of the gateway may serve that model.</source>
        <translation>如果提到了某个模型，可能是网关没有可用渠道提供该模型。</translation>
    </message>
    <message>
        <location filename="../words.py" line="343"/>
        <source>The server refused the request</source>
        <translation>服务器拒绝了请求</translation>
    </message>
    <message>
        <location filename="../words.py" line="345"/>
        <source>Check the address and the model; the server&apos;s words may say more.</source>
        <translation>请检查地址和模型；服务器的原话可能说明了更多。</translation>
    </message>
    <message>
        <location filename="../words.py" line="355"/>
        <source>No API at the server&apos;s root</source>
        <translation>服务器根地址下没有接口</translation>
    </message>
    <message>
        <location filename="../words.py" line="358"/>
        <source>This is a web page, not the API</source>
        <translation>这是网页，不是接口</translation>
    </message>
    <message>
        <location filename="../words.py" line="360"/>
        <source>Use the gateway&apos;s root address; the app adds /v1 itself.</source>
        <translation>请使用网关根地址；应用会自动添加 /v1。</translation>
    </message>
    <message>
        <location filename="../words.py" line="363"/>
        <source>Not an OpenAI-compatible API</source>
        <translation>不是 OpenAI 兼容接口</translation>
    </message>
    <message>
        <location filename="../words.py" line="365"/>
        <source>Check that the address is the gateway&apos;s API, not another web site.</source>
        <translation>请确认地址是网关的接口，而不是别的网站。</translation>
    </message>
    <message>
        <location filename="../words.py" line="369"/>
        <source>Redirect not followed</source>
        <translation>未跟随重定向</translation>
    </message>
    <message>
        <location filename="../words.py" line="371"/>
        <source>If you trust it, use the address it redirects to: {target}</source>
        <translation>如果你信任它，请改用它重定向到的地址：{target}</translation>
    </message>
    <message>
        <location filename="../words.py" line="375"/>
        <source>The answer is too large</source>
        <translation>响应过大</translation>
    </message>
    <message>
        <location filename="../words.py" line="377"/>
        <source>Check that the address is the gateway&apos;s API; a gateway answers in kilobytes.</source>
        <translation>请确认地址是网关接口；网关的响应通常只有几 KB。</translation>
    </message>
    <message>
        <location filename="../words.py" line="381"/>
        <source>The gateway check failed</source>
        <translation>网关检查失败</translation>
    </message>
    <message>
        <location filename="../words.py" line="381"/>
        <source>Check the address and try again.</source>
        <translation>请检查地址后重试。</translation>
    </message>
    <message>
        <location filename="../words.py" line="385"/>
        <source>No keychain available</source>
        <translation>没有可用的密钥环</translation>
    </message>
    <message>
        <location filename="../words.py" line="388"/>
        <source>Start and unlock a keychain (GNOME Keyring or KWallet), then try again. Tokens are never stored in plain text.</source>
        <translation>请启动并解锁密钥环（GNOME 密钥环或 KWallet）后重试。令牌绝不会以明文保存。</translation>
    </message>
    <message>
        <location filename="../words.py" line="394"/>
        <source>The keychain is locked</source>
        <translation>密钥环已锁定</translation>
    </message>
    <message>
        <location filename="../words.py" line="396"/>
        <source>Unlock your keychain (the login keyring) and try again.</source>
        <translation>请解锁密钥环（登录密钥环）后重试。</translation>
    </message>
    <message>
        <location filename="../words.py" line="400"/>
        <source>The keychain does not answer</source>
        <translation>密钥环没有响应</translation>
    </message>
    <message>
        <location filename="../words.py" line="402"/>
        <source>The keychain service may be stalled: restart it (or log in again) and retry.</source>
        <translation>密钥环服务可能卡住了：请重启它（或重新登录）后重试。</translation>
    </message>
    <message>
        <location filename="../words.py" line="406"/>
        <source>The keychain keeps nothing</source>
        <translation>密钥环没有保存任何内容</translation>
    </message>
    <message>
        <location filename="../words.py" line="409"/>
        <source>Set up a system keychain (GNOME Keyring or KWallet); check PYTHON_KEYRING_BACKEND if you set it.</source>
        <translation>请设置系统密钥环（GNOME 密钥环或 KWallet）；如果设置了 PYTHON_KEYRING_BACKEND，请检查它。</translation>
    </message>
    <message>
        <location filename="../words.py" line="415"/>
        <source>Token missing</source>
        <translation>令牌缺失</translation>
    </message>
    <message>
        <location filename="../words.py" line="417"/>
        <source>Give the provider its token again with Replace….</source>
        <translation>请用“更换…”重新为该服务商设置令牌。</translation>
    </message>
    <message>
        <location filename="../words.py" line="418"/>
        <source>Give it again: provider-wizard set-token NAME --token-stdin</source>
        <translation>请重新设置：provider-wizard set-token 名称 --token-stdin</translation>
    </message>
    <message>
        <location filename="../words.py" line="422"/>
        <source>The keychain failed</source>
        <translation>密钥环出错</translation>
    </message>
    <message>
        <location filename="../words.py" line="424"/>
        <source>Check that your keychain is running and unlocked, then try again.</source>
        <translation>请确认密钥环正在运行且已解锁，然后重试。</translation>
    </message>
    <message>
        <location filename="../words.py" line="428"/>
        <source>Name already used</source>
        <translation>名称已被使用</translation>
    </message>
    <message>
        <location filename="../words.py" line="430"/>
        <source>Choose another name, or remove the existing provider first.</source>
        <translation>请换一个名称，或先删除已有的服务商。</translation>
    </message>
    <message>
        <location filename="../words.py" line="434"/>
        <source>Token not found</source>
        <translation>找不到令牌</translation>
    </message>
    <message>
        <location filename="../words.py" line="436"/>
        <source>The provider&apos;s page lists its tokens; switch one on or add one.</source>
        <translation>服务商页面列出了它的令牌；请启用一个或添加一个。</translation>
    </message>
    <message>
        <location filename="../words.py" line="437"/>
        <source>&apos;provider-wizard token list NAME&apos; shows the labels.</source>
        <translation>“provider-wizard token list 名称”会列出令牌名称。</translation>
    </message>
    <message>
        <location filename="../words.py" line="441"/>
        <source>Provider not found</source>
        <translation>找不到服务商</translation>
    </message>
    <message>
        <location filename="../words.py" line="443"/>
        <source>The list of providers shows the names.</source>
        <translation>服务商列表中有各个名称。</translation>
    </message>
    <message>
        <location filename="../words.py" line="444"/>
        <source>&apos;provider-wizard list&apos; shows the names.</source>
        <translation>&apos;provider-wizard list&apos; 会列出名称。</translation>
    </message>
    <message>
        <location filename="../words.py" line="448"/>
        <source>The settings file was damaged</source>
        <translation>配置文件已损坏</translation>
    </message>
    <message>
        <location filename="../words.py" line="450"/>
        <source>It was kept beside the new one; nothing in it is lost.</source>
        <translation>它已保留在新文件旁边；其中的内容没有丢失。</translation>
    </message>
    <message>
        <location filename="../words.py" line="454"/>
        <source>The settings could not be saved</source>
        <translation>无法保存设置</translation>
    </message>
    <message>
        <location filename="../words.py" line="456"/>
        <source>Check the free space and the permissions of the config folder.</source>
        <translation>请检查配置文件夹的剩余空间和权限。</translation>
    </message>
    <message>
        <location filename="../words.py" line="459"/>
        <source>Something went wrong</source>
        <translation>出错了</translation>
    </message>
    <message>
        <location filename="../words.py" line="459"/>
        <source>Try again; if it goes on, report it as a bug.</source>
        <translation>请重试；如果问题依旧，请报告此错误。</translation>
    </message>
    <message>
        <location filename="../capabilities.py" line="81"/>
        <source>Others</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../capabilities.py" line="87"/>
        <source>chat</source>
        <translation>对话</translation>
    </message>
    <message>
        <location filename="../capabilities.py" line="88"/>
        <source>reasoning</source>
        <translation>推理</translation>
    </message>
    <message>
        <location filename="../capabilities.py" line="89"/>
        <source>vision</source>
        <translation>视觉</translation>
    </message>
    <message>
        <location filename="../capabilities.py" line="90"/>
        <source>tools</source>
        <translation>工具</translation>
    </message>
    <message>
        <location filename="../capabilities.py" line="91"/>
        <source>embedding</source>
        <translation>向量</translation>
    </message>
    <message>
        <location filename="../capabilities.py" line="92"/>
        <source>rerank</source>
        <translation>重排序</translation>
    </message>
    <message>
        <location filename="../capabilities.py" line="93"/>
        <source>image</source>
        <translation>图像</translation>
    </message>
    <message>
        <location filename="../capabilities.py" line="94"/>
        <source>audio</source>
        <translation>音频</translation>
    </message>
    <message>
        <location filename="../balance.py" line="348"/>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location filename="../balance.py" line="350"/>
        <source>expires {date}</source>
        <translation>{date} 到期</translation>
    </message>
    <message>
        <location filename="../balance.py" line="353"/>
        <source>used up</source>
        <translation>额度已用完</translation>
    </message>
    <message>
        <location filename="../balance.py" line="355"/>
        <source>low: {share:.0%} left</source>
        <translation>余额不足：剩 {share:.0%}</translation>
    </message>
    <message>
        <location filename="../balance.py" line="391"/>
        <source>{label}: {warning}</source>
        <translation>{label}：{warning}</translation>
    </message>
    <message>
        <location filename="../balance.py" line="403"/>
        <source>balance not reported by this server</source>
        <translation>此服务器不提供余额</translation>
    </message>
    <message>
        <location filename="../balance.py" line="405"/>
        <source>unlimited</source>
        <translation>无限额度</translation>
    </message>
    <message>
        <location filename="../balance.py" line="407"/>
        <source>balance unknown</source>
        <translation>余额未知</translation>
    </message>
    <message>
        <location filename="../balance.py" line="413"/>
        <source>{amount} left</source>
        <translation>剩余 {amount}</translation>
    </message>
    <message>
        <location filename="../cli.py" line="464"/>
        <source>--open opens links; “{target}” is not one.</source>
        <translation>--open 只能打开链接；“{target}”不是链接。</translation>
    </message>
    <message>
        <location filename="../export.py" line="305"/>
        <source>{path} exists already; add --force to replace it.</source>
        <translation>{path} 已存在；加上 --force 才会替换它。</translation>
    </message>
    <message>
        <location filename="../cli.py" line="505"/>
        <source>Name the command to run after --, as in: exec NAME -- env</source>
        <translation>请在 -- 之后写上要运行的命令，例如：exec 名称 -- env</translation>
    </message>
    <message>
        <location filename="../cli.py" line="513"/>
        <source>No command named {name}.</source>
        <translation>没有名为 {name} 的命令。</translation>
    </message>
    <message>
        <location filename="../desktop.py" line="42"/>
        <source>No desktop link handler ({opener}) here; copy the link instead.</source>
        <translation>这里没有桌面链接处理程序（{opener}）；请改为复制链接。</translation>
    </message>
    <message>
        <location filename="../desktop.py" line="54"/>
        <source>The desktop did not open the link in time.</source>
        <translation>桌面未能及时打开链接。</translation>
    </message>
    <message>
        <location filename="../desktop.py" line="58"/>
        <source>The desktop has no application for this link (is the client installed?); copy the link instead.</source>
        <translation>桌面没有能打开此链接的应用（客户端装了吗？）；请改为复制链接。</translation>
    </message>
    <message>
        <location filename="../desktop.py" line="128"/>
        <source>Could not install the desktop entry: {reason}.</source>
        <translation>无法安装桌面入口：{reason}。</translation>
    </message>
    <message>
        <location filename="../links.py" line="146"/>
        <source>Name your LobeChat&apos;s address once: --lobechat-url https://your-lobechat</source>
        <translation>请先给出一次你的 LobeChat 地址：--lobechat-url https://你的-lobechat</translation>
    </message>
    <message>
        <location filename="../links.py" line="156"/>
        <source>There is no link for “{target}”.</source>
        <translation>“{target}”没有对应的链接。</translation>
    </message>
    <message>
        <location filename="../links.py" line="180"/>
        <source>This link cannot be read: {what}</source>
        <translation>无法读取此链接：{what}</translation>
    </message>
    <message>
        <location filename="../links.py" line="185"/>
        <source>it carries no data.</source>
        <translation>它不含数据。</translation>
    </message>
    <message>
        <location filename="../links.py" line="197"/>
        <source>its data is not base64-encoded JSON.</source>
        <translation>它的数据不是 base64 编码的 JSON。</translation>
    </message>
    <message>
        <location filename="../links.py" line="199"/>
        <source>its data is not a provider.</source>
        <translation>它的数据不是服务商配置。</translation>
    </message>
    <message>
        <location filename="../links.py" line="217"/>
        <source>it has no address or no token.</source>
        <translation>它缺少地址或令牌。</translation>
    </message>
    <message>
        <location filename="../links.py" line="237"/>
        <source>it is far too long to be a link.</source>
        <translation>它太长了，不可能是链接。</translation>
    </message>
    <message>
        <location filename="../links.py" line="243"/>
        <source>it is not a link.</source>
        <translation>它不是链接。</translation>
    </message>
    <message>
        <location filename="../links.py" line="255"/>
        <source>it is not a provider link.</source>
        <translation>它不是服务商链接。</translation>
    </message>
    <message>
        <location filename="../links.py" line="285"/>
        <location filename="../links.py" line="287"/>
        <source>its settings hold no OpenAI key.</source>
        <translation>它的设置中没有 OpenAI 密钥。</translation>
    </message>
    <message>
        <location filename="../links.py" line="289"/>
        <source>it is not a provider link Provider Wizard knows.</source>
        <translation>它不是 Provider Wizard 认识的服务商链接。</translation>
    </message>
    <message>
        <location filename="../links.py" line="301"/>
        <source>it needs OPENAI_BASE_URL and OPENAI_API_KEY with their values.</source>
        <translation>需要带值的 OPENAI_BASE_URL 和 OPENAI_API_KEY。</translation>
    </message>
</context>
<context>
    <name>AddProviderWizard</name>
    <message>
        <location filename="../ui/wizard/__init__.py" line="57"/>
        <source>Add a provider</source>
        <translation>添加服务商</translation>
    </message>
</context>
<context>
    <name>AddressPage</name>
    <message>
        <location filename="../ui/wizard/address_page.py" line="24"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../ui/wizard/address_page.py" line="27"/>
        <source>Paste the gateway&apos;s address as you copied it: the browser&apos;s address bar, a client&apos;s settings, an IP with a port. The app works out the base address.</source>
        <translation>粘贴你复制的网关地址即可：浏览器地址栏、客户端设置里的地址、带端口的 IP 都行。本应用会自动得出接口地址。</translation>
    </message>
    <message>
        <location filename="../ui/wizard/address_page.py" line="33"/>
        <source>Gateway address</source>
        <translation>网关地址</translation>
    </message>
    <message>
        <location filename="../ui/wizard/address_page.py" line="36"/>
        <source>Trust a CA file…</source>
        <translation>信任 CA 证书文件…</translation>
    </message>
    <message>
        <location filename="../ui/wizard/address_page.py" line="39"/>
        <source>For a gateway with a self-signed certificate: trust its CA, for this provider only</source>
        <translation>用于自签名证书的网关：仅对此服务商信任它的 CA</translation>
    </message>
    <message>
        <location filename="../ui/wizard/page.py" line="27"/>
        <source>The gateway&apos;s CA certificate</source>
        <translation>网关的 CA 证书</translation>
    </message>
    <message>
        <location filename="../ui/wizard/page.py" line="29"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>证书 (*.pem *.crt *.cer);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/wizard/address_page.py" line="78"/>
        <source>Also trusted: {0}</source>
        <translation>额外信任：{0}</translation>
    </message>
</context>
<context>
    <name>AddressPreview</name>
    <message>
        <location filename="../ui/address_preview.py" line="32"/>
        <source>Address preview</source>
        <translation>地址预览</translation>
    </message>
    <message>
        <location filename="../ui/address_preview.py" line="55"/>
        <source>Base address:</source>
        <translation>接口地址：</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../ui/wizard/check_page.py" line="51"/>
        <source>Connection check</source>
        <translation>连接检查</translation>
    </message>
    <message>
        <location filename="../ui/wizard/check_page.py" line="54"/>
        <source>Asking the server which address works, whether it accepts the token, and which models it offers.</source>
        <translation>正在询问服务器：哪个地址可用、令牌是否有效、提供哪些模型。</translation>
    </message>
    <message>
        <location filename="../ui/wizard/check_page.py" line="67"/>
        <source>Check result</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <location filename="../ui/wizard/check_page.py" line="71"/>
        <source>Cancel check</source>
        <translation>取消检查</translation>
    </message>
    <message>
        <location filename="../ui/wizard/check_page.py" line="75"/>
        <source>Trust the gateway&apos;s CA file…</source>
        <translation>信任网关的 CA 证书文件…</translation>
    </message>
    <message>
        <location filename="../ui/wizard/check_page.py" line="78"/>
        <source>Send the token unencrypted anyway</source>
        <translation>仍然以未加密方式发送令牌</translation>
    </message>
    <message>
        <location filename="../ui/wizard/check_page.py" line="80"/>
        <source>Check again</source>
        <translation>重新检查</translation>
    </message>
    <message>
        <location filename="../ui/wizard/check_page.py" line="83"/>
        <source>Continue without checking (type the model ids by hand)</source>
        <translation>跳过检查继续（手动输入模型 ID）</translation>
    </message>
    <message>
        <location filename="../ui/wizard/check_page.py" line="186"/>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <location filename="../ui/wizard/check_page.py" line="215"/>
        <source>Check cancelled.</source>
        <translation>检查已取消。</translation>
    </message>
    <message>
        <location filename="../ui/wizard/check_page.py" line="219"/>
        <source>Checking {0}…</source>
        <translation>正在检查 {0}…</translation>
    </message>
    <message>
        <location filename="../ui/wizard/check_page.py" line="245"/>
        <source>Address: {0}</source>
        <translation>地址：{0}</translation>
    </message>
    <message>
        <location filename="../ui/wizard/check_page.py" line="246"/>
        <source>Gateway: {0}</source>
        <translation>网关：{0}</translation>
    </message>
    <message>
        <location filename="../ui/wizard/check_page.py" line="247"/>
        <source>Models offered: {0}</source>
        <translation>可用模型：{0} 个</translation>
    </message>
    <message>
        <location filename="../ui/wizard/check_page.py" line="251"/>
        <source>Tokens accepted: {0} of {1}</source>
        <translation>接受的令牌：{1} 个中的 {0} 个</translation>
    </message>
    <message>
        <location filename="../ui/wizard/check_page.py" line="257"/>
        <source>{0}: {1} (not kept)</source>
        <translation>{0}：{1}（未保留）</translation>
    </message>
    <message>
        <location filename="../ui/wizard/check_page.py" line="261"/>
        <source>The gateway works and accepts the token.</source>
        <translation>网关可用，令牌有效。</translation>
    </message>
    <message>
        <location filename="../ui/wizard/check_page.py" line="271"/>
        <source>Use {0} and check again</source>
        <translation>改用 {0} 并重新检查</translation>
    </message>
    <message>
        <location filename="../ui/wizard/check_page.py" line="305"/>
        <source>Not checked.</source>
        <translation>未检查。</translation>
    </message>
    <message>
        <location filename="../ui/wizard/check_page.py" line="306"/>
        <source>You will type the model ids on the next page.</source>
        <translation>下一页请手动输入模型 ID。</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <location filename="../ui/wizard/finish_page.py" line="28"/>
        <source>Name and finish</source>
        <translation>命名并完成</translation>
    </message>
    <message>
        <location filename="../ui/wizard/finish_page.py" line="29"/>
        <source>Name this provider as your clients will show it.</source>
        <translation>给这个服务商起个名字，客户端里会显示这个名字。</translation>
    </message>
    <message>
        <location filename="../ui/wizard/finish_page.py" line="31"/>
        <source>Provider name</source>
        <translation>服务商名称</translation>
    </message>
    <message>
        <location filename="../ui/wizard/finish_page.py" line="35"/>
        <source>Switch the provider on</source>
        <translation>启用此服务商</translation>
    </message>
    <message>
        <location filename="../ui/wizard/finish_page.py" line="45"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../ui/wizard/finish_page.py" line="95"/>
        <source>Address: {0}</source>
        <translation>地址：{0}</translation>
    </message>
    <message>
        <location filename="../ui/wizard/finish_page.py" line="96"/>
        <source>Type: OpenAI-compatible</source>
        <translation>类型：OpenAI 兼容</translation>
    </message>
    <message>
        <location filename="../ui/wizard/finish_page.py" line="98"/>
        <source>Models on: {0} of {1}</source>
        <translation>已启用模型：{0} / {1}</translation>
    </message>
    <message>
        <location filename="../ui/wizard/finish_page.py" line="101"/>
        <source>The token will be saved in your system&apos;s keychain.</source>
        <translation>令牌将保存在系统密钥环中。</translation>
    </message>
    <message>
        <location filename="../ui/wizard/finish_page.py" line="103"/>
        <source>Tokens kept: {0} ({1}), each in your system&apos;s keychain.</source>
        <translation>保留的令牌：{0} 个（{1}），各自保存在系统密钥环中。</translation>
    </message>
    <message>
        <location filename="../ui/wizard/finish_page.py" line="108"/>
        <source>Also trusted: {0}</source>
        <translation>额外信任：{0}</translation>
    </message>
    <message>
        <location filename="../ui/wizard/finish_page.py" line="110"/>
        <source>The connection was not checked.</source>
        <translation>连接未经检查。</translation>
    </message>
    <message>
        <location filename="../ui/wizard/finish_page.py" line="144"/>
        <source>“{0}” already connects to this gateway with this token; saving adds it a second time.</source>
        <translation>“{0}”已经用这个令牌连接了此网关；保存会再添加一次。</translation>
    </message>
    <message>
        <location filename="../ui/wizard/finish_page.py" line="154"/>
        <source>The provider needs a name.</source>
        <translation>请填写服务商名称。</translation>
    </message>
    <message>
        <location filename="../ui/wizard/finish_page.py" line="156"/>
        <source>A provider with this name already exists.</source>
        <translation>已有同名的服务商。</translation>
    </message>
    <message>
        <location filename="../ui/wizard/finish_page.py" line="203"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
</context>
<context>
    <name>HealthDialog</name>
    <message>
        <location filename="../ui/health_dialog.py" line="59"/>
        <source>Check all models of {0}</source>
        <translation>检查 {0} 的所有模型</translation>
    </message>
    <message>
        <location filename="../ui/health_dialog.py" line="64"/>
        <source>Each model gets one chat request of one token. On a gateway that bills per request, each of these {0} checks is a paid request.</source>
        <translation>每个模型会收到一次只要 1 个 token 的对话请求。在按次计费的网关上，这 {0} 次检查每次都是付费请求。</translation>
    </message>
    <message>
        <location filename="../ui/health_dialog.py" line="75"/>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../ui/health_dialog.py" line="79"/>
        <source>Requests at a time</source>
        <translation>同时请求数</translation>
    </message>
    <message>
        <location filename="../ui/health_dialog.py" line="80"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../ui/health_dialog.py" line="83"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/health_dialog.py" line="89"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../ui/health_dialog.py" line="93"/>
        <source>Requests at a time:</source>
        <translation>同时请求数：</translation>
    </message>
    <message>
        <location filename="../ui/health_dialog.py" line="140"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../ui/health_dialog.py" line="147"/>
        <source>– {0} — not checked (not a chat model)</source>
        <translation>– {0} — 未检查（不是对话模型）</translation>
    </message>
    <message>
        <location filename="../ui/health_dialog.py" line="151"/>
        <source>✓ {0} — {1} ms</source>
        <translation>✓ {0} — {1} 毫秒</translation>
    </message>
    <message>
        <location filename="../ui/health_dialog.py" line="158"/>
        <source>✗ {0} — {1}</source>
        <translation>✗ {0} — {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/health_dialog.py" line="192"/>
        <source>Switch off %n failed model(s)</source>
        <translation>
            <numerusform>停用 %n 个失败的模型</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/health_dialog.py" line="200"/>
        <source>Checked {0} of {1} · {2} failed</source>
        <translation>已检查 {0} / {1} · {2} 个失败</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/main_window.py" line="103"/>
        <source>Provider Wizard</source>
        <translation>服务商向导</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="112"/>
        <source>Providers</source>
        <translation>服务商</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="117"/>
        <source>+ Add provider</source>
        <translation>+ 添加服务商</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="118"/>
        <source>Add provider</source>
        <translation>添加服务商</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="132"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="148"/>
        <source>No providers yet</source>
        <translation>还没有服务商</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="155"/>
        <source>Provider Wizard connects your clients to an LLM gateway such as OneAPI, NewAPI or any OpenAI-compatible server.

Paste a token and the address you copied from the gateway&apos;s console; the app finds the right base address, checks the token, fetches the models and keeps the token in your system&apos;s keychain.</source>
        <translation>服务商向导帮你把客户端接入大模型网关，例如 OneAPI、NewAPI 或任何 OpenAI 兼容的服务器。

粘贴从网关控制台复制的令牌和地址，本应用会找出正确的接口地址、检查令牌、获取模型列表，并把令牌保存在系统密钥环中。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="164"/>
        <source>Add a provider…</source>
        <translation>添加服务商…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="276"/>
        <source>{0} (off)</source>
        <translation>{0}（已停用）</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="209"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="167"/>
        <source>Try with a demo gateway</source>
        <translation>用演示网关试试</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="170"/>
        <source>Opens a second window with a gateway on this computer and a store of its own: nothing you do there touches your providers</source>
        <translation>打开第二个窗口，使用本机上的演示网关和独立的存储：在那里做的任何事都不会影响你的服务商</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="210"/>
        <source>&amp;Add provider…</source>
        <translation>添加服务商(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="214"/>
        <source>&amp;Refresh all balances</source>
        <translation>刷新所有余额(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="219"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="224"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="227"/>
        <source>System language</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="237"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="238"/>
        <source>&amp;About Provider Wizard</source>
        <translation>关于服务商向导(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="323"/>
        <source>Kept but not shown, as this version cannot read them: {0}</source>
        <translation>已保留但未显示（此版本无法读取）：{0}</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="460"/>
        <source>The demo could not be started.</source>
        <translation>无法启动演示。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="526"/>
        <source>About Provider Wizard</source>
        <translation>关于服务商向导</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="528"/>
        <source>Provider Wizard {0}

Connects your clients to OneAPI, NewAPI and other OpenAI-compatible gateways. Tokens stay in your system&apos;s keychain.</source>
        <translation>服务商向导 {0}

把客户端接入 OneAPI、NewAPI 及其他 OpenAI 兼容网关。令牌只保存在系统密钥环中。</translation>
    </message>
</context>
<context>
    <name>ModelFilterProxy</name>
    <message numerus="yes">
        <location filename="../ui/model_list.py" line="420"/>
        <source>%n on</source>
        <translation>
            <numerusform>%n 个已启用</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/model_list.py" line="427"/>
        <source>Enter or a click on the name folds the group; its box switches all</source>
        <translation>按回车或点击名称可折叠分组；勾选框可一键开关整组</translation>
    </message>
    <message>
        <location filename="../ui/model_list.py" line="431"/>
        <source>{0}: {1} models, {2} on</source>
        <translation>{0}：{1} 个模型，{2} 个已启用</translation>
    </message>
</context>
<context>
    <name>ModelListModel</name>
    <message>
        <location filename="../ui/model_list.py" line="130"/>
        <source>added by hand</source>
        <translation>手动添加</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <location filename="../ui/model_picker.py" line="64"/>
        <location filename="../ui/model_picker.py" line="66"/>
        <source>Search models</source>
        <translation>搜索模型</translation>
    </message>
    <message>
        <location filename="../ui/model_picker.py" line="71"/>
        <source>All on</source>
        <translation>全部启用</translation>
    </message>
    <message>
        <location filename="../ui/model_picker.py" line="72"/>
        <source>Switch on every model shown</source>
        <translation>启用当前显示的所有模型</translation>
    </message>
    <message>
        <location filename="../ui/model_picker.py" line="73"/>
        <source>All off</source>
        <translation>全部停用</translation>
    </message>
    <message>
        <location filename="../ui/model_picker.py" line="74"/>
        <source>Switch off every model shown</source>
        <translation>停用当前显示的所有模型</translation>
    </message>
    <message>
        <location filename="../ui/model_picker.py" line="82"/>
        <source>Show models</source>
        <translation>显示模型</translation>
    </message>
    <message>
        <location filename="../ui/model_picker.py" line="84"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../ui/model_picker.py" line="85"/>
        <source>Enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <location filename="../ui/model_picker.py" line="86"/>
        <source>Chat</source>
        <translation>对话</translation>
    </message>
    <message>
        <location filename="../ui/model_picker.py" line="87"/>
        <source>Reasoning</source>
        <translation>推理</translation>
    </message>
    <message>
        <location filename="../ui/model_picker.py" line="88"/>
        <source>Vision</source>
        <translation>视觉</translation>
    </message>
    <message>
        <location filename="../ui/model_picker.py" line="89"/>
        <source>Embedding</source>
        <translation>向量</translation>
    </message>
    <message>
        <location filename="../ui/model_picker.py" line="90"/>
        <source>Image</source>
        <translation>图像</translation>
    </message>
    <message>
        <location filename="../ui/model_picker.py" line="91"/>
        <source>Audio</source>
        <translation>音频</translation>
    </message>
    <message>
        <location filename="../ui/model_picker.py" line="92"/>
        <source>Rerank</source>
        <translation>重排序</translation>
    </message>
    <message>
        <location filename="../ui/model_picker.py" line="105"/>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../ui/model_picker.py" line="114"/>
        <source>Model id, e.g. gpt-4o-mini</source>
        <translation>模型 ID，例如 gpt-4o-mini</translation>
    </message>
    <message>
        <location filename="../ui/model_picker.py" line="115"/>
        <source>Model id to add</source>
        <translation>要添加的模型 ID</translation>
    </message>
    <message>
        <location filename="../ui/model_picker.py" line="116"/>
        <source>Add by id</source>
        <translation>按 ID 添加</translation>
    </message>
    <message>
        <location filename="../ui/model_picker.py" line="121"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../ui/model_picker.py" line="122"/>
        <source>Remove the selected models from this list</source>
        <translation>从列表中删除选中的模型</translation>
    </message>
    <message>
        <location filename="../ui/model_picker.py" line="131"/>
        <source>Models switched on</source>
        <translation>已启用的模型</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/model_picker.py" line="264"/>
        <source>%n of %1 on</source>
        <translation>
            <numerusform>已启用 %n / %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/model_picker.py" line="266"/>
        <source>%n shown</source>
        <translation>
            <numerusform>显示 %n 个</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModelsPage</name>
    <message>
        <location filename="../ui/wizard/models_page.py" line="24"/>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../ui/wizard/models_page.py" line="27"/>
        <source>Switch on recommended</source>
        <translation>启用推荐模型</translation>
    </message>
    <message>
        <location filename="../ui/wizard/models_page.py" line="28"/>
        <source>The newest chat model of each family</source>
        <translation>每个系列最新的对话模型</translation>
    </message>
    <message>
        <location filename="../ui/wizard/models_page.py" line="60"/>
        <source>Switch on the models your clients should offer.</source>
        <translation>启用要在客户端中提供的模型。</translation>
    </message>
    <message>
        <location filename="../ui/wizard/models_page.py" line="66"/>
        <source>The gateway lists {0} models, too many to switch on at once: none is on. Pick the ones you use, or switch on the recommended ones (the newest of each family).</source>
        <translation>网关列出了 {0} 个模型，太多了，无法全部启用：目前一个都没有启用。请挑选你要用的，或启用推荐模型（每个系列最新的一个）。</translation>
    </message>
    <message>
        <location filename="../ui/wizard/models_page.py" line="73"/>
        <source>Chat models are on; embedding, image and audio models are off.</source>
        <translation>已启用对话模型；向量、图像和音频模型未启用。</translation>
    </message>
    <message>
        <location filename="../ui/wizard/models_page.py" line="77"/>
        <source>Type the ids of the models this gateway serves.</source>
        <translation>输入此网关提供的模型 ID。</translation>
    </message>
    <message>
        <location filename="../ui/wizard/models_page.py" line="80"/>
        <source>No model list from the server. Type a model id below and press Enter; add as many as you need.</source>
        <translation>服务器没有返回模型列表。请在下方输入模型 ID 并按回车，可添加多个。</translation>
    </message>
</context>
<context>
    <name>ProviderPanel</name>
    <message>
        <location filename="../ui/provider_panel.py" line="78"/>
        <source>Provider name</source>
        <translation>服务商名称</translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="85"/>
        <source>On</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="86"/>
        <source>Provider on</source>
        <translation>服务商已启用</translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="90"/>
        <source>Use in…</source>
        <translation>用于…</translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="92"/>
        <source>Send this provider to a client (Cherry Studio, CC Switch…) or a script</source>
        <translation>把此服务商发送到客户端（Cherry Studio、CC Switch…）或脚本</translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="98"/>
        <source>OpenAI-compatible</source>
        <translation>OpenAI 兼容</translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="101"/>
        <source>Base address</source>
        <translation>接口地址</translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="106"/>
        <source>Address check</source>
        <translation>地址检查</translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="109"/>
        <source>Send the token unencrypted anyway</source>
        <translation>仍然以未加密方式发送令牌</translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="111"/>
        <source>Save unchecked</source>
        <translation>不检查直接保存</translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="112"/>
        <source>Save the address without asking the server</source>
        <translation>不询问服务器，直接保存地址</translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="114"/>
        <source>Keep the old address</source>
        <translation>保留原地址</translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="128"/>
        <source>Token</source>
        <translation>令牌</translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="129"/>
        <location filename="../ui/provider_panel.py" line="757"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="131"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="133"/>
        <source>Replace…</source>
        <translation>更换…</translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="135"/>
        <source>Add token…</source>
        <translation>添加令牌…</translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="137"/>
        <source>Give this provider another token (a team&apos;s, a backup); it is checked first</source>
        <translation>为此服务商添加另一个令牌（团队的或备用的）；会先检查</translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="155"/>
        <source>Model to check</source>
        <translation>要检查的模型</translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="156"/>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="157"/>
        <source>Send a one-token chat request to this model</source>
        <translation>向此模型发送一次只要 1 个 token 的对话请求</translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="159"/>
        <source>Check all on…</source>
        <translation>检查所有已启用…</translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="161"/>
        <source>Send a one-token chat request to every model that is switched on</source>
        <translation>向每个已启用的模型发送一次只要 1 个 token 的对话请求</translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="171"/>
        <source>Type:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="172"/>
        <source>Gateway:</source>
        <translation>网关：</translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="173"/>
        <source>Base address:</source>
        <translation>接口地址：</translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="180"/>
        <source>Tokens:</source>
        <translation>令牌列表：</translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="181"/>
        <source>Token:</source>
        <translation>令牌：</translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="184"/>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="185"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="187"/>
        <source>Ask the gateway for the token&apos;s balance and expiry</source>
        <translation>向网关查询令牌的余额和到期时间</translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="190"/>
        <source>Top up</source>
        <translation>充值</translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="192"/>
        <source>Docs</source>
        <translation>文档</translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="201"/>
        <source>warn below </source>
        <translation>低于此值提醒 </translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="202"/>
        <source>Warn when the balance is below</source>
        <translation>余额低于此比例时提醒</translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="204"/>
        <source>Warn in the list when a token has less than this share of what it was granted</source>
        <translation>当令牌剩余额度低于总额度的此比例时，在列表中提醒</translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="214"/>
        <source>Balance:</source>
        <translation>余额：</translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="215"/>
        <source>Check:</source>
        <translation>检查：</translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="218"/>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="223"/>
        <source>Refresh from server</source>
        <translation>从服务器刷新</translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="231"/>
        <source>Changes of the last refresh</source>
        <translation>上次刷新的变化</translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="239"/>
        <source>Remove provider…</source>
        <translation>删除服务商…</translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="311"/>
        <source>The gateway says it is {0}: check and switch</source>
        <translation>网关自称地址是 {0}：检查并切换</translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="314"/>
        <location filename="../ui/provider_panel.py" line="319"/>
        <source>Not checked yet.</source>
        <translation>尚未查询。</translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="326"/>
        <source>expires {0}</source>
        <translation>{0} 到期</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/provider_panel.py" line="327"/>
        <source>checked %n min ago</source>
        <translation>
            <numerusform>%n 分钟前查询</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="338"/>
        <source>Asking the gateway…</source>
        <translation>正在询问网关…</translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="387"/>
        <source>Plain http to a remote host: the token travels unencrypted.</source>
        <translation>以明文 http 连接远程主机：令牌未加密传输。</translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="390"/>
        <source>Plain http to a remote host: the token is not sent until you allow it.</source>
        <translation>以明文 http 连接远程主机：在你允许之前不会发送令牌。</translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="394"/>
        <source>Also trusts the CA file {0}</source>
        <translation>额外信任 CA 证书文件 {0}</translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="405"/>
        <source>Token missing: use Replace…</source>
        <translation>令牌缺失：请使用“更换…”</translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="507"/>
        <location filename="../ui/provider_panel.py" line="654"/>
        <source>Checking {0}…</source>
        <translation>正在检查 {0}…</translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="526"/>
        <source>The gateway works at {0}; saved.</source>
        <translation>网关在 {0} 可用；已保存。</translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="544"/>
        <source>Use {0} and check again</source>
        <translation>改用 {0} 并重新检查</translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="567"/>
        <source>Saved without a check.</source>
        <translation>已保存，未经检查。</translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="585"/>
        <source>Fetching the model list…</source>
        <translation>正在获取模型列表…</translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="619"/>
        <location filename="../ui/provider_panel.py" line="620"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="622"/>
        <source>New (off): {0}. No longer listed: {1}.</source>
        <translation>新增（未启用）：{0}。已下架：{1}。</translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="629"/>
        <source>{0} new (off), {1} no longer listed:</source>
        <translation>新增 {0} 个（未启用），下架 {1} 个：</translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="669"/>
        <source>{0} works: answered in {1} ms.</source>
        <translation>{0} 可用：{1} 毫秒内应答。</translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="748"/>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="765"/>
        <source>Token copied to the clipboard.</source>
        <translation>令牌已复制到剪贴板。</translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="778"/>
        <source>Replace token</source>
        <translation>更换令牌</translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="779"/>
        <source>New token for {0}:</source>
        <translation>{0} 的新令牌：</translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="781"/>
        <source>New value of token “{0}” of {1}:</source>
        <translation>{1} 的令牌“{0}”的新值：</translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="793"/>
        <location filename="../ui/provider_panel.py" line="892"/>
        <source>Checking the new token…</source>
        <translation>正在检查新令牌…</translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="809"/>
        <source>The gateway accepts the new token; it replaced the old one.</source>
        <translation>网关接受新令牌；已替换旧令牌。</translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="811"/>
        <source>The new token replaced the old one, without a check.</source>
        <translation>新令牌已替换旧令牌，未经检查。</translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="816"/>
        <source>The old token is kept.</source>
        <translation>旧令牌保持不变。</translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="859"/>
        <source>Rename token</source>
        <translation>重命名令牌</translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="859"/>
        <source>New label:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="873"/>
        <location filename="../ui/provider_panel.py" line="880"/>
        <source>Add token</source>
        <translation>添加令牌</translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="874"/>
        <source>A label for the new token (for example “team” or “backup”):</source>
        <translation>新令牌的名称（例如“团队”或“备用”）：</translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="881"/>
        <source>Token “{0}” for {1}:</source>
        <translation>{1} 的令牌“{0}”：</translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="903"/>
        <source>The gateway accepts token “{0}”; it is kept.</source>
        <translation>网关接受令牌“{0}”；已保存。</translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="910"/>
        <source>The token was not added.</source>
        <translation>令牌未添加。</translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="924"/>
        <source>Remove token</source>
        <translation>删除令牌</translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="925"/>
        <source>Remove token “{0}” of {1} from the keychain?</source>
        <translation>从密钥环中删除 {1} 的令牌“{0}”？</translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="949"/>
        <source>Remove provider</source>
        <translation>删除服务商</translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="950"/>
        <source>Remove “{0}” and its token from the keychain?</source>
        <translation>删除“{0}”，并从密钥环中删除其令牌？</translation>
    </message>
</context>
<context>
    <name>TokenPage</name>
    <message>
        <location filename="../ui/wizard/token_page.py" line="38"/>
        <location filename="../ui/wizard/token_page.py" line="49"/>
        <source>Token</source>
        <translation>令牌</translation>
    </message>
    <message>
        <location filename="../ui/wizard/token_page.py" line="41"/>
        <source>Paste the token (it starts with sk-). You find it in your gateway&apos;s web console, on the token page (令牌): copy it there. Several tokens, one a line, are all checked.</source>
        <translation>粘贴令牌（以 sk- 开头）。它在网关网页控制台的令牌页面上，从那里复制。可一次粘贴多个令牌（每行一个），每个都会检查。</translation>
    </message>
    <message>
        <location filename="../ui/wizard/token_page.py" line="51"/>
        <source>Show the token</source>
        <translation>显示令牌</translation>
    </message>
    <message>
        <location filename="../ui/wizard/token_page.py" line="55"/>
        <source>Token status</source>
        <translation>令牌状态</translation>
    </message>
    <message>
        <location filename="../ui/wizard/token_page.py" line="57"/>
        <source>The token is kept only in your system&apos;s keychain, never in a file.</source>
        <translation>令牌只保存在系统密钥环中，绝不写入文件。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/wizard/token_page.py" line="101"/>
        <source>%n tokens: each is checked, and those the gateway accepts are kept.</source>
        <translation>
            <numerusform>%n 个令牌：每个都会检查，网关接受的会保留。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/wizard/token_page.py" line="109"/>
        <source>Cleaned what was around the token (spaces, “Bearer”).</source>
        <translation>已去掉令牌周围多余的内容（空格、“Bearer”）。</translation>
    </message>
    <message>
        <location filename="../ui/wizard/token_page.py" line="114"/>
        <source>Looks like a OneAPI / NewAPI token.</source>
        <translation>看起来是 OneAPI / NewAPI 令牌。</translation>
    </message>
    <message>
        <location filename="../ui/wizard/token_page.py" line="117"/>
        <source>Token ready (not in the sk- + 48 characters form of OneAPI / NewAPI; other servers use other forms).</source>
        <translation>令牌已就绪（不是 OneAPI / NewAPI 的 sk- 加 48 个字符格式；其他服务器的格式可能不同）。</translation>
    </message>
    <message>
        <location filename="../ui/wizard/page.py" line="86"/>
        <source>Filled in from a link ({0}): the token here, the address on the next page. Both are checked before anything is saved.</source>
        <translation>已从链接（{0}）填入：令牌在这里，地址在下一页。保存前两者都会经过检查。</translation>
    </message>
</context>
<context>
    <name>TokensBox</name>
    <message>
        <location filename="../ui/tokens_box.py" line="42"/>
        <source>Token</source>
        <translation>令牌</translation>
    </message>
    <message>
        <location filename="../ui/tokens_box.py" line="42"/>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <location filename="../ui/tokens_box.py" line="46"/>
        <source>Tokens</source>
        <translation>令牌</translation>
    </message>
    <message>
        <location filename="../ui/tokens_box.py" line="49"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../ui/tokens_box.py" line="51"/>
        <source>Remove token…</source>
        <translation>删除令牌…</translation>
    </message>
    <message>
        <location filename="../ui/tokens_box.py" line="85"/>
        <source>On: used by exports and checks</source>
        <translation>已启用：导出和检查会使用它</translation>
    </message>
    <message>
        <location filename="../ui/tokens_box.py" line="85"/>
        <source>Off</source>
        <translation>已停用</translation>
    </message>
</context>
<context>
    <name>UseInDialog</name>
    <message>
        <location filename="../ui/use_in.py" line="72"/>
        <source>Use “{0}” in…</source>
        <translation>把“{0}”用于…</translation>
    </message>
    <message>
        <location filename="../ui/use_in.py" line="74"/>
        <source>Client or format</source>
        <translation>客户端或格式</translation>
    </message>
    <message>
        <location filename="../ui/use_in.py" line="80"/>
        <source>LobeChat address</source>
        <translation>LobeChat 地址</translation>
    </message>
    <message>
        <location filename="../ui/use_in.py" line="84"/>
        <source>What the client takes</source>
        <translation>客户端需要的内容</translation>
    </message>
    <message>
        <location filename="../ui/use_in.py" line="87"/>
        <source>Open in the client</source>
        <translation>在客户端中打开</translation>
    </message>
    <message>
        <location filename="../ui/use_in.py" line="89"/>
        <source>Copy without token</source>
        <translation>复制（不含令牌）</translation>
    </message>
    <message>
        <location filename="../ui/use_in.py" line="91"/>
        <source>Copy with token…</source>
        <translation>复制（含令牌）…</translation>
    </message>
    <message>
        <location filename="../ui/use_in.py" line="93"/>
        <source>Save file…</source>
        <translation>保存文件…</translation>
    </message>
    <message>
        <location filename="../ui/use_in.py" line="103"/>
        <source>Use in:</source>
        <translation>用于：</translation>
    </message>
    <message>
        <location filename="../ui/use_in.py" line="104"/>
        <source>LobeChat address:</source>
        <translation>LobeChat 地址：</translation>
    </message>
    <message>
        <location filename="../ui/use_in.py" line="147"/>
        <source>The token is shown as a placeholder; it leaves the keychain only when you open, copy with it, or save.</source>
        <translation>令牌以占位符显示；只有在你打开、含令牌复制或保存时，它才会离开密钥环。</translation>
    </message>
    <message>
        <location filename="../ui/use_in.py" line="170"/>
        <source>Handed to the client.</source>
        <translation>已交给客户端。</translation>
    </message>
    <message>
        <location filename="../ui/use_in.py" line="174"/>
        <source>No application opens this link: is the client installed?</source>
        <translation>没有应用能打开此链接：客户端装了吗？</translation>
    </message>
    <message>
        <location filename="../ui/use_in.py" line="183"/>
        <source>Copied, with a placeholder for the token.</source>
        <translation>已复制，令牌处为占位符。</translation>
    </message>
    <message>
        <location filename="../ui/use_in.py" line="192"/>
        <source>Copied with the token; the clipboard is cleared in {0} s.</source>
        <translation>已含令牌复制；剪贴板将在 {0} 秒后清空。</translation>
    </message>
    <message>
        <location filename="../ui/use_in.py" line="203"/>
        <source>Copy with the token</source>
        <translation>含令牌复制</translation>
    </message>
    <message>
        <location filename="../ui/use_in.py" line="205"/>
        <source>The text will hold the token in clear. Copy it? The clipboard is cleared after 30 seconds.</source>
        <translation>复制的文本会以明文包含令牌。确定复制吗？剪贴板将在 30 秒后清空。</translation>
    </message>
    <message>
        <location filename="../ui/use_in.py" line="221"/>
        <source>Save with the token</source>
        <translation>含令牌保存</translation>
    </message>
    <message>
        <location filename="../ui/use_in.py" line="237"/>
        <source>Saved {0} (readable by you only).</source>
        <translation>已保存 {0}（仅你本人可读）。</translation>
    </message>
</context>
<context>
    <name>_ProviderList</name>
    <message>
        <location filename="../ui/main_window.py" line="73"/>
        <source>No providers yet.
Add one with the button below.</source>
        <translation>还没有服务商。
请用下方的按钮添加。</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../ui/app.py" line="164"/>
        <source>Settings file damaged</source>
        <translation>配置文件已损坏</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="165"/>
        <source>The providers file could not be read. It was kept as {0}; starting with an empty list.</source>
        <translation>无法读取服务商配置文件。原文件已保留为 {0}；现以空列表启动。</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="213"/>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="215"/>
        <source>Something went wrong. Your providers are safe; the app keeps running.</source>
        <translation>出了点问题。你的服务商配置是安全的，应用会继续运行。</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="220"/>
        <source>If you report this, copy the details below (tokens are masked).</source>
        <translation>如需反馈，请复制下面的详细信息（令牌已隐去）。</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="226"/>
        <source>Copy report</source>
        <translation>复制报告</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../ui/app.py" line="348"/>
        <source>Provider Wizard — demo (nothing here is kept)</source>
        <translation>Provider Wizard — 演示（这里的内容不会保留）</translation>
    </message>
</context>
</TS>
