"""Every media string reaches Qt Linguist under the context the code looks it up in."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from tests.conftest import REPO

CONTEXTS = {
    "MediaCheck",
    "MediaService",
    "AudienceMediaView",
    "PresenterMediaControls",
    "MediaPreparationPanel",
}


def lupdate() -> Path:
    """The wheel's lupdate, as scripts/update_translations.sh runs it (beside this Python)."""
    return Path(sys.executable).parent / (
        "pyside6-lupdate.exe" if sys.platform == "win32" else "pyside6-lupdate"
    )


def test_media_strings_are_filed_under_their_context(tmp_path: Path) -> None:
    files = sorted(
        str(path)
        for folder in ("src/dialogdesk/media", "src/dialogdesk/ui/media")
        for path in (REPO / folder).glob("*.py")
    )
    ts = tmp_path / "media.ts"
    subprocess.run([str(lupdate()), *files, "-ts", str(ts)], check=True, capture_output=True, timeout=120)
    contexts: dict[str, int] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        contexts[context.findtext("name") or ""] = len(list(context.iter("message")))
    # An empty context means a string lupdate saw but Qt will never look up (a translate helper).
    assert set(contexts) == CONTEXTS
    assert sum(contexts.values()) >= 80
