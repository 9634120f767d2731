"""Take the README's screenshot of report.html: the bundled samples screened, the page shot in headless Chromium.

Usage::

    python scripts/screenshot_report.py [--out docs/report.png]

Needs Playwright (the test extras) and Debian's Chromium (``apt-get install chromium``).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "report.png")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        sys.exit("Chromium is not installed: apt-get install chromium")
    with tempfile.TemporaryDirectory() as out:
        subprocess.run([sys.executable, "-m", "screener", "screen", str(ROOT / "data" / "samples" / "resumes"),
                        "--profile", str(ROOT / "data" / "samples" / "profiles" / "senior_python_backend.yaml"),
                        "--out", out, "--as-of", "2026-11-01", "-q"], check=True)
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.goto((Path(out) / "report.html").as_uri())
            page.screenshot(path=str(args.out))
            browser.close()
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
