"""`claimlight serve --help` lists every setting from the Settings table, so the two cannot drift apart."""

from __future__ import annotations

from click.testing import CliRunner

from claimlight.cli import cli
from claimlight.settings import Settings


def test_serve_help_names_every_setting_with_its_description():
    result = CliRunner().invoke(cli, ["serve", "--help"])
    assert result.exit_code == 0, result.output
    unwrapped = "".join(result.output.split())  # click wraps lines, at hyphens too
    for name, field in Settings.model_fields.items():
        assert f"CLAIMLIGHT_{name.upper()}(" in unwrapped, name
        assert "".join(field.description.split()) in unwrapped, name
    assert "CLAIMLIGHT_PORT(8765)" in unwrapped and "CLAIMLIGHT_BASE_URL(unset)" in unwrapped
