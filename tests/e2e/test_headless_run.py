"""``helix run`` as a real process against a real server and the demo bot: exit codes, JUnit."""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.conftest import ROOT_PASSWORD, LiveServer, RunningDemoBot

pytestmark = pytest.mark.e2e

KEYS = "星河科技,600901.SH,市盈率,PE"
CASES: list[dict[str, Any]] = [
    {"question": "星河科技的市盈率是多少", "expected_keywords": KEYS, "category": "估值"},
    {
        "question": "星河科技最新的市盈率",
        "expected_keywords": KEYS,
        "expected_conditions": "ORDER BY, LIMIT 1",
        "category": "估值",
    },
    {
        "question": "[wrong]青岚制药的营业收入是多少",
        "expected_keywords": "青岚制药,600312.SH,营业收入,OPER_REV",
        "category": "利润",
    },
    {"question": "[fault:no-answer]星河科技的股息率是多少", "expected_keywords": "DIVIDEND_YIELD"},
]
FAIL_MESSAGE = "缺关键字: 600312.SH"
ERROR_MESSAGE = "流已结束但没有回答: 未收到 ANSWER 事件或 SQL"


def helix_run(*args: str, password: str = ROOT_PASSWORD, **env: str) -> subprocess.CompletedProcess:
    environ = {k: v for k, v in os.environ.items() if not k.startswith("HELIX_")}
    environ.update({"HELIX_USERNAME": "root", "HELIX_PASSWORD": password, **env})
    return subprocess.run(
        [sys.executable, "-m", "helix_desktop.cli", "run", *args],
        env=environ,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture
def prepared(
    live_server: LiveServer, demo_bot_factory: Callable[..., RunningDemoBot]
) -> tuple[LiveServer, list[int]]:
    """The server with the four cases and its config pointing at a demo bot."""
    bot = demo_bot_factory(latency_ms=10)
    ids = []
    with httpx.Client(base_url=live_server.url, headers=live_server.headers) as client:
        response = client.post("/config", json={"bot_url": bot.ask_url, "max_workers": 4})
        assert response.status_code == 200, response.text
        for case in CASES:
            response = client.post("/cases", json=case)
            assert response.status_code == 201, response.text
            ids.append(response.json()["id"])
    return live_server, ids


def test_pass_fail_error_run_writes_junit_and_exits_1(
    prepared: tuple[LiveServer, list[int]], tmp_path: Path
) -> None:
    server, _ids = prepared
    report = tmp_path / "reports" / "helix.xml"
    result = helix_run("--server", server.url, "--junit", str(report))
    assert result.returncode == 1, result.stderr
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert lines[0].startswith("helix run: batch ")
    assert lines[0].endswith(f"4 cases on {server.url}")
    case_lines = [line for line in lines if line.startswith("[")]
    assert len(case_lines) == 4
    assert sorted(line.split()[1] for line in case_lines) == ["ERROR", "FAIL", "PASS", "PASS"]
    assert any(FAIL_MESSAGE in line for line in case_lines)
    summary = next(line for line in lines if "passed" in line)
    assert "4 cases, 2 passed, 1 failed, 1 error in " in summary

    suites = ET.parse(report).getroot()
    assert suites.tag == "testsuites"
    suite = suites.find("testsuite")
    assert suite is not None
    assert (suite.get("tests"), suite.get("failures"), suite.get("errors")) == ("4", "1", "1")
    assert float(suite.get("time", "0")) > 0
    cases = suite.findall("testcase")
    assert [c.get("name") for c in cases] == [c["question"] for c in CASES]
    assert [c.get("classname") for c in cases] == ["估值", "估值", "利润", "helix"]
    passed, latest, wrong, broken = cases
    assert passed.find("failure") is None and passed.find("error") is None
    assert (passed.findtext("system-out") or "").startswith("SELECT ")
    assert "600901.SH" in (passed.findtext("system-out") or "")
    assert "LIMIT 1" in (latest.findtext("system-out") or "")
    failure = wrong.find("failure")
    assert failure is not None and failure.get("message") == FAIL_MESSAGE
    assert (wrong.findtext("system-out") or "").startswith("SELECT ")
    error = broken.find("error")
    assert error is not None and error.get("message") == ERROR_MESSAGE
    assert broken.findtext("system-out") == ""
    batch_id = next(p.get("value") for p in suite.iter("property") if p.get("name") == "batch_id")

    # Re-run only what failed: the FAIL and the ERROR case, still exit 1.
    rerun = helix_run("--server", server.url, "--rerun-failed", str(batch_id), "--quiet")
    assert rerun.returncode == 1, rerun.stderr
    assert "2 cases, 0 passed, 1 failed, 1 error" in rerun.stderr
    assert not [line for line in rerun.stderr.splitlines() if line.startswith("[")]


def test_selected_passing_cases_exit_0(
    prepared: tuple[LiveServer, list[int]], tmp_path: Path
) -> None:
    server, ids = prepared
    by_category = helix_run("--server", server.url, "--category", "估值")
    assert by_category.returncode == 0, by_category.stderr
    assert "2 cases, 2 passed, 0 failed, 0 errors" in by_category.stderr

    report = tmp_path / "ids.xml"
    by_ids = helix_run(
        "--server", server.url, "--case-ids", f"{ids[1]},{ids[0]}", "--junit", str(report)
    )
    assert by_ids.returncode == 0, by_ids.stderr
    suite = ET.parse(report).getroot().find("testsuite")
    assert suite is not None
    assert (suite.get("tests"), suite.get("failures"), suite.get("errors")) == ("2", "0", "0")


def test_usage_connection_and_auth_errors_exit_2(
    prepared: tuple[LiveServer, list[int]], tmp_path: Path
) -> None:
    server, ids = prepared
    wrong_password = helix_run("--server", server.url, password="not-the-password")
    assert wrong_password.returncode == 2
    assert wrong_password.stderr.startswith("helix run: login failed for 'root': ")
    assert len(wrong_password.stderr.strip().splitlines()) == 1

    unknown = helix_run("--server", server.url, "--case-ids", f"{ids[0]},99999")
    assert unknown.returncode == 2
    assert "99999" in unknown.stderr
    assert len(unknown.stderr.strip().splitlines()) == 1

    empty_category = helix_run("--server", server.url, "--category", "nothing-here")
    assert empty_category.returncode == 2
    assert "no active case in category 'nothing-here'" in empty_category.stderr

    # Nobody listens on a just-freed port.
    from helix_desktop.local_backend import free_port

    unreachable = helix_run("--server", f"http://127.0.0.1:{free_port()}")
    assert unreachable.returncode == 2
    assert unreachable.stderr.startswith("helix run: 无法连接服务器 http://127.0.0.1:")
    assert len(unreachable.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "none.xml").exists()


def test_local_data_dir(tmp_path: Path, demo_bot_factory: Callable[..., RunningDemoBot]) -> None:
    """``--data-dir`` serves that directory in-process; a fresh one gets the env's root password."""
    from helix_desktop.local_backend import LocalBackend

    data_dir = tmp_path / "local"
    bot = demo_bot_factory(latency_ms=10)
    env = {"HELIX_INITIAL_ROOT_PASSWORD": ROOT_PASSWORD}
    # An empty data dir: the database is created; no case yet -> a clear error, exit 2.
    empty = helix_run("--data-dir", str(data_dir), **env)
    assert empty.returncode == 2, empty.stderr
    assert len(empty.stderr.strip().splitlines()) == 1
    # Add cases as a desktop user would, then run them from the "CI".
    with LocalBackend(data_dir) as backend, httpx.Client(base_url=backend.url) as client:
        login = client.post(
            "/api/v1/auth/login", json={"username": "root", "password": ROOT_PASSWORD}
        )
        assert login.status_code == 200, login.text
        client.headers["Authorization"] = f"Bearer {login.json()['access_token']}"
        assert client.post("/config", json={"bot_url": bot.ask_url}).status_code == 200
        for case in CASES[:2]:
            assert client.post("/cases", json=case).status_code == 201
    result = helix_run("--data-dir", str(data_dir), "--junit", str(tmp_path / "local.xml"))
    assert result.returncode == 0, result.stderr
    assert "the local data dir" in result.stderr.splitlines()[0]
    suite = ET.parse(tmp_path / "local.xml").getroot().find("testsuite")
    assert suite is not None and suite.get("tests") == "2"


def test_interrupt_stops_the_batch(
    live_server: LiveServer, demo_bot_factory: Callable[..., RunningDemoBot]
) -> None:
    """Ctrl-C (SIGINT) in CI: the batch is stopped on the server, exit code 130."""
    import signal

    bot = demo_bot_factory(latency_ms=30_000)
    with httpx.Client(base_url=live_server.url, headers=live_server.headers) as client:
        assert client.post("/config", json={"bot_url": bot.ask_url}).status_code == 200
        for case in CASES[:2]:
            assert client.post("/cases", json=case).status_code == 201
    environ = {k: v for k, v in os.environ.items() if not k.startswith("HELIX_")}
    environ.update(HELIX_USERNAME="root", HELIX_PASSWORD=ROOT_PASSWORD)
    process = subprocess.Popen(
        [sys.executable, "-m", "helix_desktop.cli", "run", "--server", live_server.url],
        env=environ,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stderr is not None
    first = process.stderr.readline()
    assert first.startswith("helix run: batch "), first
    batch_id = first.split()[3].rstrip(",")
    process.send_signal(signal.SIGINT)
    _, rest = process.communicate(timeout=30)
    assert process.returncode == 130, rest
    assert "interrupted; the batch was stopped" in rest
    with httpx.Client(base_url=live_server.url, headers=live_server.headers) as client:
        report = client.get(f"/reports/{batch_id}")
        assert report.status_code == 200
        assert report.json()["status"] == "STOPPED"


def test_target_by_code(
    prepared: tuple[LiveServer, list[int]], demo_bot_factory: Callable[..., RunningDemoBot]
) -> None:
    server, ids = prepared
    other = demo_bot_factory(latency_ms=5)
    base, _, path = other.ask_url.partition("/brain")
    with httpx.Client(base_url=server.url, headers=server.headers) as client:
        created = client.post(
            "/templates",
            json={"name": "预发", "code": "staging", "base_url": base, "endpoint": "/brain" + path},
        )
        assert created.status_code == 201, created.text
    result = helix_run(
        "--server", server.url, "--case-ids", str(ids[0]), "--target", "STAGING", "--quiet"
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr.splitlines()[0].endswith(f"1 cases on {server.url} (target 预发)")
    assert other.stats()["requests"] == 1
    with httpx.Client(base_url=server.url, headers=server.headers) as client:
        [report] = client.get("/reports").json()
        assert report["target_name"] == "预发"

    unknown = helix_run("--server", server.url, "--target", "nope")
    assert unknown.returncode == 2, unknown.stderr
    assert "no bot target with code 'nope' (targets: default, staging)" in unknown.stderr
