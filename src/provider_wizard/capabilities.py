"""What a model can do and whose it is, from its id (and the gateway's endpoint types).

Gateways list hundreds of ids with nothing but the id; NewAPI adds
``supported_endpoint_types`` (openai, openai-response, anthropic, gemini, jina-rerank,
image-generation, embeddings, openai-video). The endpoint types are taken first where given;
otherwise one ordered rule table of id patterns decides, tested on the ids the big gateways
list. The table is the only place these rules live: the model list's chips and tabs, the
first fetch's defaults, "switch on recommended" and the check that picks a request by type
all read it.
"""

from __future__ import annotations

import dataclasses
import enum
import functools
import re
from collections.abc import Iterable, Sequence

from .text import Text

__all__ = [
    "Family",
    "Kind",
    "Profile",
    "Tag",
    "profile",
    "recommended",
]


class Tag(enum.Enum):
    CHAT = "chat"
    REASONING = "reasoning"
    VISION = "vision"
    TOOLS = "tools"
    EMBEDDING = "embedding"
    RERANK = "rerank"
    IMAGE = "image"
    AUDIO = "audio"


class Kind(enum.Enum):
    """Which request checks the model: a chat completion, an embedding, or none we can send."""

    CHAT = "chat"
    EMBEDDING = "embedding"
    RERANK = "rerank"
    IMAGE = "image"
    SPEECH = "speech"  # text to speech
    TRANSCRIPTION = "transcription"  # speech to text
    VIDEO = "video"
    MODERATION = "moderation"


class Family(enum.Enum):
    OPENAI = "openai"
    CLAUDE = "claude"
    GEMINI = "gemini"
    DEEPSEEK = "deepseek"
    QWEN = "qwen"
    GLM = "glm"
    MOONSHOT = "moonshot"
    DOUBAO = "doubao"
    LLAMA = "llama"
    MISTRAL = "mistral"
    OTHER = "other"


FAMILY_NAMES = {
    Family.OPENAI: "OpenAI",
    Family.CLAUDE: "Claude",
    Family.GEMINI: "Gemini",
    Family.DEEPSEEK: "DeepSeek",
    Family.QWEN: "Qwen",
    Family.GLM: "GLM",
    Family.MOONSHOT: "Moonshot / Kimi",
    Family.DOUBAO: "Doubao",
    Family.LLAMA: "Llama",
    Family.MISTRAL: "Mistral",
    Family.OTHER: Text("Others"),
}


# A tag's name as the list's chips and the refresh report show it.
TAG_NAMES = {
    Tag.CHAT: Text("chat"),
    Tag.REASONING: Text("reasoning"),
    Tag.VISION: Text("vision"),
    Tag.TOOLS: Text("tools"),
    Tag.EMBEDDING: Text("embedding"),
    Tag.RERANK: Text("rerank"),
    Tag.IMAGE: Text("image"),
    Tag.AUDIO: Text("audio"),
}


@dataclasses.dataclass(frozen=True)
class Profile:
    kind: Kind
    family: Family
    tags: frozenset[Tag]

    @property
    def is_chat(self) -> bool:
        return self.kind is Kind.CHAT


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


# Kind, first match wins; everything else is a chat model.
_KIND_RULES: tuple[tuple[re.Pattern[str], Kind], ...] = (
    (_rx(r"rerank"), Kind.RERANK),
    (_rx(r"embed|^bge-|[/-]bge-|^e5-|^gte-|^m3e|text-similarity"), Kind.EMBEDDING),
    (_rx(r"moderation"), Kind.MODERATION),
    (
        _rx(r"whisper|transcri|^asr|[-/]asr|paraformer|sensevoice|speech-to-text|stt-"),
        Kind.TRANSCRIPTION,
    ),
    (
        _rx(r"(^|[-/_])tts|text-to-speech|cosyvoice|speech-\d|fish-speech|-audio-preview-tts"),
        Kind.SPEECH,
    ),
    (_rx(r"sora|veo-?\d|kling|hailuo|video|jimeng-v|seedance|wan\d?\.\d-t2v|t2v|i2v"), Kind.VIDEO),
    (
        _rx(
            r"dall-e|gpt-image|flux|stable-diffusion|sdxl|sd3|midjourney|^mj[_-]|imagen|"
            r"seedream|cogview|wanx|kolors|ideogram|recraft|playground-v|image-gen|"
            r"-image(-preview)?$|text-to-image|hunyuan-image|qwen-image"
        ),
        Kind.IMAGE,
    ),
)

_REASONING = _rx(
    r"(^|[/-])o[134](-|$)|[-_]r1\b|-r1-|deepseek-reasoner|reason|thinking|qwq|qvq|gpt-5|"
    r"claude-3-7|claude-(opus|sonnet)-4|claude-4|gemini-2\.5|gemini-3|grok-3-mini|grok-4|"
    r"magistral|kimi-k2-thinking|glm-4\.[5-9]|glm-z1|doubao-seed-1\.6|hunyuan-t1|minimax-m"
)
_VISION = _rx(
    r"vision|[-_]vl\b|-vl-|vl-|gpt-4o|gpt-4\.1|gpt-4-turbo|gpt-5|(^|[/-])o1(-|$)(?!.*mini)|"
    r"(^|[/-])o3(-|$)|o4-mini|claude-3|claude-(opus|sonnet|haiku)-4|claude-4|gemini|qvq|"
    r"glm-4v|glm-4\.5v|llava|pixtral|internvl|minicpm-v|llama-3\.2-(11|90)b|llama-4|"
    r"grok-2-vision|grok-4|step-1v|step-1o|kimi-latest|moonshot-v1-.*-vision|doubao-seed|omni"
)
_TOOLS = _rx(
    r"gpt-4|gpt-3\.5-turbo|gpt-5|(^|[/-])o[34](-|$)|o4-mini|claude-3|claude-.*4|claude-4|"
    r"gemini|qwen|glm-4|deepseek-(chat|v3)|moonshot|kimi|doubao|mistral-(large|small|medium)|"
    r"llama-3\.[13]|llama-4|grok|command-r|hunyuan|minimax|ernie-4"
)

_FAMILY_RULES: tuple[tuple[re.Pattern[str], Family], ...] = (
    (_rx(r"claude"), Family.CLAUDE),
    (_rx(r"gemini|gemma|imagen|veo-?\d"), Family.GEMINI),
    (_rx(r"deepseek"), Family.DEEPSEEK),
    (_rx(r"qwen|qwq|qvq|wanx|tongyi|(^|[/-])wan\d"), Family.QWEN),
    (_rx(r"glm|cogview|cogvideo|zhipu|chatglm"), Family.GLM),
    (_rx(r"moonshot|kimi"), Family.MOONSHOT),
    (_rx(r"doubao|seedream|seedance|(^|[/-])seed-|skylark"), Family.DOUBAO),
    (_rx(r"llama"), Family.LLAMA),
    (_rx(r"mistral|mixtral|codestral|pixtral|magistral|ministral|devstral"), Family.MISTRAL),
    (
        _rx(
            r"^(gpt|chatgpt|o1|o3|o4|dall-e|whisper|tts-|text-embedding-(3|ada)|davinci|babbage|"
            r"omni-moderation|text-moderation|sora|codex)|gpt-image|(^|/)openai/|gpt-oss"
        ),
        Family.OPENAI,
    ),
)

_ENDPOINT_KIND = {
    "embeddings": Kind.EMBEDDING,
    "jina-rerank": Kind.RERANK,
    "image-generation": Kind.IMAGE,
    "openai-video": Kind.VIDEO,
}
_CHAT_ENDPOINTS = frozenset({"openai", "openai-response", "anthropic", "gemini"})
_KIND_TAG = {
    Kind.EMBEDDING: Tag.EMBEDDING,
    Kind.RERANK: Tag.RERANK,
    Kind.IMAGE: Tag.IMAGE,
    Kind.SPEECH: Tag.AUDIO,
    Kind.TRANSCRIPTION: Tag.AUDIO,
}


def _name(model_id: str) -> str:
    """The id without a router's prefix ("accounts/fireworks/models/x", "@cf/meta/x")."""
    return model_id.rsplit("/", 1)[-1] if "/" in model_id else model_id


@functools.lru_cache(maxsize=65536)
def profile(model_id: str, endpoint_types: tuple[str, ...] | None = None) -> Profile:
    """The kind, family and tags of a model, from the gateway's endpoint types or its id.

    Remembered per (id, endpoint types): a list of thousands is profiled once (on a worker,
    where the list is fetched or loaded), and the model list's filter and groups then cost
    a look-up per id.
    """
    name = _name(model_id)
    kind = _kind(model_id, name, endpoint_types)
    family = next((f for rx, f in _FAMILY_RULES if rx.search(model_id)), Family.OTHER)
    tags: set[Tag] = set()
    if kind is Kind.CHAT:
        tags.add(Tag.CHAT)
        for rx, tag in ((_REASONING, Tag.REASONING), (_VISION, Tag.VISION), (_TOOLS, Tag.TOOLS)):
            if rx.search(name):
                tags.add(tag)
        if "audio" in name.lower():
            tags.add(Tag.AUDIO)
    elif kind in _KIND_TAG:
        tags.add(_KIND_TAG[kind])
    found = Profile(kind, family, frozenset(tags))
    # One object per distinct profile (a few dozen), not one per id: the cache above keeps
    # them for good, and 20,000 more objects for a list of 10,000 made every full pass of
    # the garbage collector (a UI stall while it runs) a quarter longer.
    return _PROFILES.setdefault(found, found)


_PROFILES: dict[Profile, Profile] = {}


def _kind(model_id: str, name: str, endpoint_types: Sequence[str] | None) -> Kind:
    if endpoint_types:
        types = {t.lower() for t in endpoint_types}
        for endpoint, kind in _ENDPOINT_KIND.items():
            if endpoint in types:
                return kind
        if types & _CHAT_ENDPOINTS:
            return Kind.CHAT
    for rx, kind in _KIND_RULES:
        if rx.search(name) or rx.search(model_id):
            return kind
    return Kind.CHAT


_DATE = re.compile(r"(?<!\d)(20\d{2})-?(\d{2})-?(\d{2})(?!\d)|(?<!\d)(\d{4})(?!\d)")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_SMALL = re.compile(r"mini|nano|lite|flash-lite|tiny|small|haiku|-8b|-7b|-3b|-1\.5b|air\b", re.I)


def _newness(model_id: str) -> tuple[tuple[int, ...], str, int]:
    """A key that sorts an id later the newer it looks: its version, its date, its size."""
    name = _name(model_id)
    dates = [m.group(0) for m in _DATE.finditer(name)]
    bare = _DATE.sub(" ", name)
    # "4.1" is (4, 1) and "4.10" is (4, 10): version parts compare as whole numbers.
    version = tuple(int(part) for n in _NUMBER.findall(bare)[:2] for part in n.split("."))
    return version, max(dates, default=""), 0 if _SMALL.search(name) else 1


def recommended(models: Iterable[tuple[str, tuple[str, ...] | None]]) -> list[str]:
    """The newest chat model of each family, from the ids alone (for "switch on recommended")."""
    best: dict[Family, str] = {}
    for model_id, endpoints in models:
        p = profile(model_id, endpoints)
        if not p.is_chat:
            continue
        current = best.get(p.family)
        if current is None or _newness(model_id) > _newness(current):
            best[p.family] = model_id
    return [best[f] for f in Family if f in best]
