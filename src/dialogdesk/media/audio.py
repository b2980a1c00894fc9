"""Which loudspeaker the room hears: the audio output device, chosen or the system default.

Devices come and go (a USB speaker, a projector's HDMI sound, a docking station). When the one
chosen disappears, the system default is used; when there is none at all, the film still plays
and ``soundOutputChanged(False)`` lets the presenter view say "no sound output".
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtMultimedia import QAudioDevice, QAudioOutput, QMediaDevices

_Device = TypeVar("_Device")


@dataclass(frozen=True)
class AudioOutputChoice:
    id: str
    description: str
    is_default: bool


def choose_output(
    outputs: Sequence[_Device],
    preferred: bytes | None,
    default: _Device | None,
    key: Callable[[_Device], bytes],
) -> _Device | None:
    """The device to play on: the one chosen if present, else the system default, else the first."""
    if not outputs:
        return None
    if preferred:
        chosen = next((device for device in outputs if key(device) == preferred), None)
        if chosen is not None:
            return chosen
    if default is not None:
        chosen = next((device for device in outputs if key(device) == key(default)), None)
        if chosen is not None:
            return chosen
    return outputs[0]


def device_id(device: QAudioDevice) -> bytes:
    return bytes(device.id().data())


class SoundOutput(QObject):
    """Keeps a QAudioOutput on a present device and says when there is none."""

    soundOutputChanged = Signal(bool)  # False: no sound device at all
    audioOutputsChanged = Signal()  # a device came or went

    def __init__(
        self, audio: QAudioOutput, devices: QMediaDevices | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._audio = audio
        self._devices = devices if devices is not None else QMediaDevices(self)
        self._preferred: bytes | None = None
        self._has_sound = True
        self._devices.audioOutputsChanged.connect(self._outputs_changed)
        self.apply()

    @property
    def has_sound_output(self) -> bool:
        return self._has_sound

    def outputs(self) -> list[AudioOutputChoice]:
        default = device_id(self._devices.defaultAudioOutput())
        return [
            AudioOutputChoice(device_id(d).decode(errors="replace"), d.description(), device_id(d) == default)
            for d in self._devices.audioOutputs()
        ]

    def current(self) -> str | None:
        return device_id(self._audio.device()).decode(errors="replace") if self._has_sound else None

    def choose(self, output_id: str | None) -> None:
        """Play on this device (an id from ``outputs``); None follows the system default."""
        self._preferred = output_id.encode() if output_id else None
        self.apply()

    def apply(self) -> None:
        default = self._devices.defaultAudioOutput()
        chosen = choose_output(
            self._devices.audioOutputs(), self._preferred, None if default.isNull() else default, device_id
        )
        if chosen is not None and chosen != self._audio.device():
            self._audio.setDevice(chosen)
        if self._has_sound != (chosen is not None):
            self._has_sound = chosen is not None
            self.soundOutputChanged.emit(self._has_sound)

    def _outputs_changed(self) -> None:
        self.apply()
        self.audioOutputsChanged.emit()
