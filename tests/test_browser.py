"""The web page in a real headless Chromium (Debian `chromium` + `chromium-driver`), driven by selenium.

Skipped when /usr/bin/chromium or chromedriver is missing. Set FACTCHECK_SCREENSHOT=path to also save a
screenshot of a report page (docs/report-screenshot.png is made this way).
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from fixtures_findings import FakeChecker, live_server

from factcheck.web.app import MAX_TEXT_BYTES, create_app

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path(shutil.which("chromedriver") or "/usr/bin/chromedriver")

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists() or not CHROMEDRIVER.exists(),
                       reason="needs Debian chromium and chromium-driver"),
]

PASTE = (
    "Counting finished before dawn.\n"
    "Labour gained 4 seats in Trafford, while the Tories lost 9 seats in Barnet.\n"
    "The Greens gained 5 seats in Bristol.\n"
)
CHROME_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1100,1600")


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    with live_server(create_app(lambda: FakeChecker())) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="factcheck-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in (*CHROME_FLAGS, f"--user-data-dir={profile}"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    driver.set_page_load_timeout(60)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def submit(browser, base_url: str, text: str, *, paste_with_script: bool = False) -> None:
    from selenium.common.exceptions import WebDriverException
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(base_url + "/")
    area = browser.find_element(By.ID, "text")
    if paste_with_script:  # a megabyte typed key by key would take minutes
        browser.execute_script("arguments[0].value = arguments[1];", area, text)
    else:
        area.send_keys(text)
    # A marker on the old page: the new page has loaded once it is gone. (Waiting for the old <html> element
    # to go stale races with Chromium, which may answer "node does not belong to the document" instead.)
    browser.execute_script("window.factcheckOldPage = true;")
    browser.find_element(By.ID, "check").click()
    WebDriverWait(browser, 30, ignored_exceptions=(WebDriverException,)).until(
        lambda driver: driver.execute_script(
            "return !window.factcheckOldPage && document.readyState === 'complete';"))


def test_paste_a_text_and_get_the_report_with_its_verdicts(browser, base_url):
    from selenium.webdriver.common.by import By

    submit(browser, base_url, PASTE)
    report = browser.find_element(By.ID, "report")
    marks = report.find_elements(By.CSS_SELECTOR, "mark.hl")
    assert [m.text for m in marks] == ["gained 4 seats", "lost 9 seats", "gained 5 seats"]
    badges = [b.get_attribute("textContent") for b in report.find_elements(By.CSS_SELECTOR, "a.badge")]
    assert badges == ["(claim ✓ 1: Accurate)", "(claim ✗ 2: Inaccurate)",
                      "(claim ≈ 3: Approximately accurate)"]
    assert "3 claims found, 3 checked" in report.text
    assert "2 of 3 checked claims check out" in report.text
    if os.environ.get("FACTCHECK_SCREENSHOT"):
        browser.save_screenshot(os.environ["FACTCHECK_SCREENSHOT"])


def test_a_script_payload_in_the_text_is_rendered_inert(browser, base_url):
    from selenium.webdriver.common.by import By

    payload = '<script>document.title="pwned"</script><img src=x onerror="document.title=\'pwned\'">'
    submit(browser, base_url, f"Labour gained 4 seats. {payload}")
    assert browser.title != "pwned"
    assert browser.find_elements(By.CSS_SELECTOR, "#report img") == []
    assert payload in browser.find_element(By.CSS_SELECTOR, "#report .text").text
    assert browser.execute_script("return document.querySelectorAll('script:not([type])').length") == 0


def test_an_oversize_paste_gets_the_error(browser, base_url):
    from selenium.webdriver.common.by import By

    submit(browser, base_url, "Labour gained 4 seats. " * (MAX_TEXT_BYTES // 20), paste_with_script=True)
    error = browser.find_element(By.ID, "error")
    assert "larger than the 1 MB limit" in error.text
    assert browser.find_elements(By.ID, "report") == []
