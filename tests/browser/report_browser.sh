#!/usr/bin/env bash
# Loads HTML reports in headless Chromium and checks what a reader gets: the page's own script
# and style run under its Content-Security-Policy, quotes and findings are there, hostile article
# text (script elements, event handlers, javascript: links, </textarea>, </script>, <!--) shows
# as text and none of it runs, and the filters work from the URL. Skips (77) without Chromium.
#   report_browser.sh QUOTECHECK-BINARY REPO-ROOT
set -euo pipefail
bin=$1 root=$2
chromium=${CHROMIUM:-/usr/bin/chromium}
if [[ ! -x $chromium ]]; then
  echo "SKIP: $chromium not installed (scripts/install-deps.sh --test)"
  exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$root"
"$bin" check fixtures/reports fixtures/examples --format html -o "$work/report.html" --fail-on none

dump() {  # URL OUTPUT
  timeout 120 "$chromium" --headless --no-sandbox --disable-gpu --disable-background-networking \
    --disable-component-update --disable-sync --no-first-run --disable-extensions \
    --user-data-dir="$work/profile" --virtual-time-budget=3000 --dump-dom "$1" > "$2" 2> "$work/chromium.log" \
    || { cat "$work/chromium.log"; exit 1; }
}
dump "file://$work/report.html" "$work/dom.html"
dump "file://$work/report.html?severity=error" "$work/dom-errors.html"
timeout 120 "$chromium" --headless --no-sandbox --disable-gpu --disable-background-networking \
  --disable-component-update --disable-sync --no-first-run --disable-extensions --hide-scrollbars \
  --user-data-dir="$work/profile" --window-size=1280,1800 --screenshot="$work/report.png" \
  "file://$work/report.html" 2> "$work/chromium.log" || { cat "$work/chromium.log"; exit 1; }

python3 - "$work/dom.html" "$work/dom-errors.html" "$work/report.png" <<'PY'
import sys
from html.parser import HTMLParser

class Page(HTMLParser):
    """The DOM Chromium built: elements with attributes, and text with its enclosing tags."""
    def __init__(self, path):
        super().__init__(convert_charrefs=True)
        self.elements, self.texts, self.stack = [], [], []
        self.feed(open(path, encoding="utf-8").read())
    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))
        if tag not in ("meta", "input", "br", "img", "link"):
            self.stack.append((tag, dict(attrs)))
    def handle_endtag(self, tag):
        while self.stack:
            if self.stack.pop()[0] == tag:
                break
    def handle_data(self, data):
        self.texts.append((data, list(self.stack)))
    def find(self, tag, class_=None):
        return [a for t, a in self.elements
                if t == tag and (class_ is None or class_ in (a.get("class") or "").split())]
    def text(self):
        return "".join(t for t, _ in self.texts)
    def text_inside(self, predicate):
        return "".join(t for t, stack in self.texts if any(predicate(tag, a) for tag, a in stack))

failures = []
def check(condition, message):
    if not condition:
        failures.append(message)

page = Page(sys.argv[1])
html = page.find("html")[0]
check(html.get("data-report-ready") == "yes", "the report's script did not run (blocked by its own CSP?)")
check(html.get("data-report-styled") == "yes", "the report's style sheet did not apply")
body = page.find("body")[0]
check("data-pwned" not in body, f"hostile payload ran: data-pwned={body.get('data-pwned')}")
title = "".join(t for t, stack in page.texts if stack and stack[-1][0] == "title")
check(title.startswith("Quote audit:") and "PWNED" not in title, f"document title changed: {title!r}")
check(len(page.find("script")) == 1, f"{len(page.find('script'))} script elements, expected 1")
check(not page.find("img") and not page.find("textarea") and not page.find("iframe"), "hostile elements in the DOM")
check(not any(k.startswith("on") for _, a in page.elements for k in a), "event-handler attribute in the DOM")
check(not any((a.get("href") or "").lower().startswith("javascript") for _, a in page.elements), "javascript: link")

# What a reader sees: the quotes, highlighted, and the findings.
quoted = page.text_inside(lambda tag, a: tag == "span" and "q" in (a.get("class") or "").split())
for expected in ["This line will carry ten thousand people a day,",
                 "<script>document.title='PWNED-TITLE';document.body.setAttribute('data-pwned','script')</script>",
                 "</textarea><script>document.body.setAttribute('data-pwned','textarea')</script>",
                 "</script><script>document.body.setAttribute('data-pwned','close-script')</script>",
                 "<!-- unclosed comment",
                 "<img src=x onerror=\"document.body.setAttribute('data-pwned','html-entity')\">",
                 "This is a good day for every family that works on the water,"]:
    check(expected in quoted, f"quote not shown as highlighted text: {expected}")
findings = page.find("li", class_="finding")
check(len(findings) >= 1, f"{len(findings)} findings listed")
check("opening quotation mark “ is never closed" in page.text(), "unclosed-mark finding message missing")
flags = page.find("a", class_="flag")
check(len(flags) == len([f for f in findings]), f"{len(flags)} markers in the text for {len(findings)} findings")
check(all(f.get("href", "").startswith("#") for f in flags), "finding markers must link inside the page")
check(not any("hidden" in f for f in findings), "a finding is hidden with no filter set")
articles = page.find("article", class_="article")
check(len(articles) == 7, f"{len(articles)} articles shown, expected 7")

# The severity filter, set from the URL, hides every finding that is not an error.
filtered = Page(sys.argv[2])
for attrs in filtered.find("li", class_="finding"):
    visible = "hidden" not in attrs
    check(visible == (attrs.get("data-severity") == "error"), f"severity filter: {attrs.get('id')} visible={visible}")
status = filtered.text_inside(lambda tag, a: a.get("id") == "filter-status")
errors = [a for a in filtered.find("li", class_="finding")
          if a.get("data-severity") == "error" and not a.get("id", "").startswith("x")]
total = [a for a in filtered.find("li", class_="finding") if not a.get("id", "").startswith("x")]
check(status == f"Showing {len(errors)} of {len(total)} findings", f"filter status {status!r}")

png = open(sys.argv[3], "rb").read()
check(png.startswith(b"\x89PNG") and len(png) > 20000, "screenshot missing or blank")

for failure in failures:
    print("FAIL:", failure)
print(f"browser: {len(findings)} findings, {len(flags)} markers, {len(articles)} articles; "
      f"{'FAILED' if failures else 'ok'}")
sys.exit(1 if failures else 0)
PY
