"""Generator rules: where metadata comes from, templates, preview, generate, upload."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from server.config import service as config_service
from server.contract.config import ConfigUpdate
from server.contract.generator import (
    GenerateResponse,
    MetadataSourceInfo,
    MetadataUploadResponse,
    PreviewResponse,
    QuestionTemplateCreate,
    QuestionTemplateResponse,
    QuestionTemplateUpdate,
    SampleQuestion,
)
from server.db.models import utcnow
from server.db.models.generator import MetadataUpload, QuestionTemplate
from server.errors import BadRequest, Conflict, NotFound
from server.generator.questions import TemplateSpec, check_template_text, plan_cases, sample_cases
from server.generator.repository import GeneratorRepository
from server.generator.sources import (
    Entity,
    Indicator,
    Metadata,
    mask_url,
    read_database,
    sample_metadata,
)
from server.generator.workbook import MetadataFile, parse_metadata
from server.i18n import Language, Text

__all__ = [
    "create_template",
    "delete_template",
    "generate",
    "get_template",
    "list_templates",
    "preview",
    "replace_template",
    "update_template",
    "upload_metadata",
]


# The generator's fields of /config.
SOURCE_FIELDS = ("metadata_source", "metadata_db_url", "indicator_query", "entity_query")


@dataclass(frozen=True, slots=True)
class _Loaded:
    metadata: Metadata
    source: MetadataSourceInfo


async def _load(repo: GeneratorRepository, language: Language) -> _Loaded:
    """The configured source's metadata, or 400/503 saying why it can't be read."""
    # The config table belongs to the config domain: read through it. Stored values as
    # they are, so that a bad one is reported here rather than replaced by its default.
    config = await config_service.stored_fields(repo.session, SOURCE_FIELDS)
    kind = config["metadata_source"]
    if kind == "sample":
        metadata = sample_metadata()
        description = Text(
            "内置示例目录（与 helix demo-bot 一致）",
            "Built-in sample catalogue (as in helix demo-bot)",
        )
        return _Loaded(
            metadata, MetadataSourceInfo(kind="sample", description=description.render(language))
        )
    if kind == "database":
        url = config["metadata_db_url"]
        if not isinstance(url, str) or not url.strip():
            raise BadRequest(
                "元数据来源为 database，但未配置 metadata_db_url",
                "metadata_source is database but metadata_db_url is not set",
            )
        for field in ("indicator_query", "entity_query"):
            if not isinstance(config[field], str) or not config[field].strip():
                raise BadRequest(f"{field} 未配置", f"{field} is not set")
        metadata = await read_database(
            url, indicator_query=config["indicator_query"], entity_query=config["entity_query"]
        )
        description = Text(f"数据库 {mask_url(url)}", f"Database {mask_url(url)}")
        return _Loaded(
            metadata, MetadataSourceInfo(kind="database", description=description.render(language))
        )
    if kind == "workbook":
        upload = await repo.workbook_upload()
        if upload is None:
            raise BadRequest(
                "元数据来源为 workbook，但尚未上传工作簿（POST /generate/metadata）",
                "metadata_source is workbook but no workbook was uploaded"
                " (POST /generate/metadata)",
            )
        metadata = Metadata(
            indicators=tuple(Indicator(*row) for row in await repo.workbook_indicators()),
            entities=tuple(Entity(*row) for row in await repo.workbook_entities()),
        )
        when = upload.uploaded_at.isoformat(timespec="seconds")
        description = Text(
            f"上传的工作簿 {upload.filename}（{when}）",
            f"Uploaded workbook {upload.filename} ({when})",
        )
        return _Loaded(
            metadata, MetadataSourceInfo(kind="workbook", description=description.render(language))
        )
    raise BadRequest(
        f"metadata_source 取值无效: {kind!r}（应为 sample、database 或 workbook）",
        f"Invalid metadata_source: {kind!r} (expected sample, database or workbook)",
    )


def _spec(template: QuestionTemplate) -> TemplateSpec:
    return TemplateSpec(text=template.text, conditions=tuple(template.expected_conditions or ()))


def _categories(indicators: Sequence[Indicator]) -> list[str]:
    return sorted({i.category for i in indicators if i.category})


def _split(values: Sequence[str] | None) -> list[str]:
    """Filter values, each possibly a comma-separated list; blanks dropped."""
    out: list[str] = []
    for value in values or ():
        out.extend(p.strip() for p in value.replace("，", ",").split(",") if p.strip())
    return out


def _filter(
    indicators: Sequence[Indicator], *, categories: list[str], wanted: list[str]
) -> list[Indicator]:
    chosen = list(indicators)
    if categories:
        unknown = sorted(set(categories) - set(_categories(indicators)))
        if unknown:
            raise BadRequest(
                f"未知分类: {', '.join(unknown)}", f"Unknown categories: {', '.join(unknown)}"
            )
        chosen = [i for i in chosen if i.category in categories]
    if wanted:
        known = {i.name for i in indicators} | {i.code for i in indicators}
        unknown = [w for w in wanted if w not in known]
        if unknown:
            raise BadRequest(
                f"未知指标: {', '.join(unknown)}", f"Unknown indicators: {', '.join(unknown)}"
            )
        keep = set(wanted)
        chosen = [i for i in chosen if i.name in keep or i.code in keep]
    if not chosen:
        raise BadRequest("没有符合筛选条件的指标", "No indicator matches the filters")
    return chosen


async def preview(session: AsyncSession, *, language: Language) -> PreviewResponse:
    repo = GeneratorRepository.from_session(session)
    loaded = await _load(repo, language)
    templates = await repo.list_templates()
    metadata = loaded.metadata
    samples = sample_cases(
        indicators=metadata.indicators,
        entities=metadata.entities,
        templates=[_spec(t) for t in templates if t.enabled],
    )
    return PreviewResponse(
        indicator_count=len(metadata.indicators),
        company_count=len(metadata.entities),
        sample_indicators=[i.name for i in metadata.indicators[:5]],
        sample_companies=[e.name for e in metadata.entities[:5]],
        source=loaded.source,
        categories=_categories(metadata.indicators),
        templates=[QuestionTemplateResponse.model_validate(t) for t in templates],
        sample_questions=[
            SampleQuestion(
                question=s.question,
                expected_keywords=s.expected_keywords,
                expected_conditions=s.expected_conditions,
                category=s.category,
            )
            for s in samples
        ],
    )


async def generate(
    session: AsyncSession,
    *,
    count: int,
    seed: int | None,
    categories: Sequence[str] | None,
    indicators: Sequence[str] | None,
    language: Language,
) -> GenerateResponse:
    """``count`` new cases per indicator, inserted in one transaction."""
    repo = GeneratorRepository.from_session(session)
    loaded = await _load(repo, language)
    metadata = loaded.metadata
    if not metadata.indicators:
        raise BadRequest("元数据中没有指标", "The metadata has no indicators")
    if not metadata.entities:
        raise BadRequest("元数据中没有实体（公司）", "The metadata has no entities (companies)")
    chosen = _filter(metadata.indicators, categories=_split(categories), wanted=_split(indicators))
    templates = [_spec(t) for t in await repo.list_templates(enabled_only=True)]
    if not templates:
        raise BadRequest("没有启用的问题模板", "No question template is enabled")
    plan = plan_cases(
        indicators=chosen,
        entities=metadata.entities,
        templates=templates,
        count=count,
        seed=seed,
        existing=await repo.existing_questions(),
    )
    now = utcnow()
    rows = [
        {
            "question": case.question,
            "expected_keywords": case.expected_keywords,
            "expected_conditions": case.expected_conditions,
            "expected_sql": None,
            "category": case.category,
            "is_active": True,
            "created_at": now,
        }
        for case in plan.cases
    ]
    try:
        await repo.insert_cases(rows)
        await repo.commit()
    except IntegrityError as exc:  # another import or generation added one of these questions
        await repo.rollback()
        raise Conflict(
            "生成期间有相同的问题被同时写入，未生成任何用例，请重试",
            "A question was added concurrently while generating; nothing was added, please retry",
        ) from exc
    generated = len(rows)
    message = Text(f"成功生成 {generated} 条用例", f"Generated {generated} cases")
    return GenerateResponse(
        generated=generated,
        skipped=plan.skipped,
        message=message.render(language),
        requested=count * len(chosen),
        indicator_count=len(chosen),
        source=loaded.source.kind,
    )


# templates


async def list_templates(session: AsyncSession) -> list[QuestionTemplate]:
    repo = GeneratorRepository.from_session(session)
    return await repo.list_templates()


async def get_template(session: AsyncSession, *, template_id: int) -> QuestionTemplate:
    repo = GeneratorRepository.from_session(session)
    template = await repo.get_template(template_id)
    if template is None:
        raise NotFound(f"模板不存在: {template_id}", f"Template not found: {template_id}")
    return template


async def _unique_text(repo: GeneratorRepository, text: str, *, own_id: int | None) -> str:
    text = check_template_text(text)
    clash = await repo.get_template_by_text(text)
    if clash is not None and clash.id != own_id:
        raise Conflict(f"模板已存在: {text}", f"Template already exists: {text}")
    return text


async def _save(repo: GeneratorRepository, template: QuestionTemplate) -> QuestionTemplate:
    try:
        await repo.commit()
    except IntegrityError as exc:  # a concurrent create with the same text
        await repo.rollback()
        raise Conflict(
            f"模板已存在: {template.text}", f"Template already exists: {template.text}"
        ) from exc
    await repo.refresh(template)
    return template


async def create_template(
    session: AsyncSession, *, data: QuestionTemplateCreate
) -> QuestionTemplate:
    repo = GeneratorRepository.from_session(session)
    template = QuestionTemplate(
        text=await _unique_text(repo, data.text, own_id=None),
        expected_conditions=list(data.expected_conditions),
        enabled=data.enabled,
        created_at=utcnow(),
    )
    repo.add(template)
    return await _save(repo, template)


async def replace_template(
    session: AsyncSession, *, template_id: int, data: QuestionTemplateCreate
) -> QuestionTemplate:
    repo = GeneratorRepository.from_session(session)
    template = await get_template(session, template_id=template_id)
    template.text = await _unique_text(repo, data.text, own_id=template.id)
    template.expected_conditions = list(data.expected_conditions)
    template.enabled = data.enabled
    template.updated_at = utcnow()
    return await _save(repo, template)


async def update_template(
    session: AsyncSession, *, template_id: int, changes: QuestionTemplateUpdate
) -> QuestionTemplate:
    repo = GeneratorRepository.from_session(session)
    template = await get_template(session, template_id=template_id)
    fields = changes.model_fields_set
    if "text" in fields:
        if changes.text is None:
            raise BadRequest("模板内容不能为空", "Template text must not be null")
        template.text = await _unique_text(repo, changes.text, own_id=template.id)
    if "expected_conditions" in fields:
        template.expected_conditions = list(changes.expected_conditions or [])
    if "enabled" in fields and changes.enabled is not None:
        template.enabled = changes.enabled
    template.updated_at = utcnow()
    return await _save(repo, template)


async def delete_template(session: AsyncSession, *, template_id: int) -> None:
    repo = GeneratorRepository.from_session(session)
    template = await get_template(session, template_id=template_id)
    await repo.delete_template(template)
    await repo.commit()


# uploaded workbook


async def upload_metadata(
    session: AsyncSession,
    *,
    files: Sequence[MetadataFile],
    user_id: int | None,
    activate: bool,
    language: Language,
) -> MetadataUploadResponse:
    """Replace the stored workbook metadata with the uploaded one (all or nothing)."""
    repo = GeneratorRepository.from_session(session)
    parsed = parse_metadata(files)
    filename = " + ".join(f.filename for f in files)
    await repo.replace_workbook(
        upload=MetadataUpload(
            filename=filename[:500],
            indicator_count=len(parsed.indicators),
            entity_count=len(parsed.entities),
            uploaded_at=utcnow(),
            uploaded_by=user_id,
        ),
        indicators=[
            {"name": i.name, "code": i.code, "table_name": i.table, "category": i.category}
            for i in parsed.indicators
        ],
        entities=[{"name": e.name, "code": e.code} for e in parsed.entities],
    )
    if activate:
        # In this transaction: the workbook and the switch to it are stored together.
        await config_service.stage_update(session, ConfigUpdate(metadata_source="workbook"))
    await repo.commit()
    stored = await config_service.stored_fields(session, ["metadata_source"])
    active = activate or stored["metadata_source"] == "workbook"
    n_ind, n_ent = len(parsed.indicators), len(parsed.entities)
    message = Text(
        f"已导入 {n_ind} 个指标、{n_ent} 个实体"
        + ("" if active else "；将 metadata_source 设为 workbook 后生效"),
        f"Imported {n_ind} indicators and {n_ent} entities"
        + ("" if active else "; set metadata_source to workbook to use them"),
    )
    return MetadataUploadResponse(
        indicators=n_ind,
        entities=n_ent,
        skipped=parsed.skipped,
        filename=filename,
        message=message.render(language),
        active=active,
    )
