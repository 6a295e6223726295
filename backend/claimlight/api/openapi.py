"""The OpenAPI 3.1 document of the v1 API, generated from the routes and the models in ``schemas``; public like health.

Each view declares its contract with ``@documented`` (answer, request body, query, errors) and validates with the
same models, so the document cannot drift from what the server accepts and answers. Serving it lets clients and
fuzzers (schemathesis) read the contract from the running server.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from flask import Blueprint, Flask, current_app, request
from pydantic import BaseModel, TypeAdapter
from pydantic.json_schema import GenerateJsonSchema

from .. import schemas
from ..security import PUBLIC_ENDPOINTS

bp = Blueprint("openapi", __name__, url_prefix="/api/v1")

REF = "#/components/schemas/{model}"
IGNORED_METHODS = {"HEAD", "OPTIONS"}
DESCRIPTION = (
    "The local server behind the Claimlight browser extension. It listens on loopback only, answers only requests whose "
    "Host is a loopback name with its port, answers CORS for browser extension origins only, and needs the per-install "
    "bearer token (`claimlight token`) on every route but health and this document. Every error is "
    "`{\"error\": {\"code\", \"message\"}}`.")
ERRORS = {  # status -> (component name, description); every error answer is schemas.Error
    400: ("BadRequest", "Malformed request: missing Host, token in the query string, invalid JSON or fields."),
    401: ("Unauthorized", "Missing or wrong `Authorization: Bearer <token>` (`claimlight token` prints it)."),
    403: ("Forbidden", "Host is not this machine's loopback name and port, or Origin is not a browser extension."),
    404: ("NotFound", "No such id."),
    413: ("PayloadTooLarge", "Body or a field is larger than the limit."),
    415: ("UnsupportedMediaType", "The body is not application/json."),
    422: ("Unprocessable", "The page cannot be analysed (empty, no article text, not English)."),
    500: ("InternalError", "The server failed on this request (code `analysis_failed` when its reader or claim detector "
                           "failed on the page: a bug, logged with its traceback; other pages are not affected)."),
    503: ("Unavailable", "The model is not available (the fast path still serves), or the server is shutting down "
                         "(code `shutting_down`; try again once it is back)."),
    507: ("DiskFull", "The disk holding the history is full; nothing stored was changed (code `disk_full`)."),
}
PATH_PARAMETERS = {  # name -> (description, example)
    "analysis_id": ("Analysis id: `a_` + 16 hex digits of sha256(url, text).", "a_0123456789abcdef"),
    "claim_id": ("Claim id: `c_` + 16 hex digits.", "c_0123456789abcdef"),
    "page_id": ("Page id: `p_` + sha256(url)[:16].", "p_0123456789abcdef"),
}


@dataclass(frozen=True)
class Contract:
    """What one view accepts and answers. ``answer`` is a schemas type, or ``content`` gives raw media schemas."""

    answer: type | None = None
    status: int = 200
    content: dict | None = None
    description: str | None = None
    body: type[BaseModel] | None = None
    query: type[BaseModel] | None = None
    errors: tuple[int, ...] = (503,)


class SchemaGenerator(GenerateJsonSchema):
    """Pydantic's JSON schema without a title on every field (the field's name says it)."""

    def field_title_should_be_set(self, schema) -> bool:
        return False


def documented(**contract):
    """Attach the view's contract; the view's docstring is the operation's summary."""
    def attach(view):
        view.contract = Contract(**contract)
        return view
    return attach


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(word.title() for word in rest)


def _error_responses(statuses) -> dict:
    return {str(status): {"$ref": f"#/components/responses/{ERRORS[status][0]}"} for status in sorted(statuses)}


def _query_parameters(model: type[BaseModel]) -> list[dict]:
    schema = model.model_json_schema(schema_generator=SchemaGenerator)
    return [{"name": name, "in": "query", "required": name in schema.get("required", ()), "schema": field}
            for name, field in schema["properties"].items()]


def _operation(endpoint: str, view, path_names: list[str]) -> dict:
    contract: Contract = view.contract
    public = endpoint in PUBLIC_ENDPOINTS
    if contract.answer is not None:
        content = {"application/json": {"schema": {"$ref": REF.format(model=contract.answer.__name__)}}}
        description = contract.description or (contract.answer.__doc__ or contract.answer.__name__).strip().splitlines()[0]
    else:
        content, description = contract.content, contract.description
    operation = {"operationId": _camel(view.__name__), "tags": [endpoint.split(".")[0]],
                 "summary": " ".join((view.__doc__ or "").split())}
    if public:
        operation["security"] = []
    parameters = [{"name": name, "in": "path", "required": True, "description": PATH_PARAMETERS[name][0],
                   "schema": {"type": "string", "minLength": 1, "maxLength": 200}, "example": PATH_PARAMETERS[name][1]}
                  for name in path_names]
    if contract.query is not None:
        parameters += _query_parameters(contract.query)
    if parameters:
        operation["parameters"] = parameters
    if contract.body is not None:
        operation["requestBody"] = {"required": True, "content": {"application/json": {
            "schema": {"$ref": REF.format(model=contract.body.__name__)}}}}
    statuses = {400, 403, *contract.errors} | (set() if public else {401})
    if contract.body is not None:
        statuses |= {413, 415}
    operation["responses"] = {str(contract.status): {"description": description, "content": content},
                              **_error_responses(statuses)}
    return operation


def _schemas(types: set[type]) -> dict:
    """The JSON schemas of ``types`` and of every type they use, as components."""
    keys = [((kind, "validation"), "validation",
             kind.__pydantic_core_schema__ if issubclass(kind, BaseModel) else TypeAdapter(kind).core_schema)
            for kind in sorted(types, key=lambda kind: kind.__name__)]
    _, definitions = SchemaGenerator(ref_template=REF).generate_definitions(keys)
    return dict(sorted(definitions.items()))


def build_document(app: Flask) -> dict:
    """The document for every rule in the app's URL map; a rule whose view has no contract is an error."""
    paths: dict[str, dict] = {}
    types = {schemas.Error}
    for rule in sorted(app.url_map.iter_rules(), key=lambda rule: rule.rule):
        view = app.view_functions[rule.endpoint]
        if not hasattr(view, "contract"):
            raise LookupError(f"route {rule.rule} ({rule.endpoint}) has no @documented contract")
        path = re.sub(r"<(?:[^:<>]+:)?([^<>]+)>", r"{\1}", rule.rule)
        names = re.findall(r"{([^}]+)}", path)
        for method in sorted(rule.methods - IGNORED_METHODS):
            paths.setdefault(path, {})[method.lower()] = _operation(rule.endpoint, view, names)
        types |= {kind for kind in (view.contract.answer, view.contract.body) if kind is not None}
    error = {"content": {"application/json": {"schema": {"$ref": REF.format(model="Error")}}}}
    return {
        "openapi": "3.1.0",
        "info": {"title": "Claimlight local API", "version": "1", "description": DESCRIPTION,
                 "license": {"name": "MIT", "identifier": "MIT"}},
        "servers": [{"url": "http://127.0.0.1:8765", "description": "The default local server."}],
        "security": [{"bearerAuth": []}],
        "paths": paths,
        "components": {
            "securitySchemes": {"bearerAuth": {"type": "http", "scheme": "bearer",
                                               "description": "The per-install token printed by `claimlight token`."}},
            "schemas": _schemas(types),
            "responses": {name: {"description": description, **error} for name, description in ERRORS.values()},
        },
    }


@bp.get("/openapi.json")
@documented(content={"application/json": {"schema": {"type": "object"}}}, description="OpenAPI 3.1 document.", errors=())
def openapi():
    """This document."""
    if "claimlight.openapi" not in current_app.extensions:  # built once, after every blueprint is registered
        current_app.extensions["claimlight.openapi"] = build_document(current_app)
    document = dict(current_app.extensions["claimlight.openapi"])
    document["servers"] = [{"url": request.host_url.rstrip("/"), "description": "This server."}]  # Host is checked as loopback
    return document
