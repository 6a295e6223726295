"""The v1 API's shapes, declared once: the routes validate with them and the OpenAPI document is generated from them.

Answers are TypedDicts because the pipeline, the store and the model service
pass analyses and claims as plain dicts (the store keeps them as JSON): a
TypedDict types those dicts where they are made, with nothing to convert, and
pydantic derives their JSON schema all the same. Request bodies and query
strings are models, validated at the boundary; ``api.validated`` turns their
errors into the stable error codes the extension reads.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, ClassVar, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, field_validator, with_config
from pydantic_core import PydanticCustomError
from typing_extensions import NotRequired, TypedDict

from .html_text import PARAGRAPH_ROLES
from .urls import InvalidUrl, checked_page_url

Level = Literal["high", "medium", "low"]
Verdict = Literal["useful", "not_a_claim"]
Weakness = Literal["vague_source", "anonymous_source", "second_hand", "unverifiable", "hedged", "no_source", "baseline",
                   "counting", "self_interest", "original", "time_place", "confirmation"]
Role = Literal[PARAGRAPH_ROLES]
Offset = Annotated[int, Field(ge=0)]
OPEN = ConfigDict(extra="allow")  # the document says more keys may come (state reports that grow without a new version)
CLOSED = ConfigDict(extra="forbid")  # the error shape clients rely on: exactly these keys


@with_config(CLOSED)
class ErrorDetail(TypedDict):
    code: str
    message: str


@with_config(CLOSED)
class Error(TypedDict):
    """Every failure, whatever the route: a stable code for programs and a sentence for people."""

    error: ErrorDetail


class Selector(TypedDict):
    """Where the claim sits in `article.text`: exact == text[start:end]; prefix/suffix are up to 32 characters of context."""

    exact: str
    prefix: str
    suffix: str
    start: Offset
    end: Offset


class Figure(TypedDict):
    text: str
    value: NotRequired[float | None]
    unit: NotRequired[str | None]
    start: NotRequired[int]
    end: NotRequired[int]


class Source(TypedDict):
    text: str | None
    kind: Literal["named", "organisation", "anonymous", "vague", "none"]
    credited_by: NotRequired[Annotated[Literal["page_tests"], Field(
        description="page_tests: the sentence names no source; the page reports its own tests throughout, so its "
                    "bare figure is the publication's test result")]]
    own_site: NotRequired[Annotated[bool, Field(
        description="the organisation credited is the one whose site the page is on (\"Soliant Health\" on "
                    "soliant.com): its own figures, published by itself")]]
    told_here: NotRequired[Annotated[bool, Field(
        description="the speaker told the article's own outlet (\"told me\", \"told the Guardian\" on theguardian.com): "
                    "the article is the original record of what they said")]]
    relayed_by: NotRequired[Annotated[str, Field(
        description="who passed the claim on, where the source is the original (\"Katrin Brandt told a broadcaster that "
                    "her brother had told her ...\": her brother, relayed by Katrin Brandt)")]]


class Question(TypedDict):
    text: str
    by: Annotated[Literal["model", "template"], Field(
        description="model: the model's rewording of the planned question, kept after the checks; "
                    "template: the question plan's own wording")]
    look_for: Annotated[list[str], Field(description="what would settle the question, e.g. 'the Mainichi report itself'")]
    weakness: Annotated[Weakness, Field(description="the claim's weak point the question goes after "
                                                    "(confirmation: no specific weakness)")]


class Claim(TypedDict):
    id: str
    kinds: list[Literal["numerical", "attribution"]]
    text: str
    selector: Selector
    figures: list[Figure]
    source: Source
    hedges: list[str]
    linked: bool
    level: Level
    reasons: list[str]
    questions: list[Question]
    judged_by: Annotated[str, Field(description="`rules` or `model:<name>`.")]
    score: NotRequired[Annotated[float, Field(description="Model score that this is a claim (model path only).")]]
    feedback: NotRequired[Verdict]
    level_before_feedback: NotRequired[Annotated[Level, Field(
        description="The level the claim had when the reader marked it not a claim (shown as low since); "
                    "marking it useful puts it back.")]]


class Link(TypedDict):
    text: str
    href: str
    start: int
    end: int


class Article(TypedDict):
    title: str
    byline: str | None
    text: Annotated[str, Field(description="Paragraphs joined by blank lines; every offset refers to it.")]
    paragraphs: list[Annotated[list[int], Field(min_length=2, max_length=2)]]
    links: list[Link]
    method: str
    roles: NotRequired[Annotated[list[Role], Field(
        description="What each paragraph is, read from the page's structure: the page's own headline (first, when the "
                    "page has one in an h1), text, heading, list, table, definition, quote, caption, reference or code.")]]


class Counts(TypedDict):
    high: Offset
    medium: Offset
    low: Offset


class Span(TypedDict):
    start: Offset
    end: Offset


class Analysis(TypedDict):
    """The analysis: the article, its claims with their selectors, and what the model has added so far."""

    id: Annotated[str, Field(description="`a_` + 16 hex digits of sha256(url, text).")]
    url: str
    site: str
    title: str
    analysed_at: Annotated[str, Field(description="ISO 8601, UTC.")]
    text_sha256: str
    article: Article
    claims: list[Claim]
    candidates: NotRequired[Annotated[list[Span], Field(
        description="Sentences of a reporting article that look checkable (a figure, a number word, a comparison or a "
                    "reporting word) but that the rules did not flag. With the model path on, the scoring head judges "
                    "them too and adds those it reads as claims with confidence (score >= 0.6) to `claims`, streamed as "
                    "upgrades with `judged_by` naming the model. Empty for guides and reviews.")]]
    counts: Counts
    engine: dict
    page_id: NotRequired[Annotated[str, Field(description="`p_` + sha256(url)[:16]; present once stored.")]]
    changes: NotRequired[Annotated[dict, Field(description="Present when the same URL was analysed before with other text.")]]


class QuestionsAnswer(TypedDict):
    """Two to four questions, each aimed at a weak point of the claim."""

    claim_id: str
    questions: list[Question]


class FeedbackAnswer(TypedDict):
    """The verdict as recorded, the claim's level and reasons after it, and which scoring head is in use now."""

    claim_id: str
    feedback: str
    level: Annotated[Level, Field(description="The claim's level now: low once marked not a claim.")]
    reasons: list[str]
    examples: Offset
    head: Literal["shipped", "personal"]


class FeedbackReset(TypedDict):
    """How many verdicts were forgotten; the shipped head is back."""

    forgotten: Offset
    head: Literal["shipped"]


class RelatedClaim(TypedDict):
    claim_id: str
    analysis_id: str
    page_id: str
    url: str
    title: str
    analysed_at: str
    text: str
    figures: list[Figure]
    source: Source
    match: list[Literal["figure", "source"]]


class RelatedAnswer(TypedDict):
    """Claims on other pages in history with the same figure or source."""

    claim_id: str
    related: list[RelatedClaim]


class PageSummary(TypedDict):
    page_id: str
    analysis_id: str
    url: str
    title: str
    site: str
    analysed_at: str
    counts: Counts
    claims: Offset
    versions: NotRequired[Annotated[int, Field(ge=1, description="Analyses kept of this URL (its text changed).")]]


class HistoryPage(TypedDict):
    """One page of history, newest first."""

    pages: list[PageSummary]
    next_before: Annotated[str | None, Field(description="Pass as `before` for the next page.")]


class PageForgotten(TypedDict):
    """The page that was forgotten, with every version of it."""

    deleted: str


class HistoryForgotten(TypedDict):
    """How many pages were forgotten."""

    deleted: Offset


@with_config(OPEN)
class ModelState(TypedDict):
    state: Literal["loading", "ready", "unavailable", "disabled"]
    name: NotRequired[str | None]
    engine: NotRequired[str | None]
    message: NotRequired[str | None]


@with_config(OPEN)
class StoreState(TypedDict):
    state: str


class Health(TypedDict):
    """Server state: version, model and store; no user data."""

    status: str
    version: str
    model: ModelState
    store: StoreState


# Requests. A model's ``field_errors`` names the one (status, code, message) any bad value of that field gets;
# other fields' errors get the generic codes in ``api.validated``.

FieldErrors = ClassVar[dict[str, tuple[int, str, str]]]

MAX_URL_CHARS = 8192
MAX_TITLE_CHARS = 2000
MAX_LIMIT = 500
MAX_QUERY_CHARS = 500


def _no_nul(name: str, value: str) -> str:
    if "\x00" in value:
        raise PydanticCustomError("binary_content", "'{name}' contains NUL bytes; send the page as text.", {"name": name})
    return value


def _none_as_empty(value):
    return "" if value is None else value


class AnalysisRequest(BaseModel):
    """A page as the browser rendered it."""

    model_config = ConfigDict(strict=True)  # a number is not a URL: wrong types are refused, never coerced

    url: str = Field(max_length=MAX_URL_CHARS, description="http, https or file URL of the page.")
    title: Annotated[str, BeforeValidator(_none_as_empty)] = Field("", max_length=MAX_TITLE_CHARS)
    html: str = Field(description="The rendered page's HTML (at most CLAIMLIGHT_MAX_HTML_CHARS characters).")

    @field_validator("url")
    @classmethod
    def _page_url(cls, url: str) -> str:
        _no_nul("url", url)
        try:
            return checked_page_url(url)
        except InvalidUrl as exc:
            raise PydanticCustomError("invalid_url", str(exc)) from None

    @field_validator("title")
    @classmethod
    def _title_text(cls, title: str) -> str:
        return _no_nul("title", title)

    @field_validator("html")
    @classmethod
    def _page_html(cls, html: str, info) -> str:
        """``html``'s limit is a setting, so the route passes it as the context ``max_html_chars``."""
        limit = (info.context or {}).get("max_html_chars")
        if limit is not None and len(html) > limit:
            raise PydanticCustomError("string_too_long", "'html' is longer than {max_length} characters.", {"max_length": limit})
        return _no_nul("html", html)


class FeedbackRequest(BaseModel):
    model_config = ConfigDict(strict=True)
    field_errors: FieldErrors = {"verdict": (400, "invalid_verdict", "'verdict' must be 'useful' or 'not_a_claim'.")}

    verdict: Verdict


class HistoryQuery(BaseModel):
    field_errors: FieldErrors = {
        "q": (400, "query_too_long", f"'q' is longer than {MAX_QUERY_CHARS} characters."),
        "limit": (400, "invalid_limit", f"'limit' must be a whole number from 1 to {MAX_LIMIT}."),
    }
    q: str = Field("", max_length=MAX_QUERY_CHARS, description="Searches titles, URLs, claim texts and sources.")
    limit: int = Field(50, ge=1, le=MAX_LIMIT)
    before: str = Field("", description="`next_before` of the previous page.")

    @field_validator("before")
    @classmethod
    def _cursor(cls, before: str) -> str:
        if before:
            try:
                datetime.fromisoformat(before.partition("|")[0])
            except ValueError:
                raise PydanticCustomError("invalid_cursor", "'before' must be a 'next_before' value or an ISO 8601 time.") from None
        return before


class ExportQuery(BaseModel):
    field_errors: FieldErrors = {"format": (400, "invalid_format", "'format' must be 'json' or 'csv'.")}
    format: Annotated[Literal["json", "csv"], BeforeValidator(str.lower)] = "json"


class ForgetAllQuery(BaseModel):
    confirm: Annotated[bool, BeforeValidator(lambda value: value.lower() == "true")] = Field(
        False, description="Must be `true` (or the JSON body `{\"confirm\": true}`), so a stray request cannot wipe history.")
