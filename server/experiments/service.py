"""Experiment rules: unique names, parents that exist, partial updates, links, the matrix."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from server.contract.experiments import (
    PALETTE,
    AppCreate,
    AppUpdate,
    CustomerCreate,
    CustomerUpdate,
    ExperimentBrief,
    ExperimentColumn,
    ExperimentCreate,
    ExperimentResponse,
    ExperimentUpdate,
    MatrixResponse,
    MatrixRow,
    TemplateCreate,
    TemplateUpdate,
)
from server.contract.vocabulary import ExperimentStatus
from server.db.models import User, utcnow
from server.db.models.autotest import Batch
from server.db.models.experiments import App, Customer, Experiment, Template
from server.errors import Conflict, NotFound
from server.experiments.repository import ExperimentRepository

__all__ = [
    "create_app",
    "create_customer",
    "create_experiment",
    "create_template",
    "delete_app",
    "delete_customer",
    "delete_experiment",
    "delete_template",
    "get_app",
    "get_customer",
    "get_experiment",
    "get_template",
    "link_templates",
    "list_apps",
    "list_customers",
    "list_experiments",
    "list_templates",
    "matrix",
    "palette_color",
    "unlink_template",
    "update_app",
    "update_customer",
    "update_experiment",
    "update_template",
]


def palette_color(experiment_id: int) -> str:
    return PALETTE[experiment_id % len(PALETTE)]


def _customer_clash(name: str) -> Conflict:
    return Conflict(f"客户名称已存在: {name}", f"Customer name already exists: {name}")


def _app_clash(name: str) -> Conflict:
    return Conflict(
        f"该客户下已有同名应用: {name}", f"This customer already has an app named: {name}"
    )


def _template_clash(name: str) -> Conflict:
    return Conflict(
        f"该应用下已有同名模板: {name}", f"This app already has a template named: {name}"
    )


async def _commit_or_conflict(repo: ExperimentRepository, clash: Conflict) -> None:
    """Commit; a unique constraint hit by a concurrent writer becomes the same 409."""
    try:
        await repo.commit()
    except IntegrityError as exc:
        await repo.rollback()
        raise clash from exc


# Customers


async def get_customer(session: AsyncSession, *, customer_id: int) -> Customer:
    repo = ExperimentRepository.from_session(session)
    customer = await repo.get_customer(customer_id)
    if customer is None:
        raise NotFound(f"客户不存在: {customer_id}", f"Customer not found: {customer_id}")
    return customer


async def list_customers(session: AsyncSession) -> list[Customer]:
    repo = ExperimentRepository.from_session(session)
    return await repo.list_customers()


async def create_customer(session: AsyncSession, *, data: CustomerCreate) -> Customer:
    repo = ExperimentRepository.from_session(session)
    key = data.name.casefold()
    existing = await repo.customer_by_key(key)
    if existing is not None:
        raise _customer_clash(existing.name)
    customer = Customer(
        name=data.name,
        name_key=key,
        contact=data.contact,
        description=data.description,
        created_at=utcnow(),
    )
    repo.add(customer)
    await _commit_or_conflict(repo, _customer_clash(data.name))
    return customer


async def update_customer(
    session: AsyncSession, *, customer_id: int, changes: CustomerUpdate
) -> Customer:
    repo = ExperimentRepository.from_session(session)
    customer = await get_customer(session, customer_id=customer_id)
    fields = changes.model_fields_set
    if "name" in fields and changes.name is not None:
        key = changes.name.casefold()
        existing = await repo.customer_by_key(key)
        if existing is not None and existing.id != customer.id:
            raise _customer_clash(existing.name)
        customer.name, customer.name_key = changes.name, key
    if "contact" in fields:
        customer.contact = changes.contact
    if "description" in fields:
        customer.description = changes.description
    customer.updated_at = utcnow()
    await _commit_or_conflict(repo, _customer_clash(customer.name))
    return customer


async def delete_customer(session: AsyncSession, *, customer_id: int) -> None:
    repo = ExperimentRepository.from_session(session)
    await get_customer(session, customer_id=customer_id)
    await repo.delete_customer(customer_id)
    await repo.commit()


# Apps


async def get_app(session: AsyncSession, *, app_id: int) -> App:
    repo = ExperimentRepository.from_session(session)
    app = await repo.get_app(app_id)
    if app is None:
        raise NotFound(f"应用不存在: {app_id}", f"App not found: {app_id}")
    return app


async def list_apps(session: AsyncSession, *, customer_id: int | None) -> list[App]:
    repo = ExperimentRepository.from_session(session)
    return await repo.list_apps(customer_id)


async def create_app(session: AsyncSession, *, data: AppCreate) -> App:
    repo = ExperimentRepository.from_session(session)
    await get_customer(session, customer_id=data.customer_id)
    if await repo.app_by_name(data.customer_id, data.name) is not None:
        raise _app_clash(data.name)
    app = App(
        customer_id=data.customer_id,
        name=data.name,
        description=data.description,
        created_at=utcnow(),
    )
    repo.add(app)
    await _commit_or_conflict(repo, _app_clash(data.name))
    return app


async def update_app(session: AsyncSession, *, app_id: int, changes: AppUpdate) -> App:
    repo = ExperimentRepository.from_session(session)
    app = await get_app(session, app_id=app_id)
    fields = changes.model_fields_set
    if "name" in fields and changes.name is not None:
        existing = await repo.app_by_name(app.customer_id, changes.name)
        if existing is not None and existing.id != app.id:
            raise _app_clash(changes.name)
        app.name = changes.name
    if "description" in fields:
        app.description = changes.description
    app.updated_at = utcnow()
    await _commit_or_conflict(repo, _app_clash(app.name))
    return app


async def delete_app(session: AsyncSession, *, app_id: int) -> None:
    repo = ExperimentRepository.from_session(session)
    await get_app(session, app_id=app_id)
    await repo.delete_app(app_id)
    await repo.commit()


# Templates


async def get_template(session: AsyncSession, *, template_id: int) -> Template:
    repo = ExperimentRepository.from_session(session)
    template = await repo.get_template(template_id)
    if template is None:
        raise NotFound(f"模板不存在: {template_id}", f"Template not found: {template_id}")
    return template


async def list_templates(session: AsyncSession, *, app_id: int | None) -> list[Template]:
    repo = ExperimentRepository.from_session(session)
    return await repo.list_templates(app_id)


async def create_template(session: AsyncSession, *, data: TemplateCreate) -> Template:
    repo = ExperimentRepository.from_session(session)
    await get_app(session, app_id=data.app_id)
    if await repo.template_by_name(data.app_id, data.name) is not None:
        raise _template_clash(data.name)
    template = Template(
        app_id=data.app_id, name=data.name, description=data.description, created_at=utcnow()
    )
    repo.add(template)
    await _commit_or_conflict(repo, _template_clash(data.name))
    return template


async def update_template(
    session: AsyncSession, *, template_id: int, changes: TemplateUpdate
) -> Template:
    repo = ExperimentRepository.from_session(session)
    template = await get_template(session, template_id=template_id)
    fields = changes.model_fields_set
    if "name" in fields and changes.name is not None:
        existing = await repo.template_by_name(template.app_id, changes.name)
        if existing is not None and existing.id != template.id:
            raise _template_clash(changes.name)
        template.name = changes.name
    if "description" in fields:
        template.description = changes.description
    template.updated_at = utcnow()
    await _commit_or_conflict(repo, _template_clash(template.name))
    return template


async def delete_template(session: AsyncSession, *, template_id: int) -> None:
    repo = ExperimentRepository.from_session(session)
    await get_template(session, template_id=template_id)
    await repo.delete_template(template_id)
    await repo.commit()


# Experiments


def _unique(ids: Iterable[int]) -> list[int]:
    return list(dict.fromkeys(ids))


async def _require_templates(repo: ExperimentRepository, template_ids: Sequence[int]) -> None:
    missing = sorted(set(template_ids) - await repo.existing_template_ids(template_ids))
    if missing:
        listed = ", ".join(str(t) for t in missing)
        raise NotFound(f"模板不存在: {listed}", f"Template not found: {listed}")


async def _get_experiment_row(repo: ExperimentRepository, experiment_id: int) -> Experiment:
    experiment = await repo.get_experiment(experiment_id)
    if experiment is None:
        raise NotFound(f"实验不存在: {experiment_id}", f"Experiment not found: {experiment_id}")
    return experiment


async def _responses(
    repo: ExperimentRepository, experiments: Sequence[Experiment]
) -> list[ExperimentResponse]:
    """Experiments with their linked templates, in one extra query for the lot."""
    paths = await repo.template_paths([e.id for e in experiments])
    return [
        ExperimentResponse.model_validate(
            {
                "id": e.id,
                "name": e.name,
                "status": e.status,
                "reference_type": e.reference_type,
                "color": e.color,
                "created_at": e.created_at,
                "created_by": e.created_by,
                "updated_at": e.updated_at,
                "template_ids": [t for t, *_ in paths[e.id]],
                "template_names": [f"{c}/{a}/{t}" for _, c, a, t in paths[e.id]],
            }
        )
        for e in experiments
    ]


async def get_experiment(session: AsyncSession, *, experiment_id: int) -> ExperimentResponse:
    repo = ExperimentRepository.from_session(session)
    experiment = await _get_experiment_row(repo, experiment_id)
    return (await _responses(repo, [experiment]))[0]


async def list_experiments(
    session: AsyncSession,
    *,
    page: int,
    page_size: int,
    status: str | None,
    template_id: int | None,
) -> tuple[list[ExperimentResponse], int]:
    repo = ExperimentRepository.from_session(session)
    items = await repo.page_experiments(
        offset=(page - 1) * page_size, limit=page_size, status=status, template_id=template_id
    )
    total = await repo.count_experiments(status=status, template_id=template_id)
    return await _responses(repo, items), total


async def create_experiment(
    session: AsyncSession, *, creator: User, data: ExperimentCreate
) -> ExperimentResponse:
    repo = ExperimentRepository.from_session(session)
    template_ids = _unique(data.template_ids)
    await _require_templates(repo, template_ids)
    now = utcnow()
    experiment = Experiment(
        name=data.name,
        status=ExperimentStatus.DRAFT,
        reference_type=data.reference_type,
        color=data.color or "",
        created_by=creator.id,
        created_at=now,
    )
    repo.add(experiment)
    await repo.flush()  # the palette colour needs the id
    if not experiment.color:
        experiment.color = palette_color(experiment.id)
    await repo.add_links(experiment.id, template_ids)
    await _commit_or_conflict(
        repo, Conflict("模板已被同时删除，请重试", "A template was deleted meanwhile; try again")
    )
    return (await _responses(repo, [experiment]))[0]


async def update_experiment(
    session: AsyncSession, *, experiment_id: int, changes: ExperimentUpdate
) -> ExperimentResponse:
    repo = ExperimentRepository.from_session(session)
    experiment = await _get_experiment_row(repo, experiment_id)
    fields = changes.model_fields_set
    if "name" in fields and changes.name is not None:
        experiment.name = changes.name
    if "status" in fields and changes.status is not None:
        experiment.status = changes.status
    if "reference_type" in fields and changes.reference_type is not None:
        experiment.reference_type = changes.reference_type
    if "color" in fields:
        # ``null`` gives the experiment its palette colour back.
        experiment.color = changes.color or palette_color(experiment.id)
    experiment.updated_at = utcnow()
    await repo.commit()
    return (await _responses(repo, [experiment]))[0]


async def delete_experiment(session: AsyncSession, *, experiment_id: int) -> None:
    repo = ExperimentRepository.from_session(session)
    await _get_experiment_row(repo, experiment_id)
    await repo.delete_experiment(experiment_id)
    await repo.commit()


async def link_templates(
    session: AsyncSession, *, experiment_id: int, template_ids: Sequence[int]
) -> ExperimentResponse:
    repo = ExperimentRepository.from_session(session)
    experiment = await _get_experiment_row(repo, experiment_id)
    wanted = _unique(template_ids)
    await _require_templates(repo, wanted)
    linked = await repo.linked_template_ids(experiment_id)
    new = [t for t in wanted if t not in linked]
    if new:
        await repo.add_links(experiment_id, new)
        experiment.updated_at = utcnow()
    await _commit_or_conflict(
        repo, Conflict("关联已被同时修改，请重试", "The links changed meanwhile; try again")
    )
    return (await _responses(repo, [experiment]))[0]


async def unlink_template(
    session: AsyncSession, *, experiment_id: int, template_id: int
) -> ExperimentResponse:
    repo = ExperimentRepository.from_session(session)
    experiment = await _get_experiment_row(repo, experiment_id)
    if not await repo.delete_link(experiment_id, template_id):
        raise NotFound(
            f"实验 {experiment_id} 未关联模板 {template_id}",
            f"Experiment {experiment_id} is not linked to template {template_id}",
        )
    experiment.updated_at = utcnow()
    await repo.commit()
    return (await _responses(repo, [experiment]))[0]


# Matrix


async def matrix(session: AsyncSession) -> MatrixResponse:
    """Rows by customer, app and template name; each experiment's brief is built once."""
    repo = ExperimentRepository.from_session(session)
    rows = await repo.matrix_rows()
    briefs = await repo.experiment_briefs()
    links = await repo.all_links()
    by_id = {
        b[0]: ExperimentBrief(id=b[0], name=b[1], status=ExperimentStatus(b[2]), color=b[3])
        for b in briefs
    }
    tagged = await repo.latest_tagged_batches()
    per_template: dict[int, dict[str, ExperimentBrief]] = {}
    for template_id, experiment_id in links:
        brief = by_id.get(experiment_id)
        if brief is not None:  # a link committed between our reads
            per_template.setdefault(template_id, {})[str(experiment_id)] = brief
    # Sorted here, not in SQL: the same order on every database whatever its collation.
    rows.sort(
        key=lambda r: (
            r[1].casefold(),
            r[1],
            r[0],
            r[3].casefold(),
            r[3],
            r[2],
            r[5].casefold(),
            r[5],
            r[4],
        )
    )
    return MatrixResponse(
        rows=[
            # Built from stored, typed columns: validating a row per template cost more
            # than the rest of the request's Python (model_construct checks nothing).
            MatrixRow.model_construct(
                customer_id=c_id,
                customer_name=c_name,
                app_id=a_id,
                app_name=a_name,
                template_id=t_id,
                template_name=t_name,
                experiments=per_template.get(t_id, {}),
            )
            for c_id, c_name, a_id, a_name, t_id, t_name in rows
        ],
        experiments=[
            ExperimentColumn(**brief.model_dump(), **_latest(tagged.get(i)))
            for i, brief in by_id.items()
        ],
    )


def _latest(batch: Batch | None) -> dict[str, Any]:
    """The header figures of an experiment's column: its newest tagged batch."""
    if batch is None:
        return {}
    finished = batch.pass_count + batch.fail_count + batch.error_count
    return {
        "latest_batch_id": batch.id,
        "latest_batch_time": batch.start_time,
        "latest_pass_rate": round(batch.pass_count / finished, 4) if finished else None,
    }
