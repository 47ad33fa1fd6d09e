"""VoidView's later parts: notes and versions per link, groups, metrics, cascading deletes."""

from __future__ import annotations

import httpx
import pytest

from tests.server.test_experiments_experiments import BASE, make_experiment, make_templates

EN = {"Accept-Language": "en"}


async def _linked(c: httpx.AsyncClient, count: int = 2) -> tuple[int, list[int]]:
    templates = await make_templates(c, count)
    ids = [t["id"] for t in templates]
    experiment = await make_experiment(c, ids, "编码对比")
    return experiment["id"], ids


async def test_everything_needs_a_login(client: httpx.AsyncClient) -> None:
    for method, path in (
        ("GET", f"{BASE}/1/templates/1/notes"),
        ("PUT", f"{BASE}/1/templates/1/notes"),
        ("GET", f"{BASE}/1/templates/1/versions"),
        ("POST", f"{BASE}/1/templates/1/versions"),
        ("PUT", f"{BASE}/versions/1"),
        ("DELETE", f"{BASE}/versions/1"),
        ("GET", f"{BASE}/1/groups"),
        ("POST", f"{BASE}/1/groups"),
        ("PUT", f"{BASE}/groups/1"),
        ("DELETE", f"{BASE}/groups/1"),
        ("GET", f"{BASE}/groups/1/metrics"),
        ("POST", f"{BASE}/groups/1/metrics"),
    ):
        response = await client.request(method, path, json={})
        assert response.status_code == 401, (method, path)


async def test_notes_per_link(tester_client: httpx.AsyncClient) -> None:
    experiment_id, (t1, t2) = await _linked(tester_client)
    first = await tester_client.get(f"{BASE}/{experiment_id}/templates/{t1}/notes")
    assert first.status_code == 200
    assert first.json() == {"notes": ""}
    put = await tester_client.put(
        f"{BASE}/{experiment_id}/templates/{t1}/notes", json={"notes": "CRF 23 偏糊"}
    )
    assert put.status_code == 200
    assert put.json() == {"message": "更新成功", "notes": "CRF 23 偏糊"}
    again = await tester_client.put(
        f"{BASE}/{experiment_id}/templates/{t1}/notes", json={"notes": "second"}, headers=EN
    )
    assert again.json() == {"message": "Updated", "notes": "second"}
    assert (await tester_client.get(f"{BASE}/{experiment_id}/templates/{t1}/notes")).json() == {
        "notes": "second"
    }
    # The other link has its own notes.
    other = await tester_client.get(f"{BASE}/{experiment_id}/templates/{t2}/notes")
    assert other.json() == {"notes": ""}


async def test_notes_404_and_422(tester_client: httpx.AsyncClient) -> None:
    experiment_id, (t1, _) = await _linked(tester_client)
    app_id = (await tester_client.get(f"{BASE}/templates/{t1}")).json()["app_id"]
    unlinked = await tester_client.post(
        f"{BASE}/templates", json={"app_id": app_id, "name": "not linked"}
    )
    assert unlinked.status_code == 201
    not_linked_id = unlinked.json()["id"]
    for path in (
        f"{BASE}/{experiment_id}/templates/{not_linked_id}/notes",
        f"{BASE}/{experiment_id + 99}/templates/{t1}/notes",
        f"{BASE}/{experiment_id}/templates/{not_linked_id}/versions",
    ):
        response = await tester_client.get(path)
        assert response.status_code == 404, path
        assert response.json()["detail"]
    english = await tester_client.get(
        f"{BASE}/{experiment_id}/templates/{not_linked_id}/notes", headers=EN
    )
    assert english.json()["detail"] == (
        f"Experiment {experiment_id} is not linked to template {not_linked_id}"
    )
    assert (
        await tester_client.put(f"{BASE}/{experiment_id}/templates/{t1}/notes", json={"notes": 5})
    ).status_code == 422
    assert (
        await tester_client.put(
            f"{BASE}/{experiment_id}/templates/{t1}/notes", json={"notes": "x" * 20_001}
        )
    ).status_code == 422


async def test_versions_per_link(tester_client: httpx.AsyncClient) -> None:
    experiment_id, (t1, t2) = await _linked(tester_client)
    url = f"{BASE}/{experiment_id}/templates/{t1}/versions"
    assert (await tester_client.get(url)).json() == []
    v1 = await tester_client.post(url, json={"name": "v1"})
    assert v1.status_code == 201
    body = v1.json()
    assert set(body) == {
        "id",
        "experiment_id",
        "template_id",
        "name",
        "notes",
        "template_content",
        "order_index",
        "created_at",
        "updated_at",
    }
    assert (body["experiment_id"], body["template_id"], body["name"]) == (experiment_id, t1, "v1")
    assert (body["notes"], body["template_content"], body["order_index"]) == (None, None, 0)
    assert body["created_at"].endswith("+00:00")
    v2 = await tester_client.post(
        url, json={"name": "v2", "notes": "更锐", "template_content": "-crf 21 -preset slow"}
    )
    assert v2.json()["order_index"] == 1
    listed = await tester_client.get(url)
    assert [v["name"] for v in listed.json()] == ["v1", "v2"]
    assert (await tester_client.get(f"{BASE}/{experiment_id}/templates/{t2}/versions")).json() == []

    vid = v1.json()["id"]
    changed = await tester_client.put(
        f"{BASE}/versions/{vid}", json={"template_content": "-crf 25"}
    )
    assert changed.status_code == 200
    assert changed.json()["name"] == "v1"
    assert changed.json()["template_content"] == "-crf 25"
    assert changed.json()["updated_at"] is not None
    renamed = await tester_client.put(
        f"{BASE}/versions/{vid}", json={"name": "base", "notes": None}
    )
    assert (renamed.json()["name"], renamed.json()["template_content"]) == ("base", "-crf 25")
    assert (
        await tester_client.put(f"{BASE}/versions/{vid}", json={"name": None})
    ).status_code == 422
    assert (
        await tester_client.put(f"{BASE}/versions/{vid}", json={"name": " "})
    ).status_code == 422
    assert (await tester_client.post(url, json={})).status_code == 422

    deleted = await tester_client.delete(f"{BASE}/versions/{vid}")
    assert deleted.status_code == 200
    assert deleted.json() == {"message": "删除成功"}
    assert [v["name"] for v in (await tester_client.get(url)).json()] == ["v2"]
    for method in ("PUT", "DELETE"):
        missing = await tester_client.request(method, f"{BASE}/versions/{vid}", json={"name": "x"})
        assert missing.status_code == 404


async def test_groups(tester_client: httpx.AsyncClient) -> None:
    experiment_id, _ = await _linked(tester_client, 1)
    url = f"{BASE}/{experiment_id}/groups"
    assert (await tester_client.get(url)).json() == []
    x264 = await tester_client.post(
        url,
        json={
            "name": "x264 2M",
            "encoder_version": "x264 r3107",
            "transcode_params": {"bitrate": "2M", "preset": "slow", "tune": None},
            "input_url": "s3://in/a.mp4",
            "output_url": "s3://out/a.mp4",
        },
    )
    assert x264.status_code == 201, x264.text
    group = x264.json()
    assert group["status"] == "pending"
    assert group["order_index"] == 0
    assert group["transcode_params"] == {"bitrate": "2M", "preset": "slow", "tune": None}
    assert group["experiment_id"] == experiment_id
    assert group["created_at"].endswith("+00:00")
    assert group["updated_at"] is None
    first = await tester_client.post(url, json={"name": "hevc", "order_index": 0})
    later = await tester_client.post(url, json={"name": "av1"})
    assert later.json()["order_index"] == 1
    names = [g["name"] for g in (await tester_client.get(url)).json()]
    assert names == ["x264 2M", "hevc", "av1"]  # order_index, then id

    gid = group["id"]
    running = await tester_client.put(f"{BASE}/groups/{gid}", json={"status": "running"})
    assert running.status_code == 200
    assert running.json()["status"] == "running"
    assert running.json()["encoder_version"] == "x264 r3107"
    cleared = await tester_client.put(
        f"{BASE}/groups/{gid}", json={"encoder_version": None, "order_index": 5}
    )
    assert cleared.json()["encoder_version"] is None
    assert cleared.json()["order_index"] == 5
    assert [g["name"] for g in (await tester_client.get(url)).json()][-1] == "x264 2M"
    for bad in (
        {"status": "done"},
        {"status": None},
        {"name": ""},
        {"order_index": -1},
        {"transcode_params": [1, 2]},
    ):
        response = await tester_client.put(f"{BASE}/groups/{gid}", json=bad)
        assert response.status_code == 422, bad
    assert (
        await tester_client.post(url, json={"name": "x", "transcode_params": "a"})
    ).status_code == 422

    assert (await tester_client.delete(f"{BASE}/groups/{first.json()['id']}")).json() == {
        "message": "删除成功"
    }
    assert (
        await tester_client.get(f"{BASE}/groups/{first.json()['id']}/metrics")
    ).status_code == 404
    assert (await tester_client.put(f"{BASE}/groups/999999", json={})).status_code == 404
    assert (await tester_client.get(f"{BASE}/999999/groups")).status_code == 404
    assert (
        await tester_client.post(f"{BASE}/999999/groups", json={"name": "x"})
    ).status_code == 404


async def test_metrics(tester_client: httpx.AsyncClient) -> None:
    experiment_id, _ = await _linked(tester_client, 1)
    gid = (await tester_client.post(f"{BASE}/{experiment_id}/groups", json={"name": "g"})).json()[
        "id"
    ]
    murl = f"{BASE}/groups/{gid}/metrics"
    before = await tester_client.get(murl, headers=EN)
    assert before.status_code == 404
    assert before.json()["detail"] == f"Group {gid} has no metrics yet"
    created = await tester_client.post(
        murl,
        json={
            "bitrate": 2000,
            "vmaf": 93.5,
            "psnr": 41.2,
            "ssim": 0.987,
            "machine_type": "c6i.4xlarge",
            "concurrent_streams": 8,
            "cpu_usage": 71.5,
            "gpu_usage": 0,
            "detailed_report_url": "https://reports.example/g1",
        },
    )
    assert created.status_code == 200, created.text
    body = created.json()
    assert (body["group_id"], body["bitrate"], body["vmaf"], body["ssim"]) == (
        gid,
        2000,
        93.5,
        0.987,
    )
    assert body["concurrent_streams"] == 8
    updated = await tester_client.post(murl, json={"vmaf": 95})
    assert updated.status_code == 200
    assert updated.json()["id"] == body["id"]
    assert (updated.json()["vmaf"], updated.json()["psnr"]) == (95, 41.2)
    assert updated.json()["updated_at"] is not None
    assert (await tester_client.get(murl)).json() == updated.json()

    for bad in (
        {"vmaf": 100.5},
        {"vmaf": -1},
        {"ssim": 1.2},
        {"cpu_usage": 101},
        {"gpu_usage": -0.1},
        {"bitrate": -5},
        {"psnr": "high"},
        {"concurrent_streams": 1.5},
    ):
        response = await tester_client.post(murl, json=bad)
        assert response.status_code == 422, bad
        assert response.json()["detail"]
    # NaN and Infinity are not JSON numbers a client may send for a metric.
    nan = await tester_client.post(
        murl, content=b'{"vmaf": NaN}', headers={"Content-Type": "application/json"}
    )
    assert nan.status_code == 422
    assert (await tester_client.get(murl)).json()["vmaf"] == 95
    assert (await tester_client.post(f"{BASE}/groups/999999/metrics", json={})).status_code == 404


async def _counts(app_state: object) -> dict[str, int]:
    from sqlalchemy import func, select

    from server.db.models.transcoding import (
        ExperimentGroup,
        GroupMetrics,
        LinkNotes,
        TemplateVersion,
    )

    counts = {}
    async with app_state.database.session() as session:  # type: ignore[attr-defined]
        for model in (LinkNotes, TemplateVersion, ExperimentGroup, GroupMetrics):
            stmt = select(func.count()).select_from(model)
            counts[model.__tablename__] = (await session.execute(stmt)).scalar_one()
    return counts


async def _fill(c: httpx.AsyncClient, experiment_id: int, template_id: int) -> None:
    link = f"{BASE}/{experiment_id}/templates/{template_id}"
    assert (await c.put(f"{link}/notes", json={"notes": "n"})).status_code == 200
    assert (await c.post(f"{link}/versions", json={"name": "v"})).status_code == 201
    group = await c.post(f"{BASE}/{experiment_id}/groups", json={"name": "g"})
    assert (
        await c.post(f"{BASE}/groups/{group.json()['id']}/metrics", json={"vmaf": 90})
    ).status_code == 200


@pytest.mark.parametrize("what", ["unlink", "template", "experiment", "customer"])
async def test_deletes_cascade(app: object, tester_client: httpx.AsyncClient, what: str) -> None:
    experiment_id, (t1, t2) = await _linked(tester_client)
    await _fill(tester_client, experiment_id, t1)
    other = await make_experiment(tester_client, [t2], "另一个")
    await _fill(tester_client, other["id"], t2)
    state = app.state  # type: ignore[attr-defined]
    assert set((await _counts(state)).values()) == {2}

    if what == "unlink":
        response = await tester_client.delete(f"{BASE}/{experiment_id}/templates/{t1}")
    elif what == "template":
        response = await tester_client.delete(f"{BASE}/templates/{t1}")
    elif what == "experiment":
        response = await tester_client.delete(f"{BASE}/{experiment_id}")
    else:
        customer_id = (await tester_client.get(f"{BASE}/customers")).json()[0]["id"]
        response = await tester_client.delete(f"{BASE}/customers/{customer_id}")
    assert response.status_code == 200

    counts = await _counts(state)
    if what in ("unlink", "template"):
        # The link's notes and versions go; the experiment's groups stay.
        assert counts == {
            "experiment_template_notes": 1,
            "experiment_template_versions": 1,
            "experiment_groups": 2,
            "experiment_group_metrics": 2,
        }
        relinked = await tester_client.post(
            f"{BASE}/{experiment_id}/templates", json={"template_ids": [t1]}
        )
        if what == "unlink":
            assert relinked.status_code == 200
            notes = await tester_client.get(f"{BASE}/{experiment_id}/templates/{t1}/notes")
            assert notes.json() == {"notes": ""}
    elif what == "experiment":
        assert counts == {
            "experiment_template_notes": 1,
            "experiment_template_versions": 1,
            "experiment_groups": 1,
            "experiment_group_metrics": 1,
        }
    else:  # every template of the customer goes; experiments and their groups stay
        assert counts == {
            "experiment_template_notes": 0,
            "experiment_template_versions": 0,
            "experiment_groups": 2,
            "experiment_group_metrics": 2,
        }


async def test_openapi_describes_the_new_paths(client: httpx.AsyncClient) -> None:
    schema = (await client.get("/openapi.json")).json()
    paths = schema["paths"]
    for path, methods in (
        (f"{BASE}/{{experiment_id}}/templates/{{template_id}}/notes", {"get", "put"}),
        (f"{BASE}/{{experiment_id}}/templates/{{template_id}}/versions", {"get", "post"}),
        (f"{BASE}/versions/{{version_id}}", {"put", "delete"}),
        (f"{BASE}/{{experiment_id}}/groups", {"get", "post"}),
        (f"{BASE}/groups/{{group_id}}", {"put", "delete"}),
        (f"{BASE}/groups/{{group_id}}/metrics", {"get", "post"}),
        ("/api/v1/health", {"get"}),
        ("/", {"get"}),
        ("/cases/batch", {"delete"}),
        ("/cases/clear-all", {"delete"}),
        ("/run/history/{batch_id}", {"get"}),
    ):
        assert methods <= set(paths[path]), path
    vmaf = schema["components"]["schemas"]["MetricsWrite"]["properties"]["vmaf"]
    (number,) = [option for option in vmaf["anyOf"] if option.get("type") == "number"]
    assert (number["minimum"], number["maximum"]) == (0, 100)
