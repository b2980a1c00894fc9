"""The day's facts: participants, the time there is (minutes, or a fixed end: "Vi slutter kl.
11.00"; with a proposal that fits the steps into it), the facilitator, when countdowns turn
yellow, and the chime."""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from dialogdesk.materials.model import Material
from dialogdesk.session.clock import NS_PER_SECOND
from dialogdesk.session.planning import fit_minutes, minutes_to_ns
from dialogdesk.ui.clock_texts import end_today, length_text
from dialogdesk.ui.room_language import interface_step_label


class DayBox(QGroupBox):
    """The "Today" box: what the facilitator sets for this session."""

    def __init__(
        self,
        material: Material,
        parent: QWidget | None = None,
        *,
        now_wall_ns: Callable[[], int] = time.time_ns,
    ) -> None:
        """``now_wall_ns``: the session's wall clock (a fixed end counts its minutes from it)."""
        super().__init__(QCoreApplication.translate("PreparationWindow", "Today"), parent)
        self.material = material
        self.now_wall_ns = now_wall_ns
        prep = material.preparation
        self.participants = QSpinBox()
        self.participants.setRange(1, 60)
        self.participants.setValue(min(max(12, prep.participants.min), prep.participants.max))
        self.participants_warning = QLabel()
        self.participants_warning.setObjectName("warning")
        self.participants_warning.setWordWrap(True)
        self.minutes_warning = QLabel()
        self.minutes_warning.setObjectName("warning")
        self.minutes_warning.setWordWrap(True)
        self.minutes = QSpinBox()
        self.minutes.setRange(10, 240)
        self.minutes.setSuffix(" min")
        self.minutes.setValue(int(max(material.planned_minutes, prep.duration_minutes.min)))
        # "Vi slutter kl. 11.00": the time there is, counted from now to a fixed end.
        self.fixed_end = QCheckBox(QCoreApplication.translate("PreparationWindow", "We finish at"))
        self.end_edit = QTimeEdit()
        self.end_edit.setDisplayFormat("HH:mm")
        self.end_edit.setTime(self._end_after(self.minutes.value()))
        self.end_edit.setEnabled(False)
        # On the minutes' row: a small laptop has no height for another row.
        time_row = QWidget()
        end_layout = QHBoxLayout(time_row)
        end_layout.setContentsMargins(0, 0, 0, 0)
        end_layout.addWidget(self.minutes)
        end_layout.addSpacing(12)
        end_layout.addWidget(self.fixed_end)
        end_layout.addWidget(self.end_edit)
        end_layout.addStretch(1)
        self.fixed_end.toggled.connect(self._fixed_end_toggled)
        self.end_edit.timeChanged.connect(lambda _time: self.follow_end())
        self.proposal_label = QLabel()
        self.proposal_label.setWordWrap(True)
        self.use_proposal = QCheckBox(
            QCoreApplication.translate("PreparationWindow", "Use these step lengths")
        )
        self.facilitator = QComboBox()
        self.facilitator.setEditable(True)
        self.warning_choice = QComboBox()
        for label, seconds, fraction in (
            (QCoreApplication.translate("PreparationWindow", "in the last minute"), 60, None),
            (QCoreApplication.translate("PreparationWindow", "in the last 2 minutes"), 120, None),
            (QCoreApplication.translate("PreparationWindow", "in the last 20% of the time"), None, 0.2),
        ):
            self.warning_choice.addItem(label, (seconds, fraction))
        self.chime = QCheckBox(
            QCoreApplication.translate(
                "PreparationWindow", "A short chime when a step or the silent minute ends"
            )
        )
        self.chime.setChecked(True)
        self.participants.valueChanged.connect(self.update_checks)
        self.minutes.valueChanged.connect(self.update_checks)
        form = QFormLayout(self)
        self.form = form
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(QCoreApplication.translate("PreparationWindow", "Participants"), self.participants)
        form.addRow("", self.participants_warning)
        form.addRow(QCoreApplication.translate("PreparationWindow", "Available time"), time_row)
        form.addRow("", self.minutes_warning)
        form.addRow(QCoreApplication.translate("PreparationWindow", "Proposed steps"), self.proposal_label)
        form.addRow("", self.use_proposal)
        form.addRow(QCoreApplication.translate("PreparationWindow", "Facilitator"), self.facilitator)
        form.addRow(
            QCoreApplication.translate("PreparationWindow", "Countdown turns yellow"), self.warning_choice
        )
        form.addRow("", self.chime)
        self.update_checks()

    # --- a fixed end -------------------------------------------------------------------------------
    def _end_after(self, minutes: int) -> QTime:
        """Now plus ``minutes``, on the next five minutes: the end a facilitator would say."""
        moment = datetime.fromtimestamp(self.now_wall_ns() / NS_PER_SECOND) + timedelta(minutes=minutes)
        rounded = math.ceil((moment.hour * 60 + moment.minute + moment.second / 60) / 5) * 5
        return QTime((rounded // 60) % 24, rounded % 60)

    def _fixed_end_toggled(self, on: bool) -> None:
        self.end_edit.setEnabled(on)
        self.minutes.setEnabled(not on)  # the minutes follow the end
        if on:
            self.follow_end()

    def end_wall_ns(self) -> int | None:
        """The fixed end as wall-clock nanoseconds today, or None when the minutes are the plan."""
        return end_today(self.now_wall_ns(), self.end_edit.time()) if self.fixed_end.isChecked() else None

    def follow_end(self) -> None:
        """The available minutes: from now until the fixed end (within what the box takes)."""
        end = self.end_wall_ns()
        if end is not None:
            left = (end - self.now_wall_ns()) // (60 * NS_PER_SECOND)
            self.minutes.setValue(int(min(max(left, self.minutes.minimum()), self.minutes.maximum())))

    def proposal(self) -> list[float]:
        """The step lengths that fit the available minutes."""
        planned = [step.minutes for step in self.material.steps]
        return fit_minutes(planned, float(self.minutes.value()))

    def update_checks(self) -> None:
        prep = self.material.preparation
        if prep.participants.contains(self.participants.value()):
            self.participants_warning.setText("")
        else:
            self.participants_warning.setText(
                QCoreApplication.translate(
                    "PreparationWindow", "The material is made for %1–%2 participants."
                )
                .replace("%1", str(prep.participants.min))
                .replace("%2", str(prep.participants.max))
            )
        # No empty row while there is nothing to warn about: a small laptop needs the height.
        self.form.setRowVisible(self.participants_warning, bool(self.participants_warning.text()))
        planned = prep.duration_minutes
        outside = not planned.contains(self.minutes.value())
        self.minutes_warning.setText(
            QCoreApplication.translate("PreparationWindow", "The material is planned for %1–%2 minutes.")
            .replace("%1", str(planned.min))
            .replace("%2", str(planned.max))
            if outside
            else ""
        )
        self.form.setRowVisible(self.minutes_warning, outside)
        steps = self.material.steps
        proposal = self.proposal()
        changed = [minutes for minutes, step in zip(proposal, steps, strict=True) if minutes != step.minutes]
        # Each step with its unit ("Trin 1: 5 min · Trin 3: 1:30"), never a bare "Trin 1 5".
        self.proposal_label.setText(
            " · ".join(
                f"{interface_step_label(step)}: {length_text(minutes_to_ns(minutes))}"
                for step, minutes in zip(steps, proposal, strict=True)
            )
        )
        self.use_proposal.setEnabled(bool(changed))
        self.use_proposal.setChecked(bool(changed))

    def set_warning(self, seconds: int | None, fraction: float | None) -> None:
        """Preselect the machine's default; a value not in the list is added to it."""
        wanted = (seconds, fraction)
        choice = self.warning_choice
        index = next((row for row in range(choice.count()) if choice.itemData(row) == wanted), -1)
        if index < 0:
            label = f"{fraction:.0%}" if fraction is not None else f"{seconds} s"
            choice.addItem(label, (seconds, fraction))
            index = choice.count() - 1
        choice.setCurrentIndex(index)

    def warning(self) -> tuple[int | None, float | None]:
        return self.warning_choice.currentData()
