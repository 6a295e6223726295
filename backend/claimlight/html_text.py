"""An element's readable text as paragraphs, with its links located in that text.

Every offset in an analysis refers to the text built here, so it is built in one
pass that collapses whitespace as it goes and records each link's span at the
moment its words are written: ``text[start:end]`` is the link's text by
construction, never by searching for it afterwards.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable
from urllib.parse import urljoin, urlsplit

from lxml import etree

BLOCK_TAGS = frozenset(
    "address article aside blockquote body br caption center dd details dialog dir div dl dt fieldset "
    "figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html legend li main menu nav ol p "
    "pre section summary table tbody td tfoot th thead tr ul".split()
)
SILENT_TAGS = frozenset(
    "audio button canvas datalist embed head iframe img input link map math meta noscript object option "
    "script select source style svg template textarea title track video".split()
)
LINK_SCHEMES = ("http", "https")

# What a paragraph is, read from the elements around it, strongest first: a number in code, a caption, a
# reference list, a table or spec list, or a heading is not read like a number in running prose (LABELING.md).
ROLE_TAGS = (
    ("code", frozenset({"pre", "code", "kbd", "samp"})),
    ("caption", frozenset({"figcaption", "caption"})),
    ("table", frozenset({"td", "th"})),
    ("definition", frozenset({"dt", "dd"})),
    ("heading", frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})),
    ("list", frozenset({"li"})),
    ("quote", frozenset({"blockquote"})),
)
ROLE_ORDER = ("code", "caption", "reference", "table", "definition", "heading", "list", "quote")
# Every role a paragraph of article.text can have: the page's headline and standfirst open it (extract.py),
# running prose is "text", the rest come from the elements around a paragraph.
PARAGRAPH_ROLES = ("headline", "standfirst", "text") + ROLE_ORDER
ROLE_NAME_RE = re.compile(
    r"(?:^|[\s_-])(?:(?P<reference>references?|footnotes?|endnotes?|citations?|bibliography|works-cited)"
    r"|(?P<table>specs?|specifications?|tech-specs|ratings?|scores?|star-rating|scorecard|product-info|at-a-glance))"
    r"(?:$|[\s_-])", re.I)


@dataclass
class Link:
    text: str
    href: str
    start: int
    end: int


@dataclass
class Paragraphs:
    text: str
    spans: list[tuple[int, int]]
    links: list[Link]
    roles: list[str] = field(default_factory=list)

    def paragraph(self, index: int) -> str:
        start, end = self.spans[index]
        return self.text[start:end]

    def pick(self, indexes: list[int]) -> "Paragraphs":
        """Only these paragraphs, in this order, joined by blank lines, their links moved with them."""
        return joined(*(self._one(index) for index in indexes))

    def _one(self, index: int) -> "Paragraphs":
        start, end = self.spans[index]
        links = [Link(link.text, link.href, link.start - start, link.end - start)
                 for link in self.links if start <= link.start and link.end <= end]
        return Paragraphs(self.text[start:end], [(0, end - start)], links, [self.roles[index]])


def joined(*parts: Paragraphs) -> Paragraphs:
    """Several texts as one, blank lines between them; every span and link is moved to the joined text."""
    text, spans, links, roles = "", [], [], []
    for part in parts:
        if not part.text:
            continue
        shift = len(text) + 2 if text else 0
        text = f"{text}\n\n{part.text}" if text else part.text
        spans += [(start + shift, end + shift) for start, end in part.spans]
        links += [Link(link.text, link.href, link.start + shift, link.end + shift) for link in part.links]
        roles += part.roles
    return Paragraphs(text, spans, links, roles)


def resolve_href(href: str | None, base: str | None) -> str | None:
    """The URL a link leads to (absolute when the page's URL is known), or None for
    in-page anchors, scripts, mail and broken hrefs: those lead to no source."""
    href = (href or "").strip()
    if not href or href.startswith("#"):
        return None
    try:
        absolute = urljoin(base, href) if base else href
        scheme = urlsplit(absolute).scheme.lower()
    except ValueError:
        return None
    return absolute if scheme in LINK_SCHEMES or not scheme else None


Anchor = tuple  # (href or None, start, end) of one <a href> inside a paragraph
KeepRule = Callable[[str, list], bool]


class _ParagraphWriter:
    """Writes words into the current paragraph, one space between words, and tracks anchor spans."""

    def __init__(self, keep: KeepRule):
        self.keep = keep
        self.parts: list[str] = []
        self.spans: list[tuple[int, int]] = []
        self.links: list[Link] = []
        self.length = 0
        self.words: list[str] = []
        self.size = 0
        self.pending_space = False
        self.anchors: list[Anchor] = []
        self.open_anchor: list | None = None
        self.roles: list[str] = []
        self.open_roles: list[str | None] = []  # one entry per open element: the role it gives, if any

    def enter(self, tag: str, node) -> None:
        role = next((name for name, tags in ROLE_TAGS if tag in tags), None)
        names = f"{node.get('class') or ''} {node.get('id') or ''}"
        named = ROLE_NAME_RE.search(names) if names.strip() else None
        if named:
            role = "reference" if named.group("reference") else "table"
        self.open_roles.append(role)

    def leave(self) -> None:
        if self.open_roles:
            self.open_roles.pop()

    def role(self) -> str:
        present = set(self.open_roles)
        return next((name for name in ROLE_ORDER if name in present), "text")

    def write(self, chunk: str | None) -> None:
        if not chunk:
            return
        words = chunk.split()
        if words:
            if self.size and (self.pending_space or chunk[0].isspace()):
                self.words.append(" ")
                self.size += 1
            if self.open_anchor is not None and self.open_anchor[1] is None:
                self.open_anchor[1] = self.size
            joined = " ".join(words)
            self.words.append(joined)
            self.size += len(joined)
            if self.open_anchor is not None:
                self.open_anchor[2] = self.size
        self.pending_space = chunk[-1].isspace()

    def start_anchor(self, href: str | None) -> None:
        """``href`` None: an anchor that leads to no source (in-page, script), still link text."""
        self.close_anchor()
        self.open_anchor = [href, None, None]

    def close_anchor(self) -> None:
        anchor, self.open_anchor = self.open_anchor, None
        if anchor is not None and anchor[1] is not None:
            self.anchors.append(tuple(anchor))

    def flush(self) -> None:
        """End the paragraph: keep it if it has words and passes ``keep``; an anchor that spans it goes on."""
        spanning = self.open_anchor is not None
        href = self.open_anchor[0] if spanning else None
        self.close_anchor()
        paragraph = "".join(self.words)
        if paragraph and self.keep(paragraph, self.anchors):
            if self.parts:
                self.parts.append("\n\n")
                self.length += 2
            start = self.length
            self.parts.append(paragraph)
            self.length += len(paragraph)
            self.spans.append((start, self.length))
            self.roles.append(self.role())
            for anchor_href, anchor_start, anchor_end in self.anchors:
                if anchor_href is not None:
                    self.links.append(Link(paragraph[anchor_start:anchor_end], anchor_href,
                                           start + anchor_start, start + anchor_end))
        self.words, self.size, self.pending_space, self.anchors = [], 0, False, []
        if spanning:
            self.open_anchor = [href, None, None]

    def result(self) -> Paragraphs:
        self.flush()
        return Paragraphs("".join(self.parts), self.spans, self.links, self.roles)


def keep_all(paragraph: str, anchors: list) -> bool:
    return True


def paragraphs_of(element, base_url: str | None = None, keep: KeepRule = keep_all) -> Paragraphs:
    """Block elements and line breaks end paragraphs; whitespace collapses to one space inside one.

    ``keep(paragraph, anchors)`` may veto a paragraph (boilerplate lines, link
    teasers); ``anchors`` are its ``(href or None, start, end)``. Vetoed text
    never reaches the offsets.
    """
    writer = _ParagraphWriter(keep)
    walker = etree.iterwalk(element, events=("start", "end"))
    for event, node in walker:
        tag = node.tag
        if not isinstance(tag, str):
            if event == "start":
                walker.skip_subtree()
            else:
                writer.write(node.tail)
            continue
        tag = tag.lower()
        if event == "start":
            if tag in SILENT_TAGS:
                walker.skip_subtree()
                continue
            if tag in BLOCK_TAGS:
                writer.flush()
            writer.enter(tag, node)
            if tag == "a" and node.get("href") is not None:
                writer.start_anchor(resolve_href(node.get("href"), base_url))
            writer.write(node.text)
        else:
            if tag == "a" and node.get("href") is not None:
                writer.close_anchor()
            if tag in BLOCK_TAGS:
                writer.flush()
            writer.leave()
            if node is not element:
                writer.write(node.tail)
    return writer.result()
