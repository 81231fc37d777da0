"""A checked provider, written the way each client or script takes it: the hub's formats.

Each target turns one provider (its root address, its enabled models, and a token or a
placeholder) into text: shell variables, a ``.env`` file, a ready curl or Python request, a
LiteLLM proxy ``model_list``, a LibreChat custom endpoint. Without the token the text holds a
placeholder (``$OPENAI_API_KEY`` in shell forms, ``<token>`` elsewhere), so nothing secret
is printed unless asked. URL building is urls.py's; this module only formats.

``exec_env`` gives the variables ``provider-wizard exec`` sets for a command, read from the
keychain for that command alone (as ``aws-vault exec`` and ``op run`` do).
"""

from __future__ import annotations

import json
import shlex
from collections.abc import Callable, Sequence

from .errors import InvalidInput
from .links import LINK_TARGETS
from .text import Text

TYPE_CHECKING = False  # typing is for the type checker only (a command-line start's ms)

if TYPE_CHECKING:
    from .schemas import Provider

__all__ = [
    "LINKS",
    "PLACEHOLDER",
    "SHELL_PLACEHOLDER",
    "TARGETS",
    "Export",
    "api_base",
    "exec_env",
    "render",
    "write_private",
]

PLACEHOLDER = "<token>"
SHELL_PLACEHOLDER = "$OPENAI_API_KEY"


class Export:
    """What a target writes. (A plain class: dataclasses would cost the CLI's parser, which
    lists the targets, an import of inspect.)"""

    __slots__ = ("filename", "secret", "text")

    def __init__(self, text: str, filename: str | None = None, secret: bool = False) -> None:
        self.text = text
        self.filename = filename  # a suggested file name, for targets that are files
        self.secret = secret  # True when ``text`` holds the token

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Export) and (self.text, self.filename, self.secret) == (
            other.text,
            other.filename,
            other.secret,
        )

    def __hash__(self) -> int:
        return hash((self.text, self.filename, self.secret))

    def __repr__(self) -> str:
        return f"Export(filename={self.filename!r}, secret={self.secret!r})"  # never the text


def api_base(provider: Provider) -> str:
    """The OpenAI SDKs' base address: the provider's root plus ``/v1``."""
    return provider.base_url.rstrip("/") + "/v1"


def _model(provider: Provider, model: str | None) -> str:
    """The model a target names: the one asked for, else the first enabled one."""
    enabled = provider.enabled_model_ids
    if model is not None:
        if provider.model(model) is None:
            raise InvalidInput(Text("The provider has no model “{model}”.", model=model))
        return model
    if not enabled:
        raise InvalidInput(Text("“{name}” has no model switched on to use.", name=provider.name))
    return enabled[0]


def exec_env(provider: Provider, token: str, model: str | None = None) -> dict[str, str]:
    """The variables of the ``env`` target, with the token: what ``exec`` sets."""
    env = {
        "OPENAI_BASE_URL": api_base(provider),
        "OPENAI_API_BASE": api_base(provider),
        "OPENAI_API_KEY": token,
    }
    if model is not None:
        env["OPENAI_MODEL"] = _model(provider, model)
    return env


def _env_pairs(provider: Provider, token: str | None, model: str | None) -> list[tuple[str, str]]:
    pairs = [
        ("OPENAI_BASE_URL", api_base(provider)),
        ("OPENAI_API_BASE", api_base(provider)),
        ("OPENAI_API_KEY", token if token is not None else SHELL_PLACEHOLDER),
    ]
    if model is not None:
        pairs.append(("OPENAI_MODEL", _model(provider, model)))
    return pairs


def _posix(provider: Provider, token: str | None, model: str | None) -> Export:
    lines = []
    for name, value in _env_pairs(provider, token, model):
        # The placeholder stays a reference to the variable the user already has.
        quoted = f'"{value}"' if value == SHELL_PLACEHOLDER else shlex.quote(value)
        lines.append(f"export {name}={quoted}")
    return Export("\n".join(lines) + "\n", secret=token is not None)


def _fish(provider: Provider, token: str | None, model: str | None) -> Export:
    lines = []
    for name, value in _env_pairs(provider, token, model):
        quoted = value if value == SHELL_PLACEHOLDER else "'" + value.replace("'", "\\'") + "'"
        lines.append(f"set -gx {name} {quoted}")
    return Export("\n".join(lines) + "\n", secret=token is not None)


def _powershell(provider: Provider, token: str | None, model: str | None) -> Export:
    lines = []
    for name, value in _env_pairs(provider, token, model):
        quoted = (
            "$env:OPENAI_API_KEY"
            if value == SHELL_PLACEHOLDER
            else "'" + value.replace("'", "''") + "'"
        )
        lines.append(f"$env:{name} = {quoted}")
    return Export("\n".join(lines) + "\n", secret=token is not None)


def _dotenv(provider: Provider, token: str | None, model: str | None) -> Export:
    lines = []
    for name, value in _env_pairs(provider, token, model):
        value = PLACEHOLDER if value == SHELL_PLACEHOLDER else value
        lines.append(f"{name}={json.dumps(value)}")
    return Export("\n".join(lines) + "\n", filename=".env", secret=token is not None)


def _curl(provider: Provider, token: str | None, model: str | None) -> Export:
    body = json.dumps(
        {"model": _model(provider, model), "messages": [{"role": "user", "content": "Hi"}]}
    )
    auth = f"Bearer {token}" if token is not None else "Bearer $OPENAI_API_KEY"
    text = (
        f"curl {shlex.quote(api_base(provider) + '/chat/completions')} \\\n"
        f'  -H "Authorization: {auth}" \\\n'
        f"  -H 'Content-Type: application/json' \\\n"
        f"  -d {shlex.quote(body)}\n"
    )
    return Export(text, secret=token is not None)


def _python(provider: Provider, token: str | None, model: str | None) -> Export:
    key = repr(token) if token is not None else 'os.environ["OPENAI_API_KEY"]'
    text = (
        "import os\n\n"
        "from openai import OpenAI\n\n"
        f"client = OpenAI(base_url={api_base(provider)!r}, api_key={key})\n"
        "reply = client.chat.completions.create(\n"
        f"    model={_model(provider, model)!r},\n"
        '    messages=[{"role": "user", "content": "Hi"}],\n'
        ")\n"
        "print(reply.choices[0].message.content)\n"
    )
    return Export(text, filename="check_gateway.py", secret=token is not None)


def _yaml_string(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)  # a JSON string is a valid YAML scalar


def _litellm(provider: Provider, token: str | None, model: str | None) -> Export:
    models = [model] if model is not None else provider.enabled_model_ids
    if not models:
        _model(provider, None)  # says that no model is on
    key = token if token is not None else "os.environ/OPENAI_API_KEY"
    lines = ["model_list:"]
    for model_id in models:
        lines += [
            f"  - model_name: {_yaml_string(model_id)}",
            "    litellm_params:",
            f"      model: {_yaml_string('openai/' + model_id)}",
            f"      api_base: {_yaml_string(api_base(provider))}",
            f"      api_key: {_yaml_string(key)}",
        ]
    return Export("\n".join(lines) + "\n", filename="config.yaml", secret=token is not None)


def _librechat(provider: Provider, token: str | None, model: str | None) -> Export:
    models = [model] if model is not None else provider.enabled_model_ids
    if not models:
        _model(provider, None)
    key = token if token is not None else "${OPENAI_API_KEY}"
    lines = [
        "version: 1.2.1",
        "endpoints:",
        "  custom:",
        f"    - name: {_yaml_string(provider.name)}",
        f"      apiKey: {_yaml_string(key)}",
        f"      baseURL: {_yaml_string(api_base(provider))}",
        "      models:",
        "        default:",
        *[f"          - {_yaml_string(m)}" for m in models],
        "        fetch: false",
        f"      modelDisplayLabel: {_yaml_string(provider.name)}",
    ]
    return Export("\n".join(lines) + "\n", filename="librechat.yaml", secret=token is not None)


Renderer = Callable[["Provider", "str | None", "str | None"], Export]

TARGETS: dict[str, Renderer] = {
    "env": _posix,
    "env-fish": _fish,
    "env-powershell": _powershell,
    "dotenv": _dotenv,
    "curl": _curl,
    "python": _python,
    "litellm": _litellm,
    "librechat": _librechat,
}


def _link(target: str) -> Callable[..., Export]:
    """A client's one-click import link (links.py), token or placeholder inside."""

    def render_link(
        provider: Provider, token: str | None, model: str | None, lobechat_url: str | None = None
    ) -> Export:
        from .links import build

        chosen = _model(provider, model) if model or provider.enabled_model_ids else None
        link = build(
            target,
            name=provider.name,
            root=provider.base_url,
            token=token if token is not None else PLACEHOLDER,
            models=provider.enabled_model_ids,
            model=chosen,
            lobechat_url=lobechat_url,
        )
        return Export(link, secret=token is not None)

    return render_link


for _target in LINK_TARGETS:
    TARGETS[_target] = _link(_target)
# What each target is called where a person picks one (the app's "Use in…").
TARGET_NAMES: dict[str, str] = {
    "cherry-studio": "Cherry Studio",
    "cc-switch-claude": Text("CC Switch (Claude Code)"),
    "cc-switch-codex": Text("CC Switch (Codex)"),
    "deepchat": "DeepChat",
    "aionui": "AionUI",
    "chatbox": "Chatbox",
    "lobechat": "LobeChat",
    "provider-wizard": Text("Provider Wizard link (to share)"),
    "env": Text("Shell variables (bash, zsh)"),
    "env-fish": Text("Shell variables (fish)"),
    "env-powershell": Text("Shell variables (PowerShell)"),
    "dotenv": Text(".env file"),
    "curl": Text("curl request"),
    "python": Text("Python (openai SDK)"),
    "litellm": Text("LiteLLM proxy config"),
    "librechat": Text("LibreChat endpoint"),
}
# The targets whose text is a link to open (--open), not a file or lines to paste.
LINKS = frozenset(t for t in TARGETS if TARGETS[t].__name__ == "render_link")


def render(
    provider: Provider,
    target: str,
    *,
    token: str | None = None,
    model: str | None = None,
    lobechat_url: str | None = None,
) -> Export:
    """``provider`` as ``target`` writes it; ``token`` None writes the placeholder instead."""
    if target in LINKS:
        return _link(target)(provider, token, model, lobechat_url)
    renderer = TARGETS.get(target)
    if renderer is None:
        raise InvalidInput(
            Text(
                "There is no export target “{target}”; the targets are: {names}.",
                target=target,
                names=", ".join(sorted(TARGETS)),
            )
        )
    return renderer(provider, token, model)


def targets() -> Sequence[str]:
    return sorted(TARGETS)


def write_private(path: str, text: str, *, force: bool) -> None:
    """Write a file only its owner can read; never over an existing one unless ``force``."""
    import os

    flags = os.O_WRONLY | os.O_CREAT | (os.O_TRUNC if force else os.O_EXCL)
    try:
        fd = os.open(path, flags, 0o600)
    except FileExistsError:
        raise InvalidInput(
            Text("{path} exists already; add --force to replace it.", path=path)
        ) from None
    except OSError as exc:
        raise InvalidInput(
            Text("Could not write {path}: {reason}.", path=path, reason=exc.strerror or exc)
        ) from None
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(text)
    os.chmod(path, 0o600)  # an existing file replaced with --force keeps no wider mode
