"""End-to-end bench of the extension in real headless Chromium against the real server.

Measures, through the same path as the toolbar button (extension page -> service worker ->
server -> content script):

* anchoring: the share of the claims the server returned that are highlighted in the page,
  on every sample page and on a 100 KB page (sample page + benchmark article text);
* click to first highlight on the 100 KB page (median, p95), against the server's own
  POST /analyses time for the same page measured in the same run (the floor the extension adds to);
* click on a highlight to questions visible in the popover, with the bundled model, against
  POST /questions straight to the server for other claims of the same page;
* perturbed pages: benchmark articles analysed, then served with their text edited (a word
  changed, a figure altered, a sentence deleted or replaced by a look-alike, a sentence
  inserted, paragraphs reordered, spacing and quote style changed, an unrelated paragraph
  added) and shown the original analysis: wrong-span anchors (a mark anywhere but the
  claim's own, possibly edited, sentence; must be 0) and the share still anchored;
* the page's own DOM text nodes after highlights are removed: the same node objects with
  the same text (must be all of them);
* re-wraps on a page that keeps adding unrelated content (a live comment feed), through
  the re-analyses that content triggers (must be 0);
* the CSS Custom Highlight API against wrapping marks, on the 100 KB page: time to paint
  and remove the same ranges, and page text nodes touched.

    .venv/bin/python bench/e2e_bench.py [--runs 15] [--no-model] [--only perturbed,dom,rewrap,highlight-api]

The last line is key=value pairs.
"""

from __future__ import annotations

import argparse
import gzip
import html
import json
import random
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.browser.harness import PAGES, Extension, PageServer, launch, squash  # noqa: E402
from tests.serverproc import start_server  # noqa: E402
from percentiles import percentile  # noqa: E402  (bench/, the directory this script runs from)
from shared_data import EXTRACTION_BENCHMARK as BENCHMARK, require  # noqa: E402

SAMPLES = ["daily_star_mercenaries.html", "sputnik_16000_mercenaries.html", "bbc_putin_volunteers.html", "hostile_payloads.html"]
BIG_PAGE = "big_page.html"
BIG_PAGE_BYTES = 100 * 1024
BAR_FIRST_HIGHLIGHT_MS = 500
BAR_QUESTIONS_MS = 1500
PERTURBED_PAGES = 16
SECTIONS = ("timings", "perturbed", "dom", "rewrap", "highlight-api")
# The files the service worker injects, read from the extension's list so the bench injects the same ones.
CONTENT_FILES = json.loads(re.search(r"const CONTENT_FILES = (\[[^\]]*\]);", (REPO / "extension" / "lib" / "content-files.js").read_text()).group(1))

# Watchers are parked on window (the bench's own main-world code) so the click can happen while they wait.
FIRST_MARK_WATCH = """() => { window.__benchFirstMark = new Promise((resolve) => {
    const seen = () => document.querySelector("claimlight-mark");
    if (seen()) return resolve(performance.timeOrigin + performance.now());
    new MutationObserver((records, observer) => {
        if (seen()) { observer.disconnect(); resolve(performance.timeOrigin + performance.now()); }
    }).observe(document.documentElement, { childList: true, subtree: true });
}); }"""

QUESTIONS_WATCH = """(claimId) => { window.__benchQuestions = new Promise((resolve) => {
    const ready = () => document.querySelector(`claimlight-popover[data-claim-id="${claimId}"]:not([data-questions="loading"])`);
    new MutationObserver((records, observer) => {
        const host = ready();
        if (host) { observer.disconnect(); resolve([performance.timeOrigin + performance.now(), host.dataset.questions]); }
    }).observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ["data-questions"] });
}); }"""


def build_big_page(directory: Path) -> Path:
    """The Daily Star sample with benchmark article paragraphs added to its body until the HTML is 100 KB."""
    base = (PAGES / "daily_star_mercenaries.html").read_text()
    truth = json.loads((BENCHMARK / "ground-truth.json").read_text())
    paragraphs: list[str] = []
    size = len(base.encode())
    for key in sorted(truth):
        for block in truth[key]["articleBody"].split("\n"):
            block = block.strip()
            if len(block) < 80:
                continue
            paragraph = f"    <p>{html.escape(block)}</p>\n"
            paragraphs.append(paragraph)
            size += len(paragraph.encode())
            if size >= BIG_PAGE_BYTES:
                break
        if size >= BIG_PAGE_BYTES:
            break
    page = base.replace("    <p>None of these claims can be independently verified", "".join(paragraphs) + "    <p>None of these claims can be independently verified", 1)
    path = directory / BIG_PAGE
    path.write_text(page)
    return path


def anchoring(extension: Extension, server, pages: PageServer, name: str) -> tuple[int, int, dict]:
    page = extension.context.new_page()
    url = pages.url(name)
    page.goto(url)
    result = extension.analyse(url)
    if not result.get("ok"):
        raise RuntimeError(f"{name}: {result}")
    _, analysis, _ = server.request("GET", f"/api/v1/analyses/{result['analysisId']}")
    marked = page.evaluate("""() => { const t = {}; for (const m of document.querySelectorAll("claimlight-mark")) t[m.dataset.claimId] = (t[m.dataset.claimId] || "") + m.textContent; return t; }""")
    right = sum(1 for c in analysis["claims"] if squash(marked.get(c["id"], "")) == squash(c["text"]))
    page.close()
    return right, len(analysis["claims"]), result["timings"]


def click_to_first_highlight(extension: Extension, pages: PageServer, runs: int) -> list[float]:
    page = extension.context.new_page()
    url = pages.url(BIG_PAGE)
    timings = []
    for _ in range(runs + 1):  # the first run warms the server's and the browser's caches
        page.goto(url)
        page.evaluate(FIRST_MARK_WATCH)
        clicked = extension.control.evaluate(
            """async (url) => {
                const tab = (await chrome.tabs.query({})).find((t) => t.url === url);
                const clicked = performance.timeOrigin + performance.now();
                chrome.runtime.sendMessage({ type: "analyse-tab", tabId: tab.id });
                return clicked;
            }""",
            url,
        )
        timings.append(page.evaluate("() => window.__benchFirstMark") - clicked)
    page.close()
    return timings[1:]


def server_only(server, big_page: Path, url: str, runs: int) -> list[float]:
    body = {"url": url, "title": "bench", "html": big_page.read_text()}
    timings = []
    for _ in range(runs + 1):
        started = time.perf_counter()
        status, _, _ = server.request("POST", "/api/v1/analyses", body)
        timings.append((time.perf_counter() - started) * 1000)
        assert status in (200, 201), status
    return timings[1:]


def questions_timings(extension: Extension, server, pages: PageServer, limit: int) -> tuple[list[float], list[float], list[str]]:
    page = extension.context.new_page()
    url = pages.url("sputnik_16000_mercenaries.html")
    page.goto(url)
    result = extension.analyse(url)
    _, analysis, _ = server.request("GET", f"/api/v1/analyses/{result['analysisId']}")
    claims = analysis["claims"]
    via_click, states = [], []
    for claim in claims[0::2][:limit]:
        page.keyboard.press("Escape")
        page.evaluate(QUESTIONS_WATCH, claim["id"])
        mark = page.locator(f'claimlight-mark[data-claim-id="{claim["id"]}"][data-part="first"]')
        mark.scroll_into_view_if_needed()
        clicked = page.evaluate("() => performance.timeOrigin + performance.now()")
        mark.click()
        finished, state = page.evaluate("() => window.__benchQuestions")
        via_click.append(finished - clicked)
        states.append(state)
    direct = []
    for claim in claims[1::2][:limit]:
        started = time.perf_counter()
        server.request("POST", f"/api/v1/claims/{claim['id']}/questions", {}, timeout=300)
        direct.append((time.perf_counter() - started) * 1000)
    page.close()
    return via_click, direct, states


# ---------------------------------------------------------------- shown from the service worker


def service_worker(context):
    """The extension's service worker as it runs now (Chromium may have restarted it)."""
    workers = [w for w in context.service_workers if w.url.endswith("/background.js")]
    return workers[-1] if workers else context.wait_for_event("serviceworker", timeout=30_000)


def show_in_tab(context, url: str, claims: list[dict]) -> dict:
    """What analyseTab does after the server answered: inject the content scripts, show these claims."""
    return service_worker(context).evaluate(
        """async ({ url, claims, files }) => {
            const tab = (await chrome.tabs.query({})).find((t) => t.url === url);
            await chrome.scripting.executeScript({ target: { tabId: tab.id }, files });
            return chrome.tabs.sendMessage(tab.id, { type: "show-analysis", analysis: { id: "a_bench", claims } });
        }""",
        {"url": url, "claims": claims, "files": CONTENT_FILES},
    )


# ---------------------------------------------------------------- perturbed pages

FILLER = "In a separate development, officials in the region said on Tuesday that 14 new schools would open next year."
UNRELATED = "Readers wrote in to say the weather had been unusually mild for the season, and the trains mostly ran on time."
OPERATIONS = ("kept", "word", "figure", "deleted", "look-alike", "inserted", "moved", "restyled")
EXPECT_ANCHOR = {"kept", "word", "inserted", "moved", "restyled"}


def page_html(title: str, paragraphs: list[list[tuple[str, str | None]]]) -> str:
    """A plain article page; each sentence that should carry a claim's highlight sits in <span data-expect=ID>."""
    body = []
    for segments in paragraphs:
        parts = [f'<span data-expect="{cid}">{html.escape(text)}</span>' if cid else html.escape(text) for text, cid in segments]
        body.append(f"    <p>{''.join(parts)}</p>\n")
    return (f"<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{html.escape(title)}</title></head>\n"
            f"<body><header><nav>Home News Business</nav></header>\n<article>\n  <h1>{html.escape(title)}</h1>\n{''.join(body)}</article>\n"
            f"<footer>Copyright the publisher</footer></body></html>\n")


def change_word(sentence: str, rng: random.Random) -> str | None:
    words = [m for m in re.finditer(r"\b[a-z]{5,}\b", sentence) if m.start() > 0]
    if not words:
        return None
    word = rng.choice(words)
    return sentence[:word.start()] + "particular" + sentence[word.end():]


def change_figure(sentence: str) -> str | None:
    figure = re.search(r"\d", sentence)
    if not figure:
        return None
    digit = int(figure.group())
    return sentence[:figure.start()] + str(digit + 1 if digit < 9 else 8) + sentence[figure.end():]


LOOK_ALIKE_TAILS = (
    "fell to 3.1% in April, according to figures published on Wednesday.",
    "was revised down twice over the following months, the agency said.",
    "had little to do with the 12 cases reported in the north of the country.",
    "drew criticism from local groups who said the plan had never been costed.",
)


def look_alike(sentence: str, rng: random.Random) -> str:
    """The sentence's first half, then another ending (figures altered where the first half has any): the issue's ONS case."""
    words = sentence.split()
    head = " ".join(words[:len(words) // 2])
    return (change_figure(head) or head) + " " + rng.choice(LOOK_ALIKE_TAILS)


def restyle(sentence: str) -> str:
    out = re.sub(r'"([^"]*)"', "\u201c\\1\u201d", sentence).replace("'", "\u2019").replace(" - ", " \u2013 ")
    return out.replace(", ", ",  ")


def perturb(paragraphs: list[str], claims: list[dict], rng: random.Random) -> tuple[list, dict[str, str]]:
    """Apply one operation to each claim's sentence (and reorder, insert around them); return (paragraphs as segments, claim id -> op)."""
    located = []
    for claim in claims:
        exact = claim["selector"]["exact"]
        hits = [(i, p.find(exact)) for i, p in enumerate(paragraphs) if exact in p]
        if len(hits) == 1 and paragraphs[hits[0][0]].count(exact) == 1:
            located.append((hits[0][0], hits[0][1], hits[0][1] + len(exact), claim))
    located.sort(key=lambda item: (item[0], item[1]))
    kept_spans, last = [], (-1, -1)
    for item in located:  # claims overlapping an earlier one are left out of the set
        if item[0] == last[0] and item[1] < last[1]:
            continue
        kept_spans.append(item)
        last = (item[0], item[2])
    ops: dict[str, str] = {}
    segments = [[] for _ in paragraphs]
    cursor = [0] * len(paragraphs)
    moved = set()
    for n, (pi, start, end, claim) in enumerate(kept_spans):
        op = OPERATIONS[(n + rng.randrange(len(OPERATIONS))) % len(OPERATIONS)]
        sentence = paragraphs[pi][start:end]
        if op == "figure" and not re.search(r"\d", sentence):
            op = "look-alike"
        if op == "word" and change_word(sentence, rng) is None:
            op = "kept"
        segments[pi].append((paragraphs[pi][cursor[pi]:start], None))
        cursor[pi] = end
        cid = claim["id"]
        ops[cid] = op
        if op == "word":
            segments[pi].append((change_word(sentence, rng), cid))
        elif op == "figure":
            segments[pi].append((change_figure(sentence), None))
        elif op == "deleted":
            pass
        elif op == "look-alike":
            segments[pi].append((look_alike(sentence, rng), None))
        elif op == "inserted":
            segments[pi].append((FILLER + " ", None))
            segments[pi].append((sentence, cid))
        elif op == "restyled":
            segments[pi].append((restyle(sentence), cid))
        else:
            segments[pi].append((sentence, cid))
            if op == "moved":
                moved.add(pi)
    for pi, paragraph in enumerate(paragraphs):
        segments[pi].append((paragraph[cursor[pi]:], None))
    order = list(range(len(paragraphs)))
    for pi in moved:  # each paragraph holding a "moved" claim goes somewhere else
        order.remove(pi)
        order.insert(rng.randrange(len(order) + 1), pi)
    out = [segments[pi] for pi in order]
    out.insert(rng.randrange(len(out) + 1), [(UNRELATED, None)])
    return out, ops


def perturbed_set(site: Path, server, pages: PageServer, limit: int) -> list[dict]:
    """Benchmark articles as plain pages, analysed as they were, then edited: the cases to show the old analysis in."""
    truth = json.loads((BENCHMARK / "ground-truth.json").read_text())
    cases = []
    for key in sorted(truth):
        paragraphs = [p.strip() for p in truth[key]["articleBody"].split("\n") if len(p.strip()) >= 60]
        if len(paragraphs) < 5 or not any(re.search(r"\d", p) for p in paragraphs):
            continue
        title = f"Benchmark article {key[:8]}"
        original = f"original_{key[:12]}.html"
        (site / original).write_text(page_html(title, [[(p, None)] for p in paragraphs]))
        status, analysis, _ = server.request("POST", "/api/v1/analyses", {"url": pages.url(original), "title": title, "html": (site / original).read_text()})
        if status not in (200, 201) or len(analysis.get("claims", [])) < 4:
            continue
        segments, ops = perturb(paragraphs, analysis["claims"], random.Random(key))
        if not ops:
            continue
        perturbed = f"perturbed_{key[:12]}.html"
        (site / perturbed).write_text(page_html(title, segments))
        claims = [c for c in analysis["claims"] if c["id"] in ops]
        cases.append({"name": perturbed, "claims": claims, "ops": ops})
        if len(cases) >= limit:
            break
    return cases


MARKS_BY_CLAIM = """() => {
    const out = {};
    for (const mark of document.querySelectorAll("claimlight-mark")) {
        const id = mark.dataset.claimId;
        const entry = out[id] || (out[id] = { text: "", outside: 0, anchor: mark.dataset.anchor });
        entry.text += mark.textContent;
        if (!mark.closest(`span[data-expect="${CSS.escape(id)}"]`)) entry.outside += 1;
    }
    const expected = {};
    for (const span of document.querySelectorAll("span[data-expect]")) expected[span.dataset.expect] = span.textContent;
    return { marks: out, expected };
}"""


def perturbed_anchoring(extension: Extension, pages: PageServer, cases: list[dict]) -> dict:
    wrong: list[str] = []
    by_op: dict[str, list[int]] = {op: [0, 0, 0] for op in OPERATIONS}  # [claims, anchored at their sentence, anchored exactly its text]
    methods: dict[str, int] = {}
    for case in cases:
        page = extension.context.new_page()
        url = pages.url(case["name"])
        page.goto(url)
        show_in_tab(extension.context, url, case["claims"])
        seen = page.evaluate(MARKS_BY_CLAIM)
        page.close()
        for claim in case["claims"]:
            op = case["ops"][claim["id"]]
            got = seen["marks"].get(claim["id"])
            by_op[op][0] += 1
            if not got:
                continue
            methods[got["anchor"]] = methods.get(got["anchor"], 0) + 1
            if op not in EXPECT_ANCHOR or got["outside"]:
                wrong.append(f"{case['name']} {claim['id']} ({op}): {squash(got['text'])[:90]!r}")
                continue
            by_op[op][1] += 1
            by_op[op][2] += squash(got["text"]) == squash(seen["expected"][claim["id"]])
    should = sum(by_op[op][0] for op in EXPECT_ANCHOR)
    anchored = sum(by_op[op][1] for op in EXPECT_ANCHOR)
    return {"wrong": wrong, "by_op": by_op, "should": should, "anchored": anchored, "methods": methods,
            "exact_text": sum(by_op[op][2] for op in EXPECT_ANCHOR)}


# ---------------------------------------------------------------- the page's own DOM

# As React or Vue render `{a}{b}`: adjacent text nodes the framework holds references to. Every paragraph's
# longer text nodes are split in two at a space, before the extension sees the page (parsed HTML has no such nodes).
FRAMEWORK_TEXT_NODES = """() => {
    let split = 0;
    for (const p of document.querySelectorAll("p, li, h1, h2")) {
        for (const node of [...p.childNodes]) {
            if (node.nodeType !== 3 || node.data.length < 40) continue;
            const at = node.data.indexOf(" ", Math.floor(node.data.length / 2));
            if (at > 0) { node.splitText(at); split += 1; }
        }
    }
    return split;
}"""

RECORD_TEXT_NODES = """() => {
    const walk = (root) => { const w = document.createTreeWalker(root, NodeFilter.SHOW_TEXT); const out = []; for (let n = w.nextNode(); n; n = w.nextNode()) out.push(n); return out; };
    window.__benchWalk = walk;
    window.__benchNodes = walk(document.body);
    window.__benchData = window.__benchNodes.map((n) => n.data);
    return window.__benchNodes.length;
}"""

COMPARE_TEXT_NODES = """() => {
    const now = window.__benchWalk(document.body).filter((n) => !n.parentElement?.closest("claimlight-popover"));
    const before = window.__benchNodes;
    let sameObject = 0, sameText = 0;
    before.forEach((node, i) => { if (now[i] === node) sameObject += 1; if (node.isConnected && node.data === window.__benchData[i]) sameText += 1; });
    return { before: before.length, now: now.length, sameObject, sameText, marks: document.querySelectorAll("claimlight-mark").length };
}"""


def dom_text_nodes(extension: Extension, server, pages: PageServer, names: list[str]) -> list[dict]:
    """Analyse each page the real way (highlights in), then show an empty analysis (highlights out) and compare text nodes."""
    results = []
    for name in names:
        page = extension.context.new_page()
        url = pages.url(name)
        page.goto(url)
        split = page.evaluate(FRAMEWORK_TEXT_NODES)
        page.evaluate(RECORD_TEXT_NODES)
        result = extension.analyse(url)
        if not result.get("ok"):
            raise RuntimeError(f"{name}: {result}")
        marks = page.evaluate("() => document.querySelectorAll('claimlight-mark').length")
        show_in_tab(extension.context, url, [])
        check = page.evaluate(COMPARE_TEXT_NODES)
        page.close()
        results.append({"name": name, "marks_while_shown": marks, "split": split, **check})
    return results


# ---------------------------------------------------------------- a page that keeps adding content

FEED = """(everyMs) => {
    const feed = document.createElement("section");
    feed.id = "bench-feed";
    document.body.append(feed);
    let n = 0;
    window.__benchMarks = { added: 0, removed: 0, addedInFeed: 0 };
    new MutationObserver((records) => {
        for (const r of records) {
            for (const node of r.addedNodes) if (node.localName === "claimlight-mark") { if (node.closest("#bench-feed")) window.__benchMarks.addedInFeed += 1; else window.__benchMarks.added += 1; }
            for (const node of r.removedNodes) if (node.localName === "claimlight-mark") window.__benchMarks.removed += 1;
        }
    }).observe(document.body, { childList: true, subtree: true });
    window.__benchFeed = setInterval(() => {
        const p = document.createElement("p");
        p.textContent = `Reader comment ${++n}: the weather here has been lovely this week, and the trains mostly ran on time; thanks for the lovely photographs of the coast.`;
        feed.append(p);
    }, everyMs);
}"""


def rewraps(extension: Extension, pages: PageServer, name: str, seconds: float = 14, every_ms: int = 1000) -> dict:
    page = extension.context.new_page()
    url = pages.url(name)
    page.goto(url)
    page.evaluate(FRAMEWORK_TEXT_NODES)
    result = extension.analyse(url)
    if not result.get("ok"):
        raise RuntimeError(f"{name}: {result}")
    marks_before = page.evaluate("() => document.querySelectorAll('claimlight-mark').length")
    page.evaluate(RECORD_TEXT_NODES)
    page.evaluate(FEED, every_ms)
    first = (extension.tab_state(url)["state"] or {}).get("updated")
    finished, deadline = set(), time.monotonic() + seconds
    while time.monotonic() < deadline:
        state = extension.tab_state(url)["state"] or {}
        if state.get("status") == "done" and state.get("updated") != first:
            finished.add(state.get("updated"))
        time.sleep(0.1)
    page.evaluate("() => clearInterval(window.__benchFeed)")
    time.sleep(1.5)  # a re-analysis still under way finishes
    counts = page.evaluate("() => window.__benchMarks")
    check = page.evaluate("""() => ({ page_text_nodes: window.__benchNodes.length,
        changed: window.__benchNodes.filter((n, i) => !n.isConnected || n.data !== window.__benchData[i]).length })""")
    page.close()
    return {"name": name, "marks": marks_before, "reanalyses_seen": len(finished), **counts, **check}


# ---------------------------------------------------------------- CSS Custom Highlight API against marks

HIGHLIGHT_API = """async (count) => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    const nodes = [];
    const w = document.createTreeWalker(document.querySelector("article") || document.body, NodeFilter.SHOW_TEXT);
    for (let n = w.nextNode(); n && nodes.length < count; n = w.nextNode()) if (n.data.trim().length > 80 && n.parentElement.localName === "p") nodes.push(n);
    const spans = nodes.map((n) => [n, 10, Math.min(n.data.length, 130)]);
    const textNodes = () => { const t = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT); let k = 0; while (t.nextNode()) k += 1; return k; };
    const baseline = textNodes();
    const out = { ranges: spans.length, supported: typeof Highlight === "function" && !!CSS.highlights };
    // Marks, as highlight.js paints them: split, wrap, style attribute.
    let t0 = performance.now();
    const marks = spans.map(([node, from, to]) => {
        const middle = node.splitText(from); middle.splitText(to - from);
        const mark = document.createElement("claimlight-mark");
        mark.style.setProperty("background-color", "#ffd3d3", "important");
        mark.style.setProperty("box-shadow", "inset 0 -2px 0 #b71c1c", "important");
        middle.parentNode.insertBefore(mark, middle); mark.appendChild(middle);
        return mark;
    });
    document.body.getBoundingClientRect(); await frame();
    out.marks_paint_ms = performance.now() - t0;
    out.marks_text_nodes_added = textNodes() - baseline;
    t0 = performance.now();
    for (const mark of marks) { const parent = mark.parentNode; while (mark.firstChild) parent.insertBefore(mark.firstChild, mark); mark.remove(); }
    for (const [node] of spans) { while (node.nextSibling && node.nextSibling.nodeType === 3) { node.appendData(node.nextSibling.data); node.nextSibling.remove(); } }
    document.body.getBoundingClientRect(); await frame();
    out.marks_remove_ms = performance.now() - t0;
    if (!out.supported) return out;
    const style = document.createElement("style");
    style.textContent = "::highlight(bench-claims) { background-color: #ffd3d3; text-decoration: underline 2px #b71c1c; }";
    document.head.append(style);
    t0 = performance.now();
    const ranges = spans.map(([node, from, to]) => { const r = new Range(); r.setStart(node, from); r.setEnd(node, to); return r; });
    CSS.highlights.set("bench-claims", new Highlight(...ranges));
    document.body.getBoundingClientRect(); await frame();
    out.highlight_paint_ms = performance.now() - t0;
    out.highlight_text_nodes_added = textNodes() - baseline;
    t0 = performance.now();
    CSS.highlights.delete("bench-claims");
    document.body.getBoundingClientRect(); await frame();
    out.highlight_remove_ms = performance.now() - t0;
    style.remove();
    return out;
}"""


def highlight_api(extension: Extension, pages: PageServer, runs: int) -> dict:
    page = extension.context.new_page()
    page.goto(pages.url(BIG_PAGE))
    results = [page.evaluate(HIGHLIGHT_API, 150) for _ in range(runs + 1)][1:]
    page.close()
    summary = {key: round(statistics.median(r[key] for r in results), 1) for key in results[0] if key.endswith("_ms")}
    return {**{k: v for k, v in results[0].items() if not k.endswith("_ms")}, **summary}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--no-model", action="store_true", help="rules only: skip the questions-with-model measurement")
    parser.add_argument("--only", default=",".join(SECTIONS), help=f"comma-separated sections to run, of {', '.join(SECTIONS)}")
    args = parser.parse_args()
    require(BENCHMARK)
    sections = set(args.only.split(","))
    if sections - set(SECTIONS):
        parser.error(f"unknown sections {sorted(sections - set(SECTIONS))}")

    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        site = tmp_path / "site"
        site.mkdir()
        for name in SAMPLES:
            (site / name).write_text((PAGES / name).read_text())
        big_page = build_big_page(site)
        server = start_server(tmp_path / "home", *(["--no-model"] if args.no_model else []), model_ready=not args.no_model)
        pages = PageServer(site).start()
        figures = {}
        try:
            model = server.request("GET", "/api/v1/health", token=False)[1]["model"]
            with sync_playwright() as playwright:
                context, extension_id = launch(playwright, tmp_path / "profile")
                extension = Extension(context, extension_id)
                extension.pair(server.base_url, server.token)

                if "timings" in sections:
                    timing_sections(args, extension, server, pages, big_page, model, figures)
                if "perturbed" in sections:
                    cases = perturbed_set(site, server, pages, PERTURBED_PAGES)
                    found = perturbed_anchoring(extension, pages, cases)
                    print(f"perturbed pages: {len(cases)} benchmark articles analysed, then edited; {sum(len(c['claims']) for c in cases)} claims shown on the edited pages")
                    for op, (count, right, exact) in found["by_op"].items():
                        if count:
                            verdict = f"{right}/{count} anchored at their sentence ({exact} exactly its text)" if op in EXPECT_ANCHOR else f"{count} must not anchor"
                            print(f"  {op:10s} {verdict}")
                    print(f"  anchor methods used: {found['methods']}")
                    print(f"  wrong-span anchors {len(found['wrong'])} (bar 0); still anchored {found['anchored']}/{found['should']} "
                          f"= {100 * found['anchored'] / max(1, found['should']):.1f}% of the claims whose sentence survived")
                    for line in found["wrong"][:20]:
                        print(f"    WRONG {line}")
                    figures.update({"perturbed_claims": sum(len(c["claims"]) for c in cases), "wrong_span_anchors": len(found["wrong"]),
                                    "still_anchored_pct": round(100 * found["anchored"] / max(1, found["should"]), 1)})
                if "dom" in sections:
                    checks = dom_text_nodes(extension, server, pages, [*SAMPLES, BIG_PAGE])
                    for c in checks:
                        print(f"page text nodes after highlights removed, {c['name']:34s} ({c['split']} split as a framework would) {c['sameObject']}/{c['before']} same objects, "
                              f"{c['sameText']}/{c['before']} same text, {c['now']} now ({c['marks_while_shown']} marks were shown, {c['marks']} left)")
                    before = sum(c["before"] for c in checks)
                    intact = sum(min(c["sameObject"], c["sameText"]) for c in checks)
                    figures.update({"text_nodes_checked": before, "text_nodes_unchanged_pct": round(100 * intact / max(1, before), 2)})
                if "rewrap" in sections:
                    feed = rewraps(extension, pages, "daily_star_mercenaries.html")
                    rewrapped = feed["removed"] + feed["added"]
                    print(f"page that keeps adding content ({feed['name']}, a comment a second for 14 s): {feed['reanalyses_seen']} re-analyses seen, "
                          f"{feed['marks']} marks shown; marks removed {feed['removed']}, re-added {feed['added']} (re-wraps {rewrapped}, bar 0), "
                          f"marks in the new content {feed['addedInFeed']}; page text nodes changed {feed['changed']}/{feed['page_text_nodes']}")
                    figures.update({"rewraps": rewrapped, "feed_reanalyses": feed["reanalyses_seen"], "feed_text_nodes_changed": feed["changed"]})
                if "highlight-api" in sections:
                    api = highlight_api(extension, pages, runs=5)
                    print(f"CSS Custom Highlight API vs marks, {api['ranges']} ranges on the 100 KB page (median of 5; supported: {api['supported']}):")
                    print(f"  marks:      paint {api['marks_paint_ms']:6.1f} ms  remove {api['marks_remove_ms']:6.1f} ms  page text nodes added {api['marks_text_nodes_added']}")
                    if api["supported"]:
                        print(f"  highlights: paint {api['highlight_paint_ms']:6.1f} ms  remove {api['highlight_remove_ms']:6.1f} ms  page text nodes added {api['highlight_text_nodes_added']}")
                    figures.update({k: v for k, v in api.items() if k.endswith("_ms")})
                context.close()
        finally:
            pages.stop()
            server.stop()
    print(" ".join(f"{key}={value}" for key, value in figures.items()))


def timing_sections(args, extension: Extension, server, pages: PageServer, big_page: Path, model: dict, figures: dict) -> None:
    """The original figures: questions with the model, anchoring on the samples, click to first highlight."""
    if not args.no_model:  # first, while the model has only this one page to score
        via_click, direct, states = questions_timings(extension, server, pages, limit=max(3, args.runs // 2))
        print(f"questions with {model.get('name')} ({model.get('state')}), first open of {len(via_click)} claims:")
        print(f"  click to questions visible median {statistics.median(via_click):7.1f} ms  p95 {percentile(via_click, 0.95):7.1f} ms  states {sorted(set(states))}")
        print(f"  server POST /questions      median {statistics.median(direct):7.1f} ms  p95 {percentile(direct, 0.95):7.1f} ms  (baseline, other claims)")
        figures.update({
            "model": model.get("name"), "questions_median_ms": round(statistics.median(via_click), 1),
            "questions_p95_ms": round(percentile(via_click, 0.95), 1),
            "server_questions_median_ms": round(statistics.median(direct), 1),
            "questions_ratio": round(statistics.median(via_click) / statistics.median(direct), 2),
            "questions_bar_met": statistics.median(via_click) <= BAR_QUESTIONS_MS and all(s == "ready" for s in states),
        })

    anchored = total = 0
    for name in [*SAMPLES, BIG_PAGE]:
        right, count, timings = anchoring(extension, server, pages, name)
        anchored, total = anchored + right, total + count
        content = {key: round(value) for key, value in timings["content"].items()}
        print(f"anchoring {name:34s} {right}/{count} claims highlighted at their text; "
              f"capture {timings['capture_ms']} ms, server {timings['server_ms']} ms, in page {content}")

    highlight = click_to_first_highlight(extension, pages, args.runs)
    baseline = server_only(server, big_page, pages.url(BIG_PAGE), args.runs)
    print(f"100 KB page ({big_page.stat().st_size} bytes), {args.runs} runs:")
    print(f"  click to first highlight  median {statistics.median(highlight):7.1f} ms  p95 {percentile(highlight, 0.95):7.1f} ms")
    print(f"  server POST /analyses     median {statistics.median(baseline):7.1f} ms  p95 {percentile(baseline, 0.95):7.1f} ms  (baseline)")
    ratio = statistics.median(highlight) / statistics.median(baseline)
    print(f"  ratio to baseline {ratio:.2f}")
    figures.update({
        "anchored_pct": round(100 * anchored / max(1, total), 1), "claims": total,
        "first_highlight_median_ms": round(statistics.median(highlight), 1),
        "first_highlight_p95_ms": round(percentile(highlight, 0.95), 1),
        "server_analyse_median_ms": round(statistics.median(baseline), 1),
        "highlight_ratio": round(ratio, 2),
        "first_highlight_bar_met": statistics.median(highlight) <= BAR_FIRST_HIGHLIGHT_MS,
    })


if __name__ == "__main__":
    main()
