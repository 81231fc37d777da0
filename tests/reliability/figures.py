"""The reliability figures: what each test measured, gathered for the suite's summary line."""

from __future__ import annotations


class Figures:
    def __init__(self) -> None:
        self.ratios: dict[str, list[int]] = {}
        self.leaks: int | None = None

    def add(self, name: str, good: int, total: int) -> None:
        entry = self.ratios.setdefault(name, [0, 0])
        entry[0] += good
        entry[1] += total

    def add_leaks(self, count: int) -> None:
        self.leaks = (self.leaks or 0) + count

    def line(self) -> str:
        parts = []
        for name in (
            "kills",
            "concurrent ops",
            "hostile responses",
            "hostile responses (GUI)",
            "attacks held",
        ):
            good, total = self.ratios.get(name, (0, 0))
            parts.append(f"{name} {good}/{total}" if total else f"{name} not run")
        leaks = f"token leaks {self.leaks}" if self.leaks is not None else "token leaks not run"
        # The attack figure closes the line, as issue 9 asked: ", attacks held X/Y".
        parts.insert(len(parts) - 1, leaks)
        return "reliability: " + ", ".join(parts)


FIGURES = Figures()
