"""Demo datasets, generated once and cached between runs.

A dataset lives in ``<cache>/<size>-seed<seed>-<schema revision>-gen<hash>/``: a data folder
the app can open (``recruiter-desk.sqlite3``) and ``dataset.json`` with the generator's
parameters. ``<hash>`` fingerprints the generator's source, because the same seed gives other
rows once the generator changes, and the migration scripts that build the schema, because an
unreleased revision can still change (an index added to it). Another seed, schema head,
generator, schema or size parameters give another key, so a stale dataset is never reused.
One dataset is kept per size: when a size is rebuilt, its older caches are removed (an L
dataset takes 2 GB). Generation runs the demo generator's own command line in a child process,
into a ``.partial`` folder renamed into place at the end: an interrupted run leaves no half
dataset.

The benchmark never opens the cached file itself: every run works on a copy
(:func:`working_copy`), so a card move or the app's start-up cannot change the dataset.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import platformdirs

from recruiter_desk.store import demo_dataset
from recruiter_desk.store.demo_dataset import SIZES
from recruiter_desk.store.engine import DATABASE_FILENAME
from recruiter_desk.store.migrations import HEAD_REVISION
from recruiter_desk.store.schema_upgrade import PACKAGED_SCRIPTS

MIGRATION_SCRIPTS = PACKAGED_SCRIPTS / "versions"

DEFAULT_SEED = 2026
META_FILENAME = "dataset.json"
# The generator's size names; "demo" is too small to say anything about speed.
BENCHMARK_SIZES = ("S", "M", "L")


def default_cache_dir() -> Path:
    return Path(platformdirs.user_cache_dir("RecruiterDesk", appauthor=False)) / "benchmarks"


@dataclass(frozen=True)
class Dataset:
    size: str
    data_dir: Path  # the cached folder: read-only for the benchmark
    meta: dict

    @property
    def database(self) -> Path:
        return self.data_dir / DATABASE_FILENAME

    @property
    def heavy_person_id(self) -> int:
        """The generator gives the first candidate (id 1) the long timeline."""
        return 1


def generator_fingerprint() -> str:
    """The generator's source (every module of its package) and the migration scripts the
    dataset's schema comes from."""
    digest = hashlib.sha256()
    for module in sorted(Path(demo_dataset.__file__).parent.glob("*.py")):
        digest.update(module.read_bytes())
    for script in sorted(MIGRATION_SCRIPTS.glob("*.py")):
        digest.update(script.read_bytes())
    return digest.hexdigest()[:10]


def cache_key(size: str, seed: int) -> str:
    return f"{size}-seed{seed}-{HEAD_REVISION}-gen{generator_fingerprint()}"


def _parameters(size: str) -> dict:
    return dataclasses.asdict(SIZES[size])


def ensure_dataset(size: str, cache_dir: Path, seed: int = DEFAULT_SEED) -> Dataset:
    """The cached dataset for ``size``, generated first if missing or stale."""
    if size not in BENCHMARK_SIZES:
        raise ValueError(f"unknown size {size!r}; choose from {', '.join(BENCHMARK_SIZES)}")
    cache_dir.mkdir(parents=True, exist_ok=True)
    folder = cache_dir / cache_key(size, seed)
    meta_file = folder / META_FILENAME
    if meta_file.exists() and (folder / DATABASE_FILENAME).exists():
        meta = json.loads(meta_file.read_text(encoding="utf-8"))
        if meta.get("parameters") == _parameters(size):
            return Dataset(size, folder, meta)
    return _generate(size, seed, cache_dir, folder)


def _generate(size: str, seed: int, cache_dir: Path, folder: Path) -> Dataset:
    for old in cache_dir.glob(f"{size}-seed*"):
        shutil.rmtree(old, ignore_errors=True)
    partial = folder.with_name(folder.name + ".partial")
    shutil.rmtree(partial, ignore_errors=True)
    partial.mkdir(parents=True)
    print(f"generating dataset {size} into {folder} (once; later runs reuse it)…", flush=True)
    started = time.perf_counter()
    command = [
        sys.executable,
        "-m",
        "recruiter_desk.store.demo_dataset",
        "--size",
        size,
        "--seed",
        str(seed),
        "--out",
        str(partial / DATABASE_FILENAME),
    ]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise RuntimeError(f"generating dataset {size} failed:\n{result.stderr or result.stdout}")
    meta = {
        "size": size,
        "seed": seed,
        "schema_revision": HEAD_REVISION,
        "generator": generator_fingerprint(),
        "parameters": _parameters(size),
        "generated_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "generation_seconds": round(time.perf_counter() - started, 1),
        "file_bytes": (partial / DATABASE_FILENAME).stat().st_size,
        # The generator's table of rows per table (its first line names the .partial path).
        "generator_report": result.stdout.strip().splitlines()[1:],
    }
    (partial / META_FILENAME).write_text(json.dumps(meta, indent=2), encoding="utf-8")
    partial.rename(folder)
    print(f"  done in {meta['generation_seconds']} s, {meta['file_bytes'] / 1e6:,.0f} MB")
    return Dataset(size, folder, meta)


def working_copy(dataset: Dataset, parent: Path) -> Path:
    """A data folder holding a copy of the dataset's database, for the app and the floors.

    The cached file is checkpointed and closed, so a plain file copy is a consistent copy.
    """
    data_dir = parent / f"data-{dataset.size}"
    data_dir.mkdir(parents=True)
    shutil.copyfile(dataset.database, data_dir / DATABASE_FILENAME)
    return data_dir
