"""``ConfigState``: the shared AutoTest config (``/config``) being edited on the settings page."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal
from qasync import asyncSlot

from helix_desktop.state.base import Ok, StateBase
from helix_desktop.state.pending import tracked
from helix_desktop.state.session import Session
from server.contract.config import ConfigResponse

__all__ = ["ConfigState", "sent_value"]


def sent_value(config: ConfigResponse, name: str) -> Any:
    """A field as the server sent it; ``None`` for one it does not know (an older server)."""
    return getattr(config, name) if name in config.model_fields_set else None


# A server without the endpoint (an older one) answers these.
NO_ENDPOINT = (404, 405)


class ConfigState(StateBase):
    """Loads and saves ``/config``; a server without the endpoint is reported as unavailable."""

    loaded = Signal(object)  # ConfigResponse
    saved = Signal(object)  # ConfigResponse
    unavailable = Signal()
    tested = Signal(object)  # ConfigTestResponse
    test_failed = Signal(str)
    testing_changed = Signal(bool)
    validation_checked = Signal(object)  # ValidationStatus

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(session, parent)
        # Nothing loaded yet: no field set, as from a server that knows none.
        self.config = ConfigResponse()
        self.available: bool | None = None
        self.testing = False

    def forget(self) -> None:
        """Logged out: the next user loads the config again."""
        self.config = ConfigResponse()
        self.available = None

    @asyncSlot()
    @tracked
    async def load(self) -> None:
        await self._run("GET")

    @asyncSlot(dict)
    @tracked
    async def save(self, changes: dict[str, Any]) -> None:
        """Send only the changed fields (partial update); the whole config comes back."""
        await self._run("POST", changes)

    @asyncSlot(str, dict)
    @tracked
    async def test_connection(
        self, question: str = "", overrides: dict[str, Any] | None = None
    ) -> None:
        """Ask the bot one question with the saved config plus the unsaved ``overrides``."""
        if self.testing:
            return
        client = self.session.require_client()
        self.testing = True
        self.testing_changed.emit(True)
        try:
            outcome = await self.call(
                client.test_config(question or None, overrides or None),
                self.test_failed.emit,
                busy=False,
                quiet=NO_ENDPOINT,
            )
        finally:
            self.testing = False
            self.testing_changed.emit(False)
        if isinstance(outcome, Ok):
            self.tested.emit(outcome.value)
        elif outcome.status in NO_ENDPOINT:
            self.test_failed.emit(
                self.tr("This server cannot test the connection (it has no /config/test).")
            )

    @asyncSlot()
    @tracked
    async def check_validation(self) -> None:
        """Ask the server about the validation database (a superuser's URL gets a warning)."""
        client = self.session.require_client()
        # An older server without /judge: nothing to warn about, so no error is shown.
        outcome = await self.call(client.validation_status(), lambda _: None, busy=False)
        if isinstance(outcome, Ok):
            self.validation_checked.emit(outcome.value)

    async def _run(self, method: str, changes: dict[str, Any] | None = None) -> None:
        client = self.session.require_client()
        request = client.get_config() if method == "GET" else client.update_config(changes or {})
        outcome = await self.call(request, quiet=NO_ENDPOINT)
        if not isinstance(outcome, Ok):
            if outcome.status in NO_ENDPOINT:
                self.available = False
                self.unavailable.emit()
            return
        self.available = True
        self.config = outcome.value
        (self.loaded if method == "GET" else self.saved).emit(self.config)
