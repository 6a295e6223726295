"""Claimlight: flags the unverified numbers and attributions in a news article."""

__version__ = "0.1.0"
