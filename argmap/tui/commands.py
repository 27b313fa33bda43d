"""Command palette entries (ctrl+p) for every action bound on the current screen and the app."""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial

from textual.app import App
from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.screen import Screen


class ArgmapCommands(Provider):
    def _commands(self) -> Iterator[tuple[str, str, object]]:
        """(description, key, callback) for each bound action, one entry per description."""
        seen: set[str] = set()
        for active in self.screen.active_bindings.values():
            binding, node = active.binding, active.node
            if not binding.description or binding.description in seen or not isinstance(node, (App, Screen)):
                continue
            seen.add(binding.description)
            yield (
                binding.description,
                self.app.get_key_display(binding),
                partial(self.app.run_action, binding.action, node),
            )

    async def discover(self) -> Hits:
        for description, key, callback in self._commands():
            yield DiscoveryHit(description, callback, help=f"key: {key}")

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for description, key, callback in self._commands():
            score = matcher.match(description)
            if score > 0:
                yield Hit(
                    score, matcher.highlight(description), callback, text=description, help=f"key: {key}"
                )
