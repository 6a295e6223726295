"""The skeleton's promises: health is public, everything else needs the token."""


def test_health_is_public(client):
    response = client.get("/api/v1/health")
    assert response.status_code == 200
    assert response.json["status"] == "ok"


def test_analysis_needs_token(client):
    response = client.post("/api/v1/analyses", json={"url": "https://example.org/", "html": "<p>x</p>"})
    assert response.status_code == 401
    assert response.json["error"]["code"] == "missing_token"
