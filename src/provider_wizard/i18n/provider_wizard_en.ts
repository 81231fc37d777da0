<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AddProviderWizard</name>
    <message>
        <location filename="../ui/wizard/__init__.py" line="61"/>
        <source>Add a provider</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddressPage</name>
    <message>
        <location filename="../ui/wizard/address_page.py" line="22"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/address_page.py" line="25"/>
        <source>Paste the gateway&apos;s address as you copied it: the browser&apos;s address bar, a client&apos;s settings, an IP with a port. The app works out the base address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/address_page.py" line="31"/>
        <source>Gateway address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/address_page.py" line="34"/>
        <source>Trust a CA file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/address_page.py" line="37"/>
        <source>For a gateway with a self-signed certificate: trust its CA, for this provider only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/address_page.py" line="62"/>
        <source>The gateway&apos;s CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/address_page.py" line="64"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/address_page.py" line="74"/>
        <source>Also trusted: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddressPreview</name>
    <message>
        <location filename="../ui/address_preview.py" line="26"/>
        <source>Address preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/address_preview.py" line="39"/>
        <source>Base address:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../ui/wizard/check_page.py" line="44"/>
        <source>Connection check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/check_page.py" line="47"/>
        <source>Asking the server which address works, whether it accepts the token, and which models it offers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/check_page.py" line="60"/>
        <source>Check result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/check_page.py" line="64"/>
        <source>Cancel check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/check_page.py" line="68"/>
        <source>Trust the gateway&apos;s CA file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/check_page.py" line="71"/>
        <source>Send the token unencrypted anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/check_page.py" line="73"/>
        <source>Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/check_page.py" line="76"/>
        <source>Continue without checking (type the model ids by hand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/check_page.py" line="135"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/check_page.py" line="159"/>
        <source>Check cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/check_page.py" line="163"/>
        <source>Checking {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/check_page.py" line="184"/>
        <source>Address: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/check_page.py" line="185"/>
        <source>Gateway: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/check_page.py" line="186"/>
        <source>Models offered: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/check_page.py" line="189"/>
        <source>The gateway works and accepts the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/check_page.py" line="201"/>
        <source>Use {0} and check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/check_page.py" line="236"/>
        <source>Not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/check_page.py" line="237"/>
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
        <location filename="../ui/wizard/finish_page.py" line="143"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthDialog</name>
    <message>
        <location filename="../ui/health_dialog.py" line="57"/>
        <source>Check all models of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/health_dialog.py" line="64"/>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/health_dialog.py" line="68"/>
        <source>Requests at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/health_dialog.py" line="69"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/health_dialog.py" line="72"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/health_dialog.py" line="76"/>
        <source>Switch off the failed models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/health_dialog.py" line="78"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/health_dialog.py" line="82"/>
        <source>Requests at a time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/health_dialog.py" line="127"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/health_dialog.py" line="133"/>
        <source>✓ {0} — {1} ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/health_dialog.py" line="139"/>
        <source>✗ {0} — {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/health_dialog.py" line="165"/>
        <source>Switch off %n failed model(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/health_dialog.py" line="173"/>
        <source>Checked {0} of {1} · {2} failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/main_window.py" line="132"/>
        <source>Providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="137"/>
        <source>+ Add provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="138"/>
        <source>Add provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="152"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="168"/>
        <source>No providers yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="175"/>
        <source>Provider Wizard connects your clients to an LLM gateway such as OneAPI, NewAPI or any OpenAI-compatible server.

Paste a token and the address you copied from the gateway&apos;s console; the app finds the right base address, checks the token, fetches the models and keeps the token in your system&apos;s keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="184"/>
        <source>Add a provider…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="213"/>
        <source>Provider name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="220"/>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="221"/>
        <source>Provider on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="227"/>
        <source>OpenAI-compatible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="230"/>
        <source>Base address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="238"/>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="239"/>
        <location filename="../ui/main_window.py" line="729"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="241"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="243"/>
        <source>Replace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="252"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="253"/>
        <source>Send a one-token chat request to this model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="255"/>
        <source>Check all on…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="257"/>
        <source>Send a one-token chat request to every model that is switched on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="268"/>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="269"/>
        <source>Gateway:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="270"/>
        <source>Base address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="275"/>
        <source>Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="276"/>
        <source>Check:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="279"/>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="284"/>
        <source>Refresh from server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="295"/>
        <source>Remove provider…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="309"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="310"/>
        <source>&amp;Add provider…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="315"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="320"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="323"/>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="333"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="334"/>
        <source>&amp;About Provider Wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="426"/>
        <source>Plain http to a remote host: the token travels unencrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="429"/>
        <source>Plain http to a remote host: the token is not sent until you allow it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="433"/>
        <source>Also trusts the CA file {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="441"/>
        <source>Kept but not shown, as this version cannot read them: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="451"/>
        <source>Token missing: use Replace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="523"/>
        <source>A provider named “{0}” already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="593"/>
        <source>Fetching the model list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="629"/>
        <location filename="../ui/main_window.py" line="630"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="632"/>
        <source>New (off): {0}. No longer listed: {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="642"/>
        <source>Choose a model to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="645"/>
        <source>Checking {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="654"/>
        <source>{0} works: answered in {1} ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="720"/>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="735"/>
        <source>Token copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="747"/>
        <source>Replace token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="748"/>
        <source>New token for {0}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="760"/>
        <source>Token replaced in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="773"/>
        <source>Remove provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="774"/>
        <source>Remove “{0}” and its token from the keychain?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="848"/>
        <source>About Provider Wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="850"/>
        <source>Provider Wizard {0}

Connects your clients to OneAPI, NewAPI and other OpenAI-compatible gateways. Tokens stay in your system&apos;s keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelListModel</name>
    <message>
        <location filename="../ui/model_list.py" line="88"/>
        <source>added by hand</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <location filename="../ui/model_picker.py" line="47"/>
        <location filename="../ui/model_picker.py" line="49"/>
        <source>Search models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_picker.py" line="54"/>
        <source>All on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_picker.py" line="55"/>
        <source>Switch on every model shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_picker.py" line="56"/>
        <source>All off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_picker.py" line="57"/>
        <source>Switch off every model shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_picker.py" line="68"/>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_picker.py" line="72"/>
        <source>Model id, e.g. gpt-4o-mini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_picker.py" line="73"/>
        <source>Model id to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_picker.py" line="74"/>
        <source>Add by id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_picker.py" line="79"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_picker.py" line="80"/>
        <source>Remove the selected models from this list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_picker.py" line="89"/>
        <source>Models switched on</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/model_picker.py" line="163"/>
        <source>%n of %1 on</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/model_picker.py" line="165"/>
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
        <location filename="../ui/wizard/models_page.py" line="19"/>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/models_page.py" line="38"/>
        <source>Switch on the models your clients should offer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/models_page.py" line="42"/>
        <source>Type the ids of the models this gateway serves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/models_page.py" line="45"/>
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
        <location filename="../ui/main_window.py" line="86"/>
        <source>Model to check</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../ui/app.py" line="153"/>
        <source>Settings file damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="154"/>
        <source>The providers file could not be read. It was kept as {0}; starting with an empty list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="202"/>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="204"/>
        <source>Something went wrong. Your providers are safe; the app keeps running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="209"/>
        <source>If you report this, copy the details below (tokens are masked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="215"/>
        <source>Copy report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../ui/messages.py" line="76"/>
        <source>Paste the gateway&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="77"/>
        <source>This looks like a token, not an address: it belongs on the token page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="80"/>
        <source>Only http:// and https:// addresses can be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="83"/>
        <source>Remove the user name and password from the address; the token has its own field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="87"/>
        <source>The address has no valid host name or IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="90"/>
        <source>The port must be a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="91"/>
        <source>This is too long to be a server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="98"/>
        <source>removed spaces, quotes or punctuation around the address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="101"/>
        <source>removed spaces inside the address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="102"/>
        <source>changed full-width characters (from a Chinese input method) to normal ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="105"/>
        <source>turned backslashes into slashes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="106"/>
        <source>repaired the scheme: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="107"/>
        <source>wrote the scheme in lower case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="108"/>
        <source>IP address or local name without a scheme: using http://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="111"/>
        <source>no scheme given: using https:// for a public host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="114"/>
        <source>wrote the host name in lower case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="115"/>
        <source>converted the international host name to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="118"/>
        <source>removed the dot at the end of the host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="121"/>
        <source>removed :{0}, the default port of this scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="124"/>
        <source>removed a colon with no port after it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="125"/>
        <source>removed {0}: the app adds it itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="128"/>
        <source>removed {0}: that is the console page, not the API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="131"/>
        <source>removed {0}: only the server&apos;s root is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="134"/>
        <source>kept {0}: the API sits under this path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="135"/>
        <source>removed the query {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="136"/>
        <source>removed {0}: that is a page of the web console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="139"/>
        <source>removed the slash at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="149"/>
        <source>No scheme was given; {0}:// answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="152"/>
        <source>No scheme was given; https:// did not answer, so http:// is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="155"/>
        <source>The server lists no models for this token; add model ids by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="158"/>
        <source>{0} duplicate model ids were listed once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="161"/>
        <source>{0} entries of the list were not usable model ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="164"/>
        <source>Plain http to a remote host: the token travels unencrypted. Use https if the server offers it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="169"/>
        <source>Not a OneAPI or NewAPI gateway; treated as a plain OpenAI-compatible server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="180"/>
        <source>OpenAI-compatible server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="181"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="186"/>
        <source>The server said: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="192"/>
        <source>This address cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="195"/>
        <source>This token cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="197"/>
        <source>Copy the token again from the gateway console&apos;s token page (令牌).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="200"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="200"/>
        <source>The check was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="203"/>
        <source>This server speaks plain http, not https, on this port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="205"/>
        <source>This server redirects http to https.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="208"/>
        <source>Wrong scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="210"/>
        <location filename="../ui/messages.py" line="224"/>
        <source>Use {0} instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="215"/>
        <source>No API at this address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="219"/>
        <source>The server has no API under this path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="226"/>
        <source>Use the server&apos;s root address, without /v1 or console paths.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="231"/>
        <source>The token was not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="232"/>
        <source>The server refused the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="233"/>
        <source>Copy the token again from the console&apos;s token page (令牌); check that it is enabled, not expired and has quota left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="241"/>
        <source>The token is not allowed to do this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="242"/>
        <source>The server refused the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="243"/>
        <source>The token may be limited to some IP ranges or models; check it in the console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="250"/>
        <source>Wait {0} s and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="252"/>
        <source>Wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="254"/>
        <source>Too many requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="257"/>
        <source>The server had an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="258"/>
        <location filename="../ui/messages.py" line="264"/>
        <source>HTTP {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="259"/>
        <source>If it names a model, no channel of the gateway may serve that model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="263"/>
        <source>The server refused the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="268"/>
        <source>The token would travel unencrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="269"/>
        <source>{0} answers only over plain http, and it is not on your own network: anyone on the way could read the token. It was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="274"/>
        <source>Use https if the gateway offers it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="279"/>
        <source>The certificate has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="280"/>
        <source>The server&apos;s certificate has expired or is not valid yet. A CA file cannot help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="285"/>
        <source>Ask the gateway&apos;s operator to renew it; check your clock too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="289"/>
        <source>The certificate is for another host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="290"/>
        <source>The server&apos;s certificate was issued for another host name than the one in the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="295"/>
        <source>Use the host name the certificate was issued for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="299"/>
        <source>No https on this port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="300"/>
        <source>The server answered in plain text: it does not speak https here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="301"/>
        <source>Check the port, or type http:// if the gateway uses plain http.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="305"/>
        <source>The certificate is not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="306"/>
        <source>The server&apos;s certificate is self-signed or from an unknown authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="310"/>
        <source>Install the gateway&apos;s CA in your system, or use the CA-file option.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="316"/>
        <source>The secure connection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="317"/>
        <source>The connection was cut during the TLS handshake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="318"/>
        <source>Check the port and your network, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="323"/>
        <source>The server&apos;s name could not be found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="324"/>
        <source>Check the host name for typos, and your network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="327"/>
        <source>Nothing answers at this address and port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="328"/>
        <source>Check the port, and that the gateway is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="331"/>
        <source>The server did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="332"/>
        <source>Check the address and your network; the server may be busy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="335"/>
        <source>The server closed the connection without an answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="336"/>
        <source>Check the port and the scheme (http or https).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="339"/>
        <source>The server could not be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="340"/>
        <source>Check the address and your network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="343"/>
        <source>The server cannot be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="347"/>
        <source>This is a web page, not the API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="348"/>
        <source>The address shows a web page (probably the gateway&apos;s console).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="349"/>
        <source>Use the root address; the app adds /v1 itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="352"/>
        <source>Not an OpenAI-compatible API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="353"/>
        <source>The server&apos;s answer is not an OpenAI-style model list or reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="354"/>
        <source>Check that the address is the gateway&apos;s API, not another web site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="358"/>
        <source>Redirect not followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="359"/>
        <source>The server redirects elsewhere ({0}); the token was not sent there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="362"/>
        <source>If you trust that address, use it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="366"/>
        <source>The answer is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="367"/>
        <source>The server&apos;s answer was cut off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="370"/>
        <source>The gateway check failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="373"/>
        <source>No keychain available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="374"/>
        <source>The token can only be saved in the system keychain, and none is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="378"/>
        <source>Start and unlock a keychain (GNOME Keyring or KWallet), then try again. Tokens are never stored in plain text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="386"/>
        <source>The keychain is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="387"/>
        <source>The system keychain is locked or the unlock was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="388"/>
        <source>Unlock your keychain (the login keyring) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="392"/>
        <source>The keychain does not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="393"/>
        <source>The system keychain did not answer in time; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="394"/>
        <source>The keychain service may be stalled: restart it or log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="398"/>
        <source>The keychain keeps nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="399"/>
        <source>The keychain accepted the token but does not give it back, so it was not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="403"/>
        <source>Set up a system keychain (GNOME Keyring or KWallet), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="407"/>
        <source>Token missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="408"/>
        <source>The keychain holds no token for “{0}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="409"/>
        <source>Use Replace… to give the provider its token again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="413"/>
        <source>That is a token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="414"/>
        <source>This field holds a token. A token goes only in the token field, where it is kept in the keychain; names, addresses and model ids are saved in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="419"/>
        <source>Type a name or id instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="423"/>
        <source>The keychain failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="425"/>
        <source>Check your system keychain and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="429"/>
        <source>Name already used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="430"/>
        <source>A provider named “{0}” already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="431"/>
        <source>Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="435"/>
        <source>Provider not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="436"/>
        <source>There is no provider named “{0}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="439"/>
        <source>The settings file was damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="442"/>
        <source>The settings could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="444"/>
        <source>Check the free space and permissions of the config folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="447"/>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="449"/>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="451"/>
        <source>Please report this as a bug.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
