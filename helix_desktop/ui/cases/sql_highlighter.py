"""``SqlHighlighter``: SQL keywords, functions, strings, numbers and comments in colour."""

from __future__ import annotations

import re

from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextCharFormat, QTextDocument

from helix_desktop.ui.theme import is_dark

__all__ = ["SqlHighlighter"]

_KEYWORDS = (  # noqa: SIM905 (a word list reads better as words)
    "select from where and or not in is null as on join left right inner outer full cross "
    "group by order having limit offset union all distinct case when then else end between "
    "like ilike exists asc desc insert into values update set delete create table with "
    "interval date"
).split()
_FUNCTIONS = "count sum avg min max coalesce cast round substr substring year month".split()  # noqa: SIM905

_KEYWORD = re.compile(r"\b(?:" + "|".join(_KEYWORDS) + r")\b", re.IGNORECASE)
_FUNCTION = re.compile(r"\b(?:" + "|".join(_FUNCTIONS) + r")(?=\s*\()", re.IGNORECASE)
_NUMBER = re.compile(r"\b\d+(?:\.\d+)?\b")
_STRING = re.compile(r"'(?:[^']|'')*'?")
_LINE_COMMENT = re.compile(r"--[^\n]*")
_BLOCK_START, _BLOCK_END = "/*", "*/"
_IN_BLOCK = 1


def _format(color: str, *, bold: bool = False, italic: bool = False) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setForeground(QColor(color))
    if bold:
        fmt.setFontWeight(QFont.Weight.Bold)
    fmt.setFontItalic(italic)
    return fmt


class SqlHighlighter(QSyntaxHighlighter):
    """Colours follow a light or dark palette; block comments may span lines."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        dark = is_dark()
        self.keyword = _format("#6cb6ff" if dark else "#0b57d0", bold=True)
        self.function = _format("#dcbdfb" if dark else "#8a3ab9")
        self.number = _format("#f69d50" if dark else "#b35c00")
        self.string = _format("#8ddb8c" if dark else "#1e7b34")
        self.comment = _format("#8b949e" if dark else "#6e7781", italic=True)

    def highlightBlock(self, text: str) -> None:
        for pattern, fmt in (
            (_KEYWORD, self.keyword),
            (_FUNCTION, self.function),
            (_NUMBER, self.number),
            (_STRING, self.string),
            (_LINE_COMMENT, self.comment),
        ):
            for match in pattern.finditer(text):
                self.setFormat(match.start(), match.end() - match.start(), fmt)
        self._block_comments(text)

    def _block_comments(self, text: str) -> None:
        self.setCurrentBlockState(0)
        start = 0 if self.previousBlockState() == _IN_BLOCK else text.find(_BLOCK_START)
        while start >= 0:
            end = text.find(_BLOCK_END, start + (0 if start == 0 else 2))
            if end < 0:
                self.setCurrentBlockState(_IN_BLOCK)
                self.setFormat(start, len(text) - start, self.comment)
                return
            length = end + len(_BLOCK_END) - start
            self.setFormat(start, length, self.comment)
            start = text.find(_BLOCK_START, start + length)
