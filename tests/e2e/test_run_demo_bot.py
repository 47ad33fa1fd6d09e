"""``helix demo-bot`` as a real process: SSE and JSON answers, token check, chat id warnings."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Iterator

import httpx
import pytest

from helix_desktop.local_backend import free_port
from server.runs.runner.extract import extract_sql, parse_part
from server.runs.runner.sse import SSEDecoder
from tests.processes import helix_process, wait_healthy_sync

pytestmark = pytest.mark.e2e


def _start(*args: str) -> tuple[subprocess.Popen[str], str]:
    port = free_port()
    process = helix_process(
        ["demo-bot", "--port", str(port), *args], stderr=subprocess.PIPE, text=True
    )
    url = f"http://127.0.0.1:{port}"
    wait_healthy_sync(
        f"{url}/health", process, why=lambda: process.stderr.read() if process.stderr else ""
    )
    return process, url


@pytest.fixture
def processes() -> Iterator[list[subprocess.Popen[str]]]:
    started: list[subprocess.Popen[str]] = []
    yield started
    for process in started:
        if process.poll() is None:
            process.terminate()
        process.communicate(timeout=10)  # also closes the stderr pipe


def test_sse_mode_with_token_and_duplicate_chat_ids(
    processes: list[subprocess.Popen[str]],
) -> None:
    process, url = _start("--latency-ms", "10", "--require-token", "tok")
    processes.append(process)
    ask = f"{url}/brain/faq/session/ask"
    body = {
        "robot_id": "r",
        "user_input": "星河科技最新的市盈率",
        "chatId": 1,
        "incremental": False,
    }
    assert httpx.post(ask, json=body).status_code == 401
    response = httpx.post(
        ask, json=body, headers={"Authorization": "tok", "Accept": "text/event-stream"}
    )
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/event-stream")
    decoder = SSEDecoder()
    events = decoder.feed(response.content) + decoder.close()
    assert events[-1].data == "[DONE]"
    parts = [parse_part(e.data) for e in events[:-1]]
    assert [p["type"] for p in parts][:2] == [
        "QUESTION_INTERPRETATION",
        "QUESTION_INTERPRETATION_THOUGHT",
    ]
    [answer] = [p for p in parts if p["type"] == "ANSWER" and isinstance(p["content"], dict)]
    sql = answer["content"]["visual"]["sql"]
    assert sql == extract_sql(parts, ["content.visual.sql"])
    assert "'600901.SH'" in sql
    assert sql.endswith("ORDER BY a.TRADE_DT DESC LIMIT 1")
    assert answer["content"]["visual"]["finalSql"].startswith("SELECT\n    a.S_INFO_NAME")

    # The same chat id again: answered, but the bot says so in its log.
    again = httpx.post(ask, json=body, headers={"Authorization": "Bearer tok"})
    assert again.status_code == 200
    stats = httpx.get(f"{url}/stats").json()
    assert stats["duplicate_chat_ids"] == 1
    assert stats["unauthorised"] == 1
    process.terminate()
    _, stderr = process.communicate(timeout=10)
    assert "duplicate chat id 1" in stderr
    assert "tok" not in stderr.replace("token required", "")


def test_json_mode(processes: list[subprocess.Popen[str]]) -> None:
    process, url = _start("--latency-ms", "5", "--mode", "json", "--seed", "1")
    processes.append(process)
    response = httpx.post(
        f"{url}/brain/faq/session/ask",
        json={"user_input": "2023年云帆电子的净利润", "chatId": 7},
    )
    assert response.status_code == 200
    payload = json.loads(response.text)
    assert payload["type"] == "ANSWER"
    sql = payload["content"]["visual"]["sql"]
    assert "BETWEEN '20230101' AND '20231231'" in sql
    assert "000987.SZ" in sql
