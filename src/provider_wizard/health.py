"""Check many models of one provider at once: a one-token chat request each, a few at a time.

Gateways list hundreds of models, and a listed model can still fail (no channel serves it,
the token may not use it). Checking them one by one takes minutes; all at once would flood
the gateway. So a bounded pool (16 by default) sends the requests over one connection pool,
reports each result as it arrives, and stops starting new ones when cancelled.
"""

from __future__ import annotations

import dataclasses
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING

from .cancel import CancelToken
from .errors import Cancelled, Error, NotCheckable

if TYPE_CHECKING:
    from .gateway import ClientOptions
    from .schemas import Provider
    from .secretstore import SecretStore

__all__ = ["DEFAULT_CONCURRENCY", "ModelHealth", "check_models"]

DEFAULT_CONCURRENCY = 16


@dataclasses.dataclass(frozen=True)
class ModelHealth:
    model: str
    latency_ms: float
    error: Error | None = None  # None: the model answered (or was not checked)
    skipped: NotCheckable | None = None  # not a model a check request fits

    @property
    def ok(self) -> bool:
        return self.error is None and self.skipped is None


def check_models(
    provider: Provider,
    secrets: SecretStore,
    model_ids: Sequence[str],
    *,
    concurrency: int = DEFAULT_CONCURRENCY,
    options: ClientOptions | None = None,
    cancel: CancelToken | None = None,
    on_result: Callable[[ModelHealth], None] | None = None,
) -> list[ModelHealth]:
    """Check each model; results in the order they finished. Raises ``Cancelled`` if cancelled."""
    from .providers import check_with, client_for

    if concurrency < 1:
        raise ValueError("concurrency must be at least 1")
    cancel = cancel or CancelToken()
    results: list[ModelHealth] = []
    lock = threading.Lock()

    with client_for(provider, secrets, options=options, cancel=cancel) as client:

        def one(model: str) -> None:
            if cancel.cancelled:
                return
            started = time.perf_counter()
            try:
                check_with(client, provider, model)
                result = ModelHealth(model, (time.perf_counter() - started) * 1000)
            except Cancelled:
                return
            except NotCheckable as exc:
                # Listed as not checked, not as failed: no request fits this kind of model.
                result = ModelHealth(model, 0.0, skipped=exc)
            except Error as exc:
                result = ModelHealth(model, (time.perf_counter() - started) * 1000, exc)
            with lock:
                results.append(result)
            if on_result is not None:
                on_result(result)

        with ThreadPoolExecutor(max_workers=concurrency, thread_name_prefix="health") as pool:
            futures = [pool.submit(one, model) for model in model_ids]
            for future in futures:
                future.result()
    cancel.raise_if_cancelled()
    return results
