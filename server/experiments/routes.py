"""``/api/v1/experiments``: customers, apps, templates, experiments and the matrix.

Fixed paths (``/matrix``, ``/customers``, ``/apps``, ``/templates``) are declared
before ``/{experiment_id}`` so that the path parameter never swallows them.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from fastapi.responses import JSONResponse

from server.auth.deps import CurrentUser
from server.contract.common import MessageResponse
from server.contract.experiments import (
    AppCreate,
    AppResponse,
    AppUpdate,
    CustomerCreate,
    CustomerResponse,
    CustomerUpdate,
    ExperimentCreate,
    ExperimentPage,
    ExperimentResponse,
    ExperimentStatus,
    ExperimentUpdate,
    LinkTemplatesRequest,
    MatrixResponse,
    TemplateCreate,
    TemplateResponse,
    TemplateUpdate,
)
from server.deps import LanguageDep, SessionDep
from server.experiments import service
from server.experiments.repository import ExperimentRepository
from server.i18n import Language, Text
from server.responses import AUTH, MISSING, errors

__all__ = ["router"]

router = APIRouter(prefix="/api/v1/experiments", tags=["experiments"])

CLASH = errors(401, 403, 404, 409)


def _deleted(language: Language) -> MessageResponse:
    return MessageResponse(message=Text("删除成功", "Deleted").render(language))


# Matrix


@router.get("/matrix", response_model=MatrixResponse, responses=AUTH)
async def get_matrix(_: CurrentUser, session: SessionDep) -> JSONResponse:
    """One row per template (customer, app, template name order); experiments as columns."""
    # Built as plain dicts by the service: validating 1,000 rows again would only cost time.
    return JSONResponse(await service.matrix(ExperimentRepository(session)))


# Customers


@router.get("/customers", response_model=list[CustomerResponse], responses=AUTH)
async def list_customers(_: CurrentUser, session: SessionDep) -> list[CustomerResponse]:
    customers = await service.list_customers(ExperimentRepository(session))
    return [CustomerResponse.model_validate(c) for c in customers]


@router.post("/customers", response_model=CustomerResponse, status_code=201, responses=CLASH)
async def create_customer(
    body: CustomerCreate, _: CurrentUser, session: SessionDep
) -> CustomerResponse:
    customer = await service.create_customer(ExperimentRepository(session), data=body)
    return CustomerResponse.model_validate(customer)


@router.get("/customers/{customer_id}", response_model=CustomerResponse, responses=MISSING)
async def get_customer(customer_id: int, _: CurrentUser, session: SessionDep) -> CustomerResponse:
    customer = await service.get_customer(ExperimentRepository(session), customer_id=customer_id)
    return CustomerResponse.model_validate(customer)


@router.put("/customers/{customer_id}", response_model=CustomerResponse, responses=CLASH)
async def update_customer(
    customer_id: int, body: CustomerUpdate, _: CurrentUser, session: SessionDep
) -> CustomerResponse:
    customer = await service.update_customer(
        ExperimentRepository(session), customer_id=customer_id, changes=body
    )
    return CustomerResponse.model_validate(customer)


@router.delete("/customers/{customer_id}", response_model=MessageResponse, responses=MISSING)
async def delete_customer(
    customer_id: int, _: CurrentUser, session: SessionDep, language: LanguageDep
) -> MessageResponse:
    """Deletes the customer's apps and templates too, and unlinks those templates."""
    await service.delete_customer(ExperimentRepository(session), customer_id=customer_id)
    return _deleted(language)


# Apps


@router.get("/apps", response_model=list[AppResponse], responses=AUTH)
async def list_apps(
    _: CurrentUser, session: SessionDep, customer_id: int | None = None
) -> list[AppResponse]:
    apps = await service.list_apps(ExperimentRepository(session), customer_id=customer_id)
    return [AppResponse.model_validate(a) for a in apps]


@router.post("/apps", response_model=AppResponse, status_code=201, responses=CLASH)
async def create_app(body: AppCreate, _: CurrentUser, session: SessionDep) -> AppResponse:
    app = await service.create_app(ExperimentRepository(session), data=body)
    return AppResponse.model_validate(app)


@router.get("/apps/{app_id}", response_model=AppResponse, responses=MISSING)
async def get_app(app_id: int, _: CurrentUser, session: SessionDep) -> AppResponse:
    app = await service.get_app(ExperimentRepository(session), app_id=app_id)
    return AppResponse.model_validate(app)


@router.put("/apps/{app_id}", response_model=AppResponse, responses=CLASH)
async def update_app(
    app_id: int, body: AppUpdate, _: CurrentUser, session: SessionDep
) -> AppResponse:
    app = await service.update_app(ExperimentRepository(session), app_id=app_id, changes=body)
    return AppResponse.model_validate(app)


@router.delete("/apps/{app_id}", response_model=MessageResponse, responses=MISSING)
async def delete_app(
    app_id: int, _: CurrentUser, session: SessionDep, language: LanguageDep
) -> MessageResponse:
    """Deletes the app's templates too, and unlinks them from every experiment."""
    await service.delete_app(ExperimentRepository(session), app_id=app_id)
    return _deleted(language)


# Templates


@router.get("/templates", response_model=list[TemplateResponse], responses=AUTH)
async def list_templates(
    _: CurrentUser, session: SessionDep, app_id: int | None = None
) -> list[TemplateResponse]:
    templates = await service.list_templates(ExperimentRepository(session), app_id=app_id)
    return [TemplateResponse.model_validate(t) for t in templates]


@router.post("/templates", response_model=TemplateResponse, status_code=201, responses=CLASH)
async def create_template(
    body: TemplateCreate, _: CurrentUser, session: SessionDep
) -> TemplateResponse:
    template = await service.create_template(ExperimentRepository(session), data=body)
    return TemplateResponse.model_validate(template)


@router.get("/templates/{template_id}", response_model=TemplateResponse, responses=MISSING)
async def get_template(template_id: int, _: CurrentUser, session: SessionDep) -> TemplateResponse:
    template = await service.get_template(ExperimentRepository(session), template_id=template_id)
    return TemplateResponse.model_validate(template)


@router.put("/templates/{template_id}", response_model=TemplateResponse, responses=CLASH)
async def update_template(
    template_id: int, body: TemplateUpdate, _: CurrentUser, session: SessionDep
) -> TemplateResponse:
    template = await service.update_template(
        ExperimentRepository(session), template_id=template_id, changes=body
    )
    return TemplateResponse.model_validate(template)


@router.delete("/templates/{template_id}", response_model=MessageResponse, responses=MISSING)
async def delete_template(
    template_id: int, _: CurrentUser, session: SessionDep, language: LanguageDep
) -> MessageResponse:
    """Deletes the template and unlinks it from every experiment."""
    await service.delete_template(ExperimentRepository(session), template_id=template_id)
    return _deleted(language)


# Experiments (after the fixed paths above)


@router.get("", response_model=ExperimentPage, responses=AUTH)
async def list_experiments(
    _: CurrentUser,
    session: SessionDep,
    page: Annotated[int, Query(ge=1)] = 1,
    page_size: Annotated[int, Query(ge=1, le=100)] = 20,
    template_id: int | None = None,
    status: ExperimentStatus | None = None,
) -> ExperimentPage:
    items, total = await service.list_experiments(
        ExperimentRepository(session),
        page=page,
        page_size=page_size,
        status=status,
        template_id=template_id,
    )
    return ExperimentPage(items=items, total=total, page=page, page_size=page_size)


@router.post("", response_model=ExperimentResponse, status_code=201, responses=MISSING)
async def create_experiment(
    body: ExperimentCreate, user: CurrentUser, session: SessionDep
) -> ExperimentResponse:
    """Status ``draft``, created by the caller; colour from the palette unless given."""
    return await service.create_experiment(ExperimentRepository(session), creator=user, data=body)


@router.get("/{experiment_id}", response_model=ExperimentResponse, responses=MISSING)
async def get_experiment(
    experiment_id: int, _: CurrentUser, session: SessionDep
) -> ExperimentResponse:
    return await service.get_experiment(ExperimentRepository(session), experiment_id=experiment_id)


@router.put("/{experiment_id}", response_model=ExperimentResponse, responses=MISSING)
async def update_experiment(
    experiment_id: int, body: ExperimentUpdate, _: CurrentUser, session: SessionDep
) -> ExperimentResponse:
    return await service.update_experiment(
        ExperimentRepository(session), experiment_id=experiment_id, changes=body
    )


@router.delete("/{experiment_id}", response_model=MessageResponse, responses=MISSING)
async def delete_experiment(
    experiment_id: int, _: CurrentUser, session: SessionDep, language: LanguageDep
) -> MessageResponse:
    """Deletes the experiment and its links; the templates stay."""
    await service.delete_experiment(ExperimentRepository(session), experiment_id=experiment_id)
    return _deleted(language)


@router.post("/{experiment_id}/templates", response_model=ExperimentResponse, responses=MISSING)
async def link_templates(
    experiment_id: int, body: LinkTemplatesRequest, _: CurrentUser, session: SessionDep
) -> ExperimentResponse:
    """Links the templates; ones already linked are left as they are."""
    return await service.link_templates(
        ExperimentRepository(session), experiment_id=experiment_id, template_ids=body.template_ids
    )


@router.delete(
    "/{experiment_id}/templates/{template_id}",
    response_model=ExperimentResponse,
    responses=MISSING,
)
async def unlink_template(
    experiment_id: int, template_id: int, _: CurrentUser, session: SessionDep
) -> ExperimentResponse:
    """Removes one link (404 when the template is not linked); answers with the experiment."""
    return await service.unlink_template(
        ExperimentRepository(session), experiment_id=experiment_id, template_id=template_id
    )
