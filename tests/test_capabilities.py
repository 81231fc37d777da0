"""The capability table on ids the big gateways list (OneAPI, NewAPI, LiteLLM, OpenRouter)."""

from __future__ import annotations

import pytest

from provider_wizard.capabilities import Family, Kind, Tag, profile, recommended

CASES = [
    # id, kind, family, tags that must be there
    ("gpt-4o", Kind.CHAT, Family.OPENAI, {Tag.CHAT, Tag.VISION, Tag.TOOLS}),
    ("gpt-4o-mini-2024-07-18", Kind.CHAT, Family.OPENAI, {Tag.CHAT, Tag.VISION, Tag.TOOLS}),
    ("o3-mini", Kind.CHAT, Family.OPENAI, {Tag.CHAT, Tag.REASONING}),
    ("o1", Kind.CHAT, Family.OPENAI, {Tag.REASONING, Tag.VISION}),
    ("gpt-5", Kind.CHAT, Family.OPENAI, {Tag.REASONING, Tag.VISION, Tag.TOOLS}),
    ("gpt-3.5-turbo", Kind.CHAT, Family.OPENAI, {Tag.CHAT, Tag.TOOLS}),
    ("gpt-4o-audio-preview", Kind.CHAT, Family.OPENAI, {Tag.CHAT, Tag.AUDIO}),
    ("text-embedding-3-small", Kind.EMBEDDING, Family.OPENAI, {Tag.EMBEDDING}),
    ("text-embedding-ada-002", Kind.EMBEDDING, Family.OPENAI, {Tag.EMBEDDING}),
    ("dall-e-3", Kind.IMAGE, Family.OPENAI, {Tag.IMAGE}),
    ("gpt-image-1", Kind.IMAGE, Family.OPENAI, {Tag.IMAGE}),
    ("whisper-1", Kind.TRANSCRIPTION, Family.OPENAI, {Tag.AUDIO}),
    ("tts-1-hd", Kind.SPEECH, Family.OPENAI, {Tag.AUDIO}),
    ("omni-moderation-latest", Kind.MODERATION, Family.OPENAI, set()),
    ("claude-3-5-sonnet-20241022", Kind.CHAT, Family.CLAUDE, {Tag.VISION, Tag.TOOLS}),
    ("claude-3-7-sonnet-20250219-thinking", Kind.CHAT, Family.CLAUDE, {Tag.REASONING}),
    ("claude-sonnet-4-20250514", Kind.CHAT, Family.CLAUDE, {Tag.REASONING, Tag.VISION}),
    ("gemini-2.0-flash", Kind.CHAT, Family.GEMINI, {Tag.VISION, Tag.TOOLS}),
    ("gemini-2.5-pro", Kind.CHAT, Family.GEMINI, {Tag.REASONING}),
    ("text-embedding-004", Kind.EMBEDDING, Family.OTHER, {Tag.EMBEDDING}),
    ("imagen-3.0-generate-002", Kind.IMAGE, Family.GEMINI, {Tag.IMAGE}),
    ("deepseek-chat", Kind.CHAT, Family.DEEPSEEK, {Tag.CHAT, Tag.TOOLS}),
    ("deepseek-reasoner", Kind.CHAT, Family.DEEPSEEK, {Tag.REASONING}),
    ("deepseek-r1-distill-qwen-32b", Kind.CHAT, Family.DEEPSEEK, {Tag.REASONING}),
    ("qwen-max", Kind.CHAT, Family.QWEN, {Tag.CHAT, Tag.TOOLS}),
    ("qwen-vl-max", Kind.CHAT, Family.QWEN, {Tag.VISION}),
    ("qwq-32b", Kind.CHAT, Family.QWEN, {Tag.REASONING}),
    ("text-embedding-v3", Kind.EMBEDDING, Family.OTHER, {Tag.EMBEDDING}),
    ("gte-rerank", Kind.RERANK, Family.OTHER, {Tag.RERANK}),
    ("wanx-v1", Kind.IMAGE, Family.QWEN, {Tag.IMAGE}),
    ("paraformer-realtime-v2", Kind.TRANSCRIPTION, Family.OTHER, {Tag.AUDIO}),
    ("cosyvoice-v1", Kind.SPEECH, Family.OTHER, {Tag.AUDIO}),
    ("glm-4-plus", Kind.CHAT, Family.GLM, {Tag.CHAT, Tag.TOOLS}),
    ("glm-4v-plus", Kind.CHAT, Family.GLM, {Tag.VISION}),
    ("glm-4.5", Kind.CHAT, Family.GLM, {Tag.REASONING}),
    ("cogview-3-plus", Kind.IMAGE, Family.GLM, {Tag.IMAGE}),
    ("embedding-3", Kind.EMBEDDING, Family.OTHER, {Tag.EMBEDDING}),
    ("moonshot-v1-8k", Kind.CHAT, Family.MOONSHOT, {Tag.CHAT, Tag.TOOLS}),
    ("kimi-k2-0905-preview", Kind.CHAT, Family.MOONSHOT, {Tag.CHAT}),
    ("doubao-pro-32k", Kind.CHAT, Family.DOUBAO, {Tag.CHAT, Tag.TOOLS}),
    ("doubao-seedream-3-0-t2i-250415", Kind.IMAGE, Family.DOUBAO, {Tag.IMAGE}),
    ("doubao-embedding-large-text-240915", Kind.EMBEDDING, Family.DOUBAO, {Tag.EMBEDDING}),
    ("llama-3.3-70b-instruct", Kind.CHAT, Family.LLAMA, {Tag.CHAT, Tag.TOOLS}),
    ("accounts/fireworks/models/llama-v3p1-405b-instruct", Kind.CHAT, Family.LLAMA, {Tag.CHAT}),
    ("@cf/meta/llama-3.2-11b-vision-instruct", Kind.CHAT, Family.LLAMA, {Tag.VISION}),
    ("mistral-large-latest", Kind.CHAT, Family.MISTRAL, {Tag.CHAT, Tag.TOOLS}),
    ("pixtral-12b-2409", Kind.CHAT, Family.MISTRAL, {Tag.VISION}),
    ("mistral-embed", Kind.EMBEDDING, Family.MISTRAL, {Tag.EMBEDDING}),
    ("bge-m3", Kind.EMBEDDING, Family.OTHER, {Tag.EMBEDDING}),
    ("BAAI/bge-reranker-v2-m3", Kind.RERANK, Family.OTHER, {Tag.RERANK}),
    ("jina-embeddings-v3", Kind.EMBEDDING, Family.OTHER, {Tag.EMBEDDING}),
    ("flux-1.1-pro", Kind.IMAGE, Family.OTHER, {Tag.IMAGE}),
    ("sora-2", Kind.VIDEO, Family.OPENAI, set()),
    ("mj_imagine", Kind.IMAGE, Family.OTHER, {Tag.IMAGE}),
    ("grok-4", Kind.CHAT, Family.OTHER, {Tag.REASONING, Tag.VISION, Tag.TOOLS}),
    ("mock-gpt-4o", Kind.CHAT, Family.OTHER, {Tag.CHAT}),
]


@pytest.mark.parametrize(("model_id", "kind", "family", "tags"), CASES, ids=[c[0] for c in CASES])
def test_the_table_knows_the_ids_gateways_list(
    model_id: str, kind: Kind, family: Family, tags: set[Tag]
) -> None:
    p = profile(model_id)
    assert p.kind is kind
    assert p.family is family
    assert tags <= p.tags, sorted(t.value for t in p.tags)
    assert (Tag.CHAT in p.tags) is (kind is Kind.CHAT)


@pytest.mark.parametrize(
    ("endpoints", "kind"),
    [
        (("openai",), Kind.CHAT),
        (("openai", "anthropic"), Kind.CHAT),
        (("embeddings",), Kind.EMBEDDING),
        (("jina-rerank",), Kind.RERANK),
        (("image-generation",), Kind.IMAGE),
        (("openai-video",), Kind.VIDEO),
    ],
)
def test_the_gateways_endpoint_types_come_first(endpoints: tuple[str, ...], kind: Kind) -> None:
    # An id that would say "chat" by itself is what the gateway says it is.
    assert profile("house-model-7", endpoints).kind is kind


def test_recommended_is_the_newest_chat_model_of_each_family() -> None:
    ids = [
        "gpt-4o-2024-08-06",
        "gpt-4o-2024-11-20",
        "gpt-4.1-mini",
        "gpt-4.1",
        "text-embedding-3-large",
        "claude-3-5-sonnet-20241022",
        "claude-3-7-sonnet-20250219",
        "claude-3-5-haiku-20241022",
        "qwen-max",
        "qwen2.5-72b-instruct",
        "deepseek-chat",
        "dall-e-3",
    ]
    picked = recommended((i, None) for i in ids)
    assert "gpt-4.1" in picked
    assert "claude-3-7-sonnet-20250219" in picked
    assert "qwen2.5-72b-instruct" in picked and "deepseek-chat" in picked
    assert not {"text-embedding-3-large", "dall-e-3"} & set(picked)
    assert len(picked) == 4  # one per family
