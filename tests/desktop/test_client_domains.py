"""Typed client methods for the experiments and generator domains, against the real app."""

from __future__ import annotations

import pytest

from helix_desktop.client.api import HelixClient
from helix_desktop.client.errors import ApiError
from helix_desktop.local_backend import LocalBackend
from server.contract.experiments import (
    AppCreate,
    CustomerCreate,
    CustomerUpdate,
    ExperimentCreate,
    ExperimentUpdate,
    TemplateCreate,
)
from server.contract.generator import QuestionTemplateCreate, QuestionTemplateUpdate
from tests.desktop.conftest import ROOT_PASSWORD


@pytest.fixture
async def client(backend: LocalBackend):
    client = HelixClient(backend.url)
    await client.login("root", "root123")
    await client.change_password("root123", ROOT_PASSWORD)
    yield client
    await client.aclose()


async def test_experiments_round_trip(client: HelixClient) -> None:
    customer = await client.create_customer(CustomerCreate(name="客户A"))
    renamed = await client.update_customer(customer.id, CustomerUpdate(contact="王五"))
    assert renamed.contact == "王五"
    app = await client.create_app(AppCreate(customer_id=customer.id, name="应用1"))
    template = await client.create_template(TemplateCreate(app_id=app.id, name="hd5"))
    assert [a.id for a in await client.list_apps(customer.id)] == [app.id]
    assert [t.name for t in await client.list_templates(app.id)] == ["hd5"]
    experiment = await client.create_experiment(
        ExperimentCreate(template_ids=[template.id], name="实验1")
    )
    assert experiment.status == "draft"
    updated = await client.update_experiment(experiment.id, ExperimentUpdate(status="running"))
    assert updated.status == "running"
    page = await client.list_experiments(status="running")
    assert page.total == 1
    matrix = await client.experiment_matrix()
    assert matrix.rows[0].template_name == "hd5"
    assert str(experiment.id) in matrix.rows[0].experiments
    unlinked = await client.unlink_template(experiment.id, template.id)
    assert unlinked.id == experiment.id
    with pytest.raises(ApiError) as caught:
        await client.unlink_template(experiment.id, template.id)
    assert caught.value.status == 404
    deleted = await client.delete_customer(customer.id)
    assert deleted.message
    assert await client.list_customers() == []


async def test_generator_round_trip(client: HelixClient) -> None:
    preview = await client.generator_preview()
    assert preview.indicator_count > 0
    assert len(preview.sample_indicators) <= 5
    created = await client.create_question_template(
        QuestionTemplateCreate(text="{company}的{indicator}怎么样", expected_conditions=[])
    )
    changed = await client.update_question_template(
        created.id, QuestionTemplateUpdate(enabled=False)
    )
    assert changed.enabled is False
    assert created.id in [t.id for t in await client.list_question_templates()]
    answer = await client.generate_cases(1)
    assert answer.generated > 0
    await client.delete_question_template(created.id)
    with pytest.raises(ApiError) as caught:
        await client.get_question_template(created.id)
    assert caught.value.status == 404
