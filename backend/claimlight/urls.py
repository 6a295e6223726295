"""Page URLs: which ones the server accepts, and the site a URL belongs to.

A captured page's URL is checked once, at the API boundary, so everything
behind it (the pipeline, the store, the detector's own-outlet rule) can parse
it without guarding against ``ValueError``.
"""

from __future__ import annotations

from urllib.parse import urlsplit

PAGE_SCHEMES = ("http", "https", "file")


class InvalidUrl(ValueError):
    """The URL cannot name a page Claimlight reads; the message says why."""


def checked_page_url(url: str) -> str:
    """``url`` if it is an http(s) URL with a host, or a file URL; ``InvalidUrl`` otherwise."""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - parsing the port is what rejects "http://host:99999"
    except ValueError as exc:
        raise InvalidUrl(f"'url' cannot be parsed: {exc}.") from None
    if parts.scheme.lower() not in PAGE_SCHEMES:
        raise InvalidUrl("'url' must be an http, https or file URL.")
    if parts.scheme.lower() != "file" and not parts.hostname:
        raise InvalidUrl("'url' must name a host, as in https://example.org/story.")
    return url


def site_of(url: str | None) -> str | None:
    """The host without a leading ``www.`` ("bbc.co.uk"); None for a URL with no readable host."""
    try:
        host = urlsplit(url or "").hostname
    except ValueError:
        return None
    return host[4:] if host and host.startswith("www.") else host
