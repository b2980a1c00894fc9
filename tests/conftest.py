"""Test setup: Qt runs offscreen on a simulated laptop and projector; user data goes to tmp."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from dialogdesk.platform.offscreen import offscreen_platform

REPO = Path(__file__).resolve().parents[1]
DUAL_SCREEN_CONFIG = REPO / "tests" / "dual-screen.json"
MATERIALS = REPO / "materials"
SEEDS = REPO / "tests" / "seeds"

# Every test runs on a simulated laptop (1366x768) and projector (1920x1080), set before Qt starts.
os.environ.setdefault("QT_QPA_PLATFORM", offscreen_platform(DUAL_SCREEN_CONFIG))

import pytest  # noqa: E402

from tests.offscreen_screens import screens  # noqa: E402, F401 (fixture: plug screens in and out)


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "data"
    monkeypatch.setenv("DIALOGDESK_DATA_DIR", str(path))
    return path


@pytest.fixture(autouse=True)
def views_never_dispatch_while_rendering(monkeypatch: pytest.MonkeyPatch) -> None:
    """A view that sends an intent from its render fails the test loudly (in the app it is queued)."""
    from dialogdesk.session import engine

    monkeypatch.setattr(engine, "STRICT_OBSERVERS", True)


@pytest.fixture(autouse=True)
def interface_language_restored() -> Iterator[None]:
    """Each test starts in the language the one before started in: a test that switches the
    interface to Danish and back leaves no English locale (or Danish Qt words) behind."""
    from PySide6.QtCore import QLocale

    before = QLocale()
    yield
    QLocale.setDefault(before)


@pytest.fixture
def danish(qapp: object) -> Iterator[None]:
    """The interface in Danish for one test, and English again after it."""
    from dialogdesk.ui.i18n import install_translator, remove_translator

    translator = install_translator(qapp, "da")  # type: ignore[arg-type]
    assert translator is not None, "the Danish translation did not load"
    yield
    remove_translator(qapp, translator)  # type: ignore[arg-type]
    install_translator(qapp, "en")  # type: ignore[arg-type]
