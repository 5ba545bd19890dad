"""Open a graphkit HTML map in headless Chromium and report what happened.

A helper for tests, not a test module: ``from browser import open_in_browser`` (``tests/`` is on the
path) loads a map and reports; ``browser_page`` keeps the page open for a test to click and type in. It drives Debian's
``/usr/bin/chromium`` through Playwright's sync API; Playwright's own browser download is not needed.

graphkit's pages carry a Content-Security-Policy without ``unsafe-eval``: when driving one yourself, give
Playwright functions (``"() => ..."``), not bare expressions, to ``wait_for_function``, whose polling of a
bare expression is refused by the policy.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
LOCAL_SCHEMES = ("file:", "data:", "about:", "blob:")

# Resolves once vis-network has stopped moving (or after `ms`), then after one more drawn frame.
_SETTLE_JS = """async (ms) => {
  const net = window.network;
  const deadline = Date.now() + ms;
  const still = () => document.body.getAttribute("data-state") === "still"
      || (net.physics && (net.physics.physicsEnabled === false || net.physics.stabilized === true));
  while (!still() && Date.now() < deadline) { await new Promise(r => setTimeout(r, 50)); }
  const settled = still();
  await new Promise(r => { net.once("afterDrawing", () => r()); net.redraw(); });
  return settled;
}"""

_STATE_JS = """() => {
  const net = window.network;
  const canvas = document.querySelector("#mynetwork canvas") || document.querySelector("canvas");
  let painted = 0;
  if (canvas) {
    const ctx = canvas.getContext("2d");
    const px = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
    for (let i = 3; i < px.length; i += 4) { if (px[i] > 0) { painted++; } }
  }
  return {
    nodes: net.body.data.nodes.length,
    edges: net.body.data.edges.length,
    positions: net.getPositions(),
    painted_pixels: painted,
    images: document.images.length,
    title: document.title,
  };
}"""

# The DOM point of a node's centre or of an edge's middle, for hovering.
_POINT_JS = """([kind, id]) => {
  const net = window.network;
  let p;
  if (kind === "node") { p = net.getPositions([id])[id]; }
  else {
    const e = net.body.edges[id];
    if (!e) { return null; }
    p = e.edgeType.getPoint(0.5);
  }
  if (!p) { return null; }
  const d = net.canvasToDOM(p);
  const r = document.getElementById("mynetwork").getBoundingClientRect();
  return {x: r.left + d.x, y: r.top + d.y};
}"""

_TOOLTIP_JS = """() => {
  const t = document.querySelector("div.vis-tooltip");
  if (!t || t.style.visibility !== "visible") { return null; }
  return {text: t.innerText, elements: t.querySelectorAll(":not(br)").length};
}"""


def require_chromium() -> None:
    """Fail under CI when Chromium is missing (CI installs it); elsewhere skip with the fix."""
    if Path(CHROMIUM).exists():
        return
    import pytest

    message = f"{CHROMIUM} not found: install Debian's chromium (apt-get install chromium) to run the browser tests"
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


@contextmanager
def browser_page(
    path: Path, *, timeout: float = 30.0, viewport: tuple[int, int] = (1400, 900)
) -> Iterator[tuple[Any, dict[str, Any]]]:
    """Headless Chromium with ``path`` loaded: yields ``(page, report)`` while the browser is open.

    ``report`` fills as the page runs: ``console_errors``, ``page_errors``, ``dialogs`` (alert/confirm/prompt
    messages), ``external_requests`` (every URL not file:, data:, about: or blob:; all of them are refused)
    and ``popups`` (pages the map tried to open). Use it to drive the page (click, type) in a test.
    """
    require_chromium()
    from playwright.sync_api import sync_playwright

    report: dict[str, Any] = {
        "console_errors": [],
        "page_errors": [],
        "dialogs": [],
        "external_requests": [],
        "popups": [],
    }

    def on_dialog(dialog: Any) -> None:
        report["dialogs"].append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    def on_request(request: Any) -> None:
        if not request.url.startswith(LOCAL_SCHEMES):
            report["external_requests"].append(request.url)

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        try:
            context = browser.new_context(viewport={"width": viewport[0], "height": viewport[1]})
            # Record external requests, then refuse them: the page must never wait on the network.
            context.route(lambda url: not url.startswith(LOCAL_SCHEMES), lambda route: route.abort())
            page = context.new_page()
            context.on("page", lambda p: report["popups"].append(p.url))
            page.set_default_timeout(timeout * 1000)
            page.on("console", lambda m: m.type == "error" and report["console_errors"].append(m.text))
            page.on("pageerror", lambda e: report["page_errors"].append(str(e)))
            page.on("dialog", on_dialog)
            page.on("request", on_request)
            page.goto(Path(path).resolve().as_uri(), wait_until="load")
            yield page, report
        finally:
            browser.close()


def wait_until_still(page: Any, timeout: float = 30.0) -> bool:
    """Wait for ``window.network`` in ``page`` (or a frame), then until it is still and drawn once more."""
    page.wait_for_function("() => window.network && window.network.body", timeout=timeout * 1000)
    return page.evaluate(_SETTLE_JS, timeout * 1000)


def point_of(page: Any, kind: str, item: str) -> dict[str, float] | None:
    """The page coordinates of a node's centre or an edge's middle (``kind`` is "node" or "edge")."""
    return page.evaluate(_POINT_JS, [kind, item])


def open_in_browser(
    path: Path,
    screenshot: Path | None = None,
    *,
    hover: Sequence[tuple[str, str]] = (),
    timeout: float = 30.0,
    viewport: tuple[int, int] = (1400, 900),
) -> dict[str, Any]:
    """Load ``path`` in headless Chromium, wait until the network is drawn and still, and report.

    Returns a dict with ``drawn`` (``window.network`` appeared; if not, ``nodes`` and ``edges`` are None
    and only the error lists are filled), ``nodes`` and ``edges`` (what vis-network holds), ``settled`` (physics stopped
    before the timeout), ``still`` (no node moved during a further half second), ``painted_pixels`` (of
    the canvas), ``images`` (``<img>`` elements in the page), ``console_errors``, ``page_errors``,
    ``dialogs`` (alert/confirm/prompt messages), ``external_requests`` (every URL not file:, data:,
    about: or blob:), ``tooltips`` (for each ``("node"|"edge", id)`` in ``hover``: the tooltip's text
    and the number of elements other than ``<br>`` inside it, or None if none showed) and ``seconds`` (wall time).
    ``screenshot``, if given, is written as PNG (parent directories are created).
    """
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    started = time.monotonic()
    with browser_page(path, timeout=timeout, viewport=viewport) as (page, report):
        report["tooltips"] = {}
        try:
            report["settled"] = wait_until_still(page, timeout)
        except PlaywrightTimeout:  # the page broke before drawing: report what went wrong
            report.update(drawn=False, nodes=None, edges=None, settled=False, still=False)
            page.wait_for_timeout(100)
            report["seconds"] = round(time.monotonic() - started, 2)
            return report
        report["drawn"] = True
        first = page.evaluate(_STATE_JS)
        page.wait_for_timeout(500)
        state = page.evaluate(_STATE_JS)
        report["still"] = all(
            abs(p["x"] - first["positions"][k]["x"]) < 0.5 and abs(p["y"] - first["positions"][k]["y"]) < 0.5
            for k, p in state.pop("positions").items()
        )
        report.update(state)
        if screenshot is not None:
            Path(screenshot).parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(screenshot), full_page=True)
        for kind, item in hover:
            report["tooltips"][item] = _hover(page, kind, item)
        page.wait_for_timeout(100)  # let a late script (if any) fire before closing
    report["seconds"] = round(time.monotonic() - started, 2)
    return report


def _hover(page: Any, kind: str, item: str) -> dict[str, Any] | None:
    """Move the mouse over a node or edge and return the tooltip vis-network shows for it."""
    page.mouse.move(1, 1)
    page.wait_for_timeout(50)
    point = point_of(page, kind, item)
    if point is None:
        return None
    page.mouse.move(point["x"], point["y"], steps=4)
    try:
        page.wait_for_function(_TOOLTIP_JS, timeout=3000)
    except Exception:  # no tooltip appeared
        return None
    return page.evaluate(_TOOLTIP_JS)
