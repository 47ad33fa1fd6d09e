"""``ColumnFit``: a table's columns fitted to its width, every column kept in view."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QHeaderView, QTableView

__all__ = ["ColumnFit"]

# Header padding beyond the label's text (the margins and sort arrow a style draws).
_LABEL_PADDING = 16
# A column this wide or wider holds long text: on a small window it shrinks to
# ``_LONG_MINIMUM`` (its header elides; the header tooltip and detail panes have it all).
_LONG_IDEAL = 100
_LONG_MINIMUM = 48


class ColumnFit(QObject):
    """One column stretches; the others get their ideal widths, shrunk together when the
    view is narrow (a short column never below its label), so every column stays in view
    at 1100x720 and the stretching one takes the room of a large window.

    Refitted whenever the view's width changes (a user's drag holds until then).
    """

    def __init__(self, table: QTableView, *, stretch_share: float = 0.3) -> None:
        super().__init__(table)
        self.table = table
        self.ideal: dict[int, int] = {}
        self.stretch = -1
        self.stretch_share = stretch_share
        self._width = -1
        table.viewport().installEventFilter(self)

    def set_widths(self, ideal: Mapping[int, int], stretch: int) -> None:
        self.ideal = dict(ideal)
        self.stretch = stretch
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        for column in self.ideal:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        self.fit()

    def _label_width(self, column: int) -> int:
        model = self.table.model()
        label = model.headerData(column, Qt.Orientation.Horizontal) if model is not None else ""
        return self.table.horizontalHeader().fontMetrics().horizontalAdvance(str(label or ""))

    def widths(self, available: int) -> dict[int, int]:
        """The widths of the non-stretching columns for a view ``available`` px wide."""
        floors: dict[int, int] = {}
        for column, width in self.ideal.items():
            label = self._label_width(column) + _LABEL_PADDING
            # A short column (id, state, result, counts) always shows its whole label.
            floors[column] = label if width < _LONG_IDEAL else _LONG_MINIMUM
        ideal = {c: max(w, floors[c]) for c, w in self.ideal.items()}
        header = self.table.horizontalHeader()
        # Columns left to their own mode (e.g. sized to their contents) take their room first.
        others = sum(
            header.sectionSize(c)
            for c in range(header.count())
            if c != self.stretch and c not in self.ideal and not header.isSectionHidden(c)
        )
        budget = available - others - max(int(available * self.stretch_share), 120)
        widths = dict(ideal)
        free = set(widths)
        # Shrink the columns above their floor together until they fit (or all are floored).
        while free:
            fixed = sum(widths[c] for c in widths if c not in free)
            scale = min(1.0, max(budget - fixed, 0) / sum(ideal[c] for c in free))
            floored = {c for c in free if ideal[c] * scale < floors[c]}
            for c in free:
                widths[c] = floors[c] if c in floored else int(ideal[c] * scale)
            if not floored:
                break
            free -= floored
        return widths

    def fit(self) -> None:
        if not self.ideal or self.table.model() is None:
            return
        header = self.table.horizontalHeader()
        for column, width in self.widths(self.table.viewport().width()).items():
            header.resizeSection(column, width)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            width = self.table.viewport().width()
            if width != self._width:
                self._width = width
                self.fit()
        return False
