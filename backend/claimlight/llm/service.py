"""The model service behind ``app.extensions["claimlight.model"]``.

It reads and writes analyses only through the store's interface, runs every
model call (the engine's and the scoring embedder's) on the one worker thread,
and degrades instead of failing: with no model the rules' levels stand and
questions come in the question plan's own wording; with no embedder that fits the head, the
levels come from the rules while the engine still writes questions.
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import time
from concurrent.futures import TimeoutError as FutureTimeout

from ..settings import Settings
from ..store.atomic import atomic_write
from . import worker as priorities
from .calibration import judge, verdict
from .calllog import CallLog
from .catalogue import BUNDLED_NAME, ModelRegistry, bundled_model_path
from .embedder import Embedder
from .engines import EngineError, LocalEngine, OpenAIEngine, foreign_thread_calls
from .feedback import VERDICTS, anchor_claims, anchors_for, verdict_changes
from .head import HeadError, LogisticHead
from .prompts import load_prompts
from .questions import plan_questions, write_questions
from .features import claim_features
from .scoring import (added_claims, article_is_reporting, candidate_scores, candidate_sentences, claim_scores,
                      demote_threshold, judged_changes, unclaimed_candidates)
from .traces import ModelTraces, model_call_log
from .upgrades import UpgradeFeed
from .worker import ModelWorker

log = logging.getLogger(__name__)

SCORING_CHUNK = 4  # one chunk is what a click may wait behind: ~4 x 25 ms of embedding and one store write
QUESTIONS_TIMEOUT_S = 120
FEEDBACK_EMBED_TIMEOUT_S = 60  # the extension gives a verdict 120 s (lib/client.js); the refit and the writes come after


def make_engine(settings: Settings, log_calls: CallLog):
    """The engine the settings ask for. Runs on the worker thread (it loads the model)."""
    if settings.engine == "openai":
        api_key = settings.api_key.get_secret_value() if settings.api_key else None
        return OpenAIEngine(settings.base_url or "", settings.remote_model, api_key=api_key, log=log_calls)
    if settings.engine != "local":
        raise EngineError(f"unknown engine {settings.engine!r}; use 'local' or 'openai'")
    registry = ModelRegistry(settings.models_dir, settings.catalogue_path)
    resolved = registry.resolve(settings.model_path)
    return LocalEngine(resolved.path, resolved.name, **resolved.load_parameters(settings), chat_format=resolved.chat_format,
                       log=log_calls)


def make_embedder(settings: Settings, log_calls: CallLog):
    """The scoring embedder, derived from the bundled model. Runs on the worker thread (it loads a model)."""
    return Embedder(bundled_model_path(), settings.cache_dir, threads=settings.llama_threads(), log=log_calls)


class ModelService:
    def __init__(self, settings: Settings, store, engine_factory=None, shipped_head: LogisticHead | None = None,
                 embedder_factory=None, traces: ModelTraces | None = None):
        """``traces`` is the one the store's forgetting empties; a service built alone gets its own, on ``shipped_head``."""
        self.settings = settings
        self.store = store
        self.prompts = load_prompts(settings.prompts_dir)
        self.traces = traces or ModelTraces(settings, shipped_head)
        self.calls = self.traces.calls
        self.upgrades = UpgradeFeed()
        self.scoring = {"state": "pending"}
        self.judge = {"state": "pending"}
        self._engine_factory = engine_factory or (lambda: make_engine(settings, self.calls))
        self._embedder_factory = embedder_factory or (lambda: make_embedder(settings, self.calls))
        self.embedder = None
        self.worker = ModelWorker(self._load, unload=self._unload)
        self.worker.submit(self._start_calibration, priorities.IDLE, "calibration").add_done_callback(self._calibration_ended)

    @property
    def head(self) -> LogisticHead:
        return self.traces.head

    @property
    def head_kind(self) -> str:
        return self.traces.head_kind

    # -- loading ---------------------------------------------------------------------------------------------------

    def _unload(self, engine) -> None:
        """On the worker thread, after its last job: nothing can be inside the embedder or the engine."""
        if self.embedder is not None:
            self.embedder.close()
        engine.close()

    def _load(self):
        engine = self._engine_factory()
        try:
            self.embedder = self._embedder_factory()
        except EngineError as exc:
            self.scoring = {"state": "rules-only", "message": f"{exc}; levels come from the rules alone"}
        else:
            self.scoring = self._fit_of(self.embedder)
        if self.scoring["state"] != "ready":
            log.warning("scoring disabled: %s", self.scoring["message"])
        return engine

    def _fit_of(self, embedder) -> dict:
        """Whether the head can read this embedder's vectors: the same width and, if the head names one, the same embedder."""
        identity = getattr(embedder, "identity", None)
        expected = self.head.meta.get("embedder")
        if embedder.embedding_size != self.head.size:
            message = f"the embedder's vectors have {embedder.embedding_size} dimensions and the scoring head expects {self.head.size}"
        elif expected and identity != expected:
            message = f"the scoring head was trained on embeddings of {expected}, not {identity}"
        else:
            return {"state": "ready", "embedder": identity or embedder.model_name}
        return {"state": "rules-only", "message": f"{message}; levels come from the rules alone"}

    def _calibration_key(self, engine) -> str:
        probes = json.dumps([self.prompts.probes.probes, self.prompts.judge.system, self.prompts.judge.user])
        path = getattr(engine, "path", None)
        identity = [engine.engine, engine.model_name, str(path), path.stat().st_size if path else None]
        return hashlib.sha256(json.dumps([identity, probes]).encode()).hexdigest()[:16]

    def _start_calibration(self, engine) -> None:
        """Judge-by-prompt is earned: run the probes once per model and probe set, remember the verdict.

        One probe per idle job, so a click or a page's scoring never waits behind the whole probe set.
        """
        cache = self.settings.home / "calibration.json"
        key = self._calibration_key(engine)
        try:
            known = json.loads(cache.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            known = {}
        if key in known:
            self.judge = known[key]
            self._warm_questions()
            return
        self.judge = {"state": "calibrating"}
        answers: list[bool | None] = []
        probes = self.prompts.probes

        def probe(engine, text: str) -> None:
            try:
                answers.append(judge(engine, self.prompts.judge, text))
            except EngineError:
                answers.append(None)
            if len(answers) == len(probes.probes):
                self.judge = known[key] = verdict(answers, probes)  # in force now, even if it cannot be remembered
                log.info("judge-by-prompt calibration for %s: %s", engine.model_name, self.judge)
                self._warm_questions()
                atomic_write(cache, json.dumps(known, indent=2))

        for text, _ in probes.probes:
            self.worker.submit(lambda engine, text=text: probe(engine, text), priorities.IDLE,
                               "calibration").add_done_callback(self._calibration_ended)

    def _calibration_ended(self, future) -> None:
        """A calibration job that failed (the worker logged it) leaves judging by prompt off, and says so."""
        if future.cancelled() or future.exception() is None or self.judge.get("state") not in ("pending", "calibrating"):
            return
        self.judge = {"state": "error", "message": f"calibration could not finish ({future.exception()}); "
                                                   "judging by prompt stays off"}

    def _warm_questions(self) -> None:
        """Put the questions' few-shot prefix in the generation cache, so the first click only evaluates its claim.

        Calibration probes use the same cache with another prompt, so this runs after them.
        """
        def warm(engine) -> None:
            warm_prefix = getattr(engine, "warm_prefix", None)  # only engines with an in-process prompt cache
            if warm_prefix is not None:
                warm_prefix(self.prompts.questions.messages("."))

        self.worker.submit(warm, priorities.IDLE, "warm-questions")

    # -- the interface the app uses --------------------------------------------------------------------------------

    def describe(self) -> dict:
        engine = self.worker.engine
        return {
            "name": engine.model_name if engine else None,
            "engine": self.settings.engine,
            "state": self.worker.state,
            "message": self.worker.message,
            "scoring": {**self.scoring, "head": self.head_kind},
            "judge": self.judge,
            "queue": self.worker.pending,
            "foreign_thread_calls": foreign_thread_calls(),
            "failed_jobs": self.worker.jobs_failed,
        }

    def wait_loaded(self, timeout: float | None = None) -> bool:
        return self.worker.loaded.wait(timeout)

    def schedule_scoring(self, analysis_id: str) -> None:
        analysis = self.store.get_analysis(analysis_id)
        self.upgrades.start(analysis_id)
        if analysis is None or self.worker.state == "unavailable":
            self.upgrades.finish(analysis_id)
            return
        todo = [c for c in analysis["claims"] if "score" not in c]
        text = analysis.get("article", {}).get("text", "")
        reporting = functools.cache(lambda: article_is_reporting(text))  # read once, on the worker, not in the request
        for i in range(0, len(todo), SCORING_CHUNK):
            self.worker.submit(lambda engine, chunk=todo[i:i + SCORING_CHUNK]:
                               self._score(engine, analysis_id, chunk, reporting()),
                               priorities.BACKGROUND, "scoring", analysis_id).add_done_callback(
                lambda future: self._scoring_chunk_ended(analysis_id, future))
        passed_over = unclaimed_candidates(analysis)
        for i in range(0, len(passed_over), SCORING_CHUNK):
            self.worker.submit(lambda engine, chunk=passed_over[i:i + SCORING_CHUNK]: self._consider(engine, analysis, chunk),
                               priorities.BACKGROUND, "scoring", analysis_id).add_done_callback(
                lambda future: self._scoring_chunk_ended(analysis_id, future))
        self.worker.submit(lambda engine: None, priorities.BACKGROUND, "scoring-done", analysis_id).add_done_callback(
            lambda _: self.upgrades.finish(analysis_id))

    def _scoring_chunk_ended(self, analysis_id: str, future) -> None:
        """A chunk that failed (the worker logged it) kept the rules' levels; the analysis's stream says so."""
        if not future.cancelled() and future.exception() is not None:
            self.upgrades.fail(analysis_id)

    def _score(self, engine, analysis_id: str, claims: list[dict], reporting: bool) -> None:
        if self.scoring.get("state") != "ready":
            return
        head = self.head
        try:
            scores = claim_scores(head, claims, self.embedder.embed([c["text"] for c in claims]))
        except (EngineError, HeadError) as exc:
            log.warning("scoring %s kept the rules' levels: %s", analysis_id, exc)
            return
        use_judge = self.judge.get("state") == "passed"
        threshold = demote_threshold(head, reporting)
        verdicts = {claim["id"]: (float(score), judge(engine, self.prompts.judge, claim["text"]) if use_judge else None)
                    for claim, score in zip(claims, scores)}
        # The claims were read when the page was scheduled: the changes are worked out from each claim as it is stored
        # now, so a reader's "Not a claim" given meanwhile stands.
        def changes(current: dict) -> dict:
            score, judgement = verdicts[current["id"]]
            return judged_changes(current, score, threshold, engine.model_name, judgement)

        for updated in self.store.revise_claims(verdicts, changes).values():  # one durable write per chunk, not per claim
            if updated is not None:
                self.upgrades.publish(analysis_id, updated)

    def _consider(self, engine, analysis: dict, candidates: list[dict]) -> None:
        """Score sentences the rules passed over; add as claims those the model reads as checkable with confidence."""
        if self.scoring.get("state") != "ready":
            return
        sentences = candidate_sentences(analysis, candidates)
        try:
            scores = candidate_scores(self.head, sentences, self.embedder.embed(sentences))
        except (EngineError, HeadError) as exc:
            log.warning("scoring %s added no claims: %s", analysis["id"], exc)
            return
        found = added_claims(analysis, candidates, scores, engine.model_name)
        for claim in self.store.add_claims(analysis["id"], found) if found else ():
            self.upgrades.publish(analysis["id"], claim)

    def questions(self, claim_id: str) -> list[dict] | None:
        """The claim's questions (cached on the claim), or None if there is no such claim."""
        found = self.store.get_claim(claim_id)
        if found is None:
            return None
        claim, analysis = found
        if claim.get("questions") and all("look_for" in q for q in claim["questions"]):  # older caches lack look_for
            return claim["questions"]
        questions = self._ask(claim, analysis)
        self.store.update_claim(claim_id, {"questions": questions})
        return questions

    def _rewords(self) -> bool:
        """Whether the loaded model words the questions, or the plan's own wording is served at once."""
        if self.worker.state == "unavailable" or self.settings.reword_questions == "never":
            return False
        engine = self.worker.engine
        return self.settings.reword_questions == "always" or (engine is not None and engine.model_name != BUNDLED_NAME)

    def _ask(self, claim: dict, analysis: dict) -> list[dict]:
        prompt = self.prompts.questions
        if not self._rewords():
            return plan_questions(claim)
        article_text = analysis.get("article", {}).get("text", "")

        def ask(engine) -> list[dict]:
            questions, rejected = write_questions(engine, prompt, claim, article_text)
            if rejected:
                self.calls.write("questions-rejected", engine.engine, engine.model_name, claim["text"], rejected, 0.0)
            return questions

        future = self.worker.submit(ask, priorities.INTERACTIVE, "questions", analysis["id"])
        try:
            return future.result(timeout=QUESTIONS_TIMEOUT_S)
        except (EngineError, FutureTimeout) as exc:
            log.warning("questions for %s fell back to the plan's wording: %s", claim["id"], exc)
            future.cancel()
            return plan_questions(claim)

    def record_feedback(self, claim_id: str, verdict: str) -> dict | None:
        """Keep the verdict on the claim and as an example, with anchors from its page (llm/feedback.py); past
        REFIT_AFTER examples, refit the personal head."""
        if verdict not in VERDICTS:
            raise ValueError(verdict)
        asked = time.monotonic()
        found = self.store.get_claim(claim_id)
        if found is None:
            return None
        claim, analysis = found
        marked = self.store.revise_claims([claim_id], lambda current: verdict_changes(current, verdict))[claim_id] or claim
        others = anchor_claims(analysis["claims"], claim_id)
        embeddings = None
        if self.worker.state == "ready" and self.scoring.get("state") == "ready":
            future = self.worker.submit(lambda engine: self.embedder.embed([claim["text"]] + [c["text"] for c in others]),
                                        priorities.INTERACTIVE, "feedback", analysis["id"])
            try:
                embeddings = future.result(timeout=FEEDBACK_EMBED_TIMEOUT_S)
            except (EngineError, FutureTimeout) as exc:
                log.warning("feedback kept without an embedding (the model was busy or failed): %r", exc)
                future.cancel()
        vector = embeddings[0].tolist() if embeddings is not None else None
        anchors = anchors_for(others, embeddings[1:], self.traces.shipped_head) if embeddings is not None else []
        count = self.traces.add_example(claim_id, claim["text"], verdict, vector, claim_features(claim["text"], claim).tolist(),
                                        getattr(self.embedder, "identity", None) if vector else None, asked, anchors)
        return {"claim_id": claim_id, "feedback": verdict, "level": marked["level"], "reasons": marked["reasons"],
                "examples": count, "head": self.head_kind}

    def reset_feedback(self) -> dict:
        return {"forgotten": self.traces.reset_feedback(), "head": "shipped"}

    def close(self) -> None:
        self.worker.close()


class DisabledModel:
    """``--no-model``: the rules-only fast path; questions in the question plan's own wording."""

    def __init__(self, settings: Settings, store, traces: ModelTraces | None = None):
        self.store = store
        self.prompts = load_prompts(settings.prompts_dir)
        self.traces = traces or ModelTraces(settings)
        self.upgrades = UpgradeFeed()

    def describe(self) -> dict:
        return {"name": None, "engine": None, "state": "disabled", "message": "started without a model (--no-model)"}

    def schedule_scoring(self, analysis_id: str) -> None:
        pass

    def questions(self, claim_id: str) -> list[dict] | None:
        found = self.store.get_claim(claim_id)
        if found is None:
            return None
        claim, _ = found
        if not claim.get("questions") or not all("look_for" in q for q in claim["questions"]):
            claim["questions"] = plan_questions(claim)
            self.store.update_claim(claim_id, {"questions": claim["questions"]})
        return claim["questions"]

    def record_feedback(self, claim_id: str, verdict: str) -> dict | None:
        if verdict not in VERDICTS:
            raise ValueError(verdict)
        marked = self.store.revise_claims([claim_id], lambda current: verdict_changes(current, verdict))[claim_id]
        if not marked:
            return None
        return {"claim_id": claim_id, "feedback": verdict, "level": marked["level"], "reasons": marked["reasons"],
                "examples": 0, "head": "shipped"}

    def reset_feedback(self) -> dict:
        """Examples kept while a model was loaded go too."""
        return {"forgotten": self.traces.reset_feedback(), "head": "shipped"}

    def close(self) -> None:
        pass


def questions_offline(analyses: list[dict], settings: Settings) -> None:
    """``claimlight analyze --questions``: write each claim's questions in this process, no server."""
    prompts = load_prompts(settings.prompts_dir)
    calls = model_call_log(settings)
    try:
        engine = make_engine(settings, calls) if settings.load_model else None
    except EngineError as exc:
        log.warning("no model for questions (%s); using the question plan's own wording", exc)
        engine = None
    try:
        for analysis in analyses:
            text = analysis["article"]["text"]
            for claim in analysis["claims"]:
                if engine is None:
                    claim["questions"] = plan_questions(claim)
                else:
                    claim["questions"], _ = write_questions(engine, prompts.questions, claim, text)
    finally:
        if engine is not None:
            engine.close()
