"""Run notices: what one server process tells the others about a batch, through PostgreSQL
``NOTIFY``.

A notice is small (PostgreSQL caps a payload at 8,000 bytes): which batch, which
completion numbers (``seq``) were just stored, which cases went in flight or finished,
whether the batch ended or was stopped. A process that has WebSocket subscribers for the batch
reads the results themselves from the table. Notices are sent inside the transaction
that stores what they announce, so they arrive after it is committed, in commit order.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

__all__ = ["CHANNEL", "MAX_CASE_IDS", "Notice"]

CHANNEL = "helix_runs"
# Case ids (gone in flight, finished) named in one notice at most; beyond, neither list
# is sent and the notice says the batch's cases in flight are unknown (``running``
# messages are cosmetic: the results themselves are read from the table).
MAX_CASE_IDS = 600


@dataclass(frozen=True, slots=True)
class Notice:
    origin: str  # the process that sent it (its owner id)
    batch_id: str
    first_seq: int | None = None
    last_seq: int | None = None
    running: tuple[int, ...] = ()  # cases gone in flight
    finished: tuple[int, ...] = ()  # cases whose result was stored
    ended: bool = False
    stopped: bool = False  # by a process that does not run the batch: its owner lets go
    in_flight_unknown: bool = False

    def encode(self) -> str:
        data: dict[str, object] = {"o": self.origin, "b": self.batch_id}
        if self.first_seq is not None and self.last_seq is not None:
            data["s"] = [self.first_seq, self.last_seq]
        if self.in_flight_unknown or len(self.running) + len(self.finished) > MAX_CASE_IDS:
            data["u"] = 1
        else:
            if self.running:
                data["r"] = list(self.running)
            if self.finished:
                data["f"] = list(self.finished)
        if self.ended:
            data["e"] = 1
        if self.stopped:
            data["x"] = 1
        return json.dumps(data, separators=(",", ":"))

    @classmethod
    def decode(cls, payload: str) -> Notice:
        data = json.loads(payload)
        seq = data.get("s") or (None, None)
        return cls(
            origin=str(data["o"]),
            batch_id=str(data["b"]),
            first_seq=None if seq[0] is None else int(seq[0]),
            last_seq=None if seq[1] is None else int(seq[1]),
            running=tuple(int(c) for c in data.get("r", ())),
            finished=tuple(int(c) for c in data.get("f", ())),
            ended=bool(data.get("e")),
            stopped=bool(data.get("x")),
            in_flight_unknown=bool(data.get("u")),
        )
