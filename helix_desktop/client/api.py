"""``HelixClient``: async methods for every endpoint of both contracts, over one httpx client."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

import httpx
from pydantic import BaseModel

from helix_desktop.client.auth import TokenAuth, TokenPair
from helix_desktop.client.errors import ConnectionFailed, Language, api_error
from helix_desktop.client.targets import TargetEndpoints
from helix_desktop.client.transcoding import TranscodingCalls
from helix_desktop.client.ws import RunStream
from server.contract.autotest import (
    BatchReportResponse,
    BatchStatusRequest,
    BatchStatusResponse,
    CaseDeleteRequest,
    CaseDeleteResponse,
    CaseResponse,
    ImportResponse,
    ReportResponse,
    ResultDetail,
)
from server.contract.common import HealthResponse, MessageResponse
from server.contract.config import ConfigResponse, ConfigTestResponse, ConfigUpdate
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
    ExperimentUpdate,
    LinkTemplatesRequest,
    MatrixResponse,
    TemplateCreate,
    TemplateResponse,
    TemplateUpdate,
)
from server.contract.generator import (
    GenerateRequest,
    GenerateResponse,
    MetadataUploadResponse,
    PreviewResponse,
    QuestionTemplateCreate,
    QuestionTemplateResponse,
    QuestionTemplateUpdate,
)
from server.contract.judge import JudgeRequest, JudgeResponse, ValidationStatus
from server.contract.runs import (
    ActiveBatch,
    RunRequest,
    RunResponse,
    StopResponse,
)
from server.contract.stability import BatchTag, CaseHistoryEntry, FlakyCase
from server.contract.users import (
    ChangePasswordRequest,
    LoginRequest,
    ResetPasswordRequest,
    TokenResponse,
    UserCreate,
    UserPage,
    UserResponse,
    UserUpdate,
)

__all__ = ["JSON", "HelixClient", "normalise_server_url"]

JSON = dict[str, Any]
M = TypeVar("M", bound=BaseModel)

USERS = "/api/v1/users"
AUTH = "/api/v1/auth"
EXPERIMENTS = "/api/v1/experiments"
TEST_TIMEOUT = 600.0


def normalise_server_url(url: str) -> str:
    """``host:8000`` -> ``http://host:8000``; no trailing slash."""
    url = url.strip()
    if "://" not in url:
        url = "http://" + url
    return url.rstrip("/")


def _detail(response: httpx.Response) -> str:
    """The server's ``detail`` (a string per the contract), else a short text."""
    try:
        body = response.json()
    except ValueError:
        body = None
    if isinstance(body, dict) and "detail" in body:
        detail = body["detail"]
        if isinstance(detail, str):
            return detail
        if isinstance(detail, list):
            return "; ".join(
                str(d.get("msg", d)) if isinstance(d, dict) else str(d) for d in detail
            )
        return str(detail)
    text = response.text.strip()
    return text[:300] if text else f"HTTP {response.status_code} {response.reason_phrase}"


def _query(filters: Mapping[str, Any]) -> dict[str, Any]:
    """Query parameters: booleans as ``true``/``false``; ``None`` left out."""
    return {
        key: (str(value).lower() if isinstance(value, bool) else value)
        for key, value in filters.items()
        if value is not None
    }


class HelixClient(TargetEndpoints, TranscodingCalls):
    """One server, one session; every failure is raised as a ``ClientError``."""

    def __init__(
        self,
        base_url: str,
        *,
        language: Language = "zh",
        timeout: float = 30.0,
        transport: httpx.AsyncBaseTransport | None = None,
        on_refreshed: Callable[[TokenResponse], None] | None = None,
    ) -> None:
        self.base_url = normalise_server_url(base_url)
        self.language: Language = language
        self.auth = TokenAuth(self.base_url, language=language, on_refreshed=on_refreshed)
        self.http = httpx.AsyncClient(
            base_url=self.base_url,
            auth=self.auth,
            timeout=httpx.Timeout(timeout, connect=min(timeout, 5.0)),
            headers={"Accept-Language": language},
            transport=transport,
        )

    # ----------------------------------------------------------------- plumbing

    def set_language(self, language: Language) -> None:
        self.language = language
        self.auth.language = language
        self.http.headers["Accept-Language"] = language

    @property
    def tokens(self) -> TokenPair | None:
        return self.auth.tokens

    def set_tokens(self, answer: TokenResponse | None) -> None:
        self.auth.tokens = (
            None if answer is None else TokenPair(answer.access_token, answer.refresh_token)
        )

    async def aclose(self) -> None:
        await self.http.aclose()

    async def request(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        params: Mapping[str, Any] | None = None,
        files: Any = None,
        authenticated: bool = True,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Send one request; transport errors and error statuses become ``ClientError``."""
        extra: dict[str, Any] = {} if authenticated else {"auth": None}
        if timeout is not None:
            extra["timeout"] = httpx.Timeout(timeout, connect=min(timeout, 5.0))
        clean = {k: v for k, v in (params or {}).items() if v is not None}
        try:
            response = await self.http.request(
                method, path, json=json, params=clean or None, files=files, **extra
            )
        except httpx.TimeoutException as exc:
            reason = "timed out" if self.language == "en" else "请求超时"
            raise ConnectionFailed(self.base_url, reason, language=self.language) from exc
        except httpx.TransportError as exc:
            reason = str(exc) or type(exc).__name__
            raise ConnectionFailed(self.base_url, reason, language=self.language) from exc
        if response.is_error:
            raise api_error(response.status_code, _detail(response))
        return response

    async def _json(self, method: str, path: str, **kwargs: Any) -> Any:
        return (await self.request(method, path, **kwargs)).json()

    async def _model(self, model: type[M], method: str, path: str, **kwargs: Any) -> M:
        return model.model_validate((await self.request(method, path, **kwargs)).json())

    @staticmethod
    def _body(data: BaseModel | Mapping[str, Any]) -> Any:
        if isinstance(data, BaseModel):
            return data.model_dump(mode="json", exclude_unset=True)
        return dict(data)

    # ------------------------------------------------------------------- health

    async def health(self) -> HealthResponse:
        return await self._model(HealthResponse, "GET", "/health", authenticated=False)

    # --------------------------------------------------------------------- auth

    async def login(self, username: str, password: str) -> TokenResponse:
        """Log in; the tokens are kept for every later call."""
        body = LoginRequest(username=username, password=password).model_dump()
        answer = await self._model(
            TokenResponse, "POST", f"{AUTH}/login", json=body, authenticated=False
        )
        self.set_tokens(answer)
        return answer

    async def refresh(self) -> TokenResponse:
        tokens = self.auth.tokens
        # The token goes in the body: query strings end up in access logs.
        body = {"refresh_token": tokens.refresh_token if tokens else ""}
        answer = await self._model(
            TokenResponse, "POST", f"{AUTH}/refresh", json=body, authenticated=False
        )
        self.set_tokens(answer)
        return answer

    async def me(self) -> UserResponse:
        return await self._model(UserResponse, "GET", f"{AUTH}/me")

    async def change_password(self, old_password: str, new_password: str) -> TokenResponse:
        """Change the password; the server revokes old tokens and returns fresh ones."""
        body = ChangePasswordRequest(old_password=old_password, new_password=new_password)
        answer = await self._model(
            TokenResponse, "POST", f"{AUTH}/change-password", json=body.model_dump()
        )
        self.set_tokens(answer)
        return answer

    def logout(self) -> None:
        """Forget the tokens (the API has no logout endpoint; tokens simply expire)."""
        self.set_tokens(None)

    # -------------------------------------------------------------------- users

    async def list_users(self, page: int = 1, page_size: int = 20) -> UserPage:
        params = {"page": page, "page_size": page_size}
        return await self._model(UserPage, "GET", USERS, params=params)

    async def create_user(self, data: UserCreate) -> UserResponse:
        return await self._model(UserResponse, "POST", USERS, json=self._body(data))

    async def get_user(self, user_id: int) -> UserResponse:
        return await self._model(UserResponse, "GET", f"{USERS}/{user_id}")

    async def update_user(self, user_id: int, changes: UserUpdate) -> UserResponse:
        return await self._model(
            UserResponse, "PUT", f"{USERS}/{user_id}", json=self._body(changes)
        )

    async def reset_password(
        self, user_id: int, new_password: str, *, must_change_password: bool = True
    ) -> UserResponse:
        body = ResetPasswordRequest(
            new_password=new_password, must_change_password=must_change_password
        ).model_dump()
        return await self._model(
            UserResponse, "POST", f"{USERS}/{user_id}/reset-password", json=body
        )

    async def toggle_active(self, user_id: int) -> UserResponse:
        return await self._model(UserResponse, "POST", f"{USERS}/{user_id}/toggle-active")

    # -------------------------------------------------------------- experiments

    async def _list(self, model: type[M], path: str, **kwargs: Any) -> list[M]:
        return [model.model_validate(item) for item in await self._json("GET", path, **kwargs)]

    async def list_customers(self) -> list[CustomerResponse]:
        return await self._list(CustomerResponse, f"{EXPERIMENTS}/customers")

    async def create_customer(self, data: CustomerCreate) -> CustomerResponse:
        path = f"{EXPERIMENTS}/customers"
        return await self._model(CustomerResponse, "POST", path, json=self._body(data))

    async def get_customer(self, customer_id: int) -> CustomerResponse:
        return await self._model(CustomerResponse, "GET", f"{EXPERIMENTS}/customers/{customer_id}")

    async def update_customer(self, customer_id: int, changes: CustomerUpdate) -> CustomerResponse:
        path = f"{EXPERIMENTS}/customers/{customer_id}"
        return await self._model(CustomerResponse, "PUT", path, json=self._body(changes))

    async def delete_customer(self, customer_id: int) -> MessageResponse:
        path = f"{EXPERIMENTS}/customers/{customer_id}"
        return await self._model(MessageResponse, "DELETE", path)

    async def list_apps(self, customer_id: int | None = None) -> list[AppResponse]:
        params = {"customer_id": customer_id}
        return await self._list(AppResponse, f"{EXPERIMENTS}/apps", params=params)

    async def create_app(self, data: AppCreate) -> AppResponse:
        return await self._model(AppResponse, "POST", f"{EXPERIMENTS}/apps", json=self._body(data))

    async def get_app(self, app_id: int) -> AppResponse:
        return await self._model(AppResponse, "GET", f"{EXPERIMENTS}/apps/{app_id}")

    async def update_app(self, app_id: int, changes: AppUpdate) -> AppResponse:
        path = f"{EXPERIMENTS}/apps/{app_id}"
        return await self._model(AppResponse, "PUT", path, json=self._body(changes))

    async def delete_app(self, app_id: int) -> MessageResponse:
        return await self._model(MessageResponse, "DELETE", f"{EXPERIMENTS}/apps/{app_id}")

    async def list_templates(self, app_id: int | None = None) -> list[TemplateResponse]:
        params = {"app_id": app_id}
        return await self._list(TemplateResponse, f"{EXPERIMENTS}/templates", params=params)

    async def create_template(self, data: TemplateCreate) -> TemplateResponse:
        path = f"{EXPERIMENTS}/templates"
        return await self._model(TemplateResponse, "POST", path, json=self._body(data))

    async def get_template(self, template_id: int) -> TemplateResponse:
        path = f"{EXPERIMENTS}/templates/{template_id}"
        return await self._model(TemplateResponse, "GET", path)

    async def update_template(self, template_id: int, changes: TemplateUpdate) -> TemplateResponse:
        path = f"{EXPERIMENTS}/templates/{template_id}"
        return await self._model(TemplateResponse, "PUT", path, json=self._body(changes))

    async def delete_template(self, template_id: int) -> MessageResponse:
        path = f"{EXPERIMENTS}/templates/{template_id}"
        return await self._model(MessageResponse, "DELETE", path)

    async def list_experiments(
        self,
        page: int = 1,
        page_size: int = 20,
        *,
        template_id: int | None = None,
        status: str | None = None,
    ) -> ExperimentPage:
        params = {
            "page": page,
            "page_size": page_size,
            "template_id": template_id,
            "status": status,
        }
        return await self._model(ExperimentPage, "GET", EXPERIMENTS, params=params)

    async def experiment_matrix(self) -> MatrixResponse:
        return await self._model(MatrixResponse, "GET", f"{EXPERIMENTS}/matrix")

    async def create_experiment(self, data: ExperimentCreate) -> ExperimentResponse:
        return await self._model(ExperimentResponse, "POST", EXPERIMENTS, json=self._body(data))

    async def get_experiment(self, experiment_id: int) -> ExperimentResponse:
        return await self._model(ExperimentResponse, "GET", f"{EXPERIMENTS}/{experiment_id}")

    async def update_experiment(
        self, experiment_id: int, changes: ExperimentUpdate
    ) -> ExperimentResponse:
        path = f"{EXPERIMENTS}/{experiment_id}"
        return await self._model(ExperimentResponse, "PUT", path, json=self._body(changes))

    async def delete_experiment(self, experiment_id: int) -> MessageResponse:
        return await self._model(MessageResponse, "DELETE", f"{EXPERIMENTS}/{experiment_id}")

    async def link_templates(
        self, experiment_id: int, template_ids: list[int]
    ) -> ExperimentResponse:
        path = f"{EXPERIMENTS}/{experiment_id}/templates"
        body = LinkTemplatesRequest(template_ids=template_ids).model_dump()
        return await self._model(ExperimentResponse, "POST", path, json=body)

    async def unlink_template(self, experiment_id: int, template_id: int) -> ExperimentResponse:
        path = f"{EXPERIMENTS}/{experiment_id}/templates/{template_id}"
        return await self._model(ExperimentResponse, "DELETE", path)

    # ------------------------------------------------------------------- config

    async def get_config(self) -> ConfigResponse:
        """The bot config; ``model_fields_set`` says which fields this server knows."""
        return await self._model(ConfigResponse, "GET", "/config")

    async def update_config(self, changes: ConfigUpdate | Mapping[str, Any]) -> ConfigResponse:
        """Partial update: only the fields given change; the whole config comes back."""
        return await self._model(ConfigResponse, "POST", "/config", json=self._body(changes))

    async def test_config(
        self, question: str | None = None, overrides: Mapping[str, Any] | None = None
    ) -> ConfigTestResponse:
        """Ask the bot one question with the saved config plus unsaved ``overrides``."""
        body: JSON = {}
        if question is not None and question.strip():
            body["question"] = question.strip()
        if overrides:
            body["overrides"] = dict(overrides)
        # The bot may take its whole timeout, per retry: wait longer than for other calls.
        return await self._model(
            ConfigTestResponse, "POST", "/config/test", json=body, timeout=TEST_TIMEOUT
        )

    # -------------------------------------------------------------------- judge

    async def judge(self, request: JudgeRequest) -> JudgeResponse:
        """The configured judge's verdict on one SQL, without a bot."""
        body = request.model_dump(exclude_none=True)
        return await self._model(JudgeResponse, "POST", "/judge", json=body, timeout=TEST_TIMEOUT)

    async def validation_status(self) -> ValidationStatus:
        """Whether the validation database answers, and whether its account is too powerful."""
        return await self._model(ValidationStatus, "GET", "/judge/validation", timeout=TEST_TIMEOUT)

    # -------------------------------------------------------------------- cases

    async def list_cases(
        self,
        skip: int = 0,
        limit: int = 100,
        *,
        q: str | None = None,
        is_active: bool | None = None,
        category: str | None = None,
        last_result: str | None = None,
    ) -> tuple[list[CaseResponse], int | None]:
        """One page of cases and the total from ``X-Total-Count`` when the server sends it.

        Filters: ``q`` (search text), ``is_active``, ``category``, ``last_result`` (PASS,
        FAIL, ERROR, or NONE: never run); ``None`` means no filter.
        """
        filters = {
            "q": q,
            "is_active": is_active,
            "category": category,
            "last_result": last_result,
        }
        params = {"skip": skip, "limit": limit, **_query(filters)}
        response = await self.request("GET", "/cases", params=params)
        total = response.headers.get("X-Total-Count")
        items = [CaseResponse.model_validate(item) for item in response.json()]
        return items, int(total) if total and total.isdigit() else None

    async def create_case(self, data: BaseModel | Mapping[str, Any]) -> CaseResponse:
        return await self._model(CaseResponse, "POST", "/cases", json=self._body(data))

    async def get_case(self, case_id: int) -> CaseResponse:
        return await self._model(CaseResponse, "GET", f"/cases/{case_id}")

    async def replace_case(self, case_id: int, data: BaseModel | Mapping[str, Any]) -> CaseResponse:
        return await self._model(CaseResponse, "PUT", f"/cases/{case_id}", json=self._body(data))

    async def patch_case(
        self, case_id: int, changes: BaseModel | Mapping[str, Any]
    ) -> CaseResponse:
        path = f"/cases/{case_id}"
        return await self._model(CaseResponse, "PATCH", path, json=self._body(changes))

    async def delete_case(self, case_id: int) -> None:
        await self.request("DELETE", f"/cases/{case_id}")

    async def delete_cases(self, case_ids: list[int]) -> CaseDeleteResponse:
        body = CaseDeleteRequest(case_ids=case_ids).model_dump()
        return await self._model(CaseDeleteResponse, "POST", "/cases/batch-delete", json=body)

    async def set_cases_active(self, case_ids: list[int], is_active: bool) -> BatchStatusResponse:
        body = BatchStatusRequest(case_ids=case_ids, is_active=is_active).model_dump()
        return await self._model(BatchStatusResponse, "POST", "/cases/batch-status", json=body)

    async def import_cases(
        self, filename: str, content: bytes, *, dry_run: bool = False
    ) -> ImportResponse:
        """Upload an ``.xlsx`` or ``.csv`` file of cases (all rows or none).

        ``dry_run``: the server reads the file and answers with its column mapping and
        counts, and writes nothing.
        """
        files = {"file": (filename, content)}
        params = {"dry_run": "true"} if dry_run else None
        return await self._model(
            ImportResponse, "POST", "/cases/import", files=files, params=params
        )

    async def export_cases(
        self,
        *,
        q: str | None = None,
        is_active: bool | None = None,
        category: str | None = None,
        last_result: str | None = None,
    ) -> bytes:
        """The cases matching the filters (as for ``list_cases``) as an ``.xlsx`` workbook."""
        filters = {
            "q": q,
            "is_active": is_active,
            "category": category,
            "last_result": last_result,
        }
        response = await self.request("GET", "/cases/export", params=_query(filters))
        return response.content

    # --------------------------------------------------------------------- runs

    async def start_run(
        self,
        case_ids: list[int] | None = None,
        *,
        rerun_of: str | None = None,
        target_ids: list[int] | None = None,
        repeat: int | None = None,
    ) -> RunResponse:
        """Start a batch (empty = every active case; ``rerun_of``: that batch's FAIL/ERROR).

        ``target_ids``: one batch per target (sharing a group id); none: the default target.
        ``repeat``: asks per case (none: once, or for a rerun as often as the batch rerun).
        """
        body = RunRequest(
            case_ids=list(case_ids or []),
            rerun_of=rerun_of,
            target_ids=list(target_ids or []),
            **({"repeat": repeat} if repeat is not None else {}),
        )
        # Unset fields stay out: the server then applies its own default (a rerun's repeat).
        payload = body.model_dump(exclude_none=True, exclude_unset=True)
        if not payload["target_ids"]:
            del payload["target_ids"]  # the default target: the body old servers know
        return await self._model(RunResponse, "POST", "/run", json=payload)

    async def stop_run(self, batch_id: str) -> StopResponse:
        return await self._model(StopResponse, "POST", "/run/stop", params={"batch_id": batch_id})

    async def resume_run(self, batch_id: str) -> RunResponse:
        return await self._model(RunResponse, "POST", "/run/resume", params={"batch_id": batch_id})

    async def active_batches(self) -> list[ActiveBatch]:
        return await self._list(ActiveBatch, "/run/active-batches")

    def run_stream(self, batch_id: str, **options: Any) -> RunStream:
        """The live messages of a batch (reconnects; each finished case once)."""
        return RunStream(self.http, f"/run/ws/{batch_id}", language=self.language, **options)

    # ------------------------------------------------------------------ reports

    async def list_reports(
        self,
        skip: int = 0,
        limit: int = 100,
        *,
        status: str | None = None,
        group_id: str | None = None,
    ) -> tuple[list[ReportResponse], int | None]:
        """Batches, newest first, and the total from ``X-Total-Count``."""
        params = {"skip": skip, "limit": limit, "status": status, "group_id": group_id}
        response = await self.request("GET", "/reports", params=params)
        total = response.headers.get("X-Total-Count")
        items = [ReportResponse.model_validate(item) for item in response.json()]
        return items, int(total) if total and total.isdigit() else None

    async def get_report(self, batch_id: str) -> BatchReportResponse:
        """The batch's summary with its stability and latency figures."""
        return await self._model(BatchReportResponse, "GET", f"/reports/{batch_id}")

    async def tag_report(
        self, batch_id: str, experiment_id: int | None, template_ids: list[int] | None = None
    ) -> ReportResponse:
        """Tag a batch with the experiment (and its templates) it measured; None clears."""
        body = BatchTag(experiment_id=experiment_id, template_ids=template_ids)
        return await self._model(
            ReportResponse, "PUT", f"/reports/{batch_id}/tag", json=body.model_dump()
        )

    async def flaky_cases(
        self, batches: int = 10, *, target_id: int | None = None
    ) -> list[FlakyCase]:
        """Cases whose verdict changed within the last ``batches`` batches that ran them, per
        target (``target_id``: that target's batches only)."""
        params: dict[str, Any] = {"batches": batches}
        if target_id is not None:
            params["target_id"] = target_id
        return await self._list(FlakyCase, "/reports/flaky", params=params)

    async def case_history(self, case_id: int, limit: int = 50) -> list[CaseHistoryEntry]:
        """The case's results across batches, newest first."""
        return await self._list(
            CaseHistoryEntry, f"/cases/{case_id}/history", params={"limit": limit}
        )

    async def report_details(
        self,
        batch_id: str,
        *,
        results: list[str] | None = None,
        include_raw: bool = False,
        skip: int = 0,
        limit: int | None = None,
    ) -> list[ResultDetail]:
        """Finished results in plan order; ``results`` keeps only those values (FAIL, ERROR)."""
        params = {
            "result": ",".join(results) if results else None,
            "include_raw": "true" if include_raw else None,
            "skip": skip or None,
            "limit": limit,
        }
        return await self._list(ResultDetail, f"/reports/{batch_id}/details", params=params)

    async def export_report(self, batch_id: str, *, results: list[str] | None = None) -> bytes:
        """The batch's results as an ``.xlsx`` workbook."""
        params = {"result": ",".join(results) if results else None}
        response = await self.request("GET", f"/reports/{batch_id}/export", params=params)
        return response.content

    async def delete_report(self, batch_id: str) -> None:
        """Delete a finished batch (409 while it runs)."""
        await self.request("DELETE", f"/reports/{batch_id}")

    # ---------------------------------------------------------------- generator

    async def generator_preview(self) -> PreviewResponse:
        return await self._model(PreviewResponse, "GET", "/generate/preview")

    async def generate_cases(
        self, count: int = 2, *, options: GenerateRequest | None = None
    ) -> GenerateResponse:
        """Generate ``count`` questions per indicator (``options`` may narrow it down)."""
        body = self._body(options) if options is not None else None
        params = {"count": count}
        return await self._model(
            GenerateResponse, "POST", "/generate/cases", params=params, json=body
        )

    async def upload_metadata(
        self, files: Mapping[str, tuple[str, bytes]], *, activate: bool = False
    ) -> MetadataUploadResponse:
        """Upload ``file`` (one workbook) or ``indicators`` and ``entities`` files."""
        params = {"activate": str(activate).lower()}
        return await self._model(
            MetadataUploadResponse, "POST", "/generate/metadata", params=params, files=dict(files)
        )

    async def list_question_templates(self) -> list[QuestionTemplateResponse]:
        return await self._list(QuestionTemplateResponse, "/generate/templates")

    async def create_question_template(
        self, data: QuestionTemplateCreate
    ) -> QuestionTemplateResponse:
        return await self._model(
            QuestionTemplateResponse, "POST", "/generate/templates", json=self._body(data)
        )

    async def get_question_template(self, template_id: int) -> QuestionTemplateResponse:
        path = f"/generate/templates/{template_id}"
        return await self._model(QuestionTemplateResponse, "GET", path)

    async def replace_question_template(
        self, template_id: int, data: QuestionTemplateCreate
    ) -> QuestionTemplateResponse:
        path = f"/generate/templates/{template_id}"
        return await self._model(QuestionTemplateResponse, "PUT", path, json=self._body(data))

    async def update_question_template(
        self, template_id: int, changes: QuestionTemplateUpdate
    ) -> QuestionTemplateResponse:
        path = f"/generate/templates/{template_id}"
        return await self._model(QuestionTemplateResponse, "PATCH", path, json=self._body(changes))

    async def delete_question_template(self, template_id: int) -> None:
        await self.request("DELETE", f"/generate/templates/{template_id}")
