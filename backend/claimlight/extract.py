"""Main article text from a captured page. INTERIM: the extraction helper replaces this.

Contract: extract_article(html, url=None, title=None) -> Article with
``title, byline, text, paragraphs [(start, end)], links [Link], method``;
``text`` is the paragraphs joined by blank lines, and every offset refers to it.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

import lxml.html
from readability import Document


@dataclass
class Link:
    text: str
    href: str
    start: int
    end: int


@dataclass
class Article:
    title: str
    byline: str | None
    text: str
    paragraphs: list[tuple[int, int]] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    method: str = "readability"

    def as_dict(self) -> dict:
        data = asdict(self)
        data["paragraphs"] = [list(p) for p in self.paragraphs]
        return data


def extract_article(html: str, url: str | None = None, title: str | None = None) -> Article:
    if not html.strip():
        return Article(title=title or "", byline=None, text="", method="empty")
    doc = Document(html, url=url)
    summary = lxml.html.fromstring(doc.summary(html_partial=True))
    blocks = [" ".join(el.text_content().split()) for el in summary.iter("p", "h2", "h3", "li", "blockquote")]
    blocks = [b for b in blocks if b]
    text, paragraphs, pos = "", [], 0
    for block in blocks:
        if text:
            text += "\n\n"
        start = len(text)
        text += block
        paragraphs.append((start, len(text)))
    return Article(title=title or doc.short_title(), byline=None, text=text, paragraphs=paragraphs)
