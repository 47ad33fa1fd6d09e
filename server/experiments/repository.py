"""All queries on customers, apps, templates, experiments and their links."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Select, delete, func, insert, select

from server.db.models.autotest import Batch
from server.db.models.experiments import App, Customer, Experiment, ExperimentTemplate, Template
from server.db.repository import RepositoryBase, affected_rows

__all__ = ["ExperimentRepository", "MatrixRowData"]

# customer_id, customer_name, app_id, app_name, template_id, template_name
MatrixRowData = tuple[int, str, int, str, int, str]


class ExperimentRepository(RepositoryBase[Experiment]):
    model = Experiment

    # Customers

    async def get_customer(self, customer_id: int) -> Customer | None:
        return await self.session.get(Customer, customer_id)

    async def customer_by_key(self, name_key: str) -> Customer | None:
        stmt = select(Customer).where(Customer.name_key == name_key)
        return await self.get_one_or_none(stmt)

    async def list_customers(self) -> list[Customer]:
        return await self.get_all(select(Customer).order_by(Customer.id))

    async def delete_customer(self, customer_id: int) -> None:
        # Apps, their templates and the templates' experiment links go by ON DELETE CASCADE.
        await self.session.execute(delete(Customer).where(Customer.id == customer_id))

    # Apps

    async def get_app(self, app_id: int) -> App | None:
        return await self.session.get(App, app_id)

    async def app_by_name(self, customer_id: int, name: str) -> App | None:
        stmt = select(App).where(App.customer_id == customer_id, App.name == name)
        return await self.get_one_or_none(stmt)

    async def list_apps(self, customer_id: int | None) -> list[App]:
        stmt = select(App).order_by(App.id)
        if customer_id is not None:
            stmt = stmt.where(App.customer_id == customer_id)
        return await self.get_all(stmt)

    async def delete_app(self, app_id: int) -> None:
        await self.session.execute(delete(App).where(App.id == app_id))

    # Templates

    async def get_template(self, template_id: int) -> Template | None:
        return await self.session.get(Template, template_id)

    async def template_by_name(self, app_id: int, name: str) -> Template | None:
        stmt = select(Template).where(Template.app_id == app_id, Template.name == name)
        return await self.get_one_or_none(stmt)

    async def list_templates(self, app_id: int | None) -> list[Template]:
        stmt = select(Template).order_by(Template.id)
        if app_id is not None:
            stmt = stmt.where(Template.app_id == app_id)
        return await self.get_all(stmt)

    async def delete_template(self, template_id: int) -> None:
        await self.session.execute(delete(Template).where(Template.id == template_id))

    async def existing_template_ids(self, template_ids: Iterable[int]) -> set[int]:
        ids = list(template_ids)
        if not ids:
            return set()
        stmt = select(Template.id).where(Template.id.in_(ids))
        return set((await self.session.execute(stmt)).scalars())

    # Experiments

    async def get_experiment(self, experiment_id: int) -> Experiment | None:
        return await self.session.get(Experiment, experiment_id)

    @staticmethod
    def _filtered(stmt: Select[Any], *, status: str | None, template_id: int | None) -> Select[Any]:
        if status is not None:
            stmt = stmt.where(Experiment.status == status)
        if template_id is not None:
            linked = select(ExperimentTemplate.experiment_id).where(
                ExperimentTemplate.template_id == template_id
            )
            stmt = stmt.where(Experiment.id.in_(linked))
        return stmt

    async def page_experiments(
        self, *, offset: int, limit: int, status: str | None, template_id: int | None
    ) -> list[Experiment]:
        stmt = self._filtered(select(Experiment), status=status, template_id=template_id)
        stmt = stmt.order_by(Experiment.id).offset(offset).limit(limit)
        return await self.get_all(stmt)

    async def count_experiments(self, *, status: str | None, template_id: int | None) -> int:
        stmt = self._filtered(
            select(func.count(Experiment.id)), status=status, template_id=template_id
        )
        return (await self.session.execute(stmt)).scalar_one()

    async def delete_experiment(self, experiment_id: int) -> None:
        await self.session.execute(delete(Experiment).where(Experiment.id == experiment_id))

    # Links

    async def linked_template_ids(self, experiment_id: int) -> set[int]:
        stmt = select(ExperimentTemplate.template_id).where(
            ExperimentTemplate.experiment_id == experiment_id
        )
        return set((await self.session.execute(stmt)).scalars())

    async def add_links(self, experiment_id: int, template_ids: Sequence[int]) -> None:
        if template_ids:
            await self.session.execute(
                insert(ExperimentTemplate),
                [{"experiment_id": experiment_id, "template_id": t} for t in template_ids],
            )

    async def delete_link(self, experiment_id: int, template_id: int) -> bool:
        """Remove one link; ``False`` when there was none."""
        result = await self.session.execute(
            delete(ExperimentTemplate).where(
                ExperimentTemplate.experiment_id == experiment_id,
                ExperimentTemplate.template_id == template_id,
            )
        )
        return affected_rows(result) > 0

    async def template_paths(
        self, experiment_ids: Sequence[int]
    ) -> dict[int, list[tuple[int, str, str, str]]]:
        """Per experiment: its templates as ``(id, customer, app, template)``, by template id."""
        paths: dict[int, list[tuple[int, str, str, str]]] = {e: [] for e in experiment_ids}
        if not experiment_ids:
            return paths
        stmt = (
            select(
                ExperimentTemplate.experiment_id,
                Template.id,
                Customer.name,
                App.name,
                Template.name,
            )
            .join(Template, Template.id == ExperimentTemplate.template_id)
            .join(App, App.id == Template.app_id)
            .join(Customer, Customer.id == App.customer_id)
            .where(ExperimentTemplate.experiment_id.in_(experiment_ids))
            .order_by(ExperimentTemplate.experiment_id, Template.id)
        )
        for experiment_id, template_id, customer, app, template in await self.session.execute(stmt):
            paths[experiment_id].append((template_id, customer, app, template))
        return paths

    # Matrix: three queries whatever the size.

    async def matrix_rows(self) -> list[MatrixRowData]:
        stmt = (
            select(Customer.id, Customer.name, App.id, App.name, Template.id, Template.name)
            .join(App, App.id == Template.app_id)
            .join(Customer, Customer.id == App.customer_id)
        )
        return [(c, cn, a, an, t, tn) for c, cn, a, an, t, tn in await self.session.execute(stmt)]

    async def all_links(self) -> list[tuple[int, int]]:
        """Every ``(template_id, experiment_id)`` pair."""
        stmt = select(ExperimentTemplate.template_id, ExperimentTemplate.experiment_id).order_by(
            ExperimentTemplate.experiment_id
        )
        return [(t, e) for t, e in await self.session.execute(stmt)]

    async def latest_tagged_batches(self) -> dict[int, Batch]:
        """Per experiment, the newest AutoTest batch tagged with it."""
        newest = (
            select(Batch.experiment_id, func.max(Batch.start_time).label("start_time"))
            .where(Batch.experiment_id.is_not(None))
            .group_by(Batch.experiment_id)
            .subquery()
        )
        stmt = (
            select(Batch)
            .join(
                newest,
                (Batch.experiment_id == newest.c.experiment_id)
                & (Batch.start_time == newest.c.start_time),
            )
            .order_by(Batch.id)
        )
        found: dict[int, Batch] = {}
        for batch in (await self.session.execute(stmt)).scalars():
            if batch.experiment_id is not None:
                found.setdefault(batch.experiment_id, batch)
        return found

    async def experiment_briefs(self) -> list[tuple[int, str, str, str]]:
        """Every experiment as ``(id, name, status, color)``, by id."""
        stmt = select(Experiment.id, Experiment.name, Experiment.status, Experiment.color).order_by(
            Experiment.id
        )
        return [(i, n, s, c) for i, n, s, c in await self.session.execute(stmt)]
