"""Where compiled data is kept between runs, and how it is written safely."""

from __future__ import annotations

import os
import pickle
from pathlib import Path
from typing import Any


def cache_dir() -> Path:
    """Where compiled files are kept (``MARSAD_CACHE_DIR`` or ``~/.cache/marsad``)."""
    return Path(os.environ.get("MARSAD_CACHE_DIR") or Path.home() / ".cache" / "marsad")


def read_pickle(path: Path) -> Any | None:
    """The object pickled at ``path``, or None when the file is missing or damaged."""
    try:
        with path.open("rb") as fh:
            return pickle.load(fh)
    except FileNotFoundError:
        return None
    except (pickle.UnpicklingError, EOFError, AttributeError, ImportError):
        return None  # a damaged or foreign file: the caller builds it again


def write_pickle(path: Path, obj: Any, *, replaces: str) -> None:
    """Pickle ``obj`` to ``path`` atomically (another process may be reading the old file) and
    delete the files matching the glob ``replaces`` in the same folder: older versions."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".tmp{os.getpid()}")
    with tmp.open("wb") as fh:
        pickle.dump(obj, fh, protocol=pickle.HIGHEST_PROTOCOL)
    tmp.replace(path)
    for stale in path.parent.glob(replaces):
        if stale != path:
            stale.unlink(missing_ok=True)
