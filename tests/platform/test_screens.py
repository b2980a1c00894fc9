"""Presenter and audience screens, on simulated screens that are plugged in and out for real.

The screens are plugged in and out with ``tests/offscreen_screens.py``. Start-up with a
configuration file is tested too, in child processes, because the application of this test
process exists only once.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QApplication, QWidget

from dialogdesk.platform.offscreen import offscreen_platform
from dialogdesk.platform.screens import (
    MIRRORED_HINT_LINUX,
    MIRRORED_HINT_MACOS,
    MIRRORED_HINT_WINDOWS,
    ScreenManager,
    best_match,
    mirrored_hint_for,
    place_fullscreen,
    place_windowed,
    screen_identity,
)
from dialogdesk.platform.settings import ScreenIdentity
from tests.conftest import REPO
from tests.offscreen_screens import LAPTOP, MIRRORED_PROJECTOR, MONITOR, PROJECTOR, OffscreenScreens

HERE = Path(__file__).resolve().parent


REMEMBERED_PROJECTOR = ScreenIdentity(name="Projector")


@dataclass
class Watcher:
    """What a ScreenManager told the outside world."""

    remembered: list[ScreenIdentity] = field(default_factory=list)
    audience_changes: list[str | None] = field(default_factory=list)
    screens_changed: int = 0

    def on_audience(self, screen: QScreen | None) -> None:
        # The name, not the screen: a removed screen's object is deleted right after.
        self.audience_changes.append(screen.name() if screen is not None else None)

    def on_screens(self) -> None:
        self.screens_changed += 1


@pytest.fixture
def make_manager(qapp: QApplication, screens: OffscreenScreens) -> Iterator[Callable[..., Any]]:
    made: list[ScreenManager] = []

    def make(remembered: ScreenIdentity | None = None) -> tuple[ScreenManager, Watcher]:
        watcher = Watcher()
        manager = ScreenManager(qapp, remembered, watcher.remembered.append)
        manager.audienceScreenChanged.connect(watcher.on_audience)
        manager.screensChanged.connect(watcher.on_screens)
        made.append(manager)
        return manager, watcher

    yield make
    for manager in made:  # gone before the screens are put back
        shiboken6.delete(manager)


@pytest.fixture
def window(screens: OffscreenScreens) -> Iterator[QWidget]:
    widget = QWidget()
    widget.resize(800, 600)
    yield widget
    widget.close()
    shiboken6.delete(widget)


def names(screens: list[QScreen]) -> list[str]:
    return [screen.name() for screen in screens]


def audience_name(manager: ScreenManager) -> str | None:
    audience = manager.audience_screen()
    return audience.name() if audience is not None else None


# --- the simulation itself -----------------------------------------------------------------------


@pytest.mark.linux_only
@pytest.mark.skipif(sys.platform != "linux", reason="simulated screens: Itanium C++ ABI")
def test_simulated_screens_come_and_go_with_qt_signals(qapp: QApplication, screens: OffscreenScreens) -> None:
    events: list[str] = []
    qapp.screenAdded.connect(lambda screen: events.append(f"added {screen.name()}"))
    qapp.screenRemoved.connect(lambda screen: events.append(f"removed {screen.name()}"))
    screens.set(LAPTOP, PROJECTOR)
    events.clear()

    screens.set(LAPTOP)
    screens.set(LAPTOP, PROJECTOR)

    assert events == ["removed Projector", "added Projector"]
    assert names(qapp.screens()) == ["Laptop", "Projector"]
    assert qapp.primaryScreen().name() == "Laptop"
    assert screens.screen("Projector").geometry() == QRect(1366, 0, 1920, 1080)


# --- which screen is which at start-up -----------------------------------------------------------


@pytest.mark.linux_only
@pytest.mark.skipif(sys.platform != "linux", reason="simulated screens: Itanium C++ ABI")
def test_with_one_screen_there_is_no_audience_screen(screens: OffscreenScreens, make_manager: Any) -> None:
    screens.set(LAPTOP)

    manager, _ = make_manager()

    assert names(manager.screens()) == ["Laptop"]
    assert manager.is_single_screen()
    assert manager.audience_screen() is None
    assert manager.presenter_screen().name() == "Laptop"
    assert manager.mirrored_hint() == mirrored_hint_for(sys.platform)


@pytest.mark.linux_only
@pytest.mark.skipif(sys.platform != "linux", reason="simulated screens: Itanium C++ ABI")
def test_with_two_screens_the_projector_is_the_audience(screens: OffscreenScreens, make_manager: Any) -> None:
    screens.set(LAPTOP, PROJECTOR)

    manager, watcher = make_manager()

    assert not manager.is_single_screen()
    assert manager.mirrored_hint() is None
    assert audience_name(manager) == "Projector"
    assert manager.presenter_screen().name() == "Laptop"
    assert watcher.remembered == []  # nothing was chosen, so nothing is saved


@pytest.mark.linux_only
@pytest.mark.skipif(sys.platform != "linux", reason="simulated screens: Itanium C++ ABI")
def test_with_three_screens_the_first_non_primary_is_the_audience(
    screens: OffscreenScreens, make_manager: Any
) -> None:
    screens.set(LAPTOP, MONITOR, PROJECTOR)

    manager, _ = make_manager()

    assert audience_name(manager) == "Monitor"
    assert manager.presenter_screen().name() == "Laptop"


@pytest.mark.linux_only
@pytest.mark.skipif(sys.platform != "linux", reason="simulated screens: Itanium C++ ABI")
def test_the_remembered_projector_is_found_by_identity_not_by_position(
    screens: OffscreenScreens, make_manager: Any
) -> None:
    # The monitor now sits where the projector used to be; the projector moved to the far right.
    screens.set(LAPTOP, {**MONITOR, "x": 1366}, {**PROJECTOR, "x": 2646})

    manager, watcher = make_manager(REMEMBERED_PROJECTOR)

    assert audience_name(manager) == "Projector"
    assert manager.audience_screen().geometry() == QRect(2646, 0, 1920, 1080)
    assert watcher.remembered == []


@pytest.mark.linux_only
@pytest.mark.skipif(sys.platform != "linux", reason="simulated screens: Itanium C++ ABI")
def test_an_absent_remembered_screen_falls_back_without_being_forgotten(
    screens: OffscreenScreens, make_manager: Any
) -> None:
    screens.set(LAPTOP, MONITOR)

    manager, watcher = make_manager(REMEMBERED_PROJECTOR)
    assert audience_name(manager) == "Monitor"

    # When the remembered projector is plugged in, it takes over.
    screens.set(LAPTOP, MONITOR, PROJECTOR)
    assert audience_name(manager) == "Projector"
    assert watcher.audience_changes == ["Projector"]
    assert watcher.remembered == []


@pytest.mark.linux_only
@pytest.mark.skipif(sys.platform != "linux", reason="simulated screens: Itanium C++ ABI")
def test_a_mirrored_projector_counts_as_one_screen(screens: OffscreenScreens, make_manager: Any) -> None:
    screens.set(LAPTOP, MIRRORED_PROJECTOR)

    manager, watcher = make_manager(REMEMBERED_PROJECTOR)

    assert len(manager.screens()) == 2
    assert manager.is_single_screen()
    assert manager.audience_screen() is None
    assert manager.mirrored_hint() == mirrored_hint_for(sys.platform)

    # When the facilitator switches the projector to "extend", it becomes the audience screen.
    screens.set(LAPTOP, PROJECTOR)
    assert audience_name(manager) == "Projector"
    assert manager.mirrored_hint() is None
    assert watcher.audience_changes == ["Projector"]
    assert watcher.screens_changed >= 1


def test_the_hint_names_each_systems_way_to_extend_the_desktop() -> None:
    assert mirrored_hint_for("win32") == MIRRORED_HINT_WINDOWS
    assert "Windows+P" in MIRRORED_HINT_WINDOWS
    assert "“Extend”" in MIRRORED_HINT_WINDOWS
    assert mirrored_hint_for("linux") == MIRRORED_HINT_LINUX
    assert "display settings" in MIRRORED_HINT_LINUX
    assert mirrored_hint_for("darwin") == MIRRORED_HINT_MACOS
    assert "System Settings > Displays" in MIRRORED_HINT_MACOS


# --- the facilitator's choices -------------------------------------------------------------------


@pytest.mark.linux_only
@pytest.mark.skipif(sys.platform != "linux", reason="simulated screens: Itanium C++ ABI")
def test_choosing_the_audience_screen_uses_and_remembers_it(
    screens: OffscreenScreens, make_manager: Any
) -> None:
    screens.set(LAPTOP, PROJECTOR, MONITOR)
    manager, watcher = make_manager()
    assert audience_name(manager) == "Projector"

    manager.choose_audience(screens.screen("Monitor"))

    assert audience_name(manager) == "Monitor"
    assert manager.presenter_screen().name() == "Laptop"
    assert watcher.remembered == [ScreenIdentity(name="Monitor")]
    assert watcher.audience_changes == ["Monitor"]


@pytest.mark.linux_only
@pytest.mark.skipif(sys.platform != "linux", reason="simulated screens: Itanium C++ ABI")
def test_choosing_the_presenters_screen_for_the_audience_trades_places(
    screens: OffscreenScreens, make_manager: Any
) -> None:
    screens.set(LAPTOP, PROJECTOR)
    manager, watcher = make_manager()

    manager.choose_audience(screens.screen("Laptop"))

    assert audience_name(manager) == "Laptop"
    assert manager.presenter_screen().name() == "Projector"
    assert watcher.remembered == [ScreenIdentity(name="Laptop")]


@pytest.mark.linux_only
@pytest.mark.skipif(sys.platform != "linux", reason="simulated screens: Itanium C++ ABI")
def test_swap_trades_places_and_is_remembered(screens: OffscreenScreens, make_manager: Any) -> None:
    screens.set(LAPTOP, PROJECTOR)
    manager, watcher = make_manager()

    manager.swap()
    assert (manager.presenter_screen().name(), audience_name(manager)) == ("Projector", "Laptop")

    manager.swap()
    assert (manager.presenter_screen().name(), audience_name(manager)) == ("Laptop", "Projector")

    assert watcher.remembered == [ScreenIdentity(name="Laptop"), ScreenIdentity(name="Projector")]
    assert watcher.audience_changes == ["Laptop", "Projector"]


@pytest.mark.linux_only
@pytest.mark.skipif(sys.platform != "linux", reason="simulated screens: Itanium C++ ABI")
def test_swap_with_three_screens_keeps_the_third_out_of_it(
    screens: OffscreenScreens, make_manager: Any
) -> None:
    screens.set(LAPTOP, PROJECTOR, MONITOR)
    manager, _ = make_manager()
    manager.choose_audience(screens.screen("Monitor"))

    manager.swap()

    assert (manager.presenter_screen().name(), audience_name(manager)) == ("Monitor", "Laptop")


@pytest.mark.linux_only
@pytest.mark.skipif(sys.platform != "linux", reason="simulated screens: Itanium C++ ABI")
def test_a_swap_is_remembered_for_the_next_meeting(screens: OffscreenScreens, make_manager: Any) -> None:
    screens.set(LAPTOP, PROJECTOR)
    first, watcher = make_manager()
    first.swap()

    # The next meeting starts with what the facilitator chose.
    second, _ = make_manager(watcher.remembered[-1])

    assert (second.presenter_screen().name(), audience_name(second)) == ("Projector", "Laptop")


@pytest.mark.linux_only
@pytest.mark.skipif(sys.platform != "linux", reason="simulated screens: Itanium C++ ABI")
def test_with_one_screen_there_is_nothing_to_choose_or_swap(
    screens: OffscreenScreens, make_manager: Any
) -> None:
    screens.set(LAPTOP)
    manager, watcher = make_manager()

    manager.swap()
    manager.choose_audience(screens.screen("Laptop"))

    assert manager.audience_screen() is None
    assert manager.presenter_screen().name() == "Laptop"
    assert watcher.remembered == []
    assert watcher.audience_changes == []


# --- cables plugged in and pulled out mid-session ------------------------------------------------


@pytest.mark.linux_only
@pytest.mark.skipif(sys.platform != "linux", reason="simulated screens: Itanium C++ ABI")
def test_pulling_the_projector_out_and_plugging_it_back(screens: OffscreenScreens, make_manager: Any) -> None:
    screens.set(LAPTOP, PROJECTOR)
    manager, watcher = make_manager(REMEMBERED_PROJECTOR)
    assert audience_name(manager) == "Projector"

    # When the cable is pulled out, there is no audience screen, and a hint.
    screens.set(LAPTOP)
    assert manager.audience_screen() is None
    assert manager.is_single_screen()
    assert manager.mirrored_hint() is not None
    assert manager.presenter_screen().name() == "Laptop"
    assert watcher.audience_changes == [None]
    assert watcher.screens_changed >= 1

    # When it is plugged back in, the audience view goes back there.
    screens.set(LAPTOP, PROJECTOR)
    assert audience_name(manager) == "Projector"
    assert manager.audience_screen() is screens.screen("Projector")
    assert watcher.audience_changes == [None, "Projector"]
    assert watcher.remembered == []  # the facilitator's choice was never overwritten


@pytest.mark.linux_only
@pytest.mark.skipif(sys.platform != "linux", reason="simulated screens: Itanium C++ ABI")
def test_losing_the_chosen_screen_of_three_borrows_another_until_it_returns(
    screens: OffscreenScreens, make_manager: Any
) -> None:
    screens.set(LAPTOP, MONITOR, PROJECTOR)
    manager, watcher = make_manager()
    manager.choose_audience(screens.screen("Projector"))
    assert watcher.remembered == [REMEMBERED_PROJECTOR]

    screens.set(LAPTOP, MONITOR)
    assert audience_name(manager) == "Monitor"

    screens.set(LAPTOP, MONITOR, PROJECTOR)
    assert audience_name(manager) == "Projector"

    assert watcher.audience_changes == ["Projector", "Monitor", "Projector"]
    assert watcher.remembered == [REMEMBERED_PROJECTOR]


@pytest.mark.linux_only
@pytest.mark.skipif(sys.platform != "linux", reason="simulated screens: Itanium C++ ABI")
def test_a_projector_plugged_in_late_becomes_the_audience(
    screens: OffscreenScreens, make_manager: Any
) -> None:
    screens.set(LAPTOP)
    manager, watcher = make_manager()

    screens.set(LAPTOP, PROJECTOR)

    assert audience_name(manager) == "Projector"
    assert watcher.audience_changes == ["Projector"]
    assert watcher.remembered == []


@pytest.mark.linux_only
@pytest.mark.skipif(sys.platform != "linux", reason="simulated screens: Itanium C++ ABI")
def test_an_unrelated_screen_does_not_move_the_audience(screens: OffscreenScreens, make_manager: Any) -> None:
    screens.set(LAPTOP, PROJECTOR)
    manager, watcher = make_manager()

    screens.set(LAPTOP, PROJECTOR, MONITOR)
    screens.set(LAPTOP, PROJECTOR)

    assert audience_name(manager) == "Projector"
    assert watcher.audience_changes == []
    assert watcher.screens_changed >= 2


@pytest.mark.linux_only
@pytest.mark.skipif(sys.platform != "linux", reason="simulated screens: Itanium C++ ABI")
def test_losing_the_primary_screen_leaves_one_screen(screens: OffscreenScreens, make_manager: Any) -> None:
    screens.set(LAPTOP, PROJECTOR)
    manager, watcher = make_manager()

    screens.set(PROJECTOR)  # the laptop's own panel switched off: the projector is primary now

    assert QGuiApplication.primaryScreen().name() == "Projector"
    assert manager.audience_screen() is None
    assert manager.presenter_screen().name() == "Projector"
    assert watcher.audience_changes == [None]


@pytest.mark.linux_only
@pytest.mark.skipif(sys.platform != "linux", reason="simulated screens: Itanium C++ ABI")
def test_the_presenter_screen_given_by_a_swap_can_go_away(
    screens: OffscreenScreens, make_manager: Any
) -> None:
    screens.set(LAPTOP, PROJECTOR, MONITOR)
    manager, _ = make_manager()
    manager.swap()  # presenter: Projector, audience: Laptop
    assert (manager.presenter_screen().name(), audience_name(manager)) == ("Projector", "Laptop")

    screens.set(LAPTOP, MONITOR)

    assert audience_name(manager) == "Laptop"  # remembered by the swap
    assert manager.presenter_screen().name() == "Monitor"


@pytest.mark.linux_only
@pytest.mark.skipif(sys.platform != "linux", reason="simulated screens: Itanium C++ ABI")
def test_a_screen_moved_in_the_display_settings_is_noticed(
    screens: OffscreenScreens, make_manager: Any
) -> None:
    screens.set(LAPTOP, PROJECTOR)
    manager, watcher = make_manager()

    screens.set(LAPTOP, {**PROJECTOR, "y": 768})

    assert watcher.screens_changed >= 1
    assert manager.audience_screen().geometry() == QRect(1366, 768, 1920, 1080)


# --- identities ----------------------------------------------------------------------------------


@pytest.mark.linux_only
@pytest.mark.skipif(sys.platform != "linux", reason="simulated screens: Itanium C++ ABI")
def test_a_screens_identity_is_what_the_system_calls_it(screens: OffscreenScreens) -> None:
    screens.set(LAPTOP, PROJECTOR)

    identity = screen_identity(screens.screen("Projector"))

    # The offscreen platform has no EDID data: manufacturer, model and serial number are empty.
    assert identity == ScreenIdentity(name="Projector", manufacturer="", model="", serial="")


EPSON_HDMI = ScreenIdentity(name="HDMI-1", manufacturer="EPSON", model="EB-W49", serial="X4KF123")


@pytest.mark.parametrize(
    ("candidates", "expected"),
    [
        ([ScreenIdentity(name="eDP-1"), EPSON_HDMI], 1),
        # The same projector on another connector is recognised by its serial number.
        ([ScreenIdentity(name="eDP-1"), replace(EPSON_HDMI, name="DP-2")], 1),
        # Another projector of the same model on the same connector is not the same screen.
        ([ScreenIdentity(name="eDP-1"), replace(EPSON_HDMI, serial="OTHER")], None),
        # The exact match wins over a serial-number match.
        ([replace(EPSON_HDMI, name="DP-2"), EPSON_HDMI], 1),
        ([], None),
    ],
    ids=["same", "other-connector", "other-unit", "exact-first", "nothing"],
)
def test_the_remembered_screen_is_matched_by_identity(
    candidates: list[ScreenIdentity], expected: int | None
) -> None:
    assert best_match(EPSON_HDMI, candidates) == expected


def test_without_a_serial_number_only_the_exact_identity_matches() -> None:
    remembered = ScreenIdentity(name="HDMI-1", manufacturer="BenQ", model="MW560")

    assert best_match(remembered, [replace(remembered, name="DP-1")]) is None
    assert best_match(remembered, [ScreenIdentity(name="eDP-1"), remembered]) == 1


# --- placing windows -----------------------------------------------------------------------------


@pytest.mark.linux_only
@pytest.mark.skipif(sys.platform != "linux", reason="simulated screens: Itanium C++ ABI")
def test_a_fullscreen_window_fills_the_projector(screens: OffscreenScreens, window: QWidget) -> None:
    screens.set(LAPTOP, PROJECTOR)
    projector = screens.screen("Projector")

    place_fullscreen(window, projector)

    assert window.isFullScreen()
    assert window.geometry() == projector.geometry() == QRect(1366, 0, 1920, 1080)
    assert window.screen().name() == "Projector"
    assert window.windowHandle().screen() is projector


@pytest.mark.linux_only
@pytest.mark.skipif(sys.platform != "linux", reason="simulated screens: Itanium C++ ABI")
def test_a_fullscreen_window_moves_to_another_screen(screens: OffscreenScreens, window: QWidget) -> None:
    screens.set(LAPTOP, PROJECTOR)
    place_fullscreen(window, screens.screen("Laptop"))
    assert window.geometry() == QRect(0, 0, 1366, 768)

    place_fullscreen(window, screens.screen("Projector"))

    assert window.isFullScreen()
    assert window.geometry() == QRect(1366, 0, 1920, 1080)
    assert window.screen().name() == "Projector"


@pytest.mark.linux_only
@pytest.mark.skipif(sys.platform != "linux", reason="simulated screens: Itanium C++ ABI")
def test_a_window_is_placed_windowed_in_the_middle_of_a_screen(
    screens: OffscreenScreens, window: QWidget
) -> None:
    screens.set(LAPTOP, PROJECTOR)

    place_windowed(window, screens.screen("Projector"))

    assert window.isVisible()
    assert not window.isFullScreen()
    assert window.screen().name() == "Projector"
    assert window.geometry() == QRect(1366 + (1920 - 800) // 2, (1080 - 600) // 2, 800, 600)


@pytest.mark.linux_only
@pytest.mark.skipif(sys.platform != "linux", reason="simulated screens: Itanium C++ ABI")
def test_coming_out_of_fullscreen_gives_a_window_not_a_whole_screen(
    screens: OffscreenScreens, window: QWidget
) -> None:
    screens.set(LAPTOP, PROJECTOR)
    place_fullscreen(window, screens.screen("Laptop"))

    place_windowed(window, screens.screen("Laptop"))

    assert not window.isFullScreen()
    assert window.screen().name() == "Laptop"
    assert window.geometry() == QRect((1366 - 1024) // 2, (768 - 576) // 2, 1024, 576)


@pytest.mark.linux_only
@pytest.mark.skipif(sys.platform != "linux", reason="simulated screens: Itanium C++ ABI")
def test_a_window_larger_than_the_screen_is_made_to_fit(screens: OffscreenScreens, window: QWidget) -> None:
    screens.set(LAPTOP, PROJECTOR)
    window.resize(1600, 1000)

    place_windowed(window, screens.screen("Projector"))

    assert window.geometry() == QRect(1366 + (1920 - 1440) // 2, (1080 - 810) // 2, 1440, 810)
    assert window.screen().name() == "Projector"


# --- start-up with a configuration file, in a fresh process --------------------------------------

STARTUP = textwrap.dedent(
    """
    import json
    import sys

    from PySide6.QtWidgets import QApplication, QWidget

    from dialogdesk.platform.screens import ScreenManager, place_fullscreen
    from dialogdesk.platform.settings import ScreenIdentity

    app = QApplication([])
    remembered = ScreenIdentity(name=sys.argv[1]) if len(sys.argv) > 1 else None
    chosen = []
    manager = ScreenManager(app, remembered, chosen.append)
    audience = manager.audience_screen()
    result = {
        "screens": [screen.name() for screen in manager.screens()],
        "presenter": manager.presenter_screen().name(),
        "audience": audience.name() if audience is not None else None,
        "single": manager.is_single_screen(),
        "hint": manager.mirrored_hint() is not None,
        "remembered": len(chosen),
    }
    if audience is not None:
        window = QWidget()
        place_fullscreen(window, audience)
        app.processEvents()
        result["window"] = [window.screen().name(), list(window.geometry().getRect())]
    print(json.dumps(result))
    """
)


@pytest.mark.parametrize(
    ("config", "remembered", "expected"),
    [
        (
            "screens-single.json",
            "Projector",
            {"screens": ["Laptop"], "presenter": "Laptop", "audience": None, "single": True, "hint": True},
        ),
        (
            "screens-dual.json",
            None,
            {
                "screens": ["Laptop", "Projector"],
                "presenter": "Laptop",
                "audience": "Projector",
                "single": False,
                "hint": False,
                "window": ["Projector", [1366, 0, 1920, 1080]],
            },
        ),
        (
            "screens-triple.json",
            None,
            {
                "screens": ["Laptop", "Monitor", "Projector"],
                "presenter": "Laptop",
                "audience": "Monitor",
                "single": False,
                "hint": False,
                "window": ["Monitor", [1366, 0, 1280, 1024]],
            },
        ),
        (
            "screens-triple.json",
            "Projector",
            {
                "screens": ["Laptop", "Monitor", "Projector"],
                "presenter": "Laptop",
                "audience": "Projector",
                "single": False,
                "hint": False,
                "window": ["Projector", [2646, 0, 1920, 1080]],
            },
        ),
    ],
    ids=["one-screen", "two-screens", "three-screens", "three-screens-remembered-last"],
)
def test_start_up_with_the_screens_already_connected(
    config: str, remembered: str | None, expected: dict[str, Any]
) -> None:
    environment = {**os.environ, "QT_QPA_PLATFORM": offscreen_platform(HERE / config)}
    result = subprocess.run(
        [sys.executable, "-c", STARTUP, *([remembered] if remembered else [])],
        cwd=REPO,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
    )

    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {**expected, "remembered": 0}
