"""History routes over HTTP: list, search, page, forget, export, related; errors in the one shape."""

import csv
import io
import json

from claimlight.store import page_id_for

from ..store_samples import make_analysis, shoigu_page, zelensky_page

HTML = "<html><body><article><p>Officials said that 16,000 volunteers had signed up, a figure nobody could confirm.</p>" \
       "<p>The ministry added that another 2,000 were expected next week.</p></article></body></html>"


def _store(app):
    return app.extensions["claimlight.store"]


def test_posted_pages_appear_newest_first_and_unchanged_pages_once(client, auth):
    for n in range(3):
        assert client.post("/api/v1/analyses", json={"url": f"https://news.example/{n}", "title": f"Story {n}", "html": HTML},
                           headers=auth).status_code == 201
    again = client.post("/api/v1/analyses", json={"url": "https://news.example/0", "title": "Story 0", "html": HTML}, headers=auth)
    assert again.status_code == 201
    body = client.get("/api/v1/history", headers=auth).json
    assert len(body["pages"]) == 3 and body["next_before"] is None
    page = next(p for p in body["pages"] if p["url"] == "https://news.example/0")
    assert page["page_id"] == page_id_for("https://news.example/0") and page["title"] == "Story 0"
    assert page["analysis_id"] == again.json["id"] and page["versions"] == 1


def test_search_and_paging(app, client, auth):
    for n in range(5):
        _store(app).record(make_analysis(f"https://p.example/{n}", "t", [(f"claim {n} about {'oil' if n % 2 else 'grain'}", [], None)],
                                         analysed_at=f"2026-02-0{n + 1}T10:00:00+00:00"))
    first = client.get("/api/v1/history?limit=2", headers=auth).json
    assert [p["url"] for p in first["pages"]] == ["https://p.example/4", "https://p.example/3"]
    second = client.get("/api/v1/history", query_string={"limit": 2, "before": first["next_before"]}, headers=auth).json
    assert [p["url"] for p in second["pages"]] == ["https://p.example/2", "https://p.example/1"]
    found = client.get("/api/v1/history?q=OIL", headers=auth).json
    assert [p["url"] for p in found["pages"]] == ["https://p.example/3", "https://p.example/1"]


def test_bad_parameters_are_refused_with_a_clear_error(client, auth):
    for query, code in (("limit=0", "invalid_limit"), ("limit=abc", "invalid_limit"), ("limit=100000", "invalid_limit"),
                        ("before=yesterday", "invalid_cursor"), ("q=" + "x" * 600, "query_too_long")):
        response = client.get(f"/api/v1/history?{query}", headers=auth)
        assert (response.status_code, response.json["error"]["code"]) == (400, code), query
    response = client.get("/api/v1/history/export?format=xml", headers=auth)
    assert (response.status_code, response.json["error"]["code"]) == (400, "invalid_format")
    assert client.get("/api/v1/history").status_code == 401


def test_forget_one_page_and_all_needs_confirmation(app, client, auth):
    zelensky, shoigu = zelensky_page(), shoigu_page()
    _store(app).record(zelensky)
    _store(app).record(shoigu)
    response = client.delete(f"/api/v1/history/{page_id_for(zelensky['url'])}", headers=auth)
    assert response.json == {"deleted": page_id_for(zelensky["url"])}
    assert client.get(f"/api/v1/analyses/{zelensky['id']}", headers=auth).status_code == 404
    missing = client.delete("/api/v1/history/p_0000000000000000", headers=auth)
    assert (missing.status_code, missing.json["error"]["code"]) == (404, "not_found")

    refused = client.delete("/api/v1/history", headers=auth)
    assert (refused.status_code, refused.json["error"]["code"]) == (400, "confirmation_required")
    assert len(client.get("/api/v1/history", headers=auth).json["pages"]) == 1
    assert client.delete("/api/v1/history", json={"confirm": True}, headers=auth).json == {"deleted": 1}
    assert client.get("/api/v1/history", headers=auth).json["pages"] == []
    assert client.delete("/api/v1/history?confirm=true", headers=auth).json == {"deleted": 0}


def test_export_as_json_and_csv_attachments(app, client, auth):
    _store(app).record(zelensky_page())
    response = client.get("/api/v1/history/export?format=json", headers=auth)
    assert response.status_code == 200 and "attachment" in response.headers["Content-Disposition"]
    assert [a["id"] for a in json.loads(response.data)["analyses"]] == [zelensky_page()["id"]]
    response = client.get("/api/v1/history/export?format=csv", headers=auth)
    assert response.mimetype == "text/csv"
    rows = list(csv.DictReader(io.StringIO(response.data.decode())))
    assert [r["source"] for r in rows] == ["Volodymyr Zelensky", "an unnamed source"]


def test_related_claims_route(app, client, auth):
    zelensky, shoigu = zelensky_page(), shoigu_page()
    _store(app).record(zelensky)
    _store(app).record(shoigu)
    body = client.get(f"/api/v1/claims/{zelensky['claims'][0]['id']}/related", headers=auth).json
    assert body["claim_id"] == zelensky["claims"][0]["id"]
    assert {r["claim_id"] for r in body["related"]} == {shoigu["claims"][0]["id"], shoigu["claims"][1]["id"]}
    assert all(r["url"] == shoigu["url"] and r["analysed_at"] == shoigu["analysed_at"] for r in body["related"])
    missing = client.get("/api/v1/claims/c_nothing/related", headers=auth)
    assert (missing.status_code, missing.json["error"]["code"]) == (404, "not_found")


def test_health_reports_the_store(client):
    store = client.get("/api/v1/health").json["store"]
    assert store["state"] == "ok" and store["pages"] == 0 and store["schema_version"] == 2
