"""``/generate``: metadata preview, case generation, question templates, metadata upload."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Body, File, Query, Response, UploadFile

from server.auth.deps import AutoTestCaller
from server.contract.generator import (
    GenerateRequest,
    GenerateResponse,
    MetadataUploadResponse,
    PreviewResponse,
    QuestionTemplateCreate,
    QuestionTemplateResponse,
    QuestionTemplateUpdate,
)
from server.deps import LanguageDep, SessionDep, SettingsDep
from server.errors import BadRequest, PayloadTooLarge
from server.generator import service
from server.generator.repository import GeneratorRepository
from server.generator.workbook import MetadataFile
from server.responses import errors

router = APIRouter(prefix="/generate", tags=["generator"])

ERRORS = errors(400, 401, 403, described={400: "Bad metadata source, query or filter"})
SOURCE_ERRORS = ERRORS | errors(described={503: "The metadata database is unreachable"})
TEMPLATE_ERRORS = ERRORS | errors(
    404,
    described={
        409: "A template with this text exists",
        422: "Unknown or missing placeholder",
    },
)
UPLOAD_CHUNK = 1024 * 1024


@router.get("/preview", response_model=PreviewResponse, responses=SOURCE_ERRORS)
async def preview(_: AutoTestCaller, session: SessionDep, language: LanguageDep) -> PreviewResponse:
    """Counts and first names of the configured metadata, the templates, sample questions."""
    return await service.preview(GeneratorRepository(session), language=language)


@router.post(
    "/cases",
    response_model=GenerateResponse,
    responses=SOURCE_ERRORS | errors(409),
)
async def generate_cases(
    _: AutoTestCaller,
    session: SessionDep,
    language: LanguageDep,
    count: Annotated[int, Query(ge=1, le=10, description="Questions per indicator")] = 2,
    seed: Annotated[int | None, Query(description="Same seed, same questions")] = None,
    categories: Annotated[
        list[str] | None,
        Query(description="Only indicators of these categories (repeat or comma-separate)"),
    ] = None,
    indicators: Annotated[
        list[str] | None,
        Query(description="Only these indicators, by name or code (repeat or comma-separate)"),
    ] = None,
    body: Annotated[GenerateRequest | None, Body()] = None,
) -> GenerateResponse:
    """For every indicator, ``count`` questions about ``count`` different entities.

    Options come from the query string or an optional JSON body (the body wins).
    Questions that already exist are not added again (counted in ``skipped``).
    """
    if body is not None:
        fields = body.model_fields_set
        count = body.count if "count" in fields and body.count is not None else count
        seed = body.seed if "seed" in fields else seed
        categories = body.categories if "categories" in fields else categories
        indicators = body.indicators if "indicators" in fields else indicators
    return await service.generate(
        GeneratorRepository(session),
        count=count,
        seed=seed,
        categories=categories,
        indicators=indicators,
        language=language,
    )


async def _read(upload: UploadFile, budget: int) -> bytes:
    """The upload's bytes, or 413 once it passes ``budget``."""
    chunks: list[bytes] = []
    size = 0
    while chunk := await upload.read(UPLOAD_CHUNK):
        size += len(chunk)
        if size > budget:
            raise PayloadTooLarge(
                f"上传文件过大: {upload.filename}（上限 {budget} 字节）",
                f"Upload too large: {upload.filename} (limit {budget} bytes)",
            )
        chunks.append(chunk)
    return b"".join(chunks)


@router.post(
    "/metadata",
    response_model=MetadataUploadResponse,
    responses=ERRORS | errors(413),
)
async def upload_metadata(
    caller: AutoTestCaller,
    session: SessionDep,
    settings: SettingsDep,
    language: LanguageDep,
    file: Annotated[
        UploadFile | None,
        File(description=".xlsx with an indicator sheet and an entity sheet"),
    ] = None,
    indicators: Annotated[
        UploadFile | None,
        File(description=".csv/.xlsx of indicators (name, code, table, category)"),
    ] = None,
    entities: Annotated[
        UploadFile | None, File(description=".csv/.xlsx of entities (name, code)")
    ] = None,
    activate: Annotated[bool, Query(description="Also set metadata_source to workbook")] = False,
) -> MetadataUploadResponse:
    """Store indicators and entities for ``metadata_source = "workbook"``.

    Send either ``file`` (an .xlsx with two sheets, e.g. ``indicators``/``指标`` and
    ``entities``/``公司``) or both ``indicators`` and ``entities`` (.csv or .xlsx).
    Headers in English or Chinese: name/名称/指标名称/公司名称, code/代码/指标代码/股票代码,
    table/表名, category/分类. All or nothing; the new upload replaces the previous one.
    """
    budget = settings.max_upload_bytes
    files: list[MetadataFile] = []
    for upload, kind in ((file, None), (indicators, "indicators"), (entities, "entities")):
        if upload is None:
            continue
        content = await _read(upload, budget)
        budget -= len(content)
        files.append(MetadataFile(filename=upload.filename or "upload", content=content, kind=kind))  # type: ignore[arg-type]
    if not files:
        raise BadRequest(
            "请上传 file（含两个工作表的 .xlsx），或同时上传 indicators 和 entities 文件",
            "Upload file (an .xlsx with two sheets), or both indicators and entities files",
        )
    return await service.upload_metadata(
        GeneratorRepository(session),
        files=files,
        user_id=caller.id if caller is not None else None,
        activate=activate,
        language=language,
    )


@router.get("/templates", response_model=list[QuestionTemplateResponse], responses=ERRORS)
async def list_templates(_: AutoTestCaller, session: SessionDep) -> list[QuestionTemplateResponse]:
    templates = await service.list_templates(GeneratorRepository(session))
    return [QuestionTemplateResponse.model_validate(t) for t in templates]


@router.post(
    "/templates",
    response_model=QuestionTemplateResponse,
    status_code=201,
    responses=TEMPLATE_ERRORS,
)
async def create_template(
    body: QuestionTemplateCreate, _: AutoTestCaller, session: SessionDep
) -> QuestionTemplateResponse:
    template = await service.create_template(GeneratorRepository(session), data=body)
    return QuestionTemplateResponse.model_validate(template)


@router.get(
    "/templates/{template_id}", response_model=QuestionTemplateResponse, responses=TEMPLATE_ERRORS
)
async def get_template(
    template_id: int, _: AutoTestCaller, session: SessionDep
) -> QuestionTemplateResponse:
    template = await service.get_template(GeneratorRepository(session), template_id=template_id)
    return QuestionTemplateResponse.model_validate(template)


@router.put(
    "/templates/{template_id}", response_model=QuestionTemplateResponse, responses=TEMPLATE_ERRORS
)
async def replace_template(
    template_id: int, body: QuestionTemplateCreate, _: AutoTestCaller, session: SessionDep
) -> QuestionTemplateResponse:
    """Replace the template (text required; conditions default to none, enabled to true)."""
    template = await service.replace_template(
        GeneratorRepository(session), template_id=template_id, data=body
    )
    return QuestionTemplateResponse.model_validate(template)


@router.patch(
    "/templates/{template_id}", response_model=QuestionTemplateResponse, responses=TEMPLATE_ERRORS
)
async def update_template(
    template_id: int, body: QuestionTemplateUpdate, _: AutoTestCaller, session: SessionDep
) -> QuestionTemplateResponse:
    """Change only the fields sent (e.g. ``{"enabled": false}``)."""
    template = await service.update_template(
        GeneratorRepository(session), template_id=template_id, changes=body
    )
    return QuestionTemplateResponse.model_validate(template)


@router.delete("/templates/{template_id}", status_code=204, responses=TEMPLATE_ERRORS)
async def delete_template(template_id: int, _: AutoTestCaller, session: SessionDep) -> Response:
    await service.delete_template(GeneratorRepository(session), template_id=template_id)
    return Response(status_code=204)
