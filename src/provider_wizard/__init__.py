"""Provider Wizard: wire an OpenAI-compatible LLM gateway (OneAPI, NewAPI, LiteLLM...) into a client.

The core (this package minus ``ui/``) is Qt-free: URL normalization, the gateway client, the
store and the keychain. The desktop app in ``ui/`` and the command line in ``cli.py`` sit on it.
"""

__version__ = "0.1.0"
