"""`claimlight history` on the same files as the server: reads beside it, writes only without it."""

import json
import os
import subprocess
import sys
from pathlib import Path

from claimlight.store import HistoryStore, page_id_for

from ..serverproc import start_server
from ..store_samples import shoigu_page, zelensky_page

CLAIMLIGHT = Path(sys.executable).with_name("claimlight")


def run_cli(home: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(CLAIMLIGHT), "history", *args], capture_output=True, text=True, timeout=60,
                          env={**os.environ, "CLAIMLIGHT_HOME": str(home)})


def seed(home: Path) -> None:
    store = HistoryStore(home / "history")
    store.record(zelensky_page())
    store.record(shoigu_page())
    store.close()


def test_list_search_export_and_forget(tmp_path):
    home = tmp_path / "home"
    seed(home)
    listed = run_cli(home, "list", "--json")
    assert listed.returncode == 0, listed.stderr
    assert [p["url"] for p in json.loads(listed.stdout)["pages"]] == [shoigu_page()["url"], zelensky_page()["url"]]
    found = run_cli(home, "search", "shoigu")
    assert found.returncode == 0 and "Putin welcomes volunteers" in found.stdout and "Foreign Mercenaries" not in found.stdout
    exported = run_cli(home, "export", "--format", "csv", "-o", str(tmp_path / "out.csv"))
    assert exported.returncode == 0 and (tmp_path / "out.csv").read_text().count("\n") == 6

    forgot = run_cli(home, "forget", page_id_for(zelensky_page()["url"]))
    assert forgot.returncode == 0, forgot.stderr
    assert [p["url"] for p in json.loads(run_cli(home, "list", "--json").stdout)["pages"]] == [shoigu_page()["url"]]
    assert run_cli(home, "forget", "p_0000000000000000").returncode != 0
    assert run_cli(home, "forget", "--all", "--yes").stdout.strip() == "Forgot 1 pages."
    assert "No pages in history." in run_cli(home, "list").stdout


def test_cli_reads_beside_a_running_server_but_refuses_to_write(tmp_path):
    home = tmp_path / "home"
    seed(home)
    server = start_server(home, "--no-model")
    try:
        listed = run_cli(home, "list", "--json")
        assert listed.returncode == 0 and len(json.loads(listed.stdout)["pages"]) == 2
        refused = run_cli(home, "forget", "--all", "--yes")
        assert refused.returncode != 0 and "in use by another Claimlight process" in refused.stderr
        status, body, _ = server.request("GET", "/api/v1/history")
        assert status == 200 and len(body["pages"]) == 2, "the refused CLI changed nothing"
    finally:
        server.stop()
    assert run_cli(home, "forget", "--all", "--yes").returncode == 0, "the lock goes with the server"
