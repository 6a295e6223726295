"""The blind probe articles (corpus/probes/README.md) as pages a reader would open.

The probe bench (bench/blind_probes.py) serves them from here, and which rounds are held out is said here once. With
``--probe-rounds``, scripts/train_head.py trains on the dev rounds' labelled sentences; never on a held-out round.
"""

from __future__ import annotations

import html
import json
from pathlib import Path

PROBES = Path(__file__).resolve().parent / "probes"
HELD_OUT_ROUNDS = ("round2", "round4", "round8", "round9", "round10")  # never tuned on or trained on; their misses are never read
_BLOCK_HTML = {"li": "<ul><li>{}</li></ul>", "figcaption": "<figure><figcaption>{}</figcaption></figure>"}
_CELLS = ("th", "td")


def load_rounds() -> dict[Path, list[dict]]:
    """Each round's file with its articles, in name order."""
    return {path: [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
            for path in sorted(PROBES.glob("round*-*.jsonl"))}


def is_held_out(path: Path) -> bool:
    return path.stem.split("-")[0] in HELD_OUT_ROUNDS


def probe_page():
    """A loader from page id ("round11-web/a01": the round's file name and the article's id) to (url, html), as
    corpus/served.py's loaders go."""
    articles = {f"{path.stem}/{article['id']}": article for path, round_articles in load_rounds().items()
                for article in round_articles}

    def load(page: str) -> tuple[str, str]:
        document, url = page_of(articles[page])
        return url, document
    return load


def page_of(article: dict) -> tuple[str, str]:
    """The article as a reader's page (headline in <h1>, paragraphs or its blocks as their tags), and its address: the
    one its writer gave it on its own site's domain (rounds 17 on: an organisation's own page is on its own domain, as
    it is on the web), else a stand-in."""
    title = article.get("headline") or article["title"]
    if "paragraphs" in article:
        body = "".join(f"<p>{html.escape(p)}</p>" for p in article["paragraphs"])
        url = article.get("url") or f"https://news.example/2026/{article['id']}"
    else:
        body = _blocks_html(article["blocks"])
        url = article.get("url") or f"https://www.example-guides.com/{article['id']}"
    return (f"<html><head><title>{html.escape(title)}</title></head><body><article><h1>{html.escape(title)}</h1>"
            f"{body}</article></body></html>", url)


def _blocks_html(blocks: list[dict]) -> str:
    """The blocks as HTML; a run of cells is one table, as on the page the labeller pictured: its header cells give
    the number of columns (a run with none is one cell a row, "Weight: 1.9 kg")."""
    out, at = [], 0
    while at < len(blocks):
        if blocks[at]["tag"] not in _CELLS:
            tag, text = blocks[at]["tag"], html.escape(blocks[at]["text"])
            out.append(_BLOCK_HTML.get(tag, f"<{tag}>{{}}</{tag}>").format(text))
            at += 1
            continue
        end = at
        while end < len(blocks) and blocks[end]["tag"] in _CELLS:
            end += 1
        cells = blocks[at:end]
        width = next((i for i, cell in enumerate(cells) if cell["tag"] != "th"), len(cells)) or 1
        rows = ["".join(f"<{c['tag']}>{html.escape(c['text'])}</{c['tag']}>" for c in cells[row:row + width])
                for row in range(0, len(cells), width)]
        out.append("<table>" + "".join(f"<tr>{row}</tr>" for row in rows) + "</table>")
        at = end
    return "".join(out)
