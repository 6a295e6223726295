"""Claim detection. INTERIM: the detection helper replaces this package.

Contract: detect_claims(article) -> list of dicts with
``start, end`` (offsets into article.text), ``kinds``, ``figures``, ``source``,
``hedges``, ``linked``, ``level``, ``reasons``.
"""

from __future__ import annotations


def detect_claims(article) -> list[dict]:
    return []
