"""Provider Wizard: wire an OpenAI-compatible gateway (OneAPI, NewAPI, LiteLLM...) into clients.

The core (this package minus ``ui/``) is Qt-free: URL normalization, the gateway client, the
store and the keychain. The desktop app in ``ui/`` and the command line in ``cli.py`` sit on it.
"""

__version__ = "0.1.0"
