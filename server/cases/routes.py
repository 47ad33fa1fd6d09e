"""``/cases``: the AutoTest case list, edits, bulk state and delete, import and export."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request, Response
from pydantic import TypeAdapter

from server.auth.deps import AutoTestCaller, RootUser
from server.cases import service
from server.cases.repository import CaseFilter
from server.cases.upload import UPLOAD_OPENAPI, read_upload
from server.contract.autotest import (
    BatchStatusRequest,
    BatchStatusResponse,
    CaseCreate,
    CaseDeleteRequest,
    CaseDeleteResponse,
    CasePatch,
    CaseResponse,
    CaseUpdate,
    ClearAllResponse,
    ImportResponse,
)
from server.deps import LanguageDep, SessionDep, SettingsDep
from server.i18n import Text
from server.responses import AUTH, MISSING, errors
from server.spreadsheets import XLSX_MEDIA_TYPE

router = APIRouter(tags=["cases"])

CONFLICT = errors(described={409: "The question exists already"})
_CASE_LIST = TypeAdapter(list[CaseResponse])

SearchText = Annotated[
    str | None,
    Query(max_length=200, description="Search text over question, keywords and category"),
]
ActiveFilter = Annotated[bool | None, Query(description="Only active (true) or inactive (false)")]
CategoryFilter = Annotated[str | None, Query(max_length=200, description="Exact category")]
LastResultFilter = Annotated[
    Literal["PASS", "FAIL", "ERROR", "NONE"] | None,
    Query(description="The newest finished ask's result; NONE: never finished in any batch"),
]


def _filter(
    q: str | None, is_active: bool | None, category: str | None, last_result: str | None = None
) -> CaseFilter:
    return CaseFilter(
        q=(q or "").strip() or None,
        is_active=is_active,
        category=category,
        last_result=last_result,
    )


@router.get(
    "/cases",
    response_model=list[CaseResponse],
    responses={
        **AUTH,
        200: {"headers": {"X-Total-Count": {"description": "Matches before paging"}}},
    },
)
async def list_cases(
    _: AutoTestCaller,
    session: SessionDep,
    skip: Annotated[int, Query(ge=0)] = 0,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
    q: SearchText = None,
    is_active: ActiveFilter = None,
    category: CategoryFilter = None,
    last_result: LastResultFilter = None,
) -> Response:
    """Cases ordered by id, each with its last result; the total is in ``X-Total-Count``."""
    items, total = await service.list_cases(
        session,
        where=_filter(q, is_active, category, last_result),
        skip=skip,
        limit=limit,
    )
    # Serialised here: returned as models, FastAPI would validate every row again.
    return Response(
        _CASE_LIST.dump_json(items),
        media_type="application/json",
        headers={"X-Total-Count": str(total)},
    )


@router.post("/cases", response_model=CaseResponse, status_code=201, responses={**AUTH, **CONFLICT})
async def create_case(body: CaseCreate, _: AutoTestCaller, session: SessionDep) -> CaseResponse:
    case = await service.create_case(session, data=body)
    return CaseResponse.model_validate(case)


@router.get(
    "/cases/export",
    response_class=Response,
    responses={**AUTH, 200: {"content": {XLSX_MEDIA_TYPE: {}}, "description": "The workbook"}},
)
async def export_cases(
    _: AutoTestCaller,
    session: SessionDep,
    language: LanguageDep,
    q: SearchText = None,
    is_active: ActiveFilter = None,
    category: CategoryFilter = None,
    last_result: LastResultFilter = None,
) -> Response:
    """The filtered cases as ``.xlsx``, with headers ``POST /cases/import`` accepts."""
    content = await service.export_cases(
        session,
        where=_filter(q, is_active, category, last_result),
        language=language,
    )
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    return Response(
        content,
        media_type=XLSX_MEDIA_TYPE,
        headers={"Content-Disposition": f'attachment; filename="cases-{stamp}.xlsx"'},
    )


@router.post(
    "/cases/import",
    response_model=ImportResponse,
    openapi_extra=UPLOAD_OPENAPI,
    responses={
        **AUTH,
        **errors(
            409,
            described={
                400: "Unreadable file, missing column, bad row",
                413: "Over the upload size limit",
            },
        ),
    },
)
async def import_cases(
    request: Request,
    _: AutoTestCaller,
    session: SessionDep,
    settings: SettingsDep,
    language: LanguageDep,
    dry_run: Annotated[
        bool, Query(description="Check the file and show the column mapping; write nothing")
    ] = False,
) -> ImportResponse:
    """Import ``.xlsx``/``.csv`` (multipart field ``file``); all rows or none."""
    upload = await read_upload(request, limit=settings.max_upload_bytes)
    return await service.import_cases(
        session,
        filename=upload.filename,
        data=upload.data,
        language=language,
        dry_run=dry_run,
    )


@router.post("/cases/batch-status", response_model=BatchStatusResponse, responses=AUTH)
async def batch_status(
    body: BatchStatusRequest, _: AutoTestCaller, session: SessionDep
) -> BatchStatusResponse:
    """Activate or deactivate many cases; unknown ids are ignored (not counted)."""
    updated = await service.set_active(session, case_ids=body.case_ids, is_active=body.is_active)
    return BatchStatusResponse(updated=updated, is_active=body.is_active)


@router.post("/cases/batch-delete", response_model=CaseDeleteResponse, responses=AUTH)
async def batch_delete(
    body: CaseDeleteRequest, _: AutoTestCaller, session: SessionDep
) -> CaseDeleteResponse:
    """Delete many cases; unknown ids are ignored (not counted). Reports keep their snapshots."""
    deleted = await service.delete_cases(session, case_ids=body.case_ids)
    return CaseDeleteResponse(deleted=deleted)


# The originals' later paths. Declared before ``/cases/{case_id}``: that route would
# otherwise take "batch" / "clear-all" as a case id and answer 422.


@router.delete("/cases/batch", response_model=CaseDeleteResponse, responses=AUTH)
async def delete_batch(
    body: CaseDeleteRequest, _: AutoTestCaller, session: SessionDep
) -> CaseDeleteResponse:
    """``DELETE`` form of ``/cases/batch-delete`` (the original web UI's call)."""
    deleted = await service.delete_cases(session, case_ids=body.case_ids)
    return CaseDeleteResponse(deleted=deleted)


@router.delete("/cases/clear-all", response_model=ClearAllResponse, responses=AUTH)
async def clear_all(_: RootUser, session: SessionDep, language: LanguageDep) -> ClearAllResponse:
    """Delete every case (root only). Reports keep their snapshots of them."""
    deleted = await service.clear_all(session)
    message = Text(f"已清空 {deleted} 条用例", f"Deleted {deleted} cases").render(language)
    return ClearAllResponse(deleted=deleted, message=message)


@router.get("/cases/{case_id}", response_model=CaseResponse, responses=MISSING)
async def get_case(case_id: int, _: AutoTestCaller, session: SessionDep) -> CaseResponse:
    case = await service.get_case(session, case_id=case_id)
    return CaseResponse.model_validate(case)


@router.put("/cases/{case_id}", response_model=CaseResponse, responses={**MISSING, **CONFLICT})
async def replace_case(
    case_id: int, body: CaseUpdate, _: AutoTestCaller, session: SessionDep
) -> CaseResponse:
    """Replace every editable field (``question`` required; others take their defaults)."""
    case = await service.replace_case(session, case_id=case_id, data=body)
    return CaseResponse.model_validate(case)


@router.patch("/cases/{case_id}", response_model=CaseResponse, responses={**MISSING, **CONFLICT})
async def patch_case(
    case_id: int, body: CasePatch, _: AutoTestCaller, session: SessionDep
) -> CaseResponse:
    """Change only the fields sent, e.g. ``{"is_active": false}``."""
    case = await service.patch_case(session, case_id=case_id, changes=body)
    return CaseResponse.model_validate(case)


@router.delete("/cases/{case_id}", status_code=204, response_class=Response, responses=MISSING)
async def delete_case(case_id: int, _: AutoTestCaller, session: SessionDep) -> Response:
    """Delete one case; reports keep their snapshot of it."""
    await service.delete_case(session, case_id=case_id)
    return Response(status_code=204)
