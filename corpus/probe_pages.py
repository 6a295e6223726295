"""The blind probe articles (corpus/probes/README.md) as pages a reader would open.

Both the probe bench (bench/blind_probes.py), which scores what is served on them, and the head's training
(scripts/train_head.py), which learns from the dev rounds' labels, read them here, so a probe is the same page
to both.
"""

from __future__ import annotations

import html
import json
from pathlib import Path

PROBES = Path(__file__).resolve().parent / "probes"
HELD_OUT_ROUNDS = ("round2", "round4")  # never tuned on or trained on; their misses are never read
_BLOCK_HTML = {"li": "<ul><li>{}</li></ul>", "td": "<table><tr><td>{}</td></tr></table>",
               "th": "<table><tr><th>{}</th></tr></table>", "figcaption": "<figure><figcaption>{}</figcaption></figure>"}


def load_rounds() -> dict[Path, list[dict]]:
    """Each round's file with its articles, in name order."""
    return {path: [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
            for path in sorted(PROBES.glob("round*-*.jsonl"))}


def is_held_out(path: Path) -> bool:
    return path.stem.split("-")[0] in HELD_OUT_ROUNDS


def page_of(article: dict) -> tuple[str, str]:
    """The article as a reader's page (headline in <h1>, paragraphs or its blocks as their tags), and its address."""
    title = article.get("headline") or article["title"]
    if "paragraphs" in article:
        body = "".join(f"<p>{html.escape(p)}</p>" for p in article["paragraphs"])
        url = f"https://news.example/2026/{article['id']}"
    else:
        body = "".join(_BLOCK_HTML.get(b["tag"], f"<{b['tag']}>{{}}</{b['tag']}>").format(html.escape(b["text"]))
                       for b in article["blocks"])
        url = f"https://www.example-guides.com/{article['id']}"
    return (f"<html><head><title>{html.escape(title)}</title></head><body><article><h1>{html.escape(title)}</h1>"
            f"{body}</article></body></html>", url)


def dev_probe_page():
    """A page loader for the dev rounds (page id "<round file stem>/<article id>" -> (url, html)); a held-out
    round's page is refused, so no training can read one by mistake."""
    articles = {f"{path.stem}/{article['id']}": article for path, round_articles in load_rounds().items()
                if not is_held_out(path) for article in round_articles}

    def load(page: str) -> tuple[str, str]:
        doc, url = page_of(articles[page])
        return url, doc
    return load
