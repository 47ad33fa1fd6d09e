"""Matrix page speed: 1,000 template rows x 300 experiment columns.

Times (median of several runs) from handing the matrix data to the state
(model reset) until the page has been painted once, and a full scroll through
the matrix (vertical, then horizontal) painting every step.

    QT_QPA_PLATFORM=offscreen python -m tests.benchmarks.bench_matrix_view
"""

from __future__ import annotations

import random
import statistics
import sys
import time
from typing import Any

TARGET_MS = 300.0
STATUSES = ("draft", "running", "completed", "archived")
PALETTE = (
    "#FF6B6B",
    "#4ECDC4",
    "#45B7D1",
    "#96CEB4",
    "#FFEAA7",
    "#DDA0DD",
    "#98D8C8",
    "#F7DC6F",
    "#BB8FCE",
    "#85C1E9",
)


def build_matrix(
    templates: int = 1000, experiments: int = 300, *, links_per_template: int = 12, seed: int = 7
) -> dict[str, Any]:
    """A ``GET /experiments/matrix`` answer: 20 customers x 5 apps x N templates, sorted."""
    rng = random.Random(seed)
    briefs = [
        {
            "id": i,
            "name": f"实验 {i:03d} 回归",
            "status": STATUSES[i % 4],
            "color": PALETTE[i % 10],
        }
        for i in range(1, experiments + 1)
    ]
    rows = []
    customers, apps_per_customer = 20, 5
    per_app = max(1, templates // (customers * apps_per_customer))
    template_id = 0
    for c in range(1, customers + 1):
        for a in range(1, apps_per_customer + 1):
            app_id = (c - 1) * apps_per_customer + a
            for t in range(per_app):
                template_id += 1
                if template_id > templates:
                    break
                linked = rng.sample(briefs, min(links_per_template, len(briefs)))
                rows.append(
                    {
                        "customer_id": c,
                        "customer_name": f"客户{c:02d}银行",
                        "app_id": app_id,
                        "app_name": f"应用{a}",
                        "template_id": template_id,
                        "template_name": f"hd{t:03d}",
                        "experiments": {str(b["id"]): b for b in linked},
                    }
                )
    return {"rows": rows, "experiments": briefs}


def _page(qapp: Any) -> tuple[Any, Any]:
    from helix_desktop.state.matrix import MatrixState
    from helix_desktop.state.session import Session
    from helix_desktop.ui.pages.matrix import MatrixPage

    state = MatrixState(Session())
    state.has_loaded = True  # data is handed over below; no server here
    page = MatrixPage(state)
    page.resize(1280, 800)
    page.show()
    qapp.processEvents()
    return state, page


def main() -> int:
    from PySide6.QtWidgets import QApplication

    from server.contract.experiments import MatrixResponse

    qapp = QApplication.instance() or QApplication(sys.argv)
    data = build_matrix()
    started = time.perf_counter()
    matrix = MatrixResponse.model_validate(data)
    parse_ms = (time.perf_counter() - started) * 1000
    state, page = _page(qapp)

    shows = []
    for _ in range(7):
        started = time.perf_counter()
        state.set_data(matrix)
        qapp.processEvents()
        page.view.viewport().repaint()
        page.view.frozen.viewport().repaint()
        shows.append((time.perf_counter() - started) * 1000)
    show_ms = statistics.median(shows)

    view = page.view
    steps = []
    vertical = view.verticalScrollBar()
    started = time.perf_counter()
    for value in range(0, vertical.maximum() + 1, vertical.pageStep() // 3 or 1):
        step = time.perf_counter()
        vertical.setValue(value)
        view.viewport().repaint()
        view.frozen.viewport().repaint()
        steps.append((time.perf_counter() - step) * 1000)
    horizontal = view.horizontalScrollBar()
    vertical.setValue(0)
    for value in range(0, horizontal.maximum() + 1, horizontal.pageStep() // 3 or 1):
        step = time.perf_counter()
        horizontal.setValue(value)
        view.viewport().repaint()
        view.horizontalHeader().viewport().repaint()
        steps.append((time.perf_counter() - step) * 1000)
    scroll_ms = (time.perf_counter() - started) * 1000

    rows, columns = len(state.rows), len(state.experiments)
    print(f"matrix {rows} rows x {columns} experiment columns")
    print(f"parse MatrixResponse: {parse_ms:.0f} ms (client side, once per load)")
    print(
        f"model reset -> page painted: median {show_ms:.1f} ms "
        f"(runs: {len(shows)}), target < {TARGET_MS:.0f} ms"
    )
    print(
        f"full scroll: {len(steps)} steps in {scroll_ms:.0f} ms; per step median "
        f"{statistics.median(steps):.1f} ms, max {max(steps):.1f} ms"
    )
    page.close()
    return 0 if show_ms < TARGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())
