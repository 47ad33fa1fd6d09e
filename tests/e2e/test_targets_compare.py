"""Two ``helix demo-bot`` processes as two targets: one run, two batches, and their comparison."""

from __future__ import annotations

import contextlib
from collections import Counter
from collections.abc import AsyncIterator, Callable

import httpx
import pytest

from helix_desktop.local_backend import free_port
from server.demo_bot.faults import seeded_draw
from server.demo_bot.options import DemoBotOptions
from tests.conftest import LiveServer, RunningDemoBot
from tests.e2e.run_client import add_cases, configure, wait_for
from tests.processes import backend_process, wait_healthy

pytestmark = pytest.mark.e2e

COMPANIES = [
    ("星河科技", "600901.SH"),
    ("云帆电子", "000987.SZ"),
    ("青岚制药", "600312.SH"),
    ("北辰能源", "601866.SH"),
]
INDICATORS = [("市盈率", "PE"), ("净利润", "NET_PROFIT"), ("总资产", "TOT_ASSETS")]
# The demo bot's wrong answers drop the company code: a case expecting it FAILs.
CASES = [
    {"question": f"{name}的{indicator}是多少", "expected_keywords": f"{name},{code},{column}"}
    for name, code in COMPANIES
    for indicator, column in INDICATORS
]


@contextlib.asynccontextmanager
async def demo_bot(*options: str) -> AsyncIterator[str]:
    port = free_port()
    with backend_process(["demo-bot", "--port", str(port), *options]) as process:
        url = f"http://127.0.0.1:{port}"
        await wait_healthy(f"{url}/health", process)
        yield url


async def test_one_run_two_targets_compared(live_server: LiveServer) -> None:
    async with (
        demo_bot("--latency-ms", "10") as steady,
        demo_bot("--latency-ms", "150", "--wrong-rate", "0.4", "--seed", "3") as shaky,
        httpx.AsyncClient(base_url=live_server.url, headers=live_server.headers) as client,
    ):
        case_ids = await add_cases(live_server.settings, CASES)
        # The default target is the /config bot; the second is a new target.
        await configure(client, bot_url=f"{steady}/brain/faq/session/ask", max_workers=4)
        default_id = (await client.get("/templates")).json()[0]["id"]
        created = await client.post(
            "/templates",
            json={
                "name": "新模型",
                "code": "new-model",
                "base_url": shaky,
                "endpoint": "/brain/faq/session/ask",
                "body_template": '{"user_input": "{question}", "chatId": "{chat_id}"}',
            },
        )
        assert created.status_code == 201, created.text
        new_id = created.json()["id"]

        started = await client.post("/run", json={"target_ids": [default_id, new_id]})
        assert started.status_code == 200, started.text
        run = started.json()
        assert run["group_id"]
        assert [(b["target_id"], b["target_name"]) for b in run["batches"]] == [
            (default_id, "默认目标"),
            (new_id, "新模型"),
        ]
        a, b = (batch["batch_id"] for batch in run["batches"])
        assert run["batch_id"] == a

        async def finished() -> bool:
            reports = (await client.get("/reports", params={"group_id": run["group_id"]})).json()
            return len(reports) == 2 and all(r["status"] == "COMPLETED" for r in reports)

        await wait_for(finished, timeout=60)
        reports = {
            r["id"]: r
            for r in (await client.get("/reports", params={"group_id": run["group_id"]})).json()
        }
        assert reports[a]["target_name"] == "默认目标" and reports[b]["target_id"] == new_id

        compared = await client.get("/reports/compare", params={"a": a, "b": b})
        assert compared.status_code == 200, compared.text
        body = compared.json()
        wrong = httpx.get(f"{shaky}/stats").json().get("wrong", 0)
        assert httpx.get(f"{steady}/stats").json().get("wrong", 0) == 0
        assert 0 < wrong < len(CASES)  # the seed makes the second bot wrong on some cases only

        # Exactly the cases where the bots differ: those the second bot answered wrong.
        details_b = (await client.get(f"/reports/{b}/details")).json()
        wrong_cases = {
            d["case_id"]
            for d in details_b
            if CASES[case_ids.index(d["case_id"])]["expected_keywords"].split(",")[1]
            not in d["actual_sql"]
        }
        assert len(wrong_cases) == wrong
        changed = {item["case_id"] for item in body["items"] if item["changed"]}
        assert changed == wrong_cases
        assert body["transitions"] == {"PASS->FAIL": wrong, "PASS->PASS": len(CASES) - wrong}
        assert (body["changed"], body["unchanged"]) == (wrong, len(CASES) - wrong)
        assert body["same_target"] is False
        # Changed cases come first, each with both SQLs.
        assert all(item["changed"] for item in body["items"][:wrong])
        for item in body["items"][:wrong]:
            assert item["sql_a"] != item["sql_b"] and item["sql_changed"] is True
            assert item["transition"] == "PASS->FAIL"
        # The second bot is slower: its latency shows in the results.
        items = body["items"]
        mean_a = sum(i["duration_a"] for i in items) / len(items)
        mean_b = sum(i["duration_b"] for i in items) / len(items)
        assert mean_b > mean_a + 0.1

        # The same comparison works across time: a rerun of the failures on the steady bot.
        rerun = await client.post("/run", json={"rerun_of": b, "target_id": default_id})
        assert rerun.status_code == 200, rerun.text
        c = rerun.json()["batch_id"]
        assert rerun.json()["group_id"] is None

        async def rerun_done() -> bool:
            return (await client.get(f"/reports/{c}")).json()["status"] == "COMPLETED"

        await wait_for(rerun_done, timeout=60)
        later = (await client.get("/reports/compare", params={"a": b, "b": c})).json()
        assert later["transitions"] == {
            "FAIL->PASS": wrong,
            "PASS->NONE": len(CASES) - wrong,
        }


async def test_run_target_errors(live_server: LiveServer) -> None:
    async with httpx.AsyncClient(
        base_url=live_server.url, headers={**live_server.headers, "Accept-Language": "en"}
    ) as client:
        await add_cases(live_server.settings, CASES[:1])
        missing = await client.post("/run", json={"target_ids": [1, 4242]})
        assert missing.status_code == 404 and "4242" in missing.json()["detail"]
        both = await client.post("/run", json={"target_id": 1, "target_ids": [1]})
        assert both.status_code == 400, both.text
        huge = await client.post("/run", json={"target_id": 2**63})
        assert huge.status_code == 422, huge.text
        unknown = await client.get("/reports/compare", params={"a": "nope", "b": "nope"})
        assert unknown.status_code == 404


async def test_resume_asks_the_batch_target_and_refuses_a_deleted_one(
    live_server: LiveServer, demo_bot_factory: Callable[..., RunningDemoBot]
) -> None:
    default_bot = demo_bot_factory(latency_ms=5)
    target_bot = demo_bot_factory(latency_ms=400)
    async with httpx.AsyncClient(
        base_url=live_server.url, headers={**live_server.headers, "Accept-Language": "en"}
    ) as client:
        ids = await add_cases(
            live_server.settings,
            [{"question": f"星河科技的市盈率 #{n}", "expected_keywords": "PE"} for n in range(8)],
        )
        await configure(client, bot_url=default_bot.ask_url, max_workers=2)
        base, _, path = target_bot.ask_url.partition("/brain")
        created = await client.post(
            "/templates",
            json={"name": "慢", "code": "slow", "base_url": base, "endpoint": "/brain" + path},
        )
        target_id = created.json()["id"]

        async def start_and_stop() -> str:
            started = await client.post("/run", json={"case_ids": ids, "target_id": target_id})
            assert started.status_code == 200, started.text
            assert started.json()["group_id"] is None
            batch_id = started.json()["batch_id"]
            await wait_for(lambda: _in_flight(target_bot))
            stopped = await client.post("/run/stop", params={"batch_id": batch_id})
            assert stopped.json()["status"] == "STOPPED"
            return batch_id

        batch_id = await start_and_stop()
        asked_before = target_bot.stats()["requests"]
        resumed = await client.post("/run/resume", params={"batch_id": batch_id})
        assert resumed.status_code == 200, resumed.text
        assert resumed.json()["batches"][0]["target_id"] == target_id

        async def completed() -> bool:
            report = (await client.get(f"/reports/{batch_id}")).json()
            return report["status"] == "COMPLETED"

        await wait_for(completed, timeout=60)
        assert target_bot.stats()["requests"] > asked_before
        assert default_bot.stats()["requests"] == 0  # never the /config bot

        # A batch whose target is gone cannot resume (its name stays in the report).
        second = await start_and_stop()
        assert (await client.delete(f"/templates/{target_id}")).status_code == 204
        refused = await client.post("/run/resume", params={"batch_id": second})
        assert refused.status_code == 409, refused.text
        assert "慢" in refused.json()["detail"]
        report = (await client.get(f"/reports/{second}")).json()
        assert (report["target_id"], report["target_name"]) == (None, "慢")


async def _in_flight(bot: RunningDemoBot) -> bool:
    return bot.app.in_flight > 0


async def test_two_targets_with_repeats_compared_per_case(
    live_server: LiveServer, demo_bot_factory: Callable[..., RunningDemoBot]
) -> None:
    repeat, wrong_rate, seed = 3, 0.3, 27
    steady = demo_bot_factory(latency_ms=5)
    shaky = demo_bot_factory(latency_ms=5, wrong_rate=wrong_rate, seed=seed)
    shaky_options = DemoBotOptions(latency_ms=5, wrong_rate=wrong_rate, seed=seed)
    async with httpx.AsyncClient(base_url=live_server.url, headers=live_server.headers) as client:
        case_ids = await add_cases(live_server.settings, CASES)
        # How many of its asks the seeded bot answers right, per case (the n-th ask of a
        # question is decided by the seed, whatever the order the asks arrive in).
        passed = {
            case_id: sum(
                not seeded_draw(shaky_options, case["question"], ask).wrong
                for ask in range(1, repeat + 1)
            )
            for case_id, case in zip(case_ids, CASES, strict=True)
        }
        verdicts = {
            c: "PASS" if k == repeat else "FLAKY" if k else "FAIL" for c, k in passed.items()
        }
        # The seed gives stable, flaky and always-wrong cases.
        assert set(verdicts.values()) == {"PASS", "FLAKY", "FAIL"}, verdicts

        await configure(client, bot_url=steady.ask_url, max_workers=4)
        default_id = (await client.get("/templates")).json()[0]["id"]
        base, _, path = shaky.ask_url.partition("/brain")
        created = await client.post(
            "/templates",
            json={"name": "抖动", "code": "shaky", "base_url": base, "endpoint": "/brain" + path},
        )
        shaky_id = created.json()["id"]
        started = await client.post(
            "/run", json={"target_ids": [default_id, shaky_id], "repeat": repeat}
        )
        assert started.status_code == 200, started.text
        run = started.json()
        a, b = (batch["batch_id"] for batch in run["batches"])

        async def finished() -> bool:
            reports = (await client.get("/reports", params={"group_id": run["group_id"]})).json()
            return all(r["status"] == "COMPLETED" for r in reports)

        await wait_for(finished, timeout=60)
        for bot in (steady, shaky):
            assert bot.stats()["requests"] == len(CASES) * repeat
            assert bot.stats()["duplicate_chat_ids"] == 0

        compared = await client.get("/reports/compare", params={"a": a, "b": b})
        assert compared.status_code == 200, compared.text
        body = compared.json()
        # One item per case, not per ask; counts are cases.
        assert sorted(item["case_id"] for item in body["items"]) == sorted(case_ids)
        for item in body["items"]:
            case_id = item["case_id"]
            assert (item["result_a"], item["passed_a"], item["asks_a"]) == ("PASS", 3, 3)
            assert (item["result_b"], item["passed_b"], item["asks_b"]) == (
                verdicts[case_id],
                passed[case_id],
                repeat,
            ), case_id
            assert item["transition"] == f"PASS->{verdicts[case_id]}"
            assert item["changed"] is (verdicts[case_id] != "PASS")
            if verdicts[case_id] != "PASS":
                # The SQL shown is a wrong one: the company code is missing.
                code = CASES[case_ids.index(case_id)]["expected_keywords"].split(",")[1]
                assert code not in item["sql_b"] and code in item["sql_a"]
        expected = Counter(f"PASS->{v}" for v in verdicts.values())
        assert body["transitions"] == dict(sorted(expected.items()))
        assert body["changed"] == len(CASES) - expected["PASS->PASS"]
        assert body["changed"] + body["unchanged"] == len(CASES)

        # The batch's own stability agrees; flaky cases are those of the shaky target only.
        report = (await client.get(f"/reports/{b}")).json()
        assert {s["case_id"]: s["passed"] for s in report["stability"]} == passed
        flaky = (await client.get("/reports/flaky", params={"batches": 1})).json()
        assert {(f["case_id"], f["target_id"]) for f in flaky} == {
            (c, shaky_id) for c, v in verdicts.items() if v == "FLAKY"
        }
        history = (await client.get(f"/cases/{case_ids[0]}/history")).json()
        assert sorted(h["target"] for h in history) == ["抖动"] * repeat + ["默认目标"] * repeat

        # A rerun of the failures keeps the batch's repeat (and target) unless told otherwise.
        failing = sum(v != "PASS" for v in verdicts.values())
        for body, asks in (({"rerun_of": b}, repeat), ({"rerun_of": b, "repeat": 1}, 1)):
            rerun = await client.post("/run", json=body)
            assert rerun.status_code == 200, rerun.text
            assert rerun.json()["batches"][0]["target_id"] == shaky_id
            c = rerun.json()["batch_id"]

            async def rerun_done(c: str = c) -> bool:
                return (await client.get(f"/reports/{c}")).json()["status"] == "COMPLETED"

            await wait_for(rerun_done, timeout=60)
            report = (await client.get(f"/reports/{c}")).json()
            assert (report["repeat"], report["total_count"]) == (asks, failing * asks), body
            assert report["completed_count"] == failing * asks
