"""Which hosts the server may send HTTP requests to on a bot's behalf.

Runs and connection tests make the server fetch a URL that any user can set, and
show what came back: without a limit the server is a proxy into whatever network
it sits in. ``allowed_bot_hosts`` (a server setting, default: any) limits those
requests to the named hosts. Every request the bot clients send is checked,
redirects included; ``BotHostPolicy.check`` is the one check other callers use.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable
from urllib.parse import urlsplit

import httpx

from server.i18n import Text

__all__ = ["BotHostPolicy", "BotHostRefused"]

_Network = ipaddress.IPv4Network | ipaddress.IPv6Network


class BotHostRefused(Exception):
    """The URL's host is not one of the allowed bot hosts."""

    def __init__(self, text: Text) -> None:
        super().__init__(text.en)
        self.text = text


class BotHostPolicy:
    """Entries: host names (``bot.example.com``), ``*.example.com`` for every subdomain,
    IP addresses and networks (``10.1.0.0/16``). No entries: every host is allowed."""

    def __init__(self, entries: Iterable[str] = ()) -> None:
        self.entries = tuple(e.strip().lower() for e in entries if e.strip())
        self._names: set[str] = set()
        self._suffixes: list[str] = []
        self._networks: list[_Network] = []
        for entry in self.entries:
            if entry.startswith("*."):
                self._suffixes.append(entry[1:])
                continue
            try:
                self._networks.append(ipaddress.ip_network(entry.strip("[]"), strict=False))
            except ValueError:
                self._names.add(entry.rstrip("."))

    @classmethod
    def parse(cls, setting: str) -> BotHostPolicy:
        """From the setting's text: entries separated by commas or whitespace."""
        return cls(setting.replace(",", " ").split())

    @property
    def restricted(self) -> bool:
        return bool(self.entries)

    def allows(self, url: str) -> bool:
        if not self.entries:
            return True
        host = (urlsplit(url).hostname or "").lower().rstrip(".")
        if not host:
            return False
        try:
            address = ipaddress.ip_address(host)
        except ValueError:
            return host in self._names or any(host.endswith(s) for s in self._suffixes)
        return any(address in network for network in self._networks)

    def check(self, url: str) -> None:
        """Raise ``BotHostRefused`` unless the URL's host is allowed."""
        if self.allows(url):
            return
        host = urlsplit(url).hostname or url
        allowed = ", ".join(self.entries)
        raise BotHostRefused(
            Text(
                f"服务器不允许访问该机器人地址: {host}（允许的主机: {allowed}）",
                f"The server may not reach this bot host: {host} (allowed hosts: {allowed})",
            )
        )

    async def check_request(self, request: httpx.Request) -> None:
        """An httpx ``request`` event hook: runs before every request, redirects included."""
        self.check(str(request.url))
