<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../errors.py" line="71"/>
        <source>The operation was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../errors.py" line="94"/>
        <source>The address is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../errors.py" line="96"/>
        <source>This looks like a token, not an address: paste the token into the token field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../errors.py" line="98"/>
        <source>Only http:// and https:// addresses can be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../errors.py" line="100"/>
        <source>The address contains a user name or password; remove it, the token goes in its own field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../errors.py" line="102"/>
        <source>The address has no valid host name or IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../errors.py" line="104"/>
        <source>The host name has a space in it; a host name or IP address cannot contain spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../errors.py" line="107"/>
        <source>The address has no host: nothing stands between the scheme and the path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../errors.py" line="109"/>
        <source>The port must be a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../errors.py" line="110"/>
        <source>The address is too long to be a server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../errors.py" line="120"/>
        <source>{reason} ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../errors.py" line="147"/>
        <source>“{model}” is a {kind} model: not checked (only chat and embedding models are).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../errors.py" line="162"/>
        <source>The {field} contains a token; a token goes only in the token field, never in a name, an address or a model id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../errors.py" line="190"/>
        <source>{sentence} The server said: “{said}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../errors.py" line="359"/>
        <source>The keychain holds no token for “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../errors.py" line="362"/>
        <source>The keychain holds no token “{label}” for “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../errors.py" line="378"/>
        <source>A provider named “{name}” already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../errors.py" line="384"/>
        <source>There is no provider named “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../errors.py" line="393"/>
        <source>“{name}” has no token switched on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../errors.py" line="395"/>
        <source>“{name}” has no token labelled “{label}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gateway.py" line="135"/>
        <source>The CA file cannot be read as a certificate: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gateway.py" line="242"/>
        <source>The server&apos;s chat answer is not an OpenAI chat completion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gateway.py" line="264"/>
        <source>The server&apos;s embedding answer is not an OpenAI embedding list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gateway.py" line="296"/>
        <source>The server&apos;s answer is not JSON, so this is not an OpenAI-compatible API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gateway.py" line="308"/>
        <source>This address shows a web page (probably the gateway&apos;s console), not the API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gateway.py" line="319"/>
        <source>This port speaks https, not plain http; use {base} instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gateway.py" line="337"/>
        <source>The token would travel unencrypted (plain http to a remote host); it was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gateway.py" line="358"/>
        <source>The server keeps redirecting (a redirect loop).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gateway.py" line="392"/>
        <location filename="../gateway.py" line="695"/>
        <source>The server&apos;s answer could not be decoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gateway.py" line="416"/>
        <source>The server did not finish its answer within {seconds:g} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gateway.py" line="426"/>
        <source>The server&apos;s answer is larger than {mb} MB; stopped reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gateway.py" line="441"/>
        <source>This server redirects http to https; use {base} instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gateway.py" line="447"/>
        <source>The server redirects to another host ({host}); not followed, so the token is not sent there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gateway.py" line="543"/>
        <source>The server did not accept the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gateway.py" line="550"/>
        <source>The token is not allowed to do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gateway.py" line="557"/>
        <source>The server has no API at this address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gateway.py" line="564"/>
        <source>The server is limiting requests; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gateway.py" line="571"/>
        <source>The server had an error (HTTP {status}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gateway.py" line="578"/>
        <source>The server answered with an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gateway.py" line="581"/>
        <source>The server refused the request (HTTP {status}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gateway.py" line="614"/>
        <source>The server&apos;s certificate has expired (or is not valid yet); the server must renew it, a CA file cannot help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gateway.py" line="622"/>
        <source>The server&apos;s certificate is for another host name, not the one in the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gateway.py" line="627"/>
        <source>The server&apos;s certificate is not trusted (self-signed or from an unknown authority).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gateway.py" line="644"/>
        <source>The server did not connect within {seconds:g} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gateway.py" line="648"/>
        <source>The server did not answer within {seconds:g} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gateway.py" line="661"/>
        <source>The server does not speak TLS (https) on this port: it answered in plain text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gateway.py" line="667"/>
        <source>The secure (TLS) connection failed during the handshake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gateway.py" line="677"/>
        <source>The server&apos;s name could not be found (DNS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gateway.py" line="681"/>
        <source>The connection was refused: nothing listens at this address and port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gateway.py" line="689"/>
        <source>The server closed the connection without a proper answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gateway.py" line="700"/>
        <source>The server could not be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../probe.py" line="57"/>
        <source>No scheme was given; {detail}:// answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../probe.py" line="59"/>
        <source>No scheme was given; https:// is not served there, so http:// is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../probe.py" line="62"/>
        <source>The server lists no models for this token; add model ids by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../probe.py" line="64"/>
        <source>{detail} duplicate model ids were listed once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../probe.py" line="65"/>
        <source>{detail} entries of the model list were not usable ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../probe.py" line="67"/>
        <source>This address uses plain http to a remote host: the token travels unencrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../probe.py" line="70"/>
        <source>No OneAPI or NewAPI status page; treated as a plain OpenAI-compatible server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../probe.py" line="149"/>
        <source>{base} answers over plain http only, and it is not a local address: the token would cross the network unencrypted. It was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../probe.py" line="184"/>
        <source>This server speaks plain http, not https; use {base} instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../probe.py" line="213"/>
        <source>The gateway has no API under {prefix}; use {root} instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../probe.py" line="237"/>
        <source>This address shows a web page, not the API; try {root} instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../probe.py" line="264"/>
        <source>The server&apos;s root has no API: the gateway may live under a sub-path (such as https://host/oneapi).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../providers.py" line="225"/>
        <source>A provider needs at least one token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../providers.py" line="230"/>
        <location filename="../providers.py" line="521"/>
        <source>A provider holds at most {limit:,} models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../providers.py" line="233"/>
        <location filename="../schemas.py" line="109"/>
        <source>model id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../providers.py" line="280"/>
        <location filename="../providers.py" line="587"/>
        <source>A provider holds at most {limit} tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../providers.py" line="289"/>
        <source>Two tokens are labelled “{label}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../providers.py" line="451"/>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../providers.py" line="483"/>
        <source>The warning threshold is a share from 0 to 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../providers.py" line="615"/>
        <source>“{name}” already has a token labelled “{label}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../providers.py" line="657"/>
        <source>“{label}” is the only token of “{name}”; remove the provider instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export.py" line="60"/>
        <location filename="../providers.py" line="514"/>
        <location filename="../providers.py" line="518"/>
        <source>The provider has no model “{model}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export.py" line="63"/>
        <source>“{name}” has no model switched on to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export.py" line="249"/>
        <source>CC Switch (Claude Code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export.py" line="250"/>
        <source>CC Switch (Codex)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export.py" line="255"/>
        <source>Provider Wizard link (to share)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export.py" line="256"/>
        <source>Shell variables (bash, zsh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export.py" line="257"/>
        <source>Shell variables (fish)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export.py" line="258"/>
        <source>Shell variables (PowerShell)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export.py" line="259"/>
        <source>.env file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export.py" line="260"/>
        <source>curl request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export.py" line="261"/>
        <source>Python (openai SDK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export.py" line="262"/>
        <source>LiteLLM proxy config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export.py" line="263"/>
        <source>LibreChat endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export.py" line="284"/>
        <source>There is no export target “{target}”; the targets are: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export.py" line="309"/>
        <source>Could not write {path}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../providers.py" line="1039"/>
        <source>“{name}” has no model switched on to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../schemas.py" line="78"/>
        <source>The {what} is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../schemas.py" line="81"/>
        <source>The {what} is longer than {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../schemas.py" line="87"/>
        <source>The {what} contains control characters (a line break or a terminal escape); type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../schemas.py" line="99"/>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../schemas.py" line="104"/>
        <source>token label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../secretstore.py" line="86"/>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../secretstore.py" line="91"/>
        <source>No keychain could be opened ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../secretstore.py" line="124"/>
        <source>The keychain did not answer within {seconds:g} s; could not {action} the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../secretstore.py" line="136"/>
        <location filename="../secretstore.py" line="138"/>
        <source>read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../secretstore.py" line="145"/>
        <location filename="../secretstore.py" line="147"/>
        <source>save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../secretstore.py" line="153"/>
        <source>The keychain accepted the token but does not give it back; it was not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../secretstore.py" line="161"/>
        <location filename="../secretstore.py" line="163"/>
        <source>delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../secretstore.py" line="193"/>
        <source>No keychain is available (on Linux: a Secret Service such as GNOME Keyring or KWallet must be running).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../secretstore.py" line="206"/>
        <source>No keychain is available (on Linux: a Secret Service such as GNOME Keyring or KWallet must be running); the only keyring found keeps nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../secretstore.py" line="213"/>
        <source>Only a file-based keyring ({name}) is available; Provider Wizard does not store tokens in files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../secretstore.py" line="232"/>
        <source>The keychain is locked (or the unlock prompt was dismissed); could not {action} the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../secretstore.py" line="239"/>
        <source>No keychain is available to {action} the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../secretstore.py" line="245"/>
        <source>The keychain could not {action} the token ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../store.py" line="66"/>
        <source>create the config folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../store.py" line="72"/>
        <source>Another Provider Wizard is busy with the store; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../store.py" line="75"/>
        <source>lock the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../store.py" line="95"/>
        <source>read the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../store.py" line="116"/>
        <source>Refused to save: the providers file would contain a token. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../store.py" line="141"/>
        <location filename="../store.py" line="152"/>
        <source>save the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../store.py" line="174"/>
        <source>move the broken store aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../store.py" line="199"/>
        <source>The store file is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../store.py" line="201"/>
        <source>The store file does not hold a store document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../store.py" line="204"/>
        <source>The store file has no valid schema_version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../store.py" line="208"/>
        <source>The store was written by a newer Provider Wizard (schema {found}); this one reads schema {known}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../store.py" line="220"/>
        <source>The store file&apos;s providers are not a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../store.py" line="225"/>
        <source>The store file has the wrong shape ({count} problems).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../store.py" line="266"/>
        <source>Could not {action}: {reason} ({file}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../store.py" line="271"/>
        <source>Could not {action}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tokens.py" line="36"/>
        <source>The token is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tokens.py" line="39"/>
        <source>This looks like an address, not a token: it belongs in the address field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tokens.py" line="44"/>
        <source>The token is too long to be an API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tokens.py" line="48"/>
        <source>The token contains spaces or characters an API key cannot have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tokens.py" line="73"/>
        <source>Line {line}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tokens.py" line="85"/>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tokens.py" line="86"/>
        <source>token {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../urls.py" line="85"/>
        <source>removed spaces, quotes or punctuation around the address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../urls.py" line="86"/>
        <source>removed spaces inside the address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../urls.py" line="88"/>
        <source>changed full-width characters (from a Chinese input method) to normal ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../urls.py" line="90"/>
        <source>turned backslashes into slashes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../urls.py" line="91"/>
        <source>repaired the scheme {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../urls.py" line="92"/>
        <source>wrote the scheme in lower case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../urls.py" line="93"/>
        <source>no scheme given: using http:// for {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../urls.py" line="94"/>
        <source>no scheme given: using https:// for a public host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../urls.py" line="95"/>
        <source>wrote the host name in lower case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../urls.py" line="96"/>
        <source>converted the international host name to {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../urls.py" line="97"/>
        <source>removed the dot at the end of the host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../urls.py" line="98"/>
        <source>removed :{detail}, the default port of this scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../urls.py" line="99"/>
        <source>removed a colon with no port after it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../urls.py" line="100"/>
        <source>removed the path {detail}: the app adds it itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../urls.py" line="102"/>
        <source>removed {detail}: that is the web console page, not the API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../urls.py" line="105"/>
        <source>removed the path {detail}: only the server&apos;s root is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../urls.py" line="107"/>
        <source>kept the path prefix {detail}: the API sits under it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../urls.py" line="108"/>
        <source>removed the query {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../urls.py" line="109"/>
        <source>removed {detail}: that is a page of the web console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../urls.py" line="110"/>
        <source>removed the slash at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../urls.py" line="248"/>
        <source>an IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../urls.py" line="248"/>
        <source>a local host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.py" line="63"/>
        <source>The server said: “{said}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.py" line="64"/>
        <source>Address tried: {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.py" line="88"/>
        <source>{meaning} ({quoted})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.py" line="97"/>
        <source>The token has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.py" line="100"/>
        <source>The token is switched off in the gateway&apos;s console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.py" line="106"/>
        <source>The quota is used up: top up or raise the token&apos;s limit in the console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.py" line="110"/>
        <source>No channel of the gateway serves this model for your group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.py" line="114"/>
        <source>The token works only from certain IP ranges, and this computer is outside them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.py" line="118"/>
        <source>The account that owns the token is banned on this gateway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.py" line="122"/>
        <source>The token is not allowed to use this model (a model whitelist).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.py" line="127"/>
        <source>The gateway does not know this token: it is mistyped or deleted (newer NewAPI also says this for an expired, disabled or used-up token).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.py" line="131"/>
        <source>No token reached the gateway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.py" line="148"/>
        <source>OpenAI-compatible server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.py" line="149"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.py" line="154"/>
        <source>Paste the gateway&apos;s address, for example https://api.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.py" line="156"/>
        <source>Put the token in the token field instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.py" line="157"/>
        <source>Use an address that starts with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.py" line="158"/>
        <source>Remove “user:password@” from the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.py" line="159"/>
        <source>Check the host name or IP address for typos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.py" line="160"/>
        <source>Remove the space, or check which host you meant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.py" line="162"/>
        <source>Put the gateway&apos;s host after the scheme, as in https://api.example.com/v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.py" line="165"/>
        <source>Use the port the gateway listens on (OneAPI&apos;s default is 3000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.py" line="167"/>
        <source>Copy only the address, https://host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.py" line="172"/>
        <source>Copy the token from the gateway console&apos;s token page (令牌) and paste it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.py" line="175"/>
        <source>Paste the address on the next page; here goes the token (it usually starts with sk-).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.py" line="178"/>
        <source>Copy only the token: on the token page (令牌), use its Copy button.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.py" line="181"/>
        <source>Copy the token again with the token page&apos;s Copy button (令牌).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.py" line="187"/>
        <source>The server&apos;s name was not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.py" line="188"/>
        <source>Check the host name for typos, and your network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.py" line="191"/>
        <source>Nothing answers at this address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.py" line="192"/>
        <source>Check the port, and that the gateway is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.py" line="195"/>
        <source>The server did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.py" line="196"/>
        <source>Check the address and your network; the server may be busy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.py" line="199"/>
        <source>The server hung up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.py" line="200"/>
        <source>Check the port and the scheme (http or https).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.py" line="203"/>
        <source>The server cannot be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.py" line="204"/>
        <source>Check the address and your network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.py" line="210"/>
        <source>The certificate is not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.py" line="211"/>
        <source>If the gateway uses a self-signed certificate, trust its CA file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.py" line="212"/>
        <source>If the gateway uses a self-signed certificate, give its CA file with --ca-file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.py" line="215"/>
        <source>The certificate has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.py" line="216"/>
        <source>Ask the gateway&apos;s operator to renew it; check your computer&apos;s clock too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.py" line="220"/>
        <source>The certificate is for another host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.py" line="221"/>
        <source>Use the host name the gateway&apos;s certificate was issued for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.py" line="225"/>
        <source>No https on this port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.py" line="226"/>
        <source>Check the port; if the gateway speaks plain http, type http://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.py" line="230"/>
        <source>The secure connection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.py" line="231"/>
        <source>The connection was cut during the handshake: check the port and your network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.py" line="238"/>
        <source>Paste the address your browser shows on the gateway console&apos;s token page: it includes the sub-path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.py" line="247"/>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.py" line="248"/>
        <source>Unexpected error ({name}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.py" line="249"/>
        <source>Please report this as a bug.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.py" line="263"/>
        <source>This address cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.py" line="265"/>
        <source>This token cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.py" line="268"/>
        <source>That is a token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.py" line="270"/>
        <source>Type a name, address or id here; the token has a field of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.py" line="271"/>
        <source>Give the token only on stdin with --token-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.py" line="275"/>
        <source>Not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.py" line="277"/>
        <source>Pick a chat or an embedding model to check; this one takes another request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.py" line="280"/>
        <source>This cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.py" line="280"/>
        <source>Correct it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.py" line="282"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.py" line="282"/>
        <source>Start it again when you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.py" line="285"/>
        <source>Wrong scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.py" line="287"/>
        <location filename="../words.py" line="305"/>
        <source>Use {base} instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.py" line="292"/>
        <source>The token would travel unencrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.py" line="295"/>
        <source>Use https if the gateway offers it; send the token over plain http only if you trust every network on the way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.py" line="299"/>
        <source>Use https if the gateway offers it. To send the token unencrypted anyway, repeat the command with --allow-plain-http.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.py" line="309"/>
        <source>Use the gateway&apos;s root address, without /v1 or console paths.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.py" line="311"/>
        <source>No API at this address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.py" line="315"/>
        <source>The token was not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.py" line="318"/>
        <source>Copy the token again from the console&apos;s token page (令牌); check that it is enabled, not expired and has quota left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.py" line="324"/>
        <source>The token is not allowed to do this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.py" line="326"/>
        <source>The token may be limited to some IP ranges or models; check it in the console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.py" line="330"/>
        <source>Wait {seconds:.0f} s and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.py" line="332"/>
        <source>Wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.py" line="334"/>
        <source>Too many requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.py" line="337"/>
        <source>The server had an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.py" line="339"/>
        <source>If it names a model, no channel of the gateway may serve that model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.py" line="343"/>
        <source>The server refused the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.py" line="345"/>
        <source>Check the address and the model; the server&apos;s words may say more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.py" line="355"/>
        <source>No API at the server&apos;s root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.py" line="358"/>
        <source>This is a web page, not the API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.py" line="360"/>
        <source>Use the gateway&apos;s root address; the app adds /v1 itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.py" line="363"/>
        <source>Not an OpenAI-compatible API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.py" line="365"/>
        <source>Check that the address is the gateway&apos;s API, not another web site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.py" line="369"/>
        <source>Redirect not followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.py" line="371"/>
        <source>If you trust it, use the address it redirects to: {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.py" line="375"/>
        <source>The answer is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.py" line="377"/>
        <source>Check that the address is the gateway&apos;s API; a gateway answers in kilobytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.py" line="381"/>
        <source>The gateway check failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.py" line="381"/>
        <source>Check the address and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.py" line="385"/>
        <source>No keychain available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.py" line="388"/>
        <source>Start and unlock a keychain (GNOME Keyring or KWallet), then try again. Tokens are never stored in plain text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.py" line="394"/>
        <source>The keychain is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.py" line="396"/>
        <source>Unlock your keychain (the login keyring) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.py" line="400"/>
        <source>The keychain does not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.py" line="402"/>
        <source>The keychain service may be stalled: restart it (or log in again) and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.py" line="406"/>
        <source>The keychain keeps nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.py" line="409"/>
        <source>Set up a system keychain (GNOME Keyring or KWallet); check PYTHON_KEYRING_BACKEND if you set it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.py" line="415"/>
        <source>Token missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.py" line="417"/>
        <source>Give the provider its token again with Replace….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.py" line="418"/>
        <source>Give it again: provider-wizard set-token NAME --token-stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.py" line="422"/>
        <source>The keychain failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.py" line="424"/>
        <source>Check that your keychain is running and unlocked, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.py" line="428"/>
        <source>Name already used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.py" line="430"/>
        <source>Choose another name, or remove the existing provider first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.py" line="434"/>
        <source>Token not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.py" line="436"/>
        <source>The provider&apos;s page lists its tokens; switch one on or add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.py" line="437"/>
        <source>&apos;provider-wizard token list NAME&apos; shows the labels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.py" line="441"/>
        <source>Provider not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.py" line="443"/>
        <source>The list of providers shows the names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.py" line="444"/>
        <source>&apos;provider-wizard list&apos; shows the names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.py" line="448"/>
        <source>The settings file was damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.py" line="450"/>
        <source>It was kept beside the new one; nothing in it is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.py" line="454"/>
        <source>The settings could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.py" line="456"/>
        <source>Check the free space and the permissions of the config folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.py" line="459"/>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.py" line="459"/>
        <source>Try again; if it goes on, report it as a bug.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../capabilities.py" line="81"/>
        <source>Others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../capabilities.py" line="87"/>
        <source>chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../capabilities.py" line="88"/>
        <source>reasoning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../capabilities.py" line="89"/>
        <source>vision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../capabilities.py" line="90"/>
        <source>tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../capabilities.py" line="91"/>
        <source>embedding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../capabilities.py" line="92"/>
        <source>rerank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../capabilities.py" line="93"/>
        <source>image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../capabilities.py" line="94"/>
        <source>audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../balance.py" line="348"/>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../balance.py" line="350"/>
        <source>expires {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../balance.py" line="353"/>
        <source>used up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../balance.py" line="355"/>
        <source>low: {share:.0%} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../balance.py" line="391"/>
        <source>{label}: {warning}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../balance.py" line="403"/>
        <source>balance not reported by this server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../balance.py" line="405"/>
        <source>unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../balance.py" line="407"/>
        <source>balance unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../balance.py" line="413"/>
        <source>{amount} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.py" line="464"/>
        <source>--open opens links; “{target}” is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export.py" line="305"/>
        <source>{path} exists already; add --force to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.py" line="505"/>
        <source>Name the command to run after --, as in: exec NAME -- env</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.py" line="513"/>
        <source>No command named {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop.py" line="42"/>
        <source>No desktop link handler ({opener}) here; copy the link instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop.py" line="54"/>
        <source>The desktop did not open the link in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop.py" line="58"/>
        <source>The desktop has no application for this link (is the client installed?); copy the link instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop.py" line="128"/>
        <source>Could not install the desktop entry: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../links.py" line="146"/>
        <source>Name your LobeChat&apos;s address once: --lobechat-url https://your-lobechat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../links.py" line="156"/>
        <source>There is no link for “{target}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../links.py" line="180"/>
        <source>This link cannot be read: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../links.py" line="185"/>
        <source>it carries no data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../links.py" line="197"/>
        <source>its data is not base64-encoded JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../links.py" line="199"/>
        <source>its data is not a provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../links.py" line="217"/>
        <source>it has no address or no token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../links.py" line="237"/>
        <source>it is far too long to be a link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../links.py" line="243"/>
        <source>it is not a link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../links.py" line="255"/>
        <source>it is not a provider link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../links.py" line="285"/>
        <location filename="../links.py" line="287"/>
        <source>its settings hold no OpenAI key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../links.py" line="289"/>
        <source>it is not a provider link Provider Wizard knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../links.py" line="301"/>
        <source>it needs OPENAI_BASE_URL and OPENAI_API_KEY with their values.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddProviderWizard</name>
    <message>
        <location filename="../ui/wizard/__init__.py" line="57"/>
        <source>Add a provider</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddressPage</name>
    <message>
        <location filename="../ui/wizard/address_page.py" line="24"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/address_page.py" line="27"/>
        <source>Paste the gateway&apos;s address as you copied it: the browser&apos;s address bar, a client&apos;s settings, an IP with a port. The app works out the base address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/address_page.py" line="33"/>
        <source>Gateway address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/address_page.py" line="36"/>
        <source>Trust a CA file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/address_page.py" line="39"/>
        <source>For a gateway with a self-signed certificate: trust its CA, for this provider only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/page.py" line="27"/>
        <source>The gateway&apos;s CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/page.py" line="29"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/address_page.py" line="78"/>
        <source>Also trusted: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddressPreview</name>
    <message>
        <location filename="../ui/address_preview.py" line="32"/>
        <source>Address preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/address_preview.py" line="55"/>
        <source>Base address:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../ui/wizard/check_page.py" line="51"/>
        <source>Connection check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/check_page.py" line="54"/>
        <source>Asking the server which address works, whether it accepts the token, and which models it offers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/check_page.py" line="67"/>
        <source>Check result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/check_page.py" line="71"/>
        <source>Cancel check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/check_page.py" line="75"/>
        <source>Trust the gateway&apos;s CA file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/check_page.py" line="78"/>
        <source>Send the token unencrypted anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/check_page.py" line="80"/>
        <source>Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/check_page.py" line="83"/>
        <source>Continue without checking (type the model ids by hand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/check_page.py" line="186"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/check_page.py" line="215"/>
        <source>Check cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/check_page.py" line="219"/>
        <source>Checking {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/check_page.py" line="245"/>
        <source>Address: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/check_page.py" line="246"/>
        <source>Gateway: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/check_page.py" line="247"/>
        <source>Models offered: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/check_page.py" line="251"/>
        <source>Tokens accepted: {0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/check_page.py" line="257"/>
        <source>{0}: {1} (not kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/check_page.py" line="261"/>
        <source>The gateway works and accepts the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/check_page.py" line="271"/>
        <source>Use {0} and check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/check_page.py" line="305"/>
        <source>Not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/check_page.py" line="306"/>
        <source>You will type the model ids on the next page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <location filename="../ui/wizard/finish_page.py" line="28"/>
        <source>Name and finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/finish_page.py" line="29"/>
        <source>Name this provider as your clients will show it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/finish_page.py" line="31"/>
        <source>Provider name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/finish_page.py" line="35"/>
        <source>Switch the provider on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/finish_page.py" line="45"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/finish_page.py" line="95"/>
        <source>Address: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/finish_page.py" line="96"/>
        <source>Type: OpenAI-compatible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/finish_page.py" line="98"/>
        <source>Models on: {0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/finish_page.py" line="101"/>
        <source>The token will be saved in your system&apos;s keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/finish_page.py" line="103"/>
        <source>Tokens kept: {0} ({1}), each in your system&apos;s keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/finish_page.py" line="108"/>
        <source>Also trusted: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/finish_page.py" line="110"/>
        <source>The connection was not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/finish_page.py" line="144"/>
        <source>“{0}” already connects to this gateway with this token; saving adds it a second time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/finish_page.py" line="154"/>
        <source>The provider needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/finish_page.py" line="156"/>
        <source>A provider with this name already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/finish_page.py" line="203"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthDialog</name>
    <message>
        <location filename="../ui/health_dialog.py" line="59"/>
        <source>Check all models of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/health_dialog.py" line="64"/>
        <source>Each model gets one chat request of one token. On a gateway that bills per request, each of these {0} checks is a paid request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/health_dialog.py" line="75"/>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/health_dialog.py" line="79"/>
        <source>Requests at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/health_dialog.py" line="80"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/health_dialog.py" line="83"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/health_dialog.py" line="89"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/health_dialog.py" line="93"/>
        <source>Requests at a time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/health_dialog.py" line="140"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/health_dialog.py" line="147"/>
        <source>– {0} — not checked (not a chat model)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/health_dialog.py" line="151"/>
        <source>✓ {0} — {1} ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/health_dialog.py" line="158"/>
        <source>✗ {0} — {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/health_dialog.py" line="192"/>
        <source>Switch off %n failed model(s)</source>
        <translation>
            <numerusform>Switch off %n failed model</numerusform>
            <numerusform>Switch off %n failed models</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/health_dialog.py" line="200"/>
        <source>Checked {0} of {1} · {2} failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/main_window.py" line="103"/>
        <source>Provider Wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="112"/>
        <source>Providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="117"/>
        <source>+ Add provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="118"/>
        <source>Add provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="132"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="148"/>
        <source>No providers yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="155"/>
        <source>Provider Wizard connects your clients to an LLM gateway such as OneAPI, NewAPI or any OpenAI-compatible server.

Paste a token and the address you copied from the gateway&apos;s console; the app finds the right base address, checks the token, fetches the models and keeps the token in your system&apos;s keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="164"/>
        <source>Add a provider…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="276"/>
        <source>{0} (off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="209"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="167"/>
        <source>Try with a demo gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="170"/>
        <source>Opens a second window with a gateway on this computer and a store of its own: nothing you do there touches your providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="210"/>
        <source>&amp;Add provider…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="214"/>
        <source>&amp;Refresh all balances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="219"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="224"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="227"/>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="237"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="238"/>
        <source>&amp;About Provider Wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="323"/>
        <source>Kept but not shown, as this version cannot read them: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="460"/>
        <source>The demo could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="526"/>
        <source>About Provider Wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="528"/>
        <source>Provider Wizard {0}

Connects your clients to OneAPI, NewAPI and other OpenAI-compatible gateways. Tokens stay in your system&apos;s keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelFilterProxy</name>
    <message numerus="yes">
        <location filename="../ui/model_list.py" line="420"/>
        <source>%n on</source>
        <translation>
            <numerusform>%n on</numerusform>
            <numerusform>%n on</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/model_list.py" line="427"/>
        <source>Enter or a click on the name folds the group; its box switches all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_list.py" line="431"/>
        <source>{0}: {1} models, {2} on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelListModel</name>
    <message>
        <location filename="../ui/model_list.py" line="130"/>
        <source>added by hand</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <location filename="../ui/model_picker.py" line="64"/>
        <location filename="../ui/model_picker.py" line="66"/>
        <source>Search models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_picker.py" line="71"/>
        <source>All on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_picker.py" line="72"/>
        <source>Switch on every model shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_picker.py" line="73"/>
        <source>All off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_picker.py" line="74"/>
        <source>Switch off every model shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_picker.py" line="82"/>
        <source>Show models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_picker.py" line="84"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_picker.py" line="85"/>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_picker.py" line="86"/>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_picker.py" line="87"/>
        <source>Reasoning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_picker.py" line="88"/>
        <source>Vision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_picker.py" line="89"/>
        <source>Embedding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_picker.py" line="90"/>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_picker.py" line="91"/>
        <source>Audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_picker.py" line="92"/>
        <source>Rerank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_picker.py" line="105"/>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_picker.py" line="114"/>
        <source>Model id, e.g. gpt-4o-mini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_picker.py" line="115"/>
        <source>Model id to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_picker.py" line="116"/>
        <source>Add by id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_picker.py" line="121"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_picker.py" line="122"/>
        <source>Remove the selected models from this list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_picker.py" line="131"/>
        <source>Models switched on</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/model_picker.py" line="264"/>
        <source>%n of %1 on</source>
        <translation>
            <numerusform>%n of %1 on</numerusform>
            <numerusform>%n of %1 on</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/model_picker.py" line="266"/>
        <source>%n shown</source>
        <translation>
            <numerusform>%n shown</numerusform>
            <numerusform>%n shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModelsPage</name>
    <message>
        <location filename="../ui/wizard/models_page.py" line="24"/>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/models_page.py" line="27"/>
        <source>Switch on recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/models_page.py" line="28"/>
        <source>The newest chat model of each family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/models_page.py" line="60"/>
        <source>Switch on the models your clients should offer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/models_page.py" line="66"/>
        <source>The gateway lists {0} models, too many to switch on at once: none is on. Pick the ones you use, or switch on the recommended ones (the newest of each family).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/models_page.py" line="73"/>
        <source>Chat models are on; embedding, image and audio models are off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/models_page.py" line="77"/>
        <source>Type the ids of the models this gateway serves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/models_page.py" line="80"/>
        <source>No model list from the server. Type a model id below and press Enter; add as many as you need.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderPanel</name>
    <message>
        <location filename="../ui/provider_panel.py" line="78"/>
        <source>Provider name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="85"/>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="86"/>
        <source>Provider on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="90"/>
        <source>Use in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="92"/>
        <source>Send this provider to a client (Cherry Studio, CC Switch…) or a script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="98"/>
        <source>OpenAI-compatible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="101"/>
        <source>Base address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="106"/>
        <source>Address check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="109"/>
        <source>Send the token unencrypted anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="111"/>
        <source>Save unchecked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="112"/>
        <source>Save the address without asking the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="114"/>
        <source>Keep the old address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="128"/>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="129"/>
        <location filename="../ui/provider_panel.py" line="757"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="131"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="133"/>
        <source>Replace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="135"/>
        <source>Add token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="137"/>
        <source>Give this provider another token (a team&apos;s, a backup); it is checked first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="155"/>
        <source>Model to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="156"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="157"/>
        <source>Send a one-token chat request to this model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="159"/>
        <source>Check all on…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="161"/>
        <source>Send a one-token chat request to every model that is switched on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="171"/>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="172"/>
        <source>Gateway:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="173"/>
        <source>Base address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="180"/>
        <source>Tokens:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="181"/>
        <source>Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="184"/>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="185"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="187"/>
        <source>Ask the gateway for the token&apos;s balance and expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="190"/>
        <source>Top up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="192"/>
        <source>Docs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="201"/>
        <source>warn below </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="202"/>
        <source>Warn when the balance is below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="204"/>
        <source>Warn in the list when a token has less than this share of what it was granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="214"/>
        <source>Balance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="215"/>
        <source>Check:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="218"/>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="223"/>
        <source>Refresh from server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="231"/>
        <source>Changes of the last refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="239"/>
        <source>Remove provider…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="311"/>
        <source>The gateway says it is {0}: check and switch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="314"/>
        <location filename="../ui/provider_panel.py" line="319"/>
        <source>Not checked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="326"/>
        <source>expires {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/provider_panel.py" line="327"/>
        <source>checked %n min ago</source>
        <translation>
            <numerusform>checked %n minute ago</numerusform>
            <numerusform>checked %n minutes ago</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="338"/>
        <source>Asking the gateway…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="387"/>
        <source>Plain http to a remote host: the token travels unencrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="390"/>
        <source>Plain http to a remote host: the token is not sent until you allow it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="394"/>
        <source>Also trusts the CA file {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="405"/>
        <source>Token missing: use Replace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="507"/>
        <location filename="../ui/provider_panel.py" line="654"/>
        <source>Checking {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="526"/>
        <source>The gateway works at {0}; saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="544"/>
        <source>Use {0} and check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="567"/>
        <source>Saved without a check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="585"/>
        <source>Fetching the model list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="619"/>
        <location filename="../ui/provider_panel.py" line="620"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="622"/>
        <source>New (off): {0}. No longer listed: {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="629"/>
        <source>{0} new (off), {1} no longer listed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="669"/>
        <source>{0} works: answered in {1} ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="748"/>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="765"/>
        <source>Token copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="778"/>
        <source>Replace token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="779"/>
        <source>New token for {0}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="781"/>
        <source>New value of token “{0}” of {1}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="793"/>
        <location filename="../ui/provider_panel.py" line="892"/>
        <source>Checking the new token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="809"/>
        <source>The gateway accepts the new token; it replaced the old one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="811"/>
        <source>The new token replaced the old one, without a check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="816"/>
        <source>The old token is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="859"/>
        <source>Rename token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="859"/>
        <source>New label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="873"/>
        <location filename="../ui/provider_panel.py" line="880"/>
        <source>Add token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="874"/>
        <source>A label for the new token (for example “team” or “backup”):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="881"/>
        <source>Token “{0}” for {1}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="903"/>
        <source>The gateway accepts token “{0}”; it is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="910"/>
        <source>The token was not added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="924"/>
        <source>Remove token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="925"/>
        <source>Remove token “{0}” of {1} from the keychain?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="949"/>
        <source>Remove provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/provider_panel.py" line="950"/>
        <source>Remove “{0}” and its token from the keychain?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenPage</name>
    <message>
        <location filename="../ui/wizard/token_page.py" line="38"/>
        <location filename="../ui/wizard/token_page.py" line="49"/>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/token_page.py" line="41"/>
        <source>Paste the token (it starts with sk-). You find it in your gateway&apos;s web console, on the token page (令牌): copy it there. Several tokens, one a line, are all checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/token_page.py" line="51"/>
        <source>Show the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/token_page.py" line="55"/>
        <source>Token status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/token_page.py" line="57"/>
        <source>The token is kept only in your system&apos;s keychain, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/wizard/token_page.py" line="101"/>
        <source>%n tokens: each is checked, and those the gateway accepts are kept.</source>
        <translation>
            <numerusform>%n token: it is checked, and kept if the gateway accepts it.</numerusform>
            <numerusform>%n tokens: each is checked, and those the gateway accepts are kept.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/wizard/token_page.py" line="109"/>
        <source>Cleaned what was around the token (spaces, “Bearer”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/token_page.py" line="114"/>
        <source>Looks like a OneAPI / NewAPI token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/token_page.py" line="117"/>
        <source>Token ready (not in the sk- + 48 characters form of OneAPI / NewAPI; other servers use other forms).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/page.py" line="86"/>
        <source>Filled in from a link ({0}): the token here, the address on the next page. Both are checked before anything is saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokensBox</name>
    <message>
        <location filename="../ui/tokens_box.py" line="42"/>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tokens_box.py" line="42"/>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tokens_box.py" line="46"/>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tokens_box.py" line="49"/>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tokens_box.py" line="51"/>
        <source>Remove token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tokens_box.py" line="85"/>
        <source>On: used by exports and checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tokens_box.py" line="85"/>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UseInDialog</name>
    <message>
        <location filename="../ui/use_in.py" line="72"/>
        <source>Use “{0}” in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/use_in.py" line="74"/>
        <source>Client or format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/use_in.py" line="80"/>
        <source>LobeChat address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/use_in.py" line="84"/>
        <source>What the client takes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/use_in.py" line="87"/>
        <source>Open in the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/use_in.py" line="89"/>
        <source>Copy without token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/use_in.py" line="91"/>
        <source>Copy with token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/use_in.py" line="93"/>
        <source>Save file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/use_in.py" line="103"/>
        <source>Use in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/use_in.py" line="104"/>
        <source>LobeChat address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/use_in.py" line="147"/>
        <source>The token is shown as a placeholder; it leaves the keychain only when you open, copy with it, or save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/use_in.py" line="170"/>
        <source>Handed to the client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/use_in.py" line="174"/>
        <source>No application opens this link: is the client installed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/use_in.py" line="183"/>
        <source>Copied, with a placeholder for the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/use_in.py" line="192"/>
        <source>Copied with the token; the clipboard is cleared in {0} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/use_in.py" line="203"/>
        <source>Copy with the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/use_in.py" line="205"/>
        <source>The text will hold the token in clear. Copy it? The clipboard is cleared after 30 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/use_in.py" line="221"/>
        <source>Save with the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/use_in.py" line="237"/>
        <source>Saved {0} (readable by you only).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_ProviderList</name>
    <message>
        <location filename="../ui/main_window.py" line="73"/>
        <source>No providers yet.
Add one with the button below.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../ui/app.py" line="164"/>
        <source>Settings file damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="165"/>
        <source>The providers file could not be read. It was kept as {0}; starting with an empty list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="213"/>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="215"/>
        <source>Something went wrong. Your providers are safe; the app keeps running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="220"/>
        <source>If you report this, copy the details below (tokens are masked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="226"/>
        <source>Copy report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../ui/app.py" line="348"/>
        <source>Provider Wizard — demo (nothing here is kept)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
