"""Claimlight: flags the unverified numbers and attributions in a news article."""

import os

# numpy's OpenBLAS starts a thread per core for the personal head's refit, and on a small machine those threads
# fight llama.cpp's for the same cores: on 2 cores beside a busy model a refit took 1.4 to 12 s with them and
# 0.5 s with one (the head is small). Set before anything imports numpy; an explicit setting wins.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

__version__ = "0.1.0"
