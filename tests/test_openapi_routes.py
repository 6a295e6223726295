"""The OpenAPI document is the contract: it must list exactly the routes the app serves, come from the models in
claimlight.schemas, and real answers must fit it."""

from __future__ import annotations

import copy
import json
import re

import pytest
import schemathesis
from pydantic import BaseModel, TypeAdapter
from schemathesis.core.result import Ok

from claimlight import schemas
from claimlight.api.openapi import REF, SchemaGenerator, build_document

IGNORED_METHODS = {"HEAD", "OPTIONS"}
HTML = ("<html><head><title>Volunteers sign up</title><meta name='description' content='A count nobody could confirm.'>"
        "</head><body><article><h1>Volunteers sign up</h1><p>A count nobody could confirm.</p>"
        "<p>Officials said that 16,000 volunteers had signed up, a figure nobody could confirm.</p>"
        "<p>The ministry added that another 2,000 were expected next week, according to a spokesman.</p>"
        "</article></body></html>")


def flask_routes(app) -> set[tuple[str, str]]:
    routes = set()
    for rule in app.url_map.iter_rules():
        path = re.sub(r"<(?:[^:<>]+:)?([^<>]+)>", r"{\1}", rule.rule)
        routes |= {(path, method) for method in rule.methods - IGNORED_METHODS}
    return routes


@pytest.fixture
def document(client) -> dict:
    """The document as the server serves it."""
    response = client.get("/api/v1/openapi.json")
    assert response.status_code == 200
    return response.json


def documented_routes(document) -> set[tuple[str, str]]:
    return {(path, method.upper()) for path, item in document["paths"].items() for method in item}


def test_every_flask_route_is_documented_and_every_documented_route_exists(app, document):
    served, documented = flask_routes(app), documented_routes(document)
    assert served - documented == set(), "served but not documented (give the view a @documented contract)"
    assert documented - served == set(), "documented but not served"


def test_a_route_without_a_contract_fails_the_document(app):
    app.add_url_rule("/api/v1/undocumented", "undocumented", lambda: {})
    with pytest.raises(LookupError, match="undocumented"):
        build_document(app)


def model_schema(kind: type) -> dict:
    """The JSON schema pydantic derives from one model, its nested models as references."""
    options = {"ref_template": REF, "schema_generator": SchemaGenerator}
    if issubclass(kind, BaseModel):
        schema = kind.model_json_schema(**options)
    else:
        schema = TypeAdapter(kind).json_schema(**options)
    schema.pop("$defs", None)
    return schema


def test_served_schemas_are_the_models_schemas(document):
    components = document["components"]["schemas"]
    for name, schema in components.items():
        assert schema == model_schema(getattr(schemas, name)), name
    for name in ("Analysis", "Claim", "Question", "HistoryPage", "Error", "AnalysisRequest", "FeedbackRequest"):
        assert name in components, name


def test_request_bodies_and_answers_refer_to_the_models(document):
    operation = document["paths"]["/api/v1/analyses"]["post"]
    assert operation["requestBody"]["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/AnalysisRequest"}
    assert operation["responses"]["201"]["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/Analysis"}
    history = document["paths"]["/api/v1/history"]["get"]
    assert {p["name"]: p["schema"] for p in history["parameters"]} == model_schema(schemas.HistoryQuery)["properties"]
    assert document["components"]["responses"]["NotFound"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/Error"}


def test_path_parameters_are_declared_for_every_templated_path(document):
    for path, item in document["paths"].items():
        names = set(re.findall(r"{([^}]+)}", path))
        for method, operation in item.items():
            declared = {p["name"] for p in operation.get("parameters", []) if p["in"] == "path"}
            assert declared == names, f"{method.upper()} {path}"


def test_every_operation_names_its_errors_and_security(document):
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


def test_document_loads_as_openapi_with_every_operation_usable(document):
    schema = schemathesis.openapi.from_dict(document)
    operations = list(schema.get_all_operations())
    assert operations and all(isinstance(op, Ok) for op in operations), [op for op in operations if not isinstance(op, Ok)]
    assert len(operations) == len(documented_routes(document))


def closed(document: dict) -> dict:
    """The document with every object schema closed to keys the models do not name (unless a model says it is open)."""
    document = copy.deepcopy(document)

    def close(node):
        if isinstance(node, dict):
            if "properties" in node:
                node.setdefault("additionalProperties", False)
            for value in node.values():
                close(value)
        elif isinstance(node, list):
            for value in node:
                close(value)

    close(document["components"]["schemas"])
    return document


def test_real_answers_name_no_key_the_models_leave_out(client, auth, document):
    """The models are the whole contract: a key the server sends that no model names fails here, not in the extension."""
    schema = schemathesis.openapi.from_dict(closed(document))
    created = client.post("/api/v1/analyses", json={"url": "https://example.org/volunteers", "title": "Volunteers", "html": HTML},
                          headers=auth)
    claim_id = created.json["claims"][0]["id"]
    answers = {
        ("/api/v1/analyses", "POST"): created,
        ("/api/v1/claims/{claim_id}/questions", "POST"): client.post(f"/api/v1/claims/{claim_id}/questions", headers=auth),
        ("/api/v1/claims/{claim_id}/feedback", "POST"): client.post(f"/api/v1/claims/{claim_id}/feedback",
                                                                    json={"verdict": "useful"}, headers=auth),
        ("/api/v1/claims/{claim_id}/related", "GET"): client.get(f"/api/v1/claims/{claim_id}/related", headers=auth),
        ("/api/v1/history", "GET"): client.get("/api/v1/history", headers=auth),
        ("/api/v1/health", "GET"): client.get("/api/v1/health"),
        ("/api/v1/feedback", "DELETE"): client.delete("/api/v1/feedback", headers=auth),
        ("/api/v1/analyses/{analysis_id}", "GET"): client.get("/api/v1/analyses/a_0000000000000000", headers=auth),
        ("/api/v1/history", "DELETE"): client.delete("/api/v1/history?confirm=true", headers=auth),
    }
    for (path, method), answer in answers.items():
        schema[path][method].validate_response(answer)


def test_closing_the_document_catches_an_unnamed_key(client, auth, document):
    """The check above can fail: an answer with a key no model names is refused."""
    answer = client.get("/api/v1/history", headers=auth)
    answer.set_data(json.dumps({**answer.json, "stray": 1}))
    with pytest.raises(Exception, match="stray"):
        schemathesis.openapi.from_dict(closed(document))["/api/v1/history"]["GET"].validate_response(answer)


def test_real_answers_match_the_documented_shapes(client, auth, document):
    schema = schemathesis.openapi.from_dict(document)

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
