<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AddProviderWizard</name>
    <message>
        <location filename="../ui/wizard/__init__.py" line="58"/>
        <source>Add a provider</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddressPage</name>
    <message>
        <location filename="../ui/wizard/address_page.py" line="54"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/address_page.py" line="57"/>
        <source>Paste the gateway&apos;s address as you copied it: the browser&apos;s address bar, a client&apos;s settings, an IP with a port. The app works out the base address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/address_page.py" line="63"/>
        <source>Gateway address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/address_page.py" line="66"/>
        <source>Trust a CA file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/address_page.py" line="69"/>
        <source>For a gateway with a self-signed certificate: trust its CA, for this provider only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/address_page.py" line="94"/>
        <source>The gateway&apos;s CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/address_page.py" line="96"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/address_page.py" line="106"/>
        <source>Also trusted: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddressPreview</name>
    <message>
        <location filename="../ui/wizard/address_page.py" line="32"/>
        <source>Address preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/address_page.py" line="45"/>
        <source>Base address:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../ui/wizard/check_page.py" line="41"/>
        <source>Connection check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/check_page.py" line="44"/>
        <source>Asking the server which address works, whether it accepts the token, and which models it offers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/check_page.py" line="57"/>
        <source>Check result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/check_page.py" line="61"/>
        <source>Cancel check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/check_page.py" line="65"/>
        <source>Trust the gateway&apos;s CA file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/check_page.py" line="67"/>
        <source>Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/check_page.py" line="70"/>
        <source>Continue without checking (type the model ids by hand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/check_page.py" line="125"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/check_page.py" line="146"/>
        <source>Check cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/check_page.py" line="150"/>
        <source>Checking {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/check_page.py" line="169"/>
        <source>Address: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/check_page.py" line="170"/>
        <source>Gateway: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/check_page.py" line="171"/>
        <source>Models offered: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/check_page.py" line="174"/>
        <source>The gateway works and accepts the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/check_page.py" line="186"/>
        <source>Use {0} and check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/check_page.py" line="210"/>
        <source>Not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/check_page.py" line="211"/>
        <source>You will type the model ids on the next page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <location filename="../ui/wizard/finish_page.py" line="24"/>
        <source>Name and finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/finish_page.py" line="25"/>
        <source>Name this provider as your clients will show it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/finish_page.py" line="27"/>
        <source>Provider name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/finish_page.py" line="31"/>
        <source>Switch the provider on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/finish_page.py" line="40"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/finish_page.py" line="79"/>
        <source>Address: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/finish_page.py" line="80"/>
        <source>Type: OpenAI-compatible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/finish_page.py" line="82"/>
        <source>Models on: {0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/finish_page.py" line="85"/>
        <source>The token will be saved in your system&apos;s keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/finish_page.py" line="88"/>
        <source>Also trusted: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/finish_page.py" line="90"/>
        <source>The connection was not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/finish_page.py" line="97"/>
        <source>The provider needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/finish_page.py" line="99"/>
        <source>A provider with this name already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/finish_page.py" line="142"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/main_window.py" line="120"/>
        <source>Providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="125"/>
        <source>+ Add provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="126"/>
        <source>Add provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="137"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="152"/>
        <source>No providers yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="159"/>
        <source>Provider Wizard connects your clients to an LLM gateway such as OneAPI, NewAPI or any OpenAI-compatible server.

Paste a token and the address you copied from the gateway&apos;s console; the app finds the right base address, checks the token, fetches the models and keeps the token in your system&apos;s keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="168"/>
        <source>Add a provider…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="183"/>
        <source>Provider name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="190"/>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="191"/>
        <source>Provider on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="197"/>
        <source>OpenAI-compatible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="200"/>
        <source>Base address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="208"/>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="209"/>
        <location filename="../ui/main_window.py" line="636"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="211"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="213"/>
        <source>Replace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="222"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="223"/>
        <source>Send a one-token chat request to this model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="232"/>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="233"/>
        <source>Gateway:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="234"/>
        <source>Base address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="239"/>
        <source>Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="240"/>
        <source>Check:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="243"/>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="248"/>
        <source>Refresh from server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="259"/>
        <source>Remove provider…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="273"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="274"/>
        <source>&amp;Add provider…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="279"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="284"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="287"/>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="297"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="298"/>
        <source>&amp;About Provider Wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="390"/>
        <source>Plain http to a remote host: the token travels unencrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="392"/>
        <source>Also trusts the CA file {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="461"/>
        <source>A provider named “{0}” already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="531"/>
        <source>Fetching the model list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="559"/>
        <location filename="../ui/main_window.py" line="560"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="562"/>
        <source>New (off): {0}. No longer listed: {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="572"/>
        <source>Choose a model to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="575"/>
        <source>Checking {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="584"/>
        <source>{0} works: answered in {1} ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="627"/>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="642"/>
        <source>Token copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="652"/>
        <source>Replace token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="653"/>
        <source>New token for {0}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="665"/>
        <source>Token replaced in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="676"/>
        <source>Remove provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="677"/>
        <source>Remove “{0}” and its token from the keychain?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="743"/>
        <source>About Provider Wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="745"/>
        <source>Provider Wizard {0}

Connects your clients to OneAPI, NewAPI and other OpenAI-compatible gateways. Tokens stay in your system&apos;s keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelListModel</name>
    <message>
        <location filename="../ui/model_list.py" line="74"/>
        <source>added by hand</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <location filename="../ui/model_picker.py" line="46"/>
        <location filename="../ui/model_picker.py" line="48"/>
        <source>Search models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_picker.py" line="52"/>
        <source>All on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_picker.py" line="53"/>
        <source>Switch on every model shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_picker.py" line="54"/>
        <source>All off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_picker.py" line="55"/>
        <source>Switch off every model shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_picker.py" line="63"/>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_picker.py" line="67"/>
        <source>Model id, e.g. gpt-4o-mini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_picker.py" line="68"/>
        <source>Model id to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_picker.py" line="69"/>
        <source>Add by id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_picker.py" line="74"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_picker.py" line="75"/>
        <source>Remove the selected models from this list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_picker.py" line="84"/>
        <source>Models switched on</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/model_picker.py" line="154"/>
        <source>%n of %1 on</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/model_picker.py" line="156"/>
        <source>%n shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModelsPage</name>
    <message>
        <location filename="../ui/wizard/models_page.py" line="20"/>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/models_page.py" line="39"/>
        <source>Switch on the models your clients should offer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/models_page.py" line="43"/>
        <source>Type the ids of the models this gateway serves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/models_page.py" line="46"/>
        <source>No model list from the server. Type a model id below and press Enter; add as many as you need.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenPage</name>
    <message>
        <location filename="../ui/wizard/token_page.py" line="20"/>
        <location filename="../ui/wizard/token_page.py" line="30"/>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/token_page.py" line="23"/>
        <source>Paste the token (it starts with sk-). You find it in your gateway&apos;s web console, on the token page (令牌): copy it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/token_page.py" line="32"/>
        <source>Show the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/token_page.py" line="36"/>
        <source>Token status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/token_page.py" line="38"/>
        <source>The token is kept only in your system&apos;s keychain, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/token_page.py" line="68"/>
        <source>Cleaned what was around the token (spaces, “Bearer”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/token_page.py" line="73"/>
        <source>Looks like a OneAPI / NewAPI token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/token_page.py" line="76"/>
        <source>Token ready (not in the sk- + 48 characters form of OneAPI / NewAPI; other servers use other forms).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_ModelCombo</name>
    <message>
        <location filename="../ui/main_window.py" line="74"/>
        <source>Model to check</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../ui/app.py" line="116"/>
        <source>Settings file damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="117"/>
        <source>The providers file could not be read. It was kept as {0}; starting with an empty list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="165"/>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="167"/>
        <source>Something went wrong. Your providers are safe; the app keeps running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="172"/>
        <source>If you report this, copy the details below (tokens are masked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="178"/>
        <source>Copy report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../ui/messages.py" line="68"/>
        <source>Paste the gateway&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="69"/>
        <source>This looks like a token, not an address: it belongs on the token page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="72"/>
        <source>Only http:// and https:// addresses can be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="75"/>
        <source>Remove the user name and password from the address; the token has its own field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="79"/>
        <source>The address has no valid host name or IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="82"/>
        <source>The port must be a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="83"/>
        <source>This is too long to be a server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="90"/>
        <source>removed spaces, quotes or punctuation around the address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="93"/>
        <source>removed spaces inside the address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="94"/>
        <source>changed full-width characters (from a Chinese input method) to normal ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="97"/>
        <source>turned backslashes into slashes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="98"/>
        <source>repaired the scheme: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="99"/>
        <source>wrote the scheme in lower case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="100"/>
        <source>IP address or local name without a scheme: using http://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="103"/>
        <source>no scheme given: using https:// for a public host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="106"/>
        <source>wrote the host name in lower case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="107"/>
        <source>converted the international host name to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="110"/>
        <source>removed the dot at the end of the host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="113"/>
        <source>removed :{0}, the default port of this scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="116"/>
        <source>removed a colon with no port after it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="117"/>
        <source>removed {0}: the app adds it itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="120"/>
        <source>removed {0}: that is the console page, not the API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="123"/>
        <source>removed {0}: only the server&apos;s root is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="126"/>
        <source>kept {0}: the API sits under this path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="127"/>
        <source>removed the query {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="128"/>
        <source>removed {0}: that is a page of the web console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="131"/>
        <source>removed the slash at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="139"/>
        <source>No scheme was given; {0}:// answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="142"/>
        <source>No scheme was given; https:// did not answer, so http:// is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="145"/>
        <source>The server lists no models for this token; add model ids by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="148"/>
        <source>{0} duplicate model ids were listed once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="151"/>
        <source>{0} entries of the list were not usable model ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="154"/>
        <source>Plain http to a remote host: the token travels unencrypted. Use https if the server offers it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="159"/>
        <source>Not a OneAPI or NewAPI gateway; treated as a plain OpenAI-compatible server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="170"/>
        <source>OpenAI-compatible server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="171"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="176"/>
        <source>The server said: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="182"/>
        <source>This address cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="185"/>
        <source>This token cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="187"/>
        <source>Copy the token again from the gateway console&apos;s token page (令牌).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="190"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="190"/>
        <source>The check was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="193"/>
        <source>This server speaks plain http, not https, on this port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="195"/>
        <source>This server redirects http to https.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="198"/>
        <source>Wrong scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="200"/>
        <location filename="../ui/messages.py" line="214"/>
        <source>Use {0} instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="205"/>
        <source>No API at this address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="209"/>
        <source>The server has no API under this path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="216"/>
        <source>Use the server&apos;s root address, without /v1 or console paths.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="221"/>
        <source>The token was not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="222"/>
        <source>The server refused the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="223"/>
        <source>Copy the token again from the console&apos;s token page (令牌); check that it is enabled, not expired and has quota left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="231"/>
        <source>The token is not allowed to do this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="232"/>
        <source>The server refused the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="233"/>
        <source>The token may be limited to some IP ranges or models; check it in the console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="240"/>
        <source>Wait {0} s and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="242"/>
        <source>Wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="244"/>
        <source>Too many requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="247"/>
        <source>The server had an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="248"/>
        <location filename="../ui/messages.py" line="254"/>
        <source>HTTP {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="249"/>
        <source>If it names a model, no channel of the gateway may serve that model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="253"/>
        <source>The server refused the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="259"/>
        <source>The certificate is not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="260"/>
        <source>The server&apos;s certificate is self-signed or from an unknown authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="264"/>
        <source>Install the gateway&apos;s CA in your system, or use the CA-file option.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="270"/>
        <source>The secure connection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="271"/>
        <source>The server may not speak https on this port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="272"/>
        <source>Check the port, or try http://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="277"/>
        <source>The server&apos;s name could not be found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="278"/>
        <source>Check the host name for typos, and your network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="281"/>
        <source>Nothing answers at this address and port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="282"/>
        <source>Check the port, and that the gateway is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="285"/>
        <source>The server did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="286"/>
        <source>Check the address and your network; the server may be busy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="289"/>
        <source>The server closed the connection without an answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="290"/>
        <source>Check the port and the scheme (http or https).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="293"/>
        <source>The server could not be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="294"/>
        <source>Check the address and your network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="297"/>
        <source>The server cannot be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="301"/>
        <source>This is a web page, not the API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="302"/>
        <source>The address shows a web page (probably the gateway&apos;s console).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="303"/>
        <source>Use the root address; the app adds /v1 itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="306"/>
        <source>Not an OpenAI-compatible API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="307"/>
        <source>The server&apos;s answer is not an OpenAI-style model list or reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="308"/>
        <source>Check that the address is the gateway&apos;s API, not another web site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="312"/>
        <source>Redirect not followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="313"/>
        <source>The server redirects elsewhere ({0}); the token was not sent there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="316"/>
        <source>If you trust that address, use it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="320"/>
        <source>The answer is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="321"/>
        <source>The server&apos;s answer was cut off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="324"/>
        <source>The gateway check failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="327"/>
        <source>No keychain available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="328"/>
        <source>The token can only be saved in the system keychain, and none is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="332"/>
        <source>Start and unlock a keychain (GNOME Keyring or KWallet), then try again. Tokens are never stored in plain text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="340"/>
        <source>The keychain is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="341"/>
        <source>The system keychain is locked or the unlock was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="342"/>
        <source>Unlock your keychain (the login keyring) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="346"/>
        <source>The keychain failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="348"/>
        <source>Check your system keychain and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="352"/>
        <source>Name already used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="353"/>
        <source>A provider named “{0}” already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="354"/>
        <source>Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="358"/>
        <source>Provider not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="359"/>
        <source>There is no provider named “{0}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="362"/>
        <source>The settings file was damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="365"/>
        <source>The settings could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="367"/>
        <source>Check the free space and permissions of the config folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="370"/>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="372"/>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="374"/>
        <source>Please report this as a bug.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
