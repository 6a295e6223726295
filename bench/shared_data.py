"""Where the benches find the project's shared data, and a message a user can act on when it is not there."""

from __future__ import annotations

import sys
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared"
EXTRACTION_BENCHMARK = SHARED / "data" / "article-extraction-benchmark"
WCXB = SHARED / "data" / "wcxb-dev"
SAMPLES = SHARED / "samples"


def require(*paths: Path) -> None:
    """Exit with a plain message, not a traceback, when the shared data a bench reads is missing."""
    missing = [str(path) for path in paths if not Path(path).exists()]
    if missing:
        sys.exit(f"not found: {', '.join(missing)}. The benches read the project's shared data (data/article-"
                 f"extraction-benchmark, data/wcxb-dev, samples/), which is not in this repository: put it beside "
                 f"the checkout as {SHARED}, or point --data at it where the bench takes that option.")
