"""The Qt-free half of the media package imports and works on a machine without Qt."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from tests.conftest import REPO

SCRIPT = textwrap.dedent(
    """
    import importlib
    import sys
    from pathlib import Path

    class NoQt:
        @staticmethod
        def find_spec(name, path=None, target=None):
            if name.split(".")[0] in ("PySide6", "shiboken6"):
                raise ImportError(f"Qt is not available here: {name}")
            return None

    sys.meta_path.insert(0, NoQt())
    for name in ("findings", "library", "sniff", "subtitles", "textfile"):
        importlib.import_module(f"dialogdesk.media.{name}")

    from dialogdesk.media.library import MediaLibrary
    from dialogdesk.media.subtitles import Subtitles, parse_subtitles

    assert Subtitles(parse_subtitles("1\\n00:00:01,000 --> 00:00:02,000\\nHej\\n")).text_at(1500) == "Hej"
    MediaLibrary(Path(sys.argv[1]))
    leaked = sorted(name for name in sys.modules if name.split(".")[0] in ("PySide6", "shiboken6"))
    raise SystemExit(f"Qt modules were loaded: {leaked}" if leaked else 0)
    """
)


def test_library_subtitles_and_sniffing_need_no_qt(tmp_path: object) -> None:
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path)], cwd=REPO, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, f"stdout:\n{result.stdout}\nstderr:\n{result.stderr}"
