"""What depends on the machine DialogDesk runs on: settings, screens, keeping the screen awake.

``settings`` is plain data and imports no Qt, so the core can read it; ``screens`` and
``sleep_inhibit`` talk to Qt and the operating system. Nothing is imported here, so importing
one of them never drags in the others.
"""
