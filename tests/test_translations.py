"""Every user-visible string has a Dutch translation, and what ships is built from the sources."""

from __future__ import annotations

import importlib.util
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location(
    "build_resources", ROOT / "scripts" / "build_resources.py"
)
assert _spec and _spec.loader
build = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(build)


def untranslated(ts: Path) -> list[str]:
    missing = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            kind = translation.get("type", "")
            if kind in {"vanished", "obsolete"}:
                continue
            forms = translation.findall("numerusform") or [translation]
            if kind == "unfinished" or any(not (f.text or "").strip() for f in forms):
                missing.append(f"{name}: {message.findtext('source')!r}")
    return missing


@pytest.mark.parametrize("language", build.LANGUAGES)
def test_every_source_string_has_a_translation(language: str, tmp_path: Path) -> None:
    scanned = tmp_path / "scanned.ts"
    shutil.copy(build.ts_file(language), scanned)
    build.update_ts(scanned, language)
    missing = untranslated(scanned)
    assert missing == [], (
        f"{len(missing)} strings lack a translation; run "
        "`uv run python scripts/build_resources.py --update` and translate them in "
        f"{build.ts_file(language).relative_to(ROOT)}:\n" + "\n".join(missing[:40])
    )


@pytest.mark.parametrize("language", build.LANGUAGES)
def test_compiled_translation_is_built_from_the_current_source(
    language: str, tmp_path: Path
) -> None:
    fresh = tmp_path / "fresh.qm"
    build.release(language, fresh)
    assert fresh.read_bytes() == build.qm_file(language).read_bytes(), (
        "the .qm is older than the .ts: run `uv run python scripts/build_resources.py`"
    )


def test_resource_module_is_built_from_the_current_resources(tmp_path: Path) -> None:
    assert build.QRC.read_text(encoding="utf-8") == build.qrc_text(), "resources.qrc is stale"
    fresh = tmp_path / "resources_rc.py"
    build.compile_module(fresh)
    assert fresh.read_text(encoding="utf-8") == build.MODULE.read_text(encoding="utf-8"), (
        "resources_rc.py is stale: run `uv run python scripts/build_resources.py`"
    )


def test_dutch_is_loaded_when_chosen(dutch) -> None:
    from PySide6.QtCore import QCoreApplication, QLocale

    assert QLocale().language() == QLocale.Language.Dutch
    assert QCoreApplication.translate("PeoplePage", "People") == "Personen"
