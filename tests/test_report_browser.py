"""The report page in a real browser: headless Chromium driven by selenium.

The browser is Debian's ``chromium`` with its ``chromium-driver`` (nothing
downloads a browser). Without them these tests are skipped with a one-line
reason, unless ``NC_BROWSER_TESTS=required`` (set by ``.ci/run``), which
makes a missing browser a failure. Screenshots of every section are saved
under ``test-artifacts/browser/`` (or ``$NC_ARTIFACTS``).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
ARTIFACTS = Path(os.environ.get("NC_ARTIFACTS", REPO / "test-artifacts")) / "browser"
REQUIRED = os.environ.get("NC_BROWSER_TESTS", "") == "required"
MARKUP = (
    "Siege of Tarn ends\n\n"
    "The council said the siege of Tarn was over and that <script>window.__pwned = 1;"
    "</script> had been removed from its website. "
    'Residents described the blockade as "<img src=x onerror="window.__pwned = 2">" in '
    "messages to the town hall, the council said. "
    "The army said its operation was lawful and that </script><script>window.__pwned = 3;"
    "</script> was a forged statement. "
    'A spokesman called it "<iframe src=http://example.invalid/></iframe>" and said the '
    "roads were open again. "
    "Officials said the water supply would be restored within a week, and that aid "
    "convoys had reached the northern districts on Tuesday after days of delay.\n"
)


def _find(name: str) -> str | None:
    return shutil.which(name)


def _browser_problem() -> str | None:
    """Why the browser tests cannot run here, in one line, or None."""
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium is not installed (pip install -e '.[test]')"
    if not (_find("chromium") or _find("chromium-browser")):
        return "no chromium: install the Debian package chromium (apt-get install chromium)"
    if not _find("chromedriver"):
        return "no chromedriver: install the Debian package chromium-driver"
    return None


@pytest.fixture(scope="module")
def driver() -> Iterator[object]:
    problem = _browser_problem()
    if problem:
        if REQUIRED:
            pytest.fail(f"NC_BROWSER_TESTS=required but {problem}")
        pytest.skip(problem)
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(_find("chromium") or _find("chromium-browser"))
    for argument in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--window-size=1280,3000",
        "--no-first-run",
        "--disable-background-networking",
    ):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    browser = webdriver.Chrome(service=Service(str(_find("chromedriver"))), options=options)
    browser.set_page_load_timeout(120)
    try:
        yield browser
    finally:
        browser.quit()


def _report(args: list[str], out: Path) -> Path:
    result = subprocess.run(
        [sys.executable, "-m", "narrative_compare.cli", "report", *args, "-o", str(out)],
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    index = Path(result.stdout.strip())
    assert index == out / "index.html"
    return index


@pytest.fixture(scope="module")
def seed_page(tmp_path_factory) -> Path:
    return _report([], tmp_path_factory.mktemp("seed") / "report")


@pytest.fixture(scope="module")
def corpus_page(tmp_path_factory) -> Path:
    if _browser_problem() and not REQUIRED:
        pytest.skip(_browser_problem() or "")
    work = tmp_path_factory.mktemp("corpus")
    subprocess.run(
        [sys.executable, str(REPO / "benchmarks" / "make_corpus.py"), str(work / "c")]
        + ["--n", "2000", "--seed", "0"],
        check=True,
        capture_output=True,
        timeout=300,
    )
    return _report([str(work / "c"), "--meta", str(work / "c" / "meta.csv")], work / "report")


@pytest.fixture(scope="module")
def markup_page(tmp_path_factory) -> Path:
    work = tmp_path_factory.mktemp("markup")
    article = work / "tarn.txt"
    article.write_text(MARKUP, encoding="utf-8")
    return _report([str(article)], work / "report")


def _open(driver, page: Path) -> None:
    driver.get(page.resolve().as_uri())
    assert driver.execute_script("return document.documentElement.dataset.ready") == "1"


def _errors(driver) -> list[str]:
    return [e["message"] for e in driver.get_log("browser") if e["level"] == "SEVERE"]


def _type(driver, element_id: str, text: str) -> None:
    from selenium.webdriver.common.by import By

    box = driver.find_element(By.ID, element_id)
    box.clear()
    box.send_keys(text)


def _visible_rows(driver) -> list[object]:
    from selenium.webdriver.common.by import By

    rows = driver.find_elements(By.CSS_SELECTOR, "#nc-statements tbody tr")
    return [row for row in rows if row.is_displayed()]


def _shoot(driver, name: str) -> None:
    from selenium.webdriver.common.by import By

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    for section in driver.find_elements(By.CSS_SELECTOR, "section[id]"):
        anchor = section.get_attribute("id")
        section.screenshot(str(ARTIFACTS / f"{name}-{anchor}.png"))


def test_seed_search_shows_highlighted_sentences_by_camp(driver, seed_page) -> None:
    from selenium.webdriver.common.by import By

    _open(driver, seed_page)
    # The seed has no headline (its first line heads its first section): the file name.
    assert driver.title == "azerbaijan_karabakh_offensive_2023"
    assert driver.find_element(By.TAG_NAME, "h1").text == driver.title
    _type(driver, "nc-search", "siege")
    groups = driver.find_elements(By.CSS_SELECTOR, "#nc-results .group h3")
    assert [g.text for g in groups] == ["Armenia (1)"]
    marks = driver.find_elements(By.CSS_SELECTOR, "#nc-results mark")
    assert [m.text for m in marks] == ["siege"]
    assert "1 sentence match" in driver.find_element(By.ID, "nc-search-status").text
    _type(driver, "nc-search", "operation")
    camps = {g.text.split(" (")[0] for g in driver.find_elements(By.CSS_SELECTOR, ".group h3")}
    assert "Azerbaijan" in camps
    assert all(
        m.text.lower() == "operation"
        for m in driver.find_elements(By.CSS_SELECTOR, "#nc-results mark")
    )
    assert _errors(driver) == []


def test_seed_clicking_a_term_searches_for_it(driver, seed_page) -> None:
    from selenium.webdriver.common.by import By

    _open(driver, seed_page)
    button = driver.find_element(By.XPATH, "//button[@class='term'][text()='absolute lie']")
    driver.execute_script("arguments[0].scrollIntoView()", button)
    button.click()
    assert driver.find_element(By.ID, "nc-search").get_attribute("value") == "absolute lie"
    marks = driver.find_elements(By.CSS_SELECTOR, "#nc-results mark")
    assert marks and all(m.text == "absolute lie" for m in marks)
    # A label of the long contested-labels table does the same.
    label = driver.find_element(By.CSS_SELECTOR, "#labels table.sortable button.term")
    text = label.text
    driver.execute_script("arguments[0].scrollIntoView()", label)
    label.click()
    assert driver.find_element(By.ID, "nc-search").get_attribute("value") == text
    assert driver.find_elements(By.CSS_SELECTOR, "#nc-results li")


def test_seed_contested_labels_table_searches_by_click_and_keyboard(driver, seed_page) -> None:
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    _open(driver, seed_page)
    pivot = driver.find_element(By.CSS_SELECTOR, "#labels table.pivot")
    headers = [th.text for th in pivot.find_elements(By.CSS_SELECTOR, "thead th")]
    assert headers[0] == "referent" and "Armenia" in headers and "Azerbaijan" in headers
    labels = pivot.find_elements(By.CSS_SELECTOR, "button.term")
    # Every label of the table is a button, with its count outside it.
    long_rows = driver.find_elements(By.CSS_SELECTOR, "#labels table.sortable tbody tr")
    assert len(labels) == len(long_rows)
    assert all(b.text and "(" not in b.text for b in labels)
    siege = next(b for b in labels if "illegal siege" in b.text)
    text = siege.text
    driver.execute_script("arguments[0].scrollIntoView()", siege)
    siege.click()
    box = driver.find_element(By.ID, "nc-search")
    assert box.get_attribute("value") == text
    assert driver.switch_to.active_element == box
    groups = [g.text for g in driver.find_elements(By.CSS_SELECTOR, "#nc-results .group h3")]
    assert groups == ["Armenia (1)"]
    marks = driver.find_elements(By.CSS_SELECTOR, "#nc-results mark")
    assert [m.text for m in marks] == [text]
    _shoot(driver, "seed-label-click")
    # From the keyboard: Tab moves from one label to the next, Enter searches.
    first, second = labels[0], labels[1]
    driver.execute_script("arguments[0].scrollIntoView(); arguments[0].focus()", first)
    ActionChains(driver).send_keys(Keys.TAB).perform()
    assert driver.switch_to.active_element == second
    ActionChains(driver).send_keys(Keys.ENTER).perform()
    assert box.get_attribute("value") == second.text
    assert driver.find_elements(By.CSS_SELECTOR, "#nc-results li")
    # Space works too (a native button).
    driver.execute_script("arguments[0].scrollIntoView(); arguments[0].focus()", first)
    ActionChains(driver).send_keys(Keys.SPACE).perform()
    assert box.get_attribute("value") == first.text
    assert _errors(driver) == []


def test_seed_table_filters_and_sorts(driver, seed_page) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    _open(driver, seed_page)
    assert len(_visible_rows(driver)) == 24
    Select(driver.find_element(By.ID, "nc-filter-camp")).select_by_value("Armenia")
    rows = _visible_rows(driver)
    assert len(rows) == 3 and {r.get_attribute("data-camp") for r in rows} == {"Armenia"}
    assert driver.find_element(By.ID, "nc-table-status").text.startswith("3 of 24")
    Select(driver.find_element(By.ID, "nc-filter-mode")).select_by_value("mixed")
    assert {r.get_attribute("data-mode") for r in _visible_rows(driver)} == {"mixed"}
    Select(driver.find_element(By.ID, "nc-filter-camp")).select_by_value("")
    Select(driver.find_element(By.ID, "nc-filter-mode")).select_by_value("")
    actor = Select(driver.find_element(By.ID, "nc-filter-actor"))
    actor.select_by_visible_text("Azerbaijani Ministry of Defense")
    cells = [r.find_elements(By.TAG_NAME, "td")[2] for r in _visible_rows(driver)]
    assert {c.text for c in cells} == {"Azerbaijani Ministry of Defense"}
    assert {c.get_attribute("title") for c in cells} == {"az_mod"}  # the id on hover
    actor.select_by_value("")
    sort_id = driver.find_element(By.XPATH, "//table[@id='nc-statements']//button[text()='#']")
    sort_id.click()
    sort_id.click()  # descending
    first = [r.find_element(By.TAG_NAME, "td").text for r in _visible_rows(driver)][:3]
    assert first == ["24", "23", "22"]
    sort_camp = driver.find_element(By.XPATH, "//table[@id='nc-statements']//button[text()='camp']")
    sort_camp.click()
    camps = [r.get_attribute("data-camp") for r in _visible_rows(driver)]
    assert camps == sorted(camps, key=str.lower)
    header = sort_camp.find_element(By.XPATH, "..")
    assert header.get_attribute("aria-sort") == "ascending"
    # A row links to its statement in the article text.
    link = driver.find_element(By.CSS_SELECTOR, "a[href='#s-21']")
    driver.execute_script("arguments[0].scrollIntoView()", link)
    link.click()
    target = driver.find_element(By.ID, "s-21")
    assert "absolute lie" in target.text
    assert driver.execute_script("return document.querySelector(':target').id") == "s-21"


def test_seed_timeline_point_shows_its_sentence(driver, seed_page) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    _open(driver, seed_page)
    dots = driver.find_elements(By.CSS_SELECTOR, "#nc-timeline circle")
    assert len(dots) == 24
    dots[20].click()
    assert "absolute lie" in driver.find_element(By.ID, "nc-point").text
    dots[0].send_keys(Keys.ENTER)  # keyboard access
    assert "anti-terrorism operations" in driver.find_element(By.ID, "nc-point").text
    bars = driver.find_elements(By.CSS_SELECTOR, "#nc-terms-tfidf g.point")
    assert bars
    bars[0].click()
    assert driver.find_element(By.ID, "nc-search").get_attribute("value")
    _shoot(driver, "seed")


def test_seed_prints_tables_and_static_figures(driver, seed_page) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    _open(driver, seed_page)
    Select(driver.find_element(By.ID, "nc-filter-camp")).select_by_value("Russia")
    pdf = driver.print_page()  # fires beforeprint: the static figures open
    assert len(pdf) > 10_000
    assert driver.execute_script(
        "return [...document.querySelectorAll('details.static')].every(d => d.open)"
    )
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        shown = driver.execute_script(
            "const v = e => getComputedStyle(e).display !== 'none';"
            "return {rows: [...document.querySelectorAll('#nc-statements tbody tr')]"
            ".filter(v).length, search: v(document.getElementById('search')),"
            "timeline: v(document.getElementById('nc-timeline')),"
            "png: [...document.querySelectorAll('details.static img')].every(v)}"
        )
    finally:
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
    assert shown == {"rows": 24, "search": False, "timeline": False, "png": True}


def test_corpus_report_of_2000_articles(driver, corpus_page) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    assert corpus_page.stat().st_size < 10_000_000
    _open(driver, corpus_page)
    status = driver.find_element(By.ID, "nc-table-status").text
    assert status.startswith("500 of 500 rows shown") and "statements.csv" in status
    caption = driver.find_element(By.CSS_SELECTOR, "#nc-statements caption").text
    assert caption.startswith("This table shows the first 500 of")
    outlet = Select(driver.find_element(By.ID, "nc-filter-outlet"))
    name = outlet.options[1].get_attribute("value")
    outlet.select_by_value(name)
    rows = _visible_rows(driver)
    assert rows and {r.get_attribute("data-outlet") for r in rows} == {name}
    outlet.select_by_value("")
    button = driver.find_element(By.CSS_SELECTOR, "#terms button.term")
    term = button.text
    driver.execute_script("arguments[0].scrollIntoView()", button)
    button.click()
    groups = driver.find_elements(By.CSS_SELECTOR, "#nc-results .group h3")
    assert groups and all(" \u2014 " in g.text for g in groups)  # camp — outlet
    marks = driver.find_elements(By.CSS_SELECTOR, "#nc-results mark")
    assert marks and all(m.text.lower().split()[0] == term.split()[0] for m in marks)
    sort_article = driver.find_element(
        By.XPATH, "//table[@id='nc-statements']//button[text()='article']"
    )
    sort_article.click()
    sort_article.click()
    articles = [r.find_elements(By.TAG_NAME, "td")[1].text for r in _visible_rows(driver)]
    assert articles == sorted(articles, reverse=True)
    assert _errors(driver) == []
    _shoot(driver, "corpus")


def test_markup_in_the_article_never_runs(driver, markup_page) -> None:
    from selenium.webdriver.common.by import By

    _open(driver, markup_page)
    assert driver.title == "Siege of Tarn ends"
    assert driver.execute_script("return typeof window.__pwned") == "undefined"
    _type(driver, "nc-search", "script")
    shown = driver.find_element(By.ID, "nc-results").text
    assert "<script>window.__pwned = 1;</script>" in shown
    _type(driver, "nc-search", "onerror")
    assert 'onerror="window.__pwned = 2"' in driver.find_element(By.ID, "nc-results").text
    article = driver.find_element(By.ID, "article").text
    assert "</script><script>window.__pwned = 3;</script>" in article
    assert "<iframe src=http://example.invalid/></iframe>" in article
    assert driver.find_elements(By.CSS_SELECTOR, "#article img, #article iframe") == []
    assert driver.find_elements(By.CSS_SELECTOR, "body script") != []
    assert len(driver.find_elements(By.TAG_NAME, "script")) == 2  # data block and the script
    assert driver.execute_script("return typeof window.__pwned") == "undefined"
    assert driver.execute_script("return performance.getEntriesByType('resource').length") == 0
    _shoot(driver, "markup")
