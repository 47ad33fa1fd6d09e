"""``StateBase``: typed ``call`` outcomes, busy counting, ``forget`` on logout, ``close``."""

from __future__ import annotations

import asyncio
from typing import Any

from helix_desktop.client.errors import ApiError
from helix_desktop.state.base import Failed, Ok, StateBase
from helix_desktop.state.session import Session


class _Probe(StateBase):
    forgotten = 0

    def forget(self) -> None:
        self.forgotten += 1


async def _answer(value: Any) -> Any:
    await asyncio.sleep(0)
    return value


async def _refuse(status: int, message: str) -> Any:
    await asyncio.sleep(0)
    raise ApiError(status, message)


async def test_call_outcomes_busy_and_quiet_statuses(qtbot: Any) -> None:
    session = Session(language="en")
    state = _Probe(session)
    busy: list[bool] = []
    failures: list[str] = []
    state.busy_changed.connect(busy.append)
    state.failed.connect(failures.append)

    assert await state.call(_answer(42)) == Ok(42)
    outcome = await state.call(_refuse(409, "already running"))
    assert outcome == Failed("already running", 409)
    assert failures == ["already running"]
    # A quiet status is left to the caller: nothing reported.
    assert await state.call(_refuse(404, "Not Found"), quiet=(404,)) == Failed("Not Found", 404)
    assert failures == ["already running"]
    # Two calls at once: busy once, not busy once.
    busy.clear()
    await asyncio.gather(state.call(_answer(1)), state.call(_answer(2)))
    assert busy == [True, False] and not state.busy

    session.logged_out.emit()
    assert state.forgotten == 1
    await state.close()
    assert state.pending.closed
