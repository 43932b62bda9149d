"""`gongwen html` pages in a real headless Chromium (run by scripts/test-browser.sh).

Every seed's page is loaded from a file; after its script ran, the DOM is compared with what
the CLI prints: one heading mark per `gongwen outline` row, one unit mark per unit mention of
`gongwen tasks`, one target mark per `gongwen targets` row, the document text in order; a
click on each matrix row highlights exactly the tasks whose units include that unit; the
console stays free of errors. A screenshot of seed 002 goes to target/browser/.
"""

from __future__ import annotations

import json
import os
import subprocess
import tempfile
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By

ROOT = Path(__file__).resolve().parents[2]
SEEDS = sorted((ROOT / "tests/fixtures/corpus").glob("*.txt"))
BIN = os.environ.get("GONGWEN_BIN", str(ROOT / "target/release/gongwen"))
SHOTS = ROOT / "target/browser"
COUNTS: dict[str, tuple[int, int, int]] = {}


def cli(*args: str) -> str:
    return subprocess.run([BIN, *args], check=True, capture_output=True, text=True).stdout


def jsonl(*args: str) -> list[dict]:
    return [json.loads(line) for line in cli(*args).splitlines() if line.strip()]


@pytest.fixture(scope="session")
def driver():
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    profile = tempfile.mkdtemp(prefix="gw-chromium-")
    for flag in [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        f"--user-data-dir={profile}",
        "--window-size=1600,1000",
    ]:
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    # An explicit chromedriver: Selenium Manager downloads nothing.
    d = webdriver.Chrome(service=Service(executable_path="/usr/bin/chromedriver"), options=options)
    yield d
    d.quit()


@pytest.fixture(scope="session")
def pages(tmp_path_factory):
    out = tmp_path_factory.mktemp("pages")
    made = {}
    for seed in SEEDS:
        page = out / (seed.stem + ".html")
        cli("html", str(seed), "-o", str(page))
        made[seed.name] = page
    return made


def load(driver, page: Path) -> None:
    driver.get(page.as_uri())
    assert driver.execute_script("return document.readyState") == "complete"


def click(driver, element) -> None:
    """Scroll an element to the middle of its scroller, as a reader would, and click it."""
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", element)
    element.click()


def console_errors(driver) -> list[dict]:
    return [e for e in driver.get_log("browser") if e.get("level") == "SEVERE"]


def count(driver, kind: str) -> int:
    return driver.execute_script(
        "return document.querySelectorAll('[data-gw=\"' + arguments[0] + '\"]').length", kind
    )


def test_five_seeds():
    assert len(SEEDS) == 5, [s.name for s in SEEDS]


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_marks_match_cli(driver, pages, seed):
    load(driver, pages[seed.name])
    headings = len(jsonl("outline", str(seed)))
    tasks = jsonl("tasks", str(seed))
    units = sum(len(t["units"]) for t in tasks)
    targets = len(jsonl("targets", str(seed)))
    got = (count(driver, "heading"), count(driver, "unit"), count(driver, "target"))
    COUNTS[seed.name[:3]] = got
    print(f"\n{seed.name[:3]}: DOM headings/units/targets {got}, CLI {(headings, units, targets)}")
    assert got == (headings, units, targets)
    assert count(driver, "task") == len(tasks)
    # Units carry their roles as the CLI prints them, in order.
    roles = driver.execute_script(
        "return Array.from(document.querySelectorAll('.gw-doc [data-gw=\"unit\"]'))"
        ".map(u => u.getAttribute('data-role'))"
    )
    assert roles == [u["role"] for t in tasks for u in t["unit_details"]]
    # The text in order: the marked body is the source, unchanged (line ends as the HTML
    # parser reads them).
    text = driver.execute_script("return document.querySelector('main.gw-doc').textContent")
    source = seed.read_text(encoding="utf-8").replace("\r\n", "\n").replace("\r", "\n")
    assert text == source
    assert console_errors(driver) == []


def test_matrix_rows_highlight_their_tasks(driver, pages):
    seed = SEEDS[2]
    assert seed.name.startswith("002")
    load(driver, pages[seed.name])
    tasks = jsonl("tasks", str(seed))
    matrix = jsonl("units", "--format", "jsonl", str(seed))
    rows = driver.find_elements(By.CSS_SELECTOR, "tr.gw-mrow")
    assert [r.get_attribute("data-unit") for r in rows] == [u["normalized"] for u in matrix]
    assert len(rows) == 78
    highlighted_js = (
        "const all = Array.from(document.querySelectorAll('[data-gw=\"task\"]'));"
        "return all.map((t, i) => t.classList.contains('gw-hl') ? i : -1).filter(i => i >= 0);"
    )
    for row, unit in zip(rows, matrix):
        click(driver, row)
        want = [
            i
            for i, t in enumerate(tasks)
            if any(u["normalized"] == unit["normalized"] for u in t["unit_details"])
        ]
        got = driver.execute_script(highlighted_js)
        assert got == want, unit["name"]
        # The row's counts are the matrix's.
        cells = [c.text for c in row.find_elements(By.TAG_NAME, "td")]
        assert cells == [
            unit["name"],
            str(len(unit["lead"])),
            str(len(unit["support"])),
            str(len(unit["responsible"])),
        ]
    # A second click on the selected row clears the highlight.
    click(driver, rows[-1])
    assert driver.execute_script(highlighted_js) == []
    # Select the unit that leads most, for the screenshot.
    top = max(range(len(matrix)), key=lambda i: len(matrix[i]["lead"]))
    click(driver, rows[top])
    assert len(driver.execute_script(highlighted_js)) == len(
        [t for t in tasks if any(u["normalized"] == matrix[top]["normalized"] for u in t["unit_details"])]
    )
    SHOTS.mkdir(parents=True, exist_ok=True)
    driver.save_screenshot(str(SHOTS / "seed-002-selected.png"))
    assert console_errors(driver) == []


def test_hover_shows_what_was_read(driver, pages):
    seed = SEEDS[2]
    load(driver, pages[seed.name])
    unit = driver.find_element(By.CSS_SELECTOR, '.gw-doc [data-gw="unit"][data-role="lead"]')
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", unit)
    ActionChains(driver).move_to_element(unit).perform()
    info = driver.find_element(By.CSS_SELECTOR, ".gw-info")
    assert info.is_displayed()
    assert info.text.startswith("lead · department · ")
    assert unit.get_attribute("title") == info.text
    target = driver.find_element(By.CSS_SELECTOR, '.gw-doc [data-gw="target"]')
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", target)
    ActionChains(driver).move_to_element(target).perform()
    assert info.text == "target · 生产总值 · growth (增长) 6.5 %"
    assert console_errors(driver) == []


def test_outline_and_diagnostic_links(driver, pages):
    seed = SEEDS[2]
    load(driver, pages[seed.name])
    outline = driver.find_elements(By.CSS_SELECTOR, ".gw-outline a")
    assert len(outline) == len(jsonl("outline", str(seed)))
    outline[1].click()
    assert driver.execute_script("return location.hash") == "#gw-h-1"
    heading = driver.find_element(By.ID, "gw-h-1")
    assert heading.get_attribute("data-gw") == "heading"
    assert outline[1].text.endswith(heading.text.split("\n")[0][-4:])
    diags = driver.find_elements(By.CSS_SELECTOR, ".gw-diags a")
    assert len(diags) == count(driver, "diagnostic") == 1
    diags[0].click()
    assert driver.execute_script("return location.hash") == "#gw-d-0"
    mark = driver.find_element(By.ID, "gw-d-0")
    assert mark.get_attribute("data-gw") == "diagnostic"
    assert "doubled_role_word" in mark.get_attribute("title")
    assert console_errors(driver) == []


def test_screenshot_of_seed_002(driver, pages):
    load(driver, pages[SEEDS[2].name])
    SHOTS.mkdir(parents=True, exist_ok=True)
    shot = SHOTS / "seed-002.png"
    driver.save_screenshot(str(shot))
    assert shot.stat().st_size > 10_000
    assert console_errors(driver) == []


def test_script_in_document_stays_text(driver, tmp_path):
    doc = tmp_path / "evil.txt"
    doc.write_text(
        '关于<script>document.title="pwned"</script>的通知\n'
        "1.完成投资<img src=x onerror=alert(1)>。(财政局负责)\n",
        encoding="utf-8",
    )
    page = tmp_path / "evil.html"
    cli("html", str(doc), "-o", str(page))
    load(driver, page)
    assert driver.title != "pwned"
    assert driver.execute_script("return document.querySelectorAll('main script, main img').length") == 0
    text = driver.execute_script("return document.querySelector('main.gw-doc').textContent")
    assert text == doc.read_text(encoding="utf-8")
    assert console_errors(driver) == []


def test_cli_stdin_and_output_errors(pages, tmp_path):
    seed = SEEDS[2]
    from_stdin = subprocess.run(
        [BIN, "html", "-"], input=seed.read_bytes(), capture_output=True, check=True
    ).stdout
    assert from_stdin == pages[seed.name].read_bytes()
    bad = subprocess.run(
        [BIN, "html", str(seed), "-o", str(tmp_path / "missing" / "page.html")],
        capture_output=True,
        text=True,
    )
    assert bad.returncode == 2
    assert bad.stderr.startswith("gongwen: ") and "page.html" in bad.stderr
