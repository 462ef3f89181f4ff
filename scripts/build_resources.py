"""Compile the Dutch translation and bundle resources/ into a Qt resource module.

Run after changing anything under resources/ (tests fail while the module is stale):

    uv run python scripts/build_resources.py            # lrelease + rcc
    uv run python scripts/build_resources.py --update   # also re-scan the sources (lupdate)

The module lets code reach the stylesheet, icons and translations as ``:/...`` paths in the
same way from a checkout, an installed wheel and a frozen app.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESOURCES = ROOT / "resources"
SOURCES = ROOT / "recruiter_desk"
TRANSLATIONS = RESOURCES / "translations"
MODULE = SOURCES / "ui" / "resources_rc.py"
LANGUAGES = ("nl", "en")
"""English is the source language; its catalogue holds only the plural forms ("%n day(s)" →
"1 day" / "2 days"), made with lupdate's -pluralonly, as Qt recommends."""


def tool(name: str) -> str:
    return str(Path(sys.executable).with_name(f"pyside6-{name}"))


def ts_file(language: str) -> Path:
    return TRANSLATIONS / f"recruiter_desk_{language}.ts"


def qm_file(language: str) -> Path:
    return TRANSLATIONS / f"recruiter_desk_{language}.qm"


def update_ts(target: Path, language: str, extra: tuple[str, ...] = ()) -> None:
    """Re-scan every Python source for tr()/translate() strings into ``target``."""
    files = sorted(str(p) for p in SOURCES.rglob("*.py") if p.name != MODULE.name)
    if language == "en":
        extra = (*extra, "-pluralonly")
    subprocess.run(
        [tool("lupdate"), *extra, "-locations", "none", *files, "-ts", str(target)],
        check=True,
        capture_output=True,
    )


def release(language: str, target: Path) -> None:
    subprocess.run(
        [tool("lrelease"), "-silent", str(ts_file(language)), "-qm", str(target)],
        check=True,
    )


def qrc_text() -> str:
    entries = ["style.qss"]
    entries += sorted(str(p.relative_to(RESOURCES)) for p in (RESOURCES / "icons").rglob("*.svg"))
    entries += [f"translations/recruiter_desk_{lang}.qm" for lang in LANGUAGES]
    files = "\n".join(f"    <file>{e}</file>" for e in entries)
    return (
        f'<!DOCTYPE RCC>\n<RCC version="1.0">\n<qresource prefix="/">\n{files}\n'
        "</qresource>\n</RCC>\n"
    )


QRC = RESOURCES / "resources.qrc"


def compile_module(target: Path, qrc: Path = QRC) -> None:
    """rcc with format version 1 writes no timestamps, so the output is reproducible."""
    subprocess.run(
        [
            tool("rcc"),
            "--format-version",
            "1",
            "--no-zstd",
            "-g",
            "python",
            str(qrc),
            "-o",
            str(target),
        ],
        check=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--update", action="store_true", help="run lupdate on the sources first")
    args = parser.parse_args()
    for language in LANGUAGES:
        if args.update:
            update_ts(ts_file(language), language, ("-no-obsolete",))
        release(language, qm_file(language))
    QRC.write_text(qrc_text(), encoding="utf-8")
    compile_module(MODULE)
    print(f"wrote {MODULE.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
