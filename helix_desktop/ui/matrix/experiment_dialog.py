"""``ExperimentDialog``: edit an experiment (name, status, reference, colour, links), delete it.

Two more tabs show VoidView's later parts: per linked template its notes and
versions, and the experiment's encoder groups with their metrics and chart.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from helix_desktop.state.experiment_details import ExperimentDetailsState
from helix_desktop.state.matrix import MatrixState
from helix_desktop.state.vocabulary import MatrixOp
from helix_desktop.ui.matrix.delete_prompt import confirm_delete
from helix_desktop.ui.matrix.form import StateForm
from helix_desktop.ui.matrix.groups_tab import GroupsTab
from helix_desktop.ui.matrix.labels import REFERENCE_TYPES, STATUSES, reference_text, status_text
from helix_desktop.ui.matrix.links_model import LinksFilter, LinksModel
from helix_desktop.ui.matrix.swatches import ColorSwatches
from helix_desktop.ui.matrix.tag_run_box import TagRunBox
from helix_desktop.ui.matrix.template_details_panel import TemplateDetailsPanel
from server.contract.experiments import ExperimentResponse

__all__ = ["ExperimentDialog"]


class ExperimentDialog(StateForm):
    """Loads the experiment, then saves only what changed: fields first, then links, unlinks."""

    def __init__(
        self, state: MatrixState, experiment_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(state, MatrixOp.EXPERIMENT_LOAD, parent)
        self.experiment_id = experiment_id
        self.experiment: ExperimentResponse | None = None
        self.setObjectName("experimentDialog")
        brief = state.experiment(experiment_id)
        self.setWindowTitle(self.tr("Experiment: %1").replace("%1", brief.name if brief else ""))
        self.resize(900, 640)
        self.details = ExperimentDetailsState(state.session, experiment_id)
        self.details_panel: TemplateDetailsPanel | None = None

        self.name = QLineEdit(brief.name if brief else "")
        self.name.setObjectName("experimentName")
        self.status = QComboBox()
        self.status.setObjectName("experimentStatus")
        for status in STATUSES:
            self.status.addItem(status_text(status), status)
        self.reference = QComboBox()
        self.reference.setObjectName("referenceType")
        for reference in REFERENCE_TYPES:
            self.reference.addItem(reference_text(reference), reference)
        self.swatches = ColorSwatches()
        self.custom_color = QLabel()
        self.custom_color.setObjectName("hint")
        self.custom_color.hide()

        templates = [
            (e.template_id, e.path.replace("/", " / "))
            for e in state.rows
            if e.template_id is not None
        ]
        self.links = LinksModel(templates, self)
        self.links_filter = LinksFilter(self.links, self)
        self.links_view = QListView()
        self.links_view.setObjectName("linksView")
        self.links_view.setModel(self.links_filter)
        self.links_view.setUniformItemSizes(True)
        self.links_view.setSpacing(1)
        self.links_search = QLineEdit()
        self.links_search.setObjectName("linksSearch")
        self.links_search.setPlaceholderText(self.tr("Filter templates"))
        self.links_search.setClearButtonEnabled(True)
        self.links_search.textChanged.connect(self.links_filter.setFilterFixedString)
        self.linked_only = QCheckBox(self.tr("Linked only"))
        self.linked_only.toggled.connect(self.links_filter.set_linked_only)
        self.links_count = QLabel()
        self.links_count.setObjectName("hint")
        self.links.dataChanged.connect(self._count_links)
        self.links.modelReset.connect(self._count_links)

        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow("", self.name_error)
        choices = QHBoxLayout()
        choices.addWidget(self.status, 1)
        choices.addSpacing(12)
        choices.addWidget(QLabel(self.tr("Reference type")))
        choices.addWidget(self.reference, 1)
        form.addRow(self.tr("Status"), choices)
        form.addRow(self.tr("Colour"), self.swatches)
        form.addRow("", self.custom_color)
        search = QHBoxLayout()
        search.addWidget(self.links_search, 1)
        search.addWidget(self.linked_only)
        title = QLabel(self.tr("Linked templates"))
        title.setObjectName("sectionTitle")
        heading = QHBoxLayout()
        heading.addWidget(title)
        heading.addStretch(1)
        heading.addWidget(self.links_count)

        self.delete_button = QPushButton(self.tr("Delete experiment…"))
        self.delete_button.setObjectName("deleteExperiment")
        self.delete_button.setAutoDefault(False)
        self.delete_button.clicked.connect(self._confirm_delete)
        self.ok_button.setText(self.tr("Save"))
        self.ok_button.setObjectName("saveExperiment")

        general = QWidget()
        general_layout = QVBoxLayout(general)
        general_layout.addLayout(form)
        general_layout.addSpacing(6)
        general_layout.addLayout(heading)
        general_layout.addLayout(search)
        general_layout.addWidget(self.links_view, 1)
        self.tag_runs = TagRunBox(state, experiment_id)
        general_layout.addWidget(self.tag_runs)
        self.details_placeholder = QLabel(self.tr("Loading…"))
        self.details_placeholder.setObjectName("hint")
        self.groups_tab = GroupsTab(self.details)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("experimentTabs")
        self.tabs.addTab(general, self.tr("General"))
        self.tabs.addTab(self.details_placeholder, self.tr("Template details"))
        self.tabs.addTab(self.groups_tab, self.tr("Groups and metrics"))
        self.tabs.setTabEnabled(1, False)

        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        bottom = QHBoxLayout()
        bottom.addWidget(self.delete_button)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)

        self._set_enabled(False)
        self.pending = True
        state.experiment_loaded.connect(self._on_loaded)
        self.loading_connected = True
        state.load_experiment(experiment_id)

    def _set_enabled(self, on: bool) -> None:
        for widget in (self.name, self.status, self.reference, self.swatches, self.links_view):
            widget.setEnabled(on)
        self.ok_button.setEnabled(on)
        self.delete_button.setEnabled(on)

    def _on_loaded(self, experiment: ExperimentResponse) -> None:
        if experiment.id != self.experiment_id or self.experiment is not None:
            return
        self.experiment = experiment
        self.pending = False
        self.op = MatrixOp.EXPERIMENT_SAVE
        self.setWindowTitle(self.tr("Experiment: %1").replace("%1", experiment.name))
        self.name.setText(experiment.name)
        self.status.setCurrentIndex(self.status.findData(experiment.status))
        self.reference.setCurrentIndex(self.reference.findData(experiment.reference_type))
        self.swatches.set_color(experiment.color)
        if not self.swatches.color():
            self.custom_color.setText(
                self.tr("Current colour %1 is not in the palette; pick one to change it.").replace(
                    "%1", experiment.color
                )
            )
            self.custom_color.show()
        self.links.set_linked(set(experiment.template_ids))
        self._set_enabled(True)
        self._show_details(experiment)

    def _show_details(self, experiment: ExperimentResponse) -> None:
        """The detail tab lists the templates linked when the dialog opened (saved links)."""
        templates = [
            (template_id, name.replace("/", " / "))
            for template_id, name in zip(
                experiment.template_ids, experiment.template_names, strict=False
            )
        ]
        self.details_panel = TemplateDetailsPanel(self.details, templates)
        self.tabs.removeTab(1)
        self.tabs.insertTab(1, self.details_panel, self.tr("Template details"))
        self.details_placeholder.deleteLater()

    def _count_links(self, *_: object) -> None:
        self.links_count.setText(
            self.tr("%1 of %2 linked")
            .replace("%1", str(len(self.links.checked)))
            .replace("%2", str(len(self.links.templates)))
        )

    def changes(self) -> dict[str, Any]:
        """Only the fields that differ from the loaded experiment."""
        experiment = self.experiment
        if experiment is None:
            return {}
        changes: dict[str, Any] = {}
        name = self.name.text().strip()
        if name != experiment.name:
            changes["name"] = name
        if self.status.currentData() != experiment.status:
            changes["status"] = self.status.currentData()
        if self.reference.currentData() != experiment.reference_type:
            changes["reference_type"] = self.reference.currentData()
        color = self.swatches.color()
        if color and color != experiment.color.upper():
            changes["color"] = color
        return changes

    def _submit(self) -> None:
        if self.experiment is None:
            return
        if not self.name.text().strip():
            self.name_error.show_error(self.tr("Enter a name."))
            return
        changes, link, unlink = self.changes(), self.links.to_link(), self.links.to_unlink()
        if not (changes or link or unlink):
            self.accept()
            return
        self.start(MatrixOp.EXPERIMENT_SAVE)
        self.state.save_experiment(self.experiment_id, changes, link, unlink)

    def _confirm_delete(self) -> None:
        experiment = self.experiment
        if experiment is None:
            return
        box = confirm_delete(
            self,
            title=self.tr("Delete experiment"),
            text=self.tr("Delete experiment “%1”?").replace("%1", experiment.name),
            informative=self.tr(
                "Its links to %1 templates are removed; the templates stay."
            ).replace("%1", str(len(experiment.template_ids))),
        )
        box.accepted.connect(self._delete)
        self.confirm_box = box
        box.open()

    def _delete(self) -> None:
        self.start(MatrixOp.EXPERIMENT_DELETE)
        self.delete_button.setEnabled(False)
        self.state.delete_experiment(self.experiment_id)

    def show_failure(self, status: int, text: str) -> None:
        super().show_failure(status, text)
        if self.experiment is None:
            self.ok_button.setEnabled(False)  # nothing loaded: nothing to save
        else:
            self.delete_button.setEnabled(True)

    def done(self, result: int) -> None:
        self.details.close()
        if self.loading_connected:
            self.loading_connected = False
            self.state.experiment_loaded.disconnect(self._on_loaded)
        super().done(result)
