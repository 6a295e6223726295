"""POST /api/v1/analyses through the test client on a real data directory: good pages and bad input."""

from __future__ import annotations

import os

import pytest

ARTICLE = (
    "<html><head><title>Volunteers</title></head><body><article>"
    "<h1>Volunteers head for the front</h1>"
    "<p>The defence ministry said on Thursday that 16,000 volunteers had signed up in the past week, "
    "a figure that could not be independently verified.</p>"
    "<p>An unnamed official told reporters that about 70 of them came from Japan.</p>"
    "<p>Residents have been warned to stay at home under curfew.</p>"
    "</article></body></html>"
)
FRENCH = "<html><body><article>" + "<p>Le ministère de la défense a déclaré jeudi que les volontaires étaient nombreux à vouloir rejoindre le front, selon la presse locale.</p>" * 5 + "</article></body></html>"


def post(client, auth, payload=None, **kwargs):
    if payload is not None:
        kwargs["json"] = payload
    return client.post("/api/v1/analyses", headers=auth, **kwargs)


def test_analysis_returns_article_and_anchored_claims(client, auth):
    response = post(client, auth, {"url": "https://news.example/volunteers", "title": "Volunteers", "html": ARTICLE})
    assert response.status_code == 201
    analysis = response.json
    text = analysis["article"]["text"]
    assert "16,000 volunteers" in text
    assert analysis["site"] == "news.example"
    for claim in analysis["claims"]:
        selector = claim["selector"]
        assert text[selector["start"]:selector["end"]] == selector["exact"] == claim["text"]
        assert text[:selector["start"]].endswith(selector["prefix"])
        assert text[selector["end"]:].startswith(selector["suffix"])
    fetched = client.get(f"/api/v1/analyses/{analysis['id']}", headers=auth)
    assert fetched.status_code == 200
    assert fetched.json["id"] == analysis["id"]


def test_unchanged_page_keeps_its_id(client, auth):
    payload = {"url": "https://news.example/volunteers", "title": "Volunteers", "html": ARTICLE}
    first = post(client, auth, payload).json
    second = post(client, auth, payload).json
    assert first["id"] == second["id"]
    assert [c["id"] for c in first["claims"]] == [c["id"] for c in second["claims"]]


BAD_INPUTS = [
    pytest.param({"data": b"", "content_type": "application/json"}, 400, "empty_body", id="empty-body"),
    pytest.param({"data": b"{not json", "content_type": "application/json"}, 400, "invalid_json", id="not-json"),
    pytest.param({"data": os.urandom(4096), "content_type": "application/json"}, 400, "invalid_json", id="binary-bytes"),
    pytest.param({"json": ["a", "list"]}, 400, "invalid_json", id="json-not-object"),
    pytest.param({"json": {"url": "https://x.example/"}}, 400, "missing_field", id="missing-html"),
    pytest.param({"json": {"html": ARTICLE}}, 400, "missing_field", id="missing-url"),
    pytest.param({"json": {"url": 42, "html": ARTICLE}}, 400, "wrong_type", id="url-not-string"),
    pytest.param({"json": {"url": "https://x.example/", "html": ["<p>"]}}, 400, "wrong_type", id="html-not-string"),
    pytest.param({"json": {"url": "https://x.example/", "title": {"a": 1}, "html": ARTICLE}}, 400, "wrong_type", id="title-not-string"),
    pytest.param({"json": {"url": "javascript:alert(1)", "html": ARTICLE}}, 400, "invalid_url", id="javascript-url"),
    pytest.param({"json": {"url": "http://[", "html": ARTICLE}}, 400, "invalid_url", id="unclosed-ipv6-host"),
    pytest.param({"json": {"url": "https://x.example:99999/", "html": ARTICLE}}, 400, "invalid_url", id="port-out-of-range"),
    pytest.param({"json": {"url": "https:///story", "html": ARTICLE}}, 400, "invalid_url", id="no-host"),
    pytest.param({"json": {"url": "https://x.example/", "html": "   "}}, 422, "empty_page", id="blank-html"),
    pytest.param({"json": {"url": "https://x.example/", "html": "<html><body><div></div></body></html>"}}, 422, "no_article_text", id="no-text"),
    pytest.param({"json": {"url": "https://x.example/", "html": "<p>a\x00b</p>" * 10}}, 400, "binary_content", id="nul-bytes"),
    pytest.param({"data": b'{"url": "https://x.example/\\ud800", "html": "<p>x</p>"}', "content_type": "application/json"},
                 400, "binary_content", id="lone-surrogate-in-url"),
    pytest.param({"data": b'{"url": "https://x.example/", "title": "\\udc00", "html": "<p>x</p>"}',
                  "content_type": "application/json"}, 400, "binary_content", id="lone-surrogate-in-title"),
    pytest.param({"json": {"url": "https://x.example/", "html": FRENCH}}, 422, "unsupported_language", id="french"),
    pytest.param({"data": b"html=<p>x</p>", "content_type": "application/x-www-form-urlencoded"}, 415, "unsupported_media_type", id="form-encoded"),
    pytest.param({"json": {"url": "https://x.example/", "html": "<p>" + "x" * (11 * 1024 * 1024) + "</p>"}}, 413, "payload_too_large", id="huge-page"),
]


@pytest.mark.parametrize("kwargs, status, code", BAD_INPUTS)
def test_bad_input_gets_clear_error_and_server_keeps_serving(client, auth, kwargs, status, code):
    response = post(client, auth, **kwargs)
    assert response.status_code == status, response.json
    assert response.json["error"]["code"] == code
    assert response.json["error"]["message"]
    assert set(response.json) == {"error"}
    assert post(client, auth, {"url": "https://news.example/ok", "html": ARTICLE}).status_code == 201


def test_broken_html_is_still_read(client, auth):
    broken = "<html><body><div><p>The agency reported that 45% of the 2,000 households <b>lacked power<p>Another " \
             "unclosed <i>paragraph said that prices doubled.</div></span></table>"
    response = post(client, auth, {"url": "https://x.example/broken", "html": broken})
    assert response.status_code == 201
    assert "45%" in response.json["article"]["text"]


def test_unknown_analysis_is_a_json_404(client, auth):
    response = client.get("/api/v1/analyses/a_doesnotexist", headers=auth)
    assert response.status_code == 404
    assert response.json["error"]["code"] == "not_found"


def test_server_error_reveals_no_trace(client, auth, monkeypatch):
    import claimlight.api.analyses as analyses_api

    class ExplodingStore:
        def record(self, analysis):
            raise RuntimeError("secret internal detail /home/user/.config")

    monkeypatch.setattr(analyses_api, "store", ExplodingStore)
    response = post(client, auth, {"url": "https://x.example/", "html": ARTICLE})
    assert response.status_code == 500
    assert response.json == {"error": {"code": "internal_error", "message": "The server hit an unexpected error; see the server log."}}


def test_a_reader_crash_is_logged_answered_plainly_and_the_next_page_is_served(client, auth, monkeypatch, caplog):
    """Extraction no longer turns its own crash into an empty page: the reader hears what happened, the log has why."""
    import claimlight.pipeline

    def crash(*args, **kwargs):
        raise RuntimeError("secret internal detail /home/user/.config")

    with monkeypatch.context() as patch:
        patch.setattr(claimlight.pipeline, "extract_article", crash)
        response = post(client, auth, {"url": "https://crash.example/story", "html": ARTICLE})
    assert response.status_code == 500
    assert response.json["error"]["code"] == "analysis_failed"
    assert "secret" not in response.get_data(as_text=True)
    logged = [r for r in caplog.records if r.exc_info and "secret internal detail" in str(r.exc_info[1])]
    assert logged and "crash.example" in logged[0].getMessage()
    assert client.get("/api/v1/history", headers=auth).json["pages"] == []
    assert post(client, auth, {"url": "https://crash.example/story", "html": ARTICLE}).status_code == 201


def test_a_request_while_shutting_down_is_a_503_not_a_500(app, client, auth):
    app.extensions["claimlight.store"].close()  # what `claimlight serve` does last on SIGTERM or Ctrl-C
    response = post(client, auth, {"url": "https://news.example/late", "html": ARTICLE})
    assert response.status_code == 503
    assert response.json["error"]["code"] == "shutting_down"


def test_an_analysis_is_acknowledged_only_after_its_file_and_directory_are_fsynced(client, auth, home, monkeypatch):
    """SIGKILL tests cannot see a missing fsync; this one watches the acknowledgement wait for it."""
    import claimlight.store.atomic as atomic

    synced, real_fsync = [], os.fsync

    def recording_fsync(fd):
        real_fsync(fd)
        synced.append(os.path.realpath(f"/proc/self/fd/{fd}"))

    monkeypatch.setattr(atomic.os, "fsync", recording_fsync)
    response = post(client, auth, {"url": "https://news.example/durable", "title": "Durable", "html": ARTICLE})
    assert response.status_code == 201
    analysis_id = response.json["id"]
    written = [path for path in synced if analysis_id in os.path.basename(path)]
    assert written, f"the analysis file was never fsynced before the 201: {synced}"
    assert os.path.dirname(written[0]) in synced[synced.index(written[0]) + 1:], "its directory was not fsynced after it"

    def failing_fsync(fd):
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(atomic.os, "fsync", failing_fsync)
    response = post(client, auth, {"url": "https://news.example/not-durable", "title": "Not durable", "html": ARTICLE})
    assert response.status_code >= 500 and response.json["error"]["code"], "no acknowledgement without a durable write"
    monkeypatch.setattr(atomic.os, "fsync", real_fsync)
    assert client.get("/api/v1/history", headers=auth).status_code == 200, "the server keeps serving"
