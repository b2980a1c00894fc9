"""The Qt-free half of the media package imports and works on a machine without Qt."""

from __future__ import annotations

import textwrap

from tests.no_qt import run_without_qt

SCRIPT = textwrap.dedent(
    """
    import importlib
    from pathlib import Path

    for name in ("findings", "library", "sniff", "subtitles", "textfile"):
        importlib.import_module(f"dialogdesk.media.{name}")

    from dialogdesk.media.library import MediaLibrary
    from dialogdesk.media.subtitles import Subtitles, parse_subtitles

    assert Subtitles(parse_subtitles("1\\n00:00:01,000 --> 00:00:02,000\\nHej\\n")).text_at(1500) == "Hej"
    MediaLibrary(Path(sys.argv[1]))
    """
)


def test_library_subtitles_and_sniffing_need_no_qt(tmp_path: object) -> None:
    result = run_without_qt(SCRIPT, str(tmp_path))
    assert result.returncode == 0, f"stdout:\n{result.stdout}\nstderr:\n{result.stderr}"
