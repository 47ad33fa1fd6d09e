"""JUnit XML for CI: one ``testcase`` per case; FAIL -> ``failure``, ERROR -> ``error``.

Layout (what Jenkins, GitLab and GitHub reporters read)::

    <testsuites name="helix" tests failures errors skipped time>
      <testsuite name="helix" tests failures errors skipped time timestamp hostname>
        <properties> batch_id, status, server </properties>
        <testcase name=question classname=category|"helix" time>
          <failure message=judge's message type="FAIL">...</failure>   (or <error>, <skipped>)
          <system-out>the bot's SQL</system-out>
        </testcase>
"""

from __future__ import annotations

import re
import socket
import xml.etree.ElementTree as ET
from datetime import UTC, datetime
from pathlib import Path

from helix_desktop.headless.batch import BatchOutcome
from server.contract.vocabulary import ResultValue

__all__ = ["junit_tree", "write_junit"]

DEFAULT_CLASS = "helix"
# Characters XML 1.0 does not allow at all (a bot's answer may hold anything).
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _clean(text: str | None) -> str:
    return _ILLEGAL.sub("\ufffd", text or "")


def junit_tree(outcome: BatchOutcome, *, server: str, name: str = "helix") -> ET.ElementTree:
    counts = outcome.counts
    skipped = len(outcome.unfinished)
    totals = {
        "tests": str(len(outcome.results) + skipped),
        "failures": str(counts[ResultValue.FAIL]),
        "errors": str(counts[ResultValue.ERROR]),
        "skipped": str(skipped),
        "time": f"{outcome.elapsed:.3f}",
    }
    suites = ET.Element("testsuites", {"name": name, **totals})
    suite = ET.SubElement(
        suites,
        "testsuite",
        {
            "name": name,
            **totals,
            "timestamp": datetime.now(UTC).replace(microsecond=0).isoformat(),
            "hostname": socket.gethostname(),
        },
    )
    properties = ET.SubElement(suite, "properties")
    for key, value in (
        ("batch_id", outcome.batch_id),
        ("status", outcome.status),
        ("server", server),
    ):
        ET.SubElement(properties, "property", {"name": key, "value": _clean(value)})
    for result in outcome.results:
        case = ET.SubElement(
            suite,
            "testcase",
            {
                "name": _clean(result.question),
                "classname": _clean(result.category) or DEFAULT_CLASS,
                "time": f"{result.duration or 0:.3f}",
            },
        )
        if result.result in (ResultValue.FAIL, ResultValue.ERROR):
            tag = "failure" if result.result == ResultValue.FAIL else "error"
            element = ET.SubElement(
                case, tag, {"message": _clean(result.message), "type": result.result}
            )
            element.text = _clean(result.message)
        ET.SubElement(case, "system-out").text = _clean(result.actual_sql)
    for planned in outcome.unfinished:
        case = ET.SubElement(
            suite,
            "testcase",
            {"name": _clean(planned.question), "classname": DEFAULT_CLASS, "time": "0.000"},
        )
        ET.SubElement(case, "skipped", {"message": f"not run: the batch ended {outcome.status}"})
    ET.indent(suites)
    return ET.ElementTree(suites)


def write_junit(outcome: BatchOutcome, path: Path, *, server: str) -> None:
    """Write the report (UTF-8, with an XML declaration); parent directories are created."""
    path.parent.mkdir(parents=True, exist_ok=True)
    junit_tree(outcome, server=server).write(path, encoding="utf-8", xml_declaration=True)
