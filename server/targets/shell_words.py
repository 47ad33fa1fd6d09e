"""Split a pasted command line into words, as bash or as Windows cmd would.

Browsers' "Copy as cURL" writes bash (``'...'``, ``$'...'`` with escapes, `` \\``
line continuations) or cmd (``^`` escapes, ``^`` line continuations, ``"..."``
with ``\\"`` or ``""`` inside). Python's ``shlex`` knows neither ``$'...'`` nor
cmd, hence these two small tokenizers.
"""

from __future__ import annotations

import re

__all__ = ["ShellSyntaxError", "looks_like_cmd", "split_bash", "split_cmd"]


class ShellSyntaxError(ValueError):
    """The text cannot be split (``position`` is where the trouble starts)."""

    def __init__(self, zh: str, en: str, position: int) -> None:
        super().__init__(en)
        self.zh = zh
        self.en = en
        self.position = position


_CMD_HINT = re.compile(r"\^\s*(\r?\n|$)|\^\"|^\s*curl\.exe\b", re.MULTILINE)
_BASH_HINT = re.compile(r"\\\s*\r?\n|'")
_ANSI_ESCAPES = {
    "a": "\a",
    "b": "\b",
    "e": "\x1b",
    "E": "\x1b",
    "f": "\f",
    "n": "\n",
    "r": "\r",
    "t": "\t",
    "v": "\v",
    "\\": "\\",
    "'": "'",
    '"': '"',
    "?": "?",
}


def looks_like_cmd(text: str) -> bool:
    """Chrome's "Copy as cURL (cmd)" and Firefox's "(Windows)" flavours, not bash."""
    if _CMD_HINT.search(text):
        return True
    return not _BASH_HINT.search(text) and '"' in text and "\\\n" not in text


def _ansi_c(text: str, start: int) -> tuple[str, int]:
    """The body of ``$'...'`` from ``start`` (after the quote): its value and the end index."""
    out: list[str] = []
    i = start
    while i < len(text):
        char = text[i]
        if char == "'":
            return "".join(out), i + 1
        if char != "\\" or i + 1 >= len(text):
            out.append(char)
            i += 1
            continue
        code = text[i + 1]
        if code in _ANSI_ESCAPES:
            out.append(_ANSI_ESCAPES[code])
            i += 2
        elif code in "xuU":
            width = {"x": 2, "u": 4, "U": 8}[code]
            digits = re.match(rf"[0-9A-Fa-f]{{1,{width}}}", text[i + 2 : i + 2 + width])
            if digits is None:
                out.append("\\" + code)
                i += 2
                continue
            value = int(digits.group(0), 16)
            # \xHH are bytes: a UTF-8 sequence split into \x escapes is decoded below.
            out.append(chr(value) if code != "x" else f"\0x{value:02x}")
            i += 2 + len(digits.group(0))
        elif code in "01234567":
            digits = re.match(r"[0-7]{1,3}", text[i + 1 : i + 4])
            assert digits is not None
            out.append(f"\0x{int(digits.group(0), 8) & 0xFF:02x}")
            i += 1 + len(digits.group(0))
        else:
            out.append("\\" + code)
            i += 2
    raise ShellSyntaxError(
        f"引号未闭合: 第 {start} 个字符处的 $'", f"unclosed $' quote at character {start}", start
    )


_BYTE_ESCAPE = re.compile(r"(?:\0x[0-9a-f]{2})+")


def _decode_bytes(word: str) -> str:
    """Runs of ``\\xHH`` escapes are UTF-8 bytes (how bash spells non-ASCII in ``$'...'``)."""

    def decode(match: re.Match[str]) -> str:
        data = bytes(
            int(match.group(0)[i + 2 : i + 4], 16) for i in range(0, len(match.group(0)), 4)
        )
        return data.decode("utf-8", errors="replace")

    return _BYTE_ESCAPE.sub(decode, word)


def split_bash(text: str) -> list[str]:
    """Words as bash reads them (quotes, ``$'...'``, backslashes, continuations)."""
    words: list[str] = []
    current: list[str] = []
    in_word = False
    i = 0
    n = len(text)
    while i < n:
        char = text[i]
        if char == "\\":
            if i + 1 < n and text[i + 1] == "\n":
                i += 2
                continue
            if i + 2 < n and text[i + 1] == "\r" and text[i + 2] == "\n":
                i += 3
                continue
            if i + 1 < n:
                current.append(text[i + 1])
                in_word = True
            i += 2
            continue
        if char in " \t\r\n":
            if in_word:
                words.append(_decode_bytes("".join(current)))
                current, in_word = [], False
            i += 1
            continue
        in_word = True
        if char == "'":
            end = text.find("'", i + 1)
            if end < 0:
                raise ShellSyntaxError(
                    f"引号未闭合: 第 {i} 个字符处的 '", f"unclosed ' quote at character {i}", i
                )
            current.append(text[i + 1 : end])
            i = end + 1
        elif char == "$" and i + 1 < n and text[i + 1] == "'":
            value, i = _ansi_c(text, i + 2)
            current.append(value)
        elif char == '"':
            i = _bash_double(text, i, current)
        else:
            current.append(char)
            i += 1
    if in_word:
        words.append(_decode_bytes("".join(current)))
    return words


def _bash_double(text: str, start: int, out: list[str]) -> int:
    i = start + 1
    while i < len(text):
        char = text[i]
        if char == '"':
            return i + 1
        if char == "\\" and i + 1 < len(text) and text[i + 1] in '$`"\\\n':
            if text[i + 1] != "\n":
                out.append(text[i + 1])
            i += 2
            continue
        out.append(char)
        i += 1
    raise ShellSyntaxError(
        f'引号未闭合: 第 {start} 个字符处的 "', f'unclosed " quote at character {start}', start
    )


def _cmd_unescape(text: str) -> str:
    """What cmd hands the program: ``^x`` -> ``x`` outside quotes, ``^``+newline joins lines."""
    out: list[str] = []
    quoted = False
    i = 0
    while i < len(text):
        char = text[i]
        if char == '"':
            quoted = not quoted
            out.append(char)
        elif char == "^" and not quoted:
            nxt = text[i + 1 : i + 2]
            if nxt == "\n":
                i += 2
                continue
            if text[i + 1 : i + 3] == "\r\n":
                i += 3
                continue
            out.append(nxt)
            i += 2
            continue
        else:
            out.append(char)
        i += 1
    return "".join(out)


def split_cmd(text: str) -> list[str]:
    """Words as a Windows program gets them from cmd (cmd's ``^``, then the C runtime's rules)."""
    line = _cmd_unescape(text).replace("\r\n", " ").replace("\n", " ")
    words: list[str] = []
    current: list[str] = []
    in_word = False
    quoted = False
    quote_at = 0
    i = 0
    while i < len(line):
        char = line[i]
        if char == "\\":
            j = i
            while j < len(line) and line[j] == "\\":
                j += 1
            count = j - i
            if j < len(line) and line[j] == '"':
                current.append("\\" * (count // 2))
                if count % 2:
                    current.append('"')
                    i = j + 1
                else:
                    i = j
            else:
                current.append("\\" * count)
                i = j
            in_word = True
            continue
        if char == '"':
            in_word = True
            if quoted and line[i + 1 : i + 2] == '"':
                current.append('"')
                i += 2
                continue
            quoted = not quoted
            quote_at = i
            i += 1
            continue
        if char in " \t" and not quoted:
            if in_word:
                words.append("".join(current))
                current, in_word = [], False
            i += 1
            continue
        current.append(char)
        in_word = True
        i += 1
    if quoted:
        raise ShellSyntaxError(
            f'引号未闭合: 第 {quote_at} 个字符处的 "',
            f'unclosed " quote at character {quote_at}',
            quote_at,
        )
    if in_word:
        words.append("".join(current))
    return words
