"""Qt translators: the notes follow the system language, the private space its own setting.

The two faces use separate catalogues with separate contexts, so loading the private space's
catalogue can never change a text of the notes.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.core.resources import resource

SUPPORTED = ("nl", "fr", "en")


def system_language() -> str:
    lang = QLocale.system().name().split("_")[0]
    return lang if lang in SUPPORTED else "en"


def load_translator(catalogue: str, language: str) -> QTranslator | None:
    """A translator for ``<catalogue>_<language>.qm``, or None for English sources."""
    if language == "en":
        return None
    source = resource("i18n", f"{catalogue}_{language}.qm")
    if not source.is_file():
        return None
    # Loaded from memory: an archived install never unpacks a catalogue into a temp folder.
    # Qt does not copy the data, so the bytes live as long as the translator.
    data = source.read_bytes()
    translator = QTranslator()
    if not translator.load(data):
        return None
    translator.catalogue_data = data  # type: ignore[attr-defined]
    return translator


def qt_translator(language: str) -> QTranslator | None:
    """Qt's own texts (the context menus of text fields, key names such as "Del") in
    ``language``, from the catalogue installed with PySide6 (part of Qt, nothing private)."""
    if language == "en":
        return None
    translator = QTranslator()
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    return translator if translator.load(f"qtbase_{language}", folder) else None


class QtSourceTexts(QTranslator):
    """Qt's own texts in English, over a Qt catalogue installed earlier (an English private
    space on a computer whose notes are in French or Dutch)."""

    def isEmpty(self) -> bool:
        return False

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        # Qt's contexts are its class names; the app's catalogues use none starting with "Q"
        # but the private QrDialog, which is English in an English space anyway.
        return source if context.startswith("Q") else None  # type: ignore[return-value]


def notes_translators(language: str) -> list[QTranslator]:
    """The notes' catalogue and Qt's own texts for the notes' language."""
    found = [load_translator("notes", language), qt_translator(language)]
    return [t for t in found if t is not None]


def space_qt_translator(language: str) -> QTranslator | None:
    """Qt's own texts for a private space in ``language``, installed over the notes' ones while
    it is open (and removed on lock, so the notes' return)."""
    if language == "en":
        return QtSourceTexts()
    return qt_translator(language)


def private_translators(language: str) -> list[QTranslator]:
    """Every private catalogue (``private`` and ``private_<feature>``) for ``language``."""
    if language == "en":
        return []
    folder = resource("i18n")
    names = sorted(
        p.name.removesuffix(f"_{language}.qm")
        for p in folder.iterdir()
        if p.name.startswith("private") and p.name.endswith(f"_{language}.qm")
    )
    found = [load_translator(name, language) for name in names]
    return [t for t in found if t is not None]


def install(translators: QTranslator | list[QTranslator] | None) -> None:
    for t in _as_list(translators):
        QCoreApplication.installTranslator(t)


def remove(translators: QTranslator | list[QTranslator] | None) -> None:
    for t in _as_list(translators):
        QCoreApplication.removeTranslator(t)


def _as_list(translators: QTranslator | list[QTranslator] | None) -> list[QTranslator]:
    if translators is None:
        return []
    return translators if isinstance(translators, list) else [translators]
