"""Write the README's screenshots: ``python -m tests.readme_screenshot``.

Opens dist/ in headless Chromium (Debian's /usr/bin/chromium, driven by
Playwright as the browser tests do) and writes the top of the Wagner Group
page and of the index, 1280 pixels wide, into docs/img/. Run after `make`;
the images are for people, so nothing compares them byte for byte."""

from __future__ import annotations

import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHOTS = {"entity/wagner-group.html": ("wagner-group.png", 1450), "index.html": ("index.png", 1400)}


def main() -> None:
    from playwright.sync_api import sync_playwright
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        raise SystemExit("error: headless Chromium is not installed (apt-get install chromium)")
    out = ROOT / "docs" / "img"
    out.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        for path, (name, height) in SHOTS.items():
            page.goto((ROOT / "dist" / path).as_uri())
            page.wait_for_timeout(1500)  # let the network layout settle
            page.screenshot(path=str(out / name), full_page=True, clip={"x": 0, "y": 0, "width": 1280, "height": height})
            print(f"wrote docs/img/{name}")
        browser.close()


if __name__ == "__main__":
    main()
