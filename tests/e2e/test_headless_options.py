"""``helix run`` options and report pieces, in-process: usage errors, selections, JUnit text."""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from helix_desktop.headless import main
from helix_desktop.headless.batch import BatchOutcome
from helix_desktop.headless.junit import write_junit
from helix_desktop.headless.options import Selection, UsageError, parse_run_options
from server.contract.autotest import ResultDetail
from server.contract.runs import CaseBrief

CREDENTIALS = {"HELIX_USERNAME": "ci", "HELIX_PASSWORD": "secret-1"}


@pytest.mark.parametrize(
    ("argv", "environ", "expected"),
    [
        ([], CREDENTIALS, "give --server URL or --data-dir DIR"),
        (["--server", "http://h"], {}, "credentials missing"),
        (["--server", "http://h", "--data-dir", "d"], CREDENTIALS, "not allowed with argument"),
        (["--server", "http://h", "--case-ids", "1,x"], CREDENTIALS, "comma-separated list"),
        (["--server", "http://h", "--case-ids", "0"], CREDENTIALS, "comma-separated list"),
        (
            ["--server", "http://h", "--case-ids", "1", "--category", "c"],
            CREDENTIALS,
            "not allowed with argument",
        ),
        (["--server", "http://h", "--category", " "], CREDENTIALS, "--category needs a name"),
        (["--server", "http://h", "--bogus"], CREDENTIALS, "unrecognized arguments: --bogus"),
    ],
)
def test_usage_errors_are_one_line_and_exit_2(
    argv: list[str], environ: dict[str, str], expected: str
) -> None:
    with pytest.raises(UsageError, match=expected):
        parse_run_options(argv, environ)
    err = io.StringIO()
    assert main(argv, environ=environ, stderr=err) == 2
    assert err.getvalue().startswith("helix run: ")
    assert expected in err.getvalue()
    assert len(err.getvalue().strip().splitlines()) == 1


def test_flags_beat_the_environment_and_selections_parse() -> None:
    options = parse_run_options(
        ["--username", "u", "--case-ids", "3, 1,3", "--junit", "out.xml"],
        {**CREDENTIALS, "HELIX_SERVER": "http://team:8000"},
    )
    assert options.server == "http://team:8000"
    assert (options.username, options.password) == ("u", "secret-1")
    assert options.selection == Selection(case_ids=(3, 1))
    assert options.junit == Path("out.xml")
    assert "secret-1" not in repr(options)
    rerun = parse_run_options(["--data-dir", "d", "--rerun-failed", "b-1"], CREDENTIALS)
    assert rerun.server is None and rerun.data_dir == Path("d")
    assert rerun.selection.describe() == "failed and errored cases of batch b-1"


def test_junit_keeps_xml_valid_and_marks_unfinished_cases_skipped(tmp_path: Path) -> None:
    outcome = BatchOutcome(
        batch_id="b-1",
        status="STOPPED",
        planned=[CaseBrief(id=1, question="q1 <&>"), CaseBrief(id=2, question="q2")],
        results=[
            ResultDetail(
                case_id=1,
                question="q1 <&>",
                actual_sql="SELECT 1\x00\x1b",
                result="FAIL",
                message='缺条件: "a < b"',
                duration=0.25,
                position=0,
            )
        ],
        elapsed=1.5,
    )
    path = tmp_path / "deep" / "r.xml"
    write_junit(outcome, path, server="http://h")
    suite = ET.parse(path).getroot().find("testsuite")
    assert suite is not None
    assert (suite.get("tests"), suite.get("failures"), suite.get("skipped")) == ("2", "1", "1")
    first, second = suite.findall("testcase")
    assert first.get("name") == "q1 <&>"
    assert first.findtext("system-out") == "SELECT 1\ufffd\ufffd"
    failure = first.find("failure")
    assert failure is not None and failure.get("message") == '缺条件: "a < b"'
    skipped = second.find("skipped")
    assert skipped is not None and "STOPPED" in (skipped.get("message") or "")
    assert not outcome.all_passed
