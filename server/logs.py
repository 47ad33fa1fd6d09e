"""Logging set-up: secrets in URLs (tokens in query strings) never reach a log line."""

from __future__ import annotations

import logging
import re

__all__ = ["RedactSecrets", "configure_logging", "redact"]

_SECRET_QUERY = re.compile(
    r"(?i)((?:refresh_token|access_token|token|password|user_token)=)[^&\s\"']+"
)
_BEARER = re.compile(r"(?i)(bearer\s+)[A-Za-z0-9._\-]+")


def redact(text: str) -> str:
    return _BEARER.sub(r"\1***", _SECRET_QUERY.sub(r"\1***", text))


class RedactSecrets(logging.Filter):
    """Rewrites a record's message and arguments with secrets masked."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.msg, str):
            record.msg = redact(record.msg)
        if isinstance(record.args, tuple):
            record.args = tuple(redact(a) if isinstance(a, str) else a for a in record.args)
        return True


def configure_logging(level: str = "info") -> None:
    logging.basicConfig(
        level=level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    redactor = RedactSecrets()
    for name in ("", "uvicorn", "uvicorn.access", "uvicorn.error", "server", "httpx"):
        logger = logging.getLogger(name)
        if not any(isinstance(f, RedactSecrets) for f in logger.filters):
            logger.addFilter(redactor)
    # aiosqlite logs every statement with its parameters (token, password hashes) at
    # DEBUG; httpx logs one line per bot request at INFO. Neither belongs in a log.
    logging.getLogger("aiosqlite").setLevel(logging.INFO)
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.INFO)
    for handler in logging.getLogger().handlers:
        if not any(isinstance(f, RedactSecrets) for f in handler.filters):
            handler.addFilter(redactor)
