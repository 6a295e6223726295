"""``claimlight analyze``: the same pipeline as the server, without a server."""

from __future__ import annotations

import html as html_lib
import json
import sys
import urllib.request
from pathlib import Path

import click

from ..pipeline import PipelineError, analyze_page

FETCH_LIMIT_BYTES = 10 * 1024 * 1024
USER_AGENT = "Mozilla/5.0 (X11; Linux x86_64) Claimlight/0.1"


def _text_as_html(text: str) -> str:
    """Wrap plain text so each blank-line-separated block becomes a paragraph."""
    blocks = [b.strip() for b in text.replace("\r\n", "\n").split("\n\n") if b.strip()]
    body = "".join(f"<p>{html_lib.escape(b)}</p>" for b in blocks)
    return f"<html><body><article>{body}</article></body></html>"


def read_input(source: str) -> tuple[str, str]:
    """Return (url, html) for a file path, an http(s) URL or '-' (stdin)."""
    if source == "-":
        data = sys.stdin.buffer.read()
        return "file:///dev/stdin", data.decode("utf-8", "replace")
    if source.startswith(("http://", "https://")):
        request = urllib.request.Request(source, headers={"User-Agent": USER_AGENT})
        with urllib.request.urlopen(request, timeout=30) as response:
            data = response.read(FETCH_LIMIT_BYTES + 1)
            if len(data) > FETCH_LIMIT_BYTES:
                raise click.ClickException(f"{source}: page is larger than {FETCH_LIMIT_BYTES} bytes")
            charset = response.headers.get_content_charset() or "utf-8"
        return source, data.decode(charset, "replace")
    path = Path(source)
    if not path.is_file():
        raise click.ClickException(f"{source}: no such file")
    text = path.read_bytes().decode("utf-8", "replace")
    if path.suffix.lower() in {".txt", ".text", ".md"}:
        text = _text_as_html(text)
    return path.resolve().as_uri(), text


def analyze_source(source: str) -> dict:
    url, page = read_input(source)
    try:
        return analyze_page(url, "", page)
    except PipelineError as exc:
        raise click.ClickException(f"{source}: {exc.message}") from None


def print_table(analysis: dict) -> None:
    article = analysis["article"]
    click.echo(f"{article['title'] or analysis['url']}")
    if article.get("byline"):
        click.echo(f"by {article['byline']}")
    counts = analysis["counts"]
    click.echo(f"{len(analysis['claims'])} claims: {counts['high']} high, {counts['medium']} medium, {counts['low']} low\n")
    click.echo(f"{'LEVEL':<7} {'KINDS':<22} {'SOURCE':<30} TEXT")
    for claim in analysis["claims"]:
        source = claim["source"]
        who = f"{source['kind']}: {source['text']}" if source.get("text") else source["kind"]
        text = " ".join(claim["text"].split())
        click.echo(f"{claim['level']:<7} {','.join(claim['kinds']):<22} {who[:30]:<30} {text}")
        for question in claim.get("questions") or []:
            click.echo(f"{'':<61} ? {question['text']} ({question['by']})")
    click.echo("")


@click.command()
@click.option("--json", "as_json", is_flag=True, help="Print the analysis exactly as the API returns it.")
@click.option("--questions", "with_questions", is_flag=True,
              help="Also write verification questions for every claim with the model (templates if none loads).")
@click.argument("inputs", nargs=-1, required=True)
def analyze(as_json: bool, with_questions: bool, inputs: tuple[str, ...]) -> None:
    """Analyse HTML files, text files, URLs or '-' (stdin)."""
    analyses = [analyze_source(source) for source in inputs]
    if with_questions:
        from ..llm.service import questions_offline
        from ..settings import Settings

        questions_offline(analyses, Settings())
    if as_json:
        payload = analyses[0] if len(analyses) == 1 else analyses
        click.echo(json.dumps(payload, ensure_ascii=False, indent=2))
    else:
        for analysis in analyses:
            print_table(analysis)
