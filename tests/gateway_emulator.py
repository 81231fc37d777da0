"""The tests' name for the gateway emulator, which lives in the package (the demo uses it)."""

from provider_wizard.emulator import GatewayEmulator, TokenSpec, make_key, oneapi_model

__all__ = ["GatewayEmulator", "TokenSpec", "make_key", "oneapi_model"]
