"""Start the real app with `streamlit run` on a free port and a temporary database."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.app_server import CHROMIUM, CHROMIUM_ARGS, start_app, stop_app


@pytest.fixture(scope="module")
def app_url(tmp_path_factory):
    db = tmp_path_factory.mktemp("db") / "marsad.sqlite"
    proc, url = start_app(db)
    yield url, db
    stop_app(proc)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    # fail rather than skip: a browser test that silently does not run proves nothing
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium (`.ci/run` does)")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()
