"""Draws the sentences of the labelled dev corpus from the shared extraction benchmark.

Deterministic: the same data gives the same candidates. Body sentences come from
each page's true article body; furniture lines come from the page's visible text
that is not in the body (navigation, teasers, captions, newsletter boxes...), so
the corpus can measure "zero claims from page furniture".

    python corpus/build_candidates.py > corpus/candidates.jsonl
"""

from __future__ import annotations

import gzip
import json
import random
import re
import sys
from pathlib import Path

import lxml.html

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "article-extraction-benchmark"
BODY_PER_PAGE = 12
FURNITURE_PER_PAGE = 3
SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[\"“‘(A-Z0-9])")
SKIP_TAGS = {"script", "style", "noscript", "template", "svg", "head", "title", "meta"}


def split_lines(text: str) -> list[str]:
    """Each line of ``text`` split into sentences on ".", "!" or "?" before a capital, digit or quote (naive on purpose)."""
    out = []
    for paragraph in text.split("\n"):
        paragraph = " ".join(paragraph.split())
        start = 0
        for match in SENTENCE_END.finditer(paragraph):
            out.append(paragraph[start:match.start() + 1].strip())
            start = match.end()
        out.append(paragraph[start:].strip())
    return out


def body_sentences(body: str) -> list[str]:
    return [s for s in split_lines(body) if 20 <= len(s) <= 400]


def furniture_lines(html: str, body: str) -> list[str]:
    root = lxml.html.fromstring(html)
    flat_body = " ".join(body.split())
    lines = []
    for el in root.iter():
        if not isinstance(el.tag, str) or el.tag in SKIP_TAGS:
            continue
        if any(isinstance(a.tag, str) and a.tag in SKIP_TAGS for a in el.iterancestors()):
            continue
        text = " ".join((el.text or "").split())
        if 20 <= len(text) <= 300 and text not in flat_body:
            lines.append(text)
    return sorted(set(lines))


def main() -> None:
    truth = json.loads((DATA / "ground-truth.json").read_text(encoding="utf-8"))
    for page_id in sorted(truth):
        body = truth[page_id]["articleBody"]
        rng = random.Random(page_id)
        sentences = body_sentences(body)
        for i, sentence in enumerate(sorted(rng.sample(sentences, min(BODY_PER_PAGE, len(sentences))), key=sentences.index)):
            print(json.dumps({"id": f"{page_id[:12]}-b{i:02d}", "page": page_id, "origin": "body", "text": sentence}, ensure_ascii=False))
        html = gzip.decompress((DATA / "html" / f"{page_id}.html.gz").read_bytes()).decode("utf-8", "replace")
        furniture = furniture_lines(html, body)
        for i, line in enumerate(rng.sample(furniture, min(FURNITURE_PER_PAGE, len(furniture)))):
            print(json.dumps({"id": f"{page_id[:12]}-f{i:02d}", "page": page_id, "origin": "furniture", "text": line}, ensure_ascii=False))


if __name__ == "__main__":
    sys.exit(main())
