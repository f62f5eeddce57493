"""What a private page may use: the open vault and the few actions of the space around it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtWidgets import QWidget

from app.core.spaces import Spaces
from app.core.vault import Vault
from app.gui.clipboard import PrivateClipboard
from app.gui.generation import Generation


@dataclass
class SpaceContext:
    vault: Vault
    spaces: Spaces
    generation: Generation
    clipboard: PrivateClipboard
    lock: Callable[[], None]
    panic: Callable[[], None]
    show_page: Callable[[str], None]
    set_language: Callable[[str], None]
    replace_vault: Callable[[Vault], None]
    host: QWidget
    options: dict[str, object] = field(default_factory=dict)

    @property
    def language(self) -> str:
        return self.vault.setting("language", "nl")
