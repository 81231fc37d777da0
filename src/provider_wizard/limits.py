"""The sizes Provider Wizard enforces wherever the same thing is typed, parsed or stored.

Kept apart from schemas.py so that the UI can apply them without importing pydantic at start.
"""

# The store document's version (schemas.py): here, so that a quick read of the store (the
# CLI's list) can tell whether it may skip validation without importing pydantic.
SCHEMA_VERSION = 2

MAX_NAME_LENGTH = 100
# Real model ids are short ("gpt-4o-mini", "accounts/fireworks/models/llama-v3p1-405b-instruct");
# anything longer is junk from a broken server that would only break list views.
MAX_MODEL_ID_LENGTH = 256
# A provider's model list: the largest real gateways list a few thousand; a million ids from a
# hostile server would cost seconds and a gigabyte at every load of the store.
MAX_MODELS = 20_000
# Token labels are short names ("default", "team", "backup"); a provider holds a handful.
MAX_LABEL_LENGTH = 60
MAX_TOKENS = 50
