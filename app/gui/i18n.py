"""Qt translators: the notes follow the system language, the private space its own setting.

The two faces use separate catalogues with separate contexts, so loading the private space's
catalogue can never change a text of the notes.
"""

from __future__ import annotations

from importlib.resources import as_file

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from app.core.resources import resource

SUPPORTED = ("nl", "fr", "en")


def system_language() -> str:
    lang = QLocale.system().name().split("_")[0]
    return lang if lang in SUPPORTED else "en"


def load_translator(catalogue: str, language: str) -> QTranslator | None:
    """A translator for ``<catalogue>_<language>.qm``, or None for English sources."""
    if language == "en":
        return None
    translator = QTranslator()
    with as_file(resource("i18n", f"{catalogue}_{language}.qm")) as path:
        if not path.exists() or not translator.load(str(path)):
            return None
    return translator


def install(translator: QTranslator | None) -> None:
    if translator is not None:
        QCoreApplication.installTranslator(translator)


def remove(translator: QTranslator | None) -> None:
    if translator is not None:
        QCoreApplication.removeTranslator(translator)
