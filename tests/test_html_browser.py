"""The alignment page in a real headless Chromium: colours follow findings, the filter works.

Skipped where no ``chromium`` (or ``chromium-browser``) is on the path.  The
page itself has no script; the test loads a copy with a probe appended that
reads the computed styles and writes them into the page, which Chromium
prints with ``--dump-dom``.  A screenshot is taken in the same run.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import CORPORA

import shpolicy
from shpolicy.alignment.render import to_html
from shpolicy.alignment.segmentation import segment

_BROWSER = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(_BROWSER is None, reason="no chromium on the path")

_PROBE = """
<script>
const rows = [...document.querySelectorAll("tbody tr.pair, tbody tr.unpaired")];
const colour = (tr) => getComputedStyle(tr.querySelector("td.text")).backgroundColor;
const before = rows.filter((tr) => tr.offsetParent !== null).length;
document.getElementById("problems").checked = true;
const after = rows.filter((tr) => tr.offsetParent !== null).length;
const out = {
  rows: rows.length, before, after,
  error: rows.filter((tr) => tr.classList.contains("error")).map(colour),
  ok: rows.filter((tr) => tr.classList.contains("ok")).map(colour),
  sticky: getComputedStyle(document.querySelector("thead th")).position,
  langs: [...document.querySelectorAll("tbody td.text")].map((td) => td.lang),
  nav: document.querySelectorAll("nav a").length,
};
const pre = document.createElement("pre");
pre.id = "probe";
pre.textContent = JSON.stringify(out);
document.body.appendChild(pre);
</script>
"""


def _chromium(tmp: Path, *args: str) -> str:
    assert _BROWSER is not None
    command = [
        _BROWSER,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        f"--user-data-dir={tmp / 'profile'}",
        *args,
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=60, check=True)
    return done.stdout


def _page_with_untranslated_measures() -> str:
    zh = shpolicy.parse(CORPORA / "2024-digital-trade.zh.txt")
    en = shpolicy.parse(CORPORA / "2024-digital-trade.en.txt")
    zh_lines = (CORPORA / "2024-digital-trade.zh.txt").read_text(encoding="utf-8").split("\n")
    lines = (CORPORA / "2024-digital-trade.en.txt").read_text(encoding="utf-8").split("\n")
    zh_line = {m.id: m.span.line or 1 for m in zh.iter_measures()}
    en_line = {m.id: m.span.line or 1 for m in en.iter_measures()}
    for pair in shpolicy.align(zh, en).pairs[2:4]:
        assert pair.source and pair.target
        lines[en_line[pair.target] - 1] = zh_lines[zh_line[pair.source] - 1]
    target = shpolicy.parse_text("\n".join(lines), path="damaged.en.txt")
    report = shpolicy.check(zh, target).translations[0]
    return to_html(report.alignment, zh, segment(zh, target).notice, report.findings)


def test_the_page_in_headless_chromium(tmp_path: Path) -> None:
    page = _page_with_untranslated_measures()
    assert page.count("<b>untranslated</b>") == 2
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    probed = page.replace("</body>", _PROBE + "</body>")
    (tmp_path / "probe.html").write_text(probed, encoding="utf-8")

    shot = tmp_path / "page.png"
    uri = (tmp_path / "probe.html").as_uri()
    dom = _chromium(tmp_path, "--window-size=1400,1000", f"--screenshot={shot}", "--dump-dom", uri)
    found = json.loads(dom.split('<pre id="probe">', 1)[1].split("</pre>", 1)[0])
    assert found["rows"] == 23 and found["before"] == 23
    # Untranslated measures are red, whatever their score; rows without findings green.
    assert len(found["error"]) >= 2 and set(found["error"]) == {"rgb(247, 212, 212)"}
    assert found["ok"] and set(found["ok"]) == {"rgb(220, 240, 220)"}
    assert found["after"] == 23 - len(found["ok"])  # the filter hides the rows without findings
    assert found["sticky"] == "sticky"
    assert set(found["langs"]) == {"zh", "en"}
    assert found["nav"] == 6

    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 20_000
