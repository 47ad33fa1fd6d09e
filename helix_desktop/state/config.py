"""``ConfigState``: the shared AutoTest config (``/config``) being edited on the settings page."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal
from qasync import asyncSlot

from helix_desktop.client.errors import ApiError, ClientError, SessionExpired
from helix_desktop.state.session import Session
from server.contract.config import ConfigResponse

__all__ = ["ConfigState", "sent_value"]


def sent_value(config: ConfigResponse, name: str) -> Any:
    """A field as the server sent it; ``None`` for one it does not know (an older server)."""
    return getattr(config, name) if name in config.model_fields_set else None


class ConfigState(QObject):
    """Loads and saves ``/config``; a server without the endpoint is reported as unavailable."""

    loaded = Signal(object)  # ConfigResponse
    saved = Signal(object)  # ConfigResponse
    unavailable = Signal()
    failed = Signal(str)
    busy_changed = Signal(bool)
    tested = Signal(object)  # ConfigTestResponse
    test_failed = Signal(str)
    testing_changed = Signal(bool)

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        # Nothing loaded yet: no field set, as from a server that knows none.
        self.config = ConfigResponse()
        self.available: bool | None = None
        self.testing = False

    def forget(self) -> None:
        """Logged out: the next user loads the config again."""
        self.config = ConfigResponse()
        self.available = None

    @asyncSlot()
    async def load(self) -> None:
        await self._run("GET")

    @asyncSlot(dict)
    async def save(self, changes: dict[str, Any]) -> None:
        """Send only the changed fields (partial update); the whole config comes back."""
        await self._run("POST", changes)

    @asyncSlot(str, dict)
    async def test_connection(self, question: str = "", overrides: dict | None = None) -> None:
        """Ask the bot one question with the saved config plus the unsaved ``overrides``."""
        if self.testing:
            return
        client = self.session.require_client()
        self.testing = True
        self.testing_changed.emit(True)
        try:
            answer = await client.test_config(question or None, overrides or None)
        except SessionExpired as exc:
            self.session.report_expired(exc)
            return
        except ApiError as exc:
            if exc.status in (404, 405):
                self.test_failed.emit(
                    self.tr("This server cannot test the connection (it has no /config/test).")
                )
            else:
                self.test_failed.emit(exc.message)
            return
        except ClientError as exc:
            self.test_failed.emit(exc.message)
            return
        finally:
            self.testing = False
            self.testing_changed.emit(False)
        self.tested.emit(answer)

    async def _run(self, method: str, changes: dict[str, Any] | None = None) -> None:
        client = self.session.require_client()
        self.busy_changed.emit(True)
        try:
            if method == "GET":
                config = await client.get_config()
            else:
                config = await client.update_config(changes or {})
        except SessionExpired as exc:
            self.session.report_expired(exc)
            return
        except ApiError as exc:
            if exc.status in (404, 405):
                self.available = False
                self.unavailable.emit()
            else:
                self.failed.emit(exc.message)
            return
        except ClientError as exc:
            self.failed.emit(exc.message)
            return
        finally:
            self.busy_changed.emit(False)
        self.available = True
        self.config = config
        (self.loaded if method == "GET" else self.saved).emit(self.config)
