"""Serve Leaflet and its plugins from the app itself, so the map works with no CDN.

folium points at CDN URLs; the ``folium-offline`` package ships the same files' contents. We write
them once into ``dashboard/static/`` (served by Streamlit at ``/app/static/``) and point every
map element at those local copies.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse

import folium

STATIC_DIR = Path(__file__).parent / "static"
STATIC_URL = "/app/static"
#: folium loads these for icon markers and popups styled with Bootstrap; our map uses neither,
#: and they are most of the bytes (Font Awesome's CSS alone is 700 kB).
UNUSED = frozenset({"jquery", "bootstrap", "bootstrap_css", "glyphicons_css", "awesome_markers",
                    "awesome_markers_css", "awesome_markers_font_css", "awesome_rotate_css"})


def _resources() -> dict[str, str]:
    from offlinefolium.elements import _res  # URL -> file contents, as shipped by folium-offline

    return _res


def local_name(url: str) -> str:
    """File name under ``static/`` for a CDN URL."""
    parsed = urlparse(url)
    return Path(parsed.path).name


def _elements(element) -> Iterator:
    yield element
    for child in getattr(element, "_children", {}).values():
        yield from _elements(child)


def localize(fmap: folium.Map, static_dir: Path = STATIC_DIR) -> list[str]:
    """Point the map's JS/CSS links at local copies (written on first use); returns any URL that
    has no offline copy (then the CDN link is left, and the caller can warn)."""
    resources = _resources()
    static_dir.mkdir(parents=True, exist_ok=True)
    missing = []
    for element in _elements(fmap):
        for attr in ("default_js", "default_css"):
            links = getattr(element, attr, None)
            if not links:
                continue
            local = []
            for name, url in links:
                if name in UNUSED:
                    continue
                if url.startswith(STATIC_URL):
                    local.append((name, url))
                    continue
                if url not in resources:
                    missing.append(url)
                    local.append((name, url))
                    continue
                target = static_dir / local_name(url)
                if not target.exists():
                    target.write_text(resources[url], encoding="utf-8")
                local.append((name, f"{STATIC_URL}/{target.name}"))
            setattr(element, attr, local)
    return missing
