"""A gateway to try Provider Wizard with, no account needed: the emulator as a NewAPI.

``provider-wizard demo-gateway [--port N]`` runs it alone and prints its address and its demo
token; ``provider-wizard --demo`` runs it inside the app, with a throw-away store and an
in-memory keychain, and opens the wizard with that address and token (ui/app.py). Everything
answers on 127.0.0.1 only: the demo token opens nothing anywhere else.
"""

from __future__ import annotations

import dataclasses

from .emulator import GatewayEmulator, TokenSpec, make_key

__all__ = ["DEMO_MODELS", "Demo", "start_demo"]

DEMO_MODELS = [
    "gpt-4o", "gpt-4o-mini", "o3-mini", "text-embedding-3-small", "dall-e-3", "whisper-1",
    "claude-3-7-sonnet-20250219", "claude-3-5-haiku-20241022", "gemini-2.0-flash",
    "deepseek-chat", "deepseek-reasoner", "qwen-max", "qwen-vl-max", "glm-4-plus",
    "moonshot-v1-32k", "doubao-pro-32k", "llama-3.3-70b-instruct", "bge-reranker-v2-m3",
]  # fmt: skip


@dataclasses.dataclass(frozen=True)
class Demo:
    gateway: GatewayEmulator
    token: str

    @property
    def address(self) -> str:
        return self.gateway.base_url

    def stop(self) -> None:
        self.gateway.stop()


def start_demo(port: int = 0) -> Demo:
    """Start the demo gateway on 127.0.0.1 (``port`` 0: a free one); stop it with ``stop()``."""
    gateway = GatewayEmulator(flavour="newapi-later", models=list(DEMO_MODELS), port=port)
    gateway.system_name = "Demo NewAPI"
    gateway.top_up_link = ""
    key = make_key("provider-wizard-demo")
    # A token with a balance, an expiry a month away and no model whitelist: every screen
    # (balance, warnings, models, checks, exports) has something to show.
    import time

    gateway.tokens[key] = TokenSpec(
        remain_quota=3_500_000, used_quota=1_500_000, expires_at=int(time.time()) + 30 * 86_400
    )
    gateway.start()
    return Demo(gateway, "sk-" + key)
