"""The event hub: live run events fanned out to every subscriber of a batch.

Each event is serialised once and handed to every subscriber's queue. A
subscriber that falls too far behind is cut off (``overflowed``) rather than
letting its queue grow without bound; it can reconnect and replay.
"""

from __future__ import annotations

import asyncio
from collections import defaultdict
from dataclasses import dataclass, field

__all__ = ["EventHub", "HubEvent", "Subscription"]

MAX_QUEUED = 50_000


@dataclass(frozen=True, slots=True)
class HubEvent:
    type: str
    text: str
    case_id: int | None = None
    repeat_index: int = 0


@dataclass(eq=False)
class Subscription:
    batch_id: str
    queue: asyncio.Queue[HubEvent] = field(default_factory=asyncio.Queue)
    overflowed: bool = False


class EventHub:
    def __init__(self, *, max_queued: int = MAX_QUEUED) -> None:
        self.max_queued = max_queued
        self._subscribers: defaultdict[str, set[Subscription]] = defaultdict(set)

    def subscribe(self, batch_id: str) -> Subscription:
        subscription = Subscription(batch_id)
        self._subscribers[batch_id].add(subscription)
        return subscription

    def unsubscribe(self, subscription: Subscription) -> None:
        subscribers = self._subscribers.get(subscription.batch_id)
        if subscribers is None:
            return
        subscribers.discard(subscription)
        if not subscribers:
            del self._subscribers[subscription.batch_id]

    def subscriber_count(self, batch_id: str) -> int:
        return len(self._subscribers.get(batch_id, ()))

    def cut_off_all(self) -> None:
        """Every subscriber is cut off (it reconnects and replays): live events were lost."""
        for subscribers in self._subscribers.values():
            for subscription in subscribers:
                self._cut_off(subscription)

    def _cut_off(self, subscription: Subscription) -> None:
        if not subscription.overflowed:
            subscription.overflowed = True
            # Wake the reader so it notices and closes.
            subscription.queue.put_nowait(HubEvent("overflow", ""))

    def publish(self, batch_id: str, event: HubEvent) -> None:
        for subscription in tuple(self._subscribers.get(batch_id, ())):
            if subscription.overflowed:
                continue
            if subscription.queue.qsize() >= self.max_queued:
                self._cut_off(subscription)
                continue
            subscription.queue.put_nowait(event)
