"""schemathesis against ``/openapi.json`` of a real server: no 500s, and every answer
(status code and body) is what the schema says.

Seeded (derandomized) with a bounded number of examples per operation, so the run is
repeatable and quick. Operations that would revoke the token the test uses
(change-password, reset-password) are left out.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis.errors import Unsatisfiable
from pydantic import SecretStr
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.core.result import Err
from schemathesis.specs.openapi.checks import (
    response_schema_conformance,
    status_code_conformance,
)

from server.app import create_app
from server.settings import Settings
from tests.conftest import ROOT_PASSWORD, serve_in_thread

EXAMPLES = 25
REVOKING = ("/api/v1/auth/change-password", "/api/v1/users/{user_id}/reset-password")


@pytest.fixture(scope="module")
def live_api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, dict[str, str]]]:
    data_dir: Path = tmp_path_factory.mktemp("fuzz")
    app = create_app(
        Settings(
            data_dir=data_dir,
            secret_key=SecretStr("fuzz-secret-key-0123456789abcdef0123456789"),
            initial_root_password=SecretStr(ROOT_PASSWORD),
            # Bot URLs the fuzzer invents (and its retry and timeout settings) must not
            # reach the network, nor other services on loopback: no host is allowed.
            allowed_bot_hosts="bot.invalid",
            # Many fuzzed logins from one client: keep the real token's account usable.
            login_client_max_failures=1_000_000,
            login_max_failures=1_000_000,
        )
    )
    server = serve_in_thread(app)
    try:
        login = httpx.post(
            f"{server.url}/api/v1/auth/login",
            json={"username": "root", "password": ROOT_PASSWORD},
            timeout=30,
        )
        assert login.status_code == 200, login.text
        headers = {"Authorization": f"Bearer {login.json()['access_token']}"}
        yield server.url, headers
    finally:
        server.stop()


CHECKS = [not_a_server_error, response_schema_conformance, status_code_conformance]


def _failures(
    schema: schemathesis.BaseSchema, headers: dict[str, str], mode: GenerationMode
) -> list[str]:
    """Every operation's examples in ``mode``; one line per operation that failed."""
    failures = []
    for result in schema.get_all_operations():
        if isinstance(result, Err):
            failures.append(f"the schema does not load: {result.err()}")
            continue
        operation = result.ok()
        if operation.path in REVOKING:
            continue

        @settings(
            max_examples=EXAMPLES,
            derandomize=True,
            database=None,
            deadline=None,
            suppress_health_check=list(HealthCheck),
            phases=[Phase.explicit, Phase.generate],
        )
        @given(case=operation.as_strategy(generation_mode=mode))
        def check(case: schemathesis.Case) -> None:
            case.call_and_validate(headers=headers, checks=CHECKS)

        try:
            check()
        except Unsatisfiable:
            continue  # nothing to make invalid (no parameters, no body)
        except (Exception, BaseExceptionGroup) as exc:  # every failure is collected, reported
            summary = str(exc).strip().splitlines()
            failures.append(
                f"{operation.method.upper()} {operation.path} ({mode.value}): "
                + " | ".join(summary[:12])
            )
    return failures


def test_api_conforms_to_its_schema(live_api: tuple[str, dict[str, str]]) -> None:
    url, headers = live_api
    schema = schemathesis.openapi.from_url(f"{url}/openapi.json")
    failures = _failures(schema, headers, GenerationMode.POSITIVE)
    failures += _failures(schema, headers, GenerationMode.NEGATIVE)
    assert not failures, "\n\n".join(failures)


async def test_schema_describes_the_real_error_bodies(client: httpx.AsyncClient) -> None:
    schema = (await client.get("/openapi.json")).json()
    validation = schema["components"]["schemas"]["HTTPValidationError"]
    assert validation["properties"]["detail"]["type"] == "string"
    assert validation["properties"]["errors"]["type"] == "array"
    assert set(validation["required"]) == {"detail", "errors"}
    create_case = schema["paths"]["/cases"]["post"]["responses"]
    assert {"400", "413", "422"} <= set(create_case)
    response = await client.post("/api/v1/auth/refresh", json=None)
    assert response.status_code == 422
    assert set(response.json()) == {"detail", "errors"}
