"""Which claims the map shows: a pure filter the app builds from the search bar and filter modal."""

from __future__ import annotations

from dataclasses import dataclass, replace

from argmap.model import Claim


@dataclass(frozen=True)
class ClaimFilter:
    """All conditions must hold. ``ids`` holds meaning-search hits (None: no meaning search)."""

    text: str = ""
    ids: frozenset[str] | None = None
    side: str | None = None  # "pro", "con" or "none" (neutral or outside every debate)
    document: str | None = None
    language: str | None = None
    min_confidence: float = 0.0

    @property
    def active(self) -> bool:
        return self != ClaimFilter()

    def matches(self, claim: Claim) -> bool:
        if not claim.is_claim:
            return False
        if self.ids is not None and claim.id not in self.ids:
            return False
        if self.text and self.text.casefold() not in claim.text.casefold():
            return False
        if self.side is not None and (claim.stance or "none") != self.side:
            return False
        if self.document is not None and claim.document != self.document:
            return False
        if self.language is not None and claim.language != self.language:
            return False
        return claim.confidence >= self.min_confidence

    def describe(self) -> str:
        """One line for the status bar, empty when nothing is filtered."""
        parts = []
        if self.text:
            parts.append(f'text "{self.text}"')
        if self.ids is not None:
            parts.append(f"meaning search ({len(self.ids)} hits)")
        if self.side:
            parts.append(f"side {self.side}")
        if self.document:
            parts.append(f"document {self.document}")
        if self.language:
            parts.append(f"language {self.language}")
        if self.min_confidence:
            parts.append(f"confidence ≥ {self.min_confidence:.2f}")
        return "filter: " + ", ".join(parts) if parts else ""

    def with_(self, **changes: object) -> ClaimFilter:
        return replace(self, **changes)  # type: ignore[arg-type]
