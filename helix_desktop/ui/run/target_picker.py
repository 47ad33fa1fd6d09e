"""``TargetPicker``: which bot targets the next run asks (one check box per target)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QWidget

from helix_desktop.state.run import RunState
from helix_desktop.state.targets import TargetsState

__all__ = ["TargetPicker"]


class TargetPicker(QWidget):
    """Writes the choice into ``RunState.target_ids``; nothing checked means the default."""

    def __init__(self, targets: TargetsState, run: RunState, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("targetPicker")
        self.targets = targets
        self.run = run
        self.boxes: dict[int, QCheckBox] = {}
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.addWidget(QLabel(self.tr("Targets:")))
        self.row.addStretch(1)
        targets.reset.connect(self._on_reset)
        self._on_reset()

    def _on_reset(self) -> None:
        for box in self.boxes.values():
            self.row.removeWidget(box)
            box.deleteLater()
        self.boxes = {}
        chosen = set(self.run.target_ids)
        for target in self.targets.targets:
            box = QCheckBox(target.name)
            box.setObjectName(f"target-{target.id}")
            box.setToolTip(target.bot_url)
            box.setChecked(target.id in chosen or (not chosen and target.is_default))
            box.toggled.connect(self._on_toggled)
            self.row.insertWidget(self.row.count() - 1, box)
            self.boxes[target.id] = box
        self._on_toggled()

    def _on_toggled(self, _checked: bool = False) -> None:
        checked = [target_id for target_id, box in self.boxes.items() if box.isChecked()]
        only_default = len(checked) == 1 and self._is_default(checked[0])
        # Only the default: send nothing, so a server without targets still runs.
        self.run.target_ids = [] if only_default or not checked else checked

    def _is_default(self, target_id: int) -> bool:
        target = self.targets.target(target_id)
        return target is not None and target.is_default
