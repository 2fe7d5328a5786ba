"""Extract the window's texts into resources/translations/*.ts and compile them to .qm.

    python packaging/translations.py           update every .ts from the sources, then compile the .qm
    python packaging/translations.py --check   exit 1 (naming the files) when a .ts or .qm is out of date

lupdate's flags are the ones in the team's translation conventions: no source locations (a moved line
is no change), no obsolete entries (a text that vanished from the code leaves the catalogue).
"""

from __future__ import annotations

import argparse
import filecmp
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "translations"
CATALOGUE = "klarna_console"
# Language code -> lupdate's target language (the main market; plural rules depend only on the language).
TARGETS = {"sv": "sv_SE", "de": "de_DE", "nb": "nb_NO", "da": "da_DK", "fi": "fi_FI", "nl": "nl_NL", "en": "en_GB"}
PLURAL_ONLY = {"en"}  # English: the source texts are English already; only "%n order(s)" needs forms


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease from the interpreter's own environment, else from PATH."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 (pip install -e .) and run with its Python")
    return found


def sources() -> list[Path]:
    """Every Python file whose texts a user can see: the window's package and the composition root."""
    return sorted((ROOT / "klarna_console" / "ui").rglob("*.py")) + [ROOT / "klarna_console" / "app.py"]


def ts_path(language: str, directory: Path = OUT) -> Path:
    return directory / f"{CATALOGUE}_{language}.ts"


def qm_path(language: str, directory: Path = OUT) -> Path:
    return directory / f"{CATALOGUE}_{language}.qm"


def lupdate(language: str, ts: Path) -> None:
    """Bring `ts` up to date with the sources (translations already in it are kept)."""
    command = [tool("pyside6-lupdate"), *(str(p) for p in sources()), "-locations", "none", "-no-obsolete",
               "-target-language", TARGETS[language], *(["-pluralonly"] if language in PLURAL_ONLY else []),
               "-silent", "-ts", str(ts)]
    subprocess.run(command, check=True, cwd=ROOT, stdout=subprocess.DEVNULL)


def lrelease(ts: Path, qm: Path) -> None:
    """Compile `ts` to `qm`."""
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True, cwd=ROOT,
                   stdout=subprocess.DEVNULL)


def build(directory: Path) -> None:
    """Update the .ts files in `directory` (copied from the repository's when there are some) and compile them."""
    directory.mkdir(parents=True, exist_ok=True)
    for language in TARGETS:
        ts = ts_path(language, directory)
        if directory != OUT and ts_path(language).exists():
            shutil.copyfile(ts_path(language), ts)
        lupdate(language, ts)
        lrelease(ts, qm_path(language, directory))


def stale() -> list[str]:
    """The repository's catalogues that differ from a fresh build (empty when all are up to date)."""
    with tempfile.TemporaryDirectory() as temp:
        fresh = Path(temp)
        build(fresh)
        return [path(language).name for language in TARGETS for path in (ts_path, qm_path)
                if not path(language).exists() or not filecmp.cmp(path(language, fresh), path(language), shallow=False)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check that the committed files are up to date")
    args = parser.parse_args(argv)
    if args.check:
        out_of_date = stale()
        if out_of_date:
            print("out of date (run python packaging/translations.py):", ", ".join(out_of_date), file=sys.stderr)
            return 1
        print("translations up to date")
        return 0
    build(OUT)
    print(f"updated {len(TARGETS)} catalogues in {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
