"""The lock generation: every private callback, timer and worker result carries the generation
it was started in and does nothing if a lock came since."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


class Generation:
    def __init__(self) -> None:
        self.value = 0

    def bump(self) -> None:
        self.value += 1

    def token(self) -> int:
        return self.value

    def valid(self, token: int) -> bool:
        return token == self.value

    def guard(self, callback: Callable[..., Any]) -> Callable[..., Any]:
        """Wrap ``callback`` so it runs only if no lock happened since this call."""
        token = self.value

        def guarded(*args: Any) -> Any:
            if token != self.value:
                return None
            return callback(*args)

        return guarded
