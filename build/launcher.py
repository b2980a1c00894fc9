"""Entry point of the frozen bundle (PyInstaller needs a script, not a module path)."""

from dialogdesk.__main__ import main

main()
