"""Calling QMediaPlayer from Python without a deadlock.

Some QMediaPlayer calls (stop, setSource, play after a seek ...) wait for the FFmpeg backend's
renderer threads. A renderer thread that deletes an object connected to a Python-made
QAudioOutput or QVideoSink needs Python's GIL (shiboken looks for a Python override of
``disconnectNotify``), and the GIL is held by the Python code that made the call: both wait
for ever. Measured here: ``stop()`` after a seek while paused hangs within a few tries.

So every player command goes through the event loop: ``later`` queues the C++ slot by name,
and Qt runs it from ``exec()``/``processEvents()``, where PySide has released the GIL.
"""

from __future__ import annotations

from PySide6.QtCore import Q_ARG, QMetaObject, QObject, Qt, QUrl


def later(target: QObject, slot: str, *arguments: QUrl | int) -> None:
    """Call the slot ``slot`` of ``target`` from the event loop, with ``QUrl`` or qint64 arguments."""
    packed = [
        Q_ARG(QUrl, value) if isinstance(value, QUrl) else Q_ARG("qlonglong", value) for value in arguments
    ]
    if not QMetaObject.invokeMethod(target, slot, Qt.ConnectionType.QueuedConnection, *packed):
        raise RuntimeError(f"{type(target).__name__} has no slot {slot}")
