"""``MatrixState``: customers / apps / templates against experiments, and every edit of them.

The matrix endpoint only lists templates; customers without apps and apps without
templates are fetched too and kept as placeholder rows, so a new customer shows up
at once. Edits go through the client and are applied locally with row/column
signals (no reload), in the same order the server sorts the matrix.
"""

from __future__ import annotations

import asyncio
import bisect
import logging
from collections.abc import Awaitable, Iterable
from dataclasses import dataclass, field
from typing import Any, Literal

from PySide6.QtCore import QObject, Signal
from qasync import asyncSlot

from helix_desktop.client.errors import ApiError, ClientError, SessionExpired
from helix_desktop.state.session import FAILED, Session
from helix_desktop.state.vocabulary import MatrixOp
from server.contract.experiments import (
    AppCreate,
    AppUpdate,
    CustomerCreate,
    CustomerUpdate,
    ExperimentColumn,
    ExperimentCreate,
    ExperimentResponse,
    ExperimentUpdate,
    MatrixResponse,
    TemplateCreate,
    TemplateUpdate,
)

__all__ = ["Cascade", "MatrixEntry", "MatrixState", "RowKind"]

log = logging.getLogger(__name__)
# Runs offered for tagging an experiment (newest first).
RECENT_RUNS = 30

RowKind = Literal["customer", "app", "template"]


@dataclass(slots=True)
class MatrixEntry:
    """One matrix row: a template, or a placeholder for a customer/app that has none below it."""

    customer_id: int
    customer_name: str
    app_id: int | None = None
    app_name: str = ""
    template_id: int | None = None
    template_name: str = ""
    experiments: set[int] = field(default_factory=set)

    @property
    def kind(self) -> RowKind:
        if self.template_id is not None:
            return "template"
        return "app" if self.app_id is not None else "customer"

    @property
    def path(self) -> str:
        return "/".join(p for p in (self.customer_name, self.app_name, self.template_name) if p)

    def same_place(self, other: MatrixEntry) -> bool:
        return (
            self.customer_id == other.customer_id
            and self.customer_name == other.customer_name
            and self.app_id == other.app_id
            and self.app_name == other.app_name
            and self.template_id == other.template_id
            and self.template_name == other.template_name
        )


def sort_key(entry: MatrixEntry) -> tuple[Any, ...]:
    """The server's matrix order (case-folded names, then exact names, then ids)."""
    return (
        entry.customer_name.casefold(),
        entry.customer_name,
        entry.customer_id,
        entry.app_name.casefold(),
        entry.app_name,
        entry.app_id or 0,
        entry.template_name.casefold(),
        entry.template_name,
        entry.template_id or 0,
    )


@dataclass(frozen=True, slots=True)
class Cascade:
    """What deleting a customer/app/template takes with it."""

    apps: int
    templates: int
    links: int
    experiments: int


class MatrixState(QObject):
    """Holds the matrix rows and columns; every edit goes to the server, then to the signals."""

    loaded = Signal()  # everything replaced
    rows_inserted = Signal(int, int)  # first row, count
    rows_removed = Signal(int, int)  # first row, count
    row_changed = Signal(int)  # a row's links changed
    columns_inserted = Signal(int, int)  # first experiment index, count
    column_removed = Signal(int)  # experiment index
    column_changed = Signal(int)  # an experiment's name, status or colour changed
    experiment_loaded = Signal(object)  # ExperimentResponse, for the experiment dialog
    # The operation arrives as a ``MatrixOp`` (``object``: a ``str`` signal would hand
    # listeners a plain string), so a listener compares members, never spelled-out keys.
    done = Signal(object, object)  # MatrixOp, the server's answer
    failed = Signal(object, int, str)  # MatrixOp, HTTP status (0: no answer), message
    busy_changed = Signal(bool)

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.rows: list[MatrixEntry] = []
        # The columns; each with the pass rate of the newest AutoTest run tagged with it.
        self.experiments: list[ExperimentColumn] = []
        self.customers: dict[int, str] = {}
        self.apps: dict[int, tuple[int, str]] = {}  # id -> (customer id, name)
        self.templates: dict[int, tuple[int, str]] = {}  # id -> (app id, name)
        self.links: dict[int, set[int]] = {}  # template id -> experiment ids
        self.has_loaded = False
        self._busy = 0
        self._in_flight: set[asyncio.Task[Any]] = set()

    def forget(self) -> None:
        """After a log out: the next page shown loads again (possibly as someone else)."""
        self.has_loaded = False

    # ------------------------------------------------------------------ queries

    def experiment_index(self, experiment_id: int) -> int:
        ids = [e.id for e in self.experiments]
        position = bisect.bisect_left(ids, experiment_id)
        return position if position < len(ids) and ids[position] == experiment_id else -1

    def experiment(self, experiment_id: int) -> ExperimentColumn | None:
        index = self.experiment_index(experiment_id)
        return self.experiments[index] if index >= 0 else None

    def row_of_template(self, template_id: int) -> int:
        for row, entry in enumerate(self.rows):
            if entry.template_id == template_id:
                return row
        return -1

    def template_path(self, template_id: int) -> str:
        app_id, name = self.templates[template_id]
        customer_id, app_name = self.apps[app_id]
        return f"{self.customers[customer_id]}/{app_name}/{name}"

    def cascade(self, kind: RowKind, item_id: int) -> Cascade:
        """Counts for the delete confirmation, from the rows already loaded."""
        if kind == "customer":
            rows = [e for e in self.rows if e.customer_id == item_id]
        elif kind == "app":
            rows = [e for e in self.rows if e.app_id == item_id]
        else:
            rows = [e for e in self.rows if e.template_id == item_id]
        apps = {e.app_id for e in rows if e.app_id is not None}
        templates = [e for e in rows if e.template_id is not None]
        linked = set().union(*(e.experiments for e in templates)) if templates else set()
        return Cascade(
            apps=len(apps) if kind == "customer" else 0,
            templates=len(templates) if kind != "template" else 0,
            links=sum(len(e.experiments) for e in templates),
            experiments=len(linked),
        )

    # -------------------------------------------------------------- plumbing

    def _set_busy(self, delta: int) -> None:
        was = self._busy > 0
        self._busy += delta
        if (self._busy > 0) != was:
            self.busy_changed.emit(self._busy > 0)

    async def settle(self, timeout: float = 5.0) -> None:
        """Let calls in flight finish (before the connection closes), cancelling stragglers."""
        await asyncio.sleep(0)  # slots called just before have not started (registered) yet
        pending = set(self._in_flight)
        if pending:
            _, late = await asyncio.wait(pending, timeout=timeout)
            for task in late:
                task.cancel()

    async def _call(self, op: MatrixOp, awaitable: Awaitable[Any]) -> Any:
        """Await a client call; failures go to ``failed`` (or the session's expiry), never raise."""
        self._set_busy(1)
        task = asyncio.current_task()
        if task is not None:
            self._in_flight.add(task)
        try:
            return await awaitable
        except SessionExpired as exc:
            self.session.report_expired(exc)
            self.failed.emit(op, 401, exc.message)
        except ApiError as exc:
            self.failed.emit(op, exc.status, exc.message)
        except ClientError as exc:
            self.failed.emit(op, 0, exc.message)
        except Exception as exc:
            # Not a server answer (e.g. the loop is shutting down): reported, never a traceback.
            log.warning("matrix %s failed: %s", op, exc)
            self.failed.emit(op, 0, str(exc) or type(exc).__name__)
        finally:
            self._set_busy(-1)
            self._in_flight.discard(task)
        return FAILED

    # ----------------------------------------------------------------- loading

    @asyncSlot()
    async def reload(self) -> None:
        """Fetch the matrix, customers and apps together and replace everything."""
        client = self.session.require_client()

        async def fetch() -> tuple[Any, ...]:
            # A task group: when one request fails the others stop too (no orphans).
            try:
                async with asyncio.TaskGroup() as group:
                    matrix = group.create_task(client.experiment_matrix())
                    customers = group.create_task(client.list_customers())
                    apps = group.create_task(client.list_apps())
            except ExceptionGroup as failures:
                raise failures.exceptions[0] from None
            return matrix.result(), customers.result(), apps.result()

        answer = await self._call(MatrixOp.RELOAD, fetch())
        if answer is FAILED:
            return
        matrix, customers, apps = answer
        self.set_data(
            matrix,
            customers={c.id: c.name for c in customers},
            apps={a.id: (a.customer_id, a.name) for a in apps},
        )
        self.done.emit(MatrixOp.RELOAD, None)

    def set_data(
        self,
        matrix: MatrixResponse,
        *,
        customers: dict[int, str] | None = None,
        apps: dict[int, tuple[int, str]] | None = None,
    ) -> None:
        """Replace everything with a matrix answer (plus customers/apps that have no templates)."""
        self.customers = dict(customers or {})
        self.apps = dict(apps or {})
        self.templates = {}
        self.links = {}
        for row in matrix.rows:
            self.customers[row.customer_id] = row.customer_name
            self.apps[row.app_id] = (row.customer_id, row.app_name)
            self.templates[row.template_id] = (row.app_id, row.template_name)
            self.links[row.template_id] = {int(key) for key in row.experiments}
        self.experiments = sorted(matrix.experiments, key=lambda e: e.id)
        self.rows = sorted(self._entries(self.customers), key=sort_key)
        self.has_loaded = True
        self.loaded.emit()

    def _entries(self, customer_ids: Iterable[int]) -> list[MatrixEntry]:
        """Rows (unsorted) for these customers, with placeholders where nothing is below."""
        wanted = set(customer_ids)
        apps_of: dict[int, list[int]] = {}
        for app_id, (customer_id, _) in self.apps.items():
            if customer_id in wanted:
                apps_of.setdefault(customer_id, []).append(app_id)
        templates_of: dict[int, list[int]] = {}
        for template_id, (app_id, _) in self.templates.items():
            templates_of.setdefault(app_id, []).append(template_id)
        entries: list[MatrixEntry] = []
        for customer_id in wanted:
            customer = self.customers[customer_id]
            app_ids = apps_of.get(customer_id, [])
            if not app_ids:
                entries.append(MatrixEntry(customer_id, customer))
            for app_id in app_ids:
                app_name = self.apps[app_id][1]
                template_ids = templates_of.get(app_id, [])
                if not template_ids:
                    entries.append(MatrixEntry(customer_id, customer, app_id, app_name))
                for template_id in template_ids:
                    entries.append(
                        MatrixEntry(
                            customer_id,
                            customer,
                            app_id,
                            app_name,
                            template_id,
                            self.templates[template_id][1],
                            set(self.links.get(template_id, ())),
                        )
                    )
        return entries

    def _refresh_customer(self, customer_id: int) -> None:
        """Bring one customer's block of rows in line with the hierarchy, with minimal signals."""
        first = next((r for r, e in enumerate(self.rows) if e.customer_id == customer_id), -1)
        count = 0
        if first >= 0:
            while first + count < len(self.rows) and (
                self.rows[first + count].customer_id == customer_id
            ):
                count += 1
        new = (
            sorted(self._entries([customer_id]), key=sort_key)
            if customer_id in (self.customers)
            else []
        )
        if first < 0:
            first = count = 0
        rest = self.rows[:first] + self.rows[first + count :]
        position = bisect.bisect_left([sort_key(e) for e in rest], sort_key(new[0])) if new else -1
        if count and new and position == first:
            # Same place: change only the differing middle of the block.
            old = self.rows[first : first + count]
            head = 0
            while head < min(len(old), len(new)) and old[head].same_place(new[head]):
                head += 1
            tail = 0
            while tail < min(len(old), len(new)) - head and old[len(old) - 1 - tail].same_place(
                new[len(new) - 1 - tail]
            ):
                tail += 1
            self._remove(first + head, len(old) - head - tail)
            self._insert(first + head, new[head : len(new) - tail])
            return
        self._remove(first, count)
        if new:
            self._insert(position, new)

    def _remove(self, first: int, count: int) -> None:
        if count > 0:
            del self.rows[first : first + count]
            self.rows_removed.emit(first, count)

    def _insert(self, first: int, entries: list[MatrixEntry]) -> None:
        if entries:
            self.rows[first:first] = entries
            self.rows_inserted.emit(first, len(entries))

    # --------------------------------------------------------------- hierarchy

    @asyncSlot(str)
    async def create_customer(self, name: str) -> None:
        op = MatrixOp.CUSTOMER_CREATE
        client = self.session.require_client()
        customer = await self._call(op, client.create_customer(CustomerCreate(name=name)))
        if customer is FAILED:
            return
        self.customers[customer.id] = customer.name
        self._refresh_customer(customer.id)
        self.done.emit(op, customer)

    @asyncSlot(int, str)
    async def rename_customer(self, customer_id: int, name: str) -> None:
        op = MatrixOp.CUSTOMER_RENAME
        client = self.session.require_client()
        changes = CustomerUpdate(name=name)
        customer = await self._call(op, client.update_customer(customer_id, changes))
        if customer is FAILED:
            return
        self.customers[customer.id] = customer.name
        self._refresh_customer(customer.id)
        self.done.emit(op, customer)

    @asyncSlot(int)
    async def delete_customer(self, customer_id: int) -> None:
        op = MatrixOp.CUSTOMER_DELETE
        answer = await self._call(op, self.session.require_client().delete_customer(customer_id))
        if answer is FAILED:
            return
        app_ids = {a for a, (c, _) in self.apps.items() if c == customer_id}
        self._forget_apps(app_ids)
        self.customers.pop(customer_id, None)
        self._refresh_customer(customer_id)
        self.done.emit(op, answer)

    @asyncSlot(int, str)
    async def create_app(self, customer_id: int, name: str) -> None:
        op = MatrixOp.APP_CREATE
        client = self.session.require_client()
        app = await self._call(op, client.create_app(AppCreate(customer_id=customer_id, name=name)))
        if app is FAILED:
            return
        self.apps[app.id] = (app.customer_id, app.name)
        self._refresh_customer(app.customer_id)
        self.done.emit(op, app)

    @asyncSlot(int, str)
    async def rename_app(self, app_id: int, name: str) -> None:
        op = MatrixOp.APP_RENAME
        client = self.session.require_client()
        app = await self._call(op, client.update_app(app_id, AppUpdate(name=name)))
        if app is FAILED:
            return
        self.apps[app.id] = (app.customer_id, app.name)
        self._refresh_customer(app.customer_id)
        self.done.emit(op, app)

    @asyncSlot(int)
    async def delete_app(self, app_id: int) -> None:
        op = MatrixOp.APP_DELETE
        answer = await self._call(op, self.session.require_client().delete_app(app_id))
        if answer is FAILED:
            return
        customer_id = self.apps.get(app_id, (0, ""))[0]
        self._forget_apps({app_id})
        self._refresh_customer(customer_id)
        self.done.emit(op, answer)

    def _forget_apps(self, app_ids: set[int]) -> None:
        for template_id in [t for t, (a, _) in self.templates.items() if a in app_ids]:
            self.templates.pop(template_id)
            self.links.pop(template_id, None)
        for app_id in app_ids:
            self.apps.pop(app_id, None)

    @asyncSlot(int, str)
    async def create_template(self, app_id: int, name: str) -> None:
        op = MatrixOp.TEMPLATE_CREATE
        client = self.session.require_client()
        data = TemplateCreate(app_id=app_id, name=name)
        template = await self._call(op, client.create_template(data))
        if template is FAILED:
            return
        self.templates[template.id] = (template.app_id, template.name)
        self._refresh_customer(self.apps[template.app_id][0])
        self.done.emit(op, template)

    @asyncSlot(int, str)
    async def rename_template(self, template_id: int, name: str) -> None:
        op = MatrixOp.TEMPLATE_RENAME
        client = self.session.require_client()
        changes = TemplateUpdate(name=name)
        template = await self._call(op, client.update_template(template_id, changes))
        if template is FAILED:
            return
        self.templates[template.id] = (template.app_id, template.name)
        self._refresh_customer(self.apps[template.app_id][0])
        self.done.emit(op, template)

    @asyncSlot(int)
    async def delete_template(self, template_id: int) -> None:
        op = MatrixOp.TEMPLATE_DELETE
        answer = await self._call(op, self.session.require_client().delete_template(template_id))
        if answer is FAILED:
            return
        app_id = self.templates.pop(template_id, (0, ""))[0]
        self.links.pop(template_id, None)
        if app_id in self.apps:
            self._refresh_customer(self.apps[app_id][0])
        self.done.emit(op, answer)

    # ------------------------------------------------------------- experiments

    @asyncSlot(str, str, list)
    async def create_experiment(
        self, name: str, reference_type: str, template_ids: list[int]
    ) -> None:
        op = MatrixOp.EXPERIMENT_CREATE
        client = self.session.require_client()
        data = ExperimentCreate(
            name=name,
            reference_type=reference_type,
            template_ids=list(template_ids),
        )
        experiment = await self._call(op, client.create_experiment(data))
        if experiment is FAILED:
            return
        self._apply_experiment(experiment)
        self.done.emit(op, experiment)

    @asyncSlot(int)
    async def load_experiment(self, experiment_id: int) -> None:
        """Fetch one experiment (reference type, links) for its dialog."""
        client = self.session.require_client()
        experiment = await self._call(
            MatrixOp.EXPERIMENT_LOAD, client.get_experiment(experiment_id)
        )
        if experiment is not FAILED:
            self._apply_experiment(experiment)
            self.experiment_loaded.emit(experiment)

    @asyncSlot(int, dict, list, list)
    async def save_experiment(
        self,
        experiment_id: int,
        changes: dict[str, Any],
        link: list[int],
        unlink: list[int],
    ) -> None:
        """Apply field changes, then links, then unlinks; stops at the first failure."""
        op = MatrixOp.EXPERIMENT_SAVE
        client = self.session.require_client()
        experiment: Any = None
        if changes:
            update = ExperimentUpdate.model_validate(changes)
            experiment = await self._call(op, client.update_experiment(experiment_id, update))
            if experiment is FAILED:
                return
            self._apply_experiment(experiment)
        if link:
            experiment = await self._call(op, client.link_templates(experiment_id, list(link)))
            if experiment is FAILED:
                return
            self._apply_experiment(experiment)
        for template_id in unlink:
            experiment = await self._call(op, client.unlink_template(experiment_id, template_id))
            if experiment is FAILED:
                return
            self._apply_experiment(experiment)
        self.done.emit(op, experiment)

    @asyncSlot(int, int)
    async def toggle_link(self, template_id: int, experiment_id: int) -> None:
        """Link the template to the experiment, or unlink it when it is linked."""
        op = MatrixOp.EXPERIMENT_TOGGLE
        client = self.session.require_client()
        if experiment_id in self.links.get(template_id, set()):
            call = client.unlink_template(experiment_id, template_id)
        else:
            call = client.link_templates(experiment_id, [template_id])
        experiment = await self._call(op, call)
        if experiment is FAILED:
            return
        self._apply_experiment(experiment)
        self.done.emit(op, experiment)

    @asyncSlot(int)
    async def delete_experiment(self, experiment_id: int) -> None:
        op = MatrixOp.EXPERIMENT_DELETE
        answer = await self._call(
            op, self.session.require_client().delete_experiment(experiment_id)
        )
        if answer is FAILED:
            return
        index = self.experiment_index(experiment_id)
        for entry in self.rows:
            if experiment_id in entry.experiments:
                entry.experiments.discard(experiment_id)
                self.links.get(entry.template_id or 0, set()).discard(experiment_id)
        if index >= 0:
            del self.experiments[index]
            self.column_removed.emit(index)
        self.done.emit(op, answer)

    # ------------------------------------------------------------ tagged runs

    @asyncSlot()
    async def load_runs(self) -> None:
        """Recent finished AutoTest runs, newest first -> ``done(RUNS_LOAD, [...])``."""
        client = self.session.require_client()
        op = MatrixOp.RUNS_LOAD
        page = await self._call(op, client.list_reports(limit=RECENT_RUNS))
        if page is not FAILED:
            self.done.emit(op, [r for r in page[0] if r.status != "RUNNING"])

    @asyncSlot(str, int)
    async def tag_run(self, batch_id: str, experiment_id: int) -> None:
        """Tag a run with the experiment (all its templates); the column shows its pass rate."""
        op = MatrixOp.RUN_TAG
        client = self.session.require_client()
        report = await self._call(op, client.tag_report(batch_id, experiment_id))
        if report is FAILED:
            return
        matrix = await self._call(op, client.experiment_matrix())
        if matrix is FAILED:
            return
        fresh = {column.id: column for column in matrix.experiments}
        for index, column in enumerate(self.experiments):
            new = fresh.get(column.id)
            if new is not None and new != column:
                self.experiments[index] = new
                self.column_changed.emit(index)
        self.done.emit(op, report)

    def _apply_experiment(self, experiment: ExperimentResponse) -> None:
        """Take the server's view of one experiment: its column and its links."""
        index = self.experiment_index(experiment.id)
        # The tagged-run figures are not in an experiment's answer: keep the column's.
        latest = (
            self.experiments[index].model_dump(
                include={"latest_batch_id", "latest_batch_time", "latest_pass_rate"}
            )
            if index >= 0
            else {}
        )
        brief = ExperimentColumn(
            id=experiment.id,
            name=experiment.name,
            status=experiment.status,
            color=experiment.color,
            **latest,
        )
        if index < 0:
            index = bisect.bisect_left([e.id for e in self.experiments], experiment.id)
            self.experiments.insert(index, brief)
            self.columns_inserted.emit(index, 1)
        elif self.experiments[index] != brief:
            self.experiments[index] = brief
            self.column_changed.emit(index)
        linked = set(experiment.template_ids)
        for row, entry in enumerate(self.rows):
            if entry.template_id is None:
                continue
            has = experiment.id in entry.experiments
            if has != (entry.template_id in linked):
                if has:
                    entry.experiments.discard(experiment.id)
                    self.links.setdefault(entry.template_id, set()).discard(experiment.id)
                else:
                    entry.experiments.add(experiment.id)
                    self.links.setdefault(entry.template_id, set()).add(experiment.id)
                self.row_changed.emit(row)
