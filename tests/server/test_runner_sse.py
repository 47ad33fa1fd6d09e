"""The SSE reader and SQL extraction, on the real bot sample cut at every byte."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from server.runs.runner.extract import extract_sql, parse_part
from server.runs.runner.sse import SSEDecoder, SSEEvent, iter_sse

SAMPLE = (Path(__file__).resolve().parents[1] / "data" / "bot-sse-stream.txt").read_bytes()
SAMPLE_SQL = (
    "SELECT a.S_INFO_NAME AS `证券简称`, a.PE AS `市盈率` FROM a_share_eod_valuation a "
    "WHERE a.S_INFO_WINDCODE = '600901.SH' ORDER BY a.TRADE_DT DESC LIMIT 1"
)
PATHS = ["content.visual.sql", "visual.sql", "data.sql", "sql"]


def decode(*chunks: bytes) -> list[SSEEvent]:
    decoder = SSEDecoder()
    events: list[SSEEvent] = []
    for chunk in chunks:
        events.extend(decoder.feed(chunk))
    events.extend(decoder.close())
    return events


def sql_of(events: list[SSEEvent]) -> str | None:
    return extract_sql([parse_part(e.data) for e in events if e.data != "[DONE]"], PATHS)


REFERENCE = decode(SAMPLE)


def test_sample_decodes_to_its_events() -> None:
    assert len(REFERENCE) == 13
    assert REFERENCE[-1].data == "[DONE]"
    types = [json.loads(e.data)["type"] for e in REFERENCE[:-1]]
    assert types[0] == "QUESTION_INTERPRETATION"
    assert types.count("ANSWER") == 3
    assert sql_of(REFERENCE) == SAMPLE_SQL


@pytest.mark.parametrize("line_end", [b"\n", b"\r\n", b"\r"])
def test_every_split_point_gives_the_same_events(line_end: bytes) -> None:
    data = SAMPLE.replace(b"\n", line_end)
    assert decode(data) == REFERENCE
    for cut in range(len(data) + 1):
        events = decode(data[:cut], data[cut:])
        assert events == REFERENCE, cut
        assert sql_of(events) == SAMPLE_SQL, cut


def test_byte_by_byte_and_three_way_cuts() -> None:
    data = SAMPLE.replace(b"\n", b"\r\n")
    assert decode(*(data[i : i + 1] for i in range(len(data)))) == REFERENCE
    for first in range(0, len(data), 97):
        for second in range(first, len(data), 89):
            assert decode(data[:first], data[first:second], data[second:]) == REFERENCE


def test_field_rules() -> None:
    stream = (
        b"\xef\xbb\xbf: a comment\n"
        b"event: answer\nid: 7\nretry: 300\ndata:first\ndata:  second\n\n"
        b"data\n\n"
        b"id\n\n"
        b'data: {"a":\n'
        b"data: 1}\n\n"
        b"unknown: x\n\n"
        b"data: tail without blank line"
    )
    events = decode(stream)
    assert events == [
        SSEEvent(data="first\n second", event="answer", id="7", retry=300),
        SSEEvent(data="", event="message", id="7", retry=300),
        SSEEvent(data='{"a":\n1}', event="message", id="", retry=300),
        SSEEvent(data="tail without blank line", event="message", id="", retry=300),
    ]
    assert json.loads(events[2].data) == {"a": 1}


async def test_iter_sse_reads_an_async_stream() -> None:
    async def chunks():
        for start in range(0, len(SAMPLE), 13):
            yield SAMPLE[start : start + 13]

    events = [event async for event in iter_sse(chunks())]
    assert events == REFERENCE


def test_answer_is_preferred_over_thought_chunks() -> None:
    parts = [
        {"type": "QUESTION_INTERPRETATION_THOUGHT", "content": "先试 SELECT x FROM wrong_table"},
        {"type": "QUESTION_INTERPRETATION_THOUGHT", "content": {"sql": "SELECT 1 FROM thought"}},
        {"type": "ANSWER", "content": {"visual": {"sql": "SELECT 2 FROM answer"}}},
    ]
    assert extract_sql(parts, PATHS) == "SELECT 2 FROM answer"
    # Without an ANSWER, a structured sql key in a thought is still used ...
    assert extract_sql(parts[:2], PATHS) == "SELECT 1 FROM thought"
    # ... but prose in thought chunks never is.
    assert extract_sql(parts[:1], PATHS) is None


def test_extraction_order_paths_then_sql_key_then_pattern() -> None:
    assert extract_sql([{"data": {"sql": "SELECT a FROM p"}, "x": {"sql": "no"}}], PATHS) == (
        "SELECT a FROM p"
    )
    assert extract_sql([{"result": {"deep": [{"SQL": "SELECT b FROM k"}]}}], PATHS) == (
        "SELECT b FROM k"
    )
    assert extract_sql(
        [{"answer": "查询如下：```sql\nSELECT c FROM t WHERE x = 1\n```"}], PATHS
    ) == ("SELECT c FROM t WHERE x = 1")
    assert extract_sql(["WITH q AS (SELECT 1) SELECT * FROM q; 其余说明"], PATHS) == (
        "WITH q AS (SELECT 1) SELECT * FROM q"
    )
    # Prose that looks like SQL is passed over for the SQL that parses.
    prose = "You can SELECT any period FROM the menu below.\n```sql\nSELECT f FROM t4\n```"
    assert extract_sql([{"answer": prose}], PATHS) == "SELECT f FROM t4"
    # "Parses" in the judge's dialect: PostgreSQL's ~ is no MySQL, MySQL's backticks no
    # PostgreSQL.
    two = "SELECT a FROM t WHERE b ~ 'x'\n\n或者: SELECT `a` FROM t WHERE b REGEXP 'x'"
    assert extract_sql([two], PATHS) == "SELECT `a` FROM t WHERE b REGEXP 'x'"
    assert extract_sql([two], PATHS, "postgres") == "SELECT a FROM t WHERE b ~ 'x'"
    # Text streamed in pieces across events.
    assert extract_sql(["SELECT d ", "FROM t2", "\n\n完成"], PATHS) == "SELECT d FROM t2"
    # Custom path, list index, and JSON nested in a string.
    nested = {"payload": json.dumps({"rows": [{"query": "SELECT e FROM t3"}]})}
    assert extract_sql([nested], ["payload.rows.0.query"]) == "SELECT e FROM t3"
    # Empty values are no SQL.
    assert extract_sql([{"type": "ANSWER", "content": {"visual": {"sql": "  "}}}], PATHS) is None
    assert extract_sql([{"type": "ANSWER", "content": "抱歉，无法回答"}], PATHS) is None
    assert extract_sql([], PATHS) is None
