"""The OpenAPI document is the contract: it must list exactly the routes the app serves, and real answers must fit it."""

from __future__ import annotations

import re

import schemathesis
from schemathesis.core.result import Ok

from claimlight.api.openapi import openapi_document

IGNORED_METHODS = {"HEAD", "OPTIONS"}
HTML = ("<html><head><title>Volunteers</title></head><body><article>"
        "<p>Officials said that 16,000 volunteers had signed up, a figure nobody could confirm.</p>"
        "<p>The ministry added that another 2,000 were expected next week, according to a spokesman.</p>"
        "</article></body></html>")


def flask_routes(app) -> set[tuple[str, str]]:
    routes = set()
    for rule in app.url_map.iter_rules():
        path = re.sub(r"<(?:[^:<>]+:)?([^<>]+)>", r"{\1}", rule.rule)
        routes |= {(path, method) for method in rule.methods - IGNORED_METHODS}
    return routes


def documented_routes() -> set[tuple[str, str]]:
    return {(path, method.upper()) for path, item in openapi_document()["paths"].items() for method in item}


def test_every_flask_route_is_documented_and_every_documented_route_exists(app):
    served, documented = flask_routes(app), documented_routes()
    assert served - documented == set(), "served but not in backend/claimlight/openapi.json"
    assert documented - served == set(), "documented but not served"


def test_path_parameters_are_declared_for_every_templated_path():
    for path, item in openapi_document()["paths"].items():
        names = set(re.findall(r"{([^}]+)}", path))
        for method, operation in item.items():
            declared = {p["name"] for p in operation.get("parameters", []) if p["in"] == "path"}
            assert declared == names, f"{method.upper()} {path}"


def test_every_operation_names_its_errors_and_security():
    document = openapi_document()
    assert document["components"]["securitySchemes"]["bearerAuth"] == {
        **document["components"]["securitySchemes"]["bearerAuth"], "type": "http", "scheme": "bearer"}
    for path, item in document["paths"].items():
        for method, operation in item.items():
            public = operation.get("security") == []
            assert public == (path in {"/api/v1/health", "/api/v1/openapi.json"}), f"{method} {path}"
            if not public:
                assert {"400", "401", "403"} <= set(operation["responses"]), f"{method} {path}"


def test_document_is_public_and_names_this_server(client):
    response = client.get("/api/v1/openapi.json")
    assert response.status_code == 200
    assert response.json["openapi"].startswith("3.")
    assert response.json["servers"][0]["url"] == "http://127.0.0.1:8765"


def test_document_loads_as_openapi_with_every_operation_usable():
    schema = schemathesis.openapi.from_dict(openapi_document())
    operations = list(schema.get_all_operations())
    assert operations and all(isinstance(op, Ok) for op in operations), [op for op in operations if not isinstance(op, Ok)]
    assert len(operations) == len(documented_routes())


def test_real_answers_match_the_documented_shapes(client, auth):
    schema = schemathesis.openapi.from_dict(openapi_document())

    health = client.get("/api/v1/health")
    schema["/api/v1/health"]["GET"].validate_response(health)

    created = client.post("/api/v1/analyses", json={"url": "https://example.org/volunteers", "title": "Volunteers", "html": HTML},
                          headers=auth)
    assert created.status_code == 201
    schema["/api/v1/analyses"]["POST"].validate_response(created)
    assert created.json["claims"], "the sample page has claims, so the claim schema is exercised"

    fetched = client.get(f"/api/v1/analyses/{created.json['id']}", headers=auth)
    assert fetched.status_code == 200
    schema["/api/v1/analyses/{analysis_id}"]["GET"].validate_response(fetched)

    missing = client.get("/api/v1/analyses/a_0000000000000000", headers=auth)
    assert missing.status_code == 404
    schema["/api/v1/analyses/{analysis_id}"]["GET"].validate_response(missing)

    refused = client.post("/api/v1/analyses", json={"url": "https://example.org/", "html": HTML})
    assert refused.status_code == 401
    schema["/api/v1/analyses"]["POST"].validate_response(refused)
