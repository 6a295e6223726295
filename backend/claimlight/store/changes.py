"""What changed between two versions of the same page (same URL, new text).

Claims are paired by their text with the numbers masked, so a sentence whose
figure was edited ("16,000" -> "18,000") reads as a changed figure, not as one
claim gone and another new.
"""

from __future__ import annotations

import re

_DIGITS = re.compile(r"\d[\d,.]*")
_SPACE = re.compile(r"\s+")


def _plain(text: str) -> str:
    return _SPACE.sub(" ", text).strip().lower()


def _masked(text: str) -> str:
    return _DIGITS.sub("#", _plain(text))


def _figure_texts(claim: dict) -> list[str]:
    return [figure.get("text", "") for figure in claim.get("figures") or []]


def diff_versions(previous: dict, current: dict) -> dict:
    """``{"previous_id", "figures_changed", "claims_gone", "claims_new"}`` for ``current`` against ``previous``."""
    before_exact = {_plain(c["text"]) for c in previous["claims"]}
    after_exact = {_plain(c["text"]) for c in current["claims"]}
    after_by_mask: dict[str, dict] = {}
    for claim in current["claims"]:
        after_by_mask.setdefault(_masked(claim["text"]), claim)

    figures_changed, claims_gone, paired_after = [], [], set()
    for old in previous["claims"]:
        if _plain(old["text"]) in after_exact:
            paired_after.add(_plain(old["text"]))
            continue
        new = after_by_mask.get(_masked(old["text"]))
        if new is not None and _figure_texts(new) != _figure_texts(old):
            paired_after.add(_plain(new["text"]))
            figures_changed.append({"claim_id": new["id"], "previous_claim_id": old["id"],
                                    "before": _figure_texts(old), "after": _figure_texts(new), "text": new["text"]})
        else:
            claims_gone.append({"claim_id": old["id"], "text": old["text"]})
    claims_new = sum(1 for c in current["claims"] if _plain(c["text"]) not in paired_after | before_exact)
    return {"previous_id": previous["id"], "figures_changed": figures_changed, "claims_gone": claims_gone,
            "claims_new": claims_new}
