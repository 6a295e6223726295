"""Scores the served verification questions against the labelled question set (corpus/questions/questions.jsonl).

Each labelled claim is found as the server serves it (the real pipeline on its page: corpus lines through
corpus/served.py, the sample pages wrapped as HTML), and its questions are written exactly as the server
writes them (plan, then the engine's rewording and the checks). Scored per question set and per question:

- count: 2 to 4 questions;
- weakness covered: a question aimed at the labelled main weakness (and, where a blind second labeller judged
  the claim, at either labeller's); source covered: for claims the detector
  credits to a vague or anonymous source, a question about the source;
- specific: the question names the claim's own figure, source or subject (a proper name or two content words of it);
- wrong premises (llm.questions.wrong_premise, and a quoted phrase the claim does not hold);
- awkward fill-ins: fill patterns that read badly ("the the", "this about Israeli", a doubled word, empty quotes);
- model share (shown questions worded by the model), model kept (rewordings that passed the checks, of those
  asked), model changed (kept and different from the plan's wording), and the reference overlap (token F1 with
  the best reference question) of the model's kept wording against the plan's wording of the same question;
- latency: seconds per claim to write its questions, with the few-shot prefix warm;
- placed: claims whose look_for names where evidence on their subject is published (llm/evidence.py), not only
  "the report the figure comes from".

    .venv/bin/python bench/questions_eval.py [--no-model] [--engine openai --base-url URL] [--sample 12]
    .venv/bin/python bench/questions_eval.py --sweep dev|heldout|news

``--sweep`` checks the plan's questions for every high and medium claim served on one half of the web corpus, or on
the 181 shared news pages (no labels needed): wrong premises and awkward fill-ins over thousands of claims; the held-out half,
and the highlight audit's check pages within the dev half, print counts only.

Prints a sample for reading; the last line is key=value pairs.
"""

from __future__ import annotations

import argparse
import html
import json
import re
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "backend"))
sys.path.insert(0, str(REPO))

from claimlight.llm.evidence import SUBJECTS  # noqa: E402
from claimlight.llm.question_plan import plan_for  # noqa: E402
from claimlight.llm.questions import (SINGULAR_VERB_PLURAL_SUBJECT, plan_questions, reworded_rejection,  # noqa: E402
                                      wrong_premise, write_questions)
from percentiles import percentile  # noqa: E402  (bench/, the directory this script runs from)
from shared_data import EXTRACTION_BENCHMARK, SAMPLES, WCXB, require  # noqa: E402

LABELS = REPO / "corpus" / "questions" / "questions.jsonl"
HELDOUT_LABELS = REPO / "corpus" / "questions" / "heldout.jsonl"  # claims of the web corpus's held-out pages
WEB_DEV_LABELS = REPO / "corpus" / "questions" / "web-dev.jsonl"  # claims of the web corpus's dev pages
WEB_DEV2_LABELS = REPO / "corpus" / "questions" / "web-dev2.jsonl"  # a second, later batch of them, measured before tuning
NEWS2_LABELS = REPO / "corpus" / "questions" / "news2.jsonl"  # a later batch of claims on the shared news pages, likewise
SECOND_LABEL_FILES = {name: REPO / "corpus" / "questions" / file for name, file in (
    ("dev", "weakness-second.jsonl"), ("news2", "weakness-second-news2.jsonl"), ("webdev", "weakness-second-web.jsonl"),
    ("webdev2", "weakness-second-web2.jsonl"), ("heldout", "weakness-second-web.jsonl"))}
SOURCE_WEAKNESSES = {"vague_source", "anonymous_source", "second_hand"}
WORD = re.compile(r"[a-z0-9]+")
NAME = re.compile(r"(?<!^)(?<![.?!] )\b[A-Z][\w'’-]+")
AWKWARD = [
    (re.compile(r"\b(?:the|a|an) (?:the|a|an)\b", re.I), "double article"),
    (re.compile(r"\b(\w+) \1\b", re.I), "doubled word"),
    (re.compile(r"''|‘’|\(\)"), "empty fill"),
    (re.compile(r"\babout [A-Z][a-z]+(?:ian|ese|ish|i)(?=[?,])"), "adjective as subject"),
    (re.compile(r"\b(?:the|a|an) [A-Z][a-z]+s\b(?=, and)"), "capitalised fill"),
    (re.compile(r"^[a-z0-9]"), "starts with a fill"),
    (re.compile(r"['’]s\b[^?]*['’]s (?:own|original)\b"), "stacked possessives"),
    (re.compile(r"\b(?:this figure|the source's|the source’s)\b", re.I), "placeholder fill"),
    (re.compile(r"(?<=[a-z,] )(?:A|An|The) [a-z]"), "capitalised article mid-question"),
    (SINGULAR_VERB_PLURAL_SUBJECT, "singular verb, plural subject"),
]
FUNCTION = set("the a an of to in on at for by with and or but is are was were be been has have had does did do who what "
               "when where which why how this that these those it its from as any other there their they".split())


def load_labels(path: Path = LABELS) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def web_served(labels: list[dict], news: bool = False) -> dict[str, tuple[dict, str]]:
    """Each labelled claim's served claim and its page's article text, for claims labelled by page and text: the web
    corpus's pages (corpus/wcxb), or with ``news`` the shared news pages."""
    from corpus.served import benchmark_page, served_lines, wcxb_page

    by_page: dict[str, list] = {}
    for label in labels:
        by_page.setdefault(label["page"], []).append((label["id"], label["text"]))
    analyses: dict = {}
    served = served_lines(by_page, load_page=benchmark_page() if news else wcxb_page(), analyses=analyses)
    return {label["id"]: (served[label["id"]].claim, analyses[label["page"]]["article"]["text"])
            for label in labels if served[label["id"]].claim}


def sample_analysis(name: str) -> dict:
    """A sample page (plain text, title first) as the server would analyse it."""
    from claimlight.pipeline import analyze_page

    paragraphs = (SAMPLES / name).read_text(encoding="utf-8").split("\n\n")
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs[1:])
    page = f"<html><head><title>{html.escape(paragraphs[0])}</title></head><body><article><h1>" \
           f"{html.escape(paragraphs[0])}</h1>{body}</article></body></html>"
    return analyze_page(f"https://news.example/{Path(name).stem}", paragraphs[0], page)


def served_claims(labels: list[dict]) -> dict[str, tuple[dict, str]]:
    """Each labelled claim's served claim and article text, by label id (missing when the server shows none there)."""
    from corpus.served import served_lines

    candidates = {}
    for line in (REPO / "corpus" / "candidates.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        candidates[row["id"]] = row
    by_page: dict[str, list] = {}
    for label in labels:
        if "sample" not in label and label["id"] in candidates:
            by_page.setdefault(candidates[label["id"]]["page"], []).append((label["id"], candidates[label["id"]]["text"]))
    out = {}
    for line_id, served in served_lines(by_page).items():
        if served.claim:
            out[line_id] = (served.claim, None)
    analyses = {}
    for label in labels:
        if "sample" in label:
            analysis = analyses.setdefault(label["sample"], sample_analysis(label["sample"]))
            for claim in analysis["claims"]:
                if claim["text"] == label["text"]:
                    out[label["id"]] = (claim, analysis["article"]["text"])
    return out


def article_texts(labels: list[dict]) -> dict[str, str]:
    """The article text of each corpus page (served_lines keeps only the claims)."""
    import gzip

    from claimlight.pipeline import analyze_page
    from corpus.served import DEFAULT_DATA

    truth = json.loads((DEFAULT_DATA / "ground-truth.json").read_text(encoding="utf-8"))
    pages = {json.loads(line)["id"]: json.loads(line)["page"]
             for line in (REPO / "corpus" / "candidates.jsonl").read_text(encoding="utf-8").splitlines()}
    texts = {}
    for page in sorted({pages[label["id"]] for label in labels if label["id"] in pages}):
        html_text = gzip.decompress((DEFAULT_DATA / "html" / f"{page}.html.gz").read_bytes()).decode("utf-8", "replace")
        texts[page] = analyze_page(truth.get(page, {}).get("url", f"https://example.invalid/{page}"), "", html_text)["article"]["text"]
    return {label["id"]: texts[pages[label["id"]]] for label in labels if label["id"] in pages}


def tokens(text: str) -> list[str]:
    return [w for w in WORD.findall(text.lower()) if w not in FUNCTION]


def token_f1(a: str, b: str) -> float:
    ta, tb = tokens(a), tokens(b)
    common = sum(min(ta.count(w), tb.count(w)) for w in set(ta))
    if not common:
        return 0.0
    precision, recall = common / len(ta), common / len(tb)
    return 2 * precision * recall / (precision + recall)


def best_reference(question: str, references: list[str]) -> float:
    return max((token_f1(question, r) for r in references), default=0.0)


def is_specific(question: str, claim: dict) -> bool:
    """Names the claim's own figure, source or subject (a proper name of the claim, or two of its content words)."""
    text, lower = claim["text"], question.lower()
    if any(f["text"].lower() in lower for f in claim.get("figures") or [] if f.get("text")):
        return True
    source = (claim.get("source") or {}).get("text") or ""
    if source and source.lower() in lower:
        return True
    claim_names = {n.rstrip("’'s") for n in NAME.findall(text)}
    if any(name.rstrip("’'s") in claim_names for name in NAME.findall(question)):
        return True
    return len({w[:5] for w in tokens(question) if len(w) > 3} & {w[:5] for w in tokens(text) if len(w) > 3}) >= 2


def premise_problem(question: str, claim: dict) -> str | None:
    reason = wrong_premise(question, plan_for(claim))
    if reason:
        return reason
    for quoted in re.findall(r"(?<![\w’'])'([^']+)'(?!\w)", question.replace("’", "'")):
        if quoted.lower().replace("’", "'") not in claim["text"].lower().replace("’", "'"):
            return f"quotes {quoted!r}, which the claim does not say"
    return None


def awkward(question: str, claim_text: str = "") -> str | None:
    """The first awkward fill-in in ``question``; one the claim itself words so ("the Netherlands") is its own."""
    for pattern, name in AWKWARD:
        found = pattern.search(question)
        if found and found.group(0) not in claim_text:
            return name
    return None


def make_engine(args):
    from claimlight.llm.engines import LocalEngine, OpenAIEngine

    if args.engine == "openai":
        return OpenAIEngine(args.base_url, args.model)
    from claimlight.llm.catalogue import bundled_model_path

    return LocalEngine(bundled_model_path(), "smollm2-135m", threads=args.threads, context=2048, batch=512,
                       chat_format="chatml")


def news_pages() -> tuple[list[str], callable]:
    """The shared news pages (the extraction benchmark's 181) and a loader giving each one's URL and HTML."""
    import gzip

    truth = json.loads((EXTRACTION_BENCHMARK / "ground-truth.json").read_text(encoding="utf-8"))
    pages = sorted(path.name.split(".")[0] for path in (EXTRACTION_BENCHMARK / "html").glob("*.html.gz"))

    def load(page: str) -> tuple[str, str]:
        html_text = gzip.decompress((EXTRACTION_BENCHMARK / "html" / f"{page}.html.gz").read_bytes())
        return truth.get(page, {}).get("url", f"https://example.invalid/{page}"), html_text.decode("utf-8", "replace")
    return pages, load


def sweep(half: str) -> None:
    """The plan's questions for every high and medium claim on one half of the web corpus (or on the shared news
    pages), unlabelled: the checks that need no label (wrong premises, awkward fill-ins) over many more claims than
    the labelled sets hold."""
    from claimlight.pipeline import PipelineError, analyze_page
    from corpus.served import wcxb_page

    if half == "news":
        pages, load = news_pages()
    else:
        pages, load = json.loads((REPO / "corpus" / "wcxb" / "split.json").read_text(encoding="utf-8"))[half], wcxb_page()
    claims = questions = 0
    problems = []
    for page in pages:
        url, html_text = load(page)
        try:
            analysis = analyze_page(url, "", html_text)
        except PipelineError:
            continue  # a page the server refuses (not English, no article) has no questions
        for claim in analysis["claims"]:
            if claim["level"] not in ("high", "medium"):
                continue
            claims += 1
            for question in plan_questions(claim):
                questions += 1
                problem = premise_problem(question["text"], claim) or awkward(question["text"], claim["text"])
                if problem:
                    problems.append((page, problem, question["text"], claim["text"]))
    # The highlight audit's check pages are dev-half pages measured for figures only: their problems are counted, not
    # printed, like the held-out half's.
    check_pages = {row["page"] for row in json.loads((REPO / "corpus" / "wcxb" / "audit-pages.json").read_text(
        encoding="utf-8")) if row["part"] == "check"} if half == "dev" else set()
    if half != "heldout":
        for page, problem, question, claim_text in problems:
            if page not in check_pages:
                print(f"[{problem}] {page} | {question} | {claim_text[:120]}")
    on_check = sum(1 for page, *_ in problems if page in check_pages)
    if problems:  # by kind only: the held-out half's questions are not for reading
        print("problems by kind: " + ", ".join(f"{kind} {n}" for kind, n in Counter(p for _, p, *_ in problems).most_common()))
    print(f"sweep={half} pages={len(pages)} claims={claims} questions={questions} problems={len(problems)}"
          + (f" problems_on_check_pages={on_check}" if check_pages else ""))


def reference_checks(rows: list[tuple[dict, dict, str]]) -> None:
    """Whether the team's reference questions could be a model's rewording of the plan's first question: how many
    pass ``reworded_rejection`` against it, and why the others fail (what a model distilled from them would learn)."""
    reasons: Counter = Counter()
    for label, claim, article_text in rows:
        plan = plan_for(claim)
        if not plan.questions:
            continue
        for reference in label["questions"]:
            reason = reworded_rejection(reference, plan.questions[0], plan, [], claim["text"],
                                        claim["text"] + "\n" + article_text)
            reasons[re.sub(r"\s*[('\"].*$", "", reason) if reason else "passes"] += 1
    print(f"reference questions: {sum(reasons.values())}; pass the rewording checks: {reasons['passes']}")
    for reason, count in reasons.most_common():
        if reason != "passes":
            print(f"  {count:4d}  {reason}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-model", action="store_true", help="score the plan's own wording only")
    parser.add_argument("--engine", choices=("local", "openai"), default="local")
    parser.add_argument("--base-url", default="")
    parser.add_argument("--model", default=None)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--sample", type=int, default=12, help="question sets to print")
    parser.add_argument("--misses", type=int, default=0,
                        help="print this many claims whose main weakness no question covers, and questions not specific "
                             "to their claim (dev sets only)")
    parser.add_argument("--references", action="store_true",
                        help="instead of scoring: how many reference questions pass the checks a model's rewording of "
                             "the plan's first question must pass (dev sets only)")
    parser.add_argument("--sweep", choices=("dev", "heldout", "news"),
                        help="instead of the labelled sets: the plan's questions for every high and medium claim served on "
                             "this half of the web corpus (or on the shared news pages), checked for wrong premises and "
                             "awkward fill-ins (the held-out half prints counts only)")
    parser.add_argument("--set", choices=("dev", "news2", "webdev", "webdev2", "heldout"), default="dev",
                        help="dev: news claims; news2: a later batch of them; webdev: the web corpus's dev claims; webdev2: a "
                             "second batch of them; heldout: the web corpus's held-out claims, figures only (their misses "
                             "are not for reading)")
    args = parser.parse_args()
    require(SAMPLES, EXTRACTION_BENCHMARK, WCXB)
    if args.sweep:
        sweep(args.sweep)
        return
    heldout = args.set == "heldout"
    web = args.set in ("news2", "webdev", "webdev2", "heldout")  # labelled by page and text

    from claimlight.llm.prompts import load_question_prompt

    label_file = {"dev": LABELS, "news2": NEWS2_LABELS, "webdev": WEB_DEV_LABELS, "webdev2": WEB_DEV2_LABELS,
                  "heldout": HELDOUT_LABELS}[args.set]
    labels = [label for label in load_labels(label_file) if label["weakness"] != "not_a_claim"]
    served = web_served(labels, news=args.set == "news2") if web else served_claims(labels)
    texts = {} if web else article_texts([label for label in labels if "sample" not in label])
    if args.references:
        if heldout:
            parser.error("--references reads the held-out claims' reference questions; use a dev set")
        reference_checks([(label, served[label["id"]][0], served[label["id"]][1] or texts.get(label["id"], ""))
                          for label in labels if label["id"] in served])
        return
    if heldout and args.misses:
        parser.error("--misses reads the held-out claims' misses, which are not for reading; use --set dev or webdev")
    if heldout:
        args.sample = 0
    prompt = load_question_prompt(REPO / "prompts" / "questions.toml")
    engine = None if args.no_model else make_engine(args)
    if engine is not None and hasattr(engine, "warm_prefix"):
        engine.warm_prefix(prompt.messages("."))

    rows, latencies, asked, kept, changed, model_f1, plan_f1 = [], [], 0, 0, 0, [], []
    for label in labels:
        if label["id"] not in served:
            continue
        claim, article_text = served[label["id"]]
        article_text = article_text or texts.get(label["id"], claim["text"])
        started = time.perf_counter()
        if engine is None:
            questions = plan_questions(claim)
        else:
            questions, rejected = write_questions(engine, prompt, claim, article_text)
            latencies.append(time.perf_counter() - started)
            planned = plan_questions(claim)
            asked += len(rejected) + sum(q["by"] == "model" for q in questions)
            for shown, plan_wording in zip(questions, planned):
                if shown["by"] == "model":
                    kept += 1
                    changed += shown["text"] != plan_wording["text"]
                    model_f1.append(best_reference(shown["text"], label["questions"]))
                    plan_f1.append(best_reference(plan_wording["text"], label["questions"]))
        rows.append((label, claim, article_text, questions))

    question_count = sum(len(q) for *_, q in rows)
    count_ok = sum(2 <= len(q) <= 4 for *_, q in rows)
    covered = sum(any(x["weakness"] == label["weakness"] for x in q) for label, _, _, q in rows)
    # Two labellers agree on a claim's main weakness only so often (corpus/questions/agreement.py: 0.58 on the
    # held-out set), so also count a set aimed at the blind second labeller's main weakness, where there is one.
    second = {row["id"]: row["weakness"] for row in load_labels(SECOND_LABEL_FILES[args.set])}
    seconded = [(label, q) for label, _, _, q in rows if label["id"] in second]
    either = sum(any(x["weakness"] in (label["weakness"], second[label["id"]]) for x in q) for label, q in seconded)
    vague_or_anonymous = [(c, q) for _, c, _, q in rows if (c.get("source") or {}).get("kind") in ("vague", "anonymous")]
    source_covered = sum(any(x["weakness"] in SOURCE_WEAKNESSES for x in q) for _, q in vague_or_anonymous)
    specific = sum(is_specific(x["text"], c) for _, c, _, q in rows for x in q)
    premises = [(x["text"], premise_problem(x["text"], c)) for _, c, _, q in rows for x in q]
    premises = [p for p in premises if p[1]]
    awkward_fills = [(x["text"], found) for _, c, _, q in rows for x in q if (found := awkward(x["text"], c["text"]))]
    with_look_for = sum(bool(x.get("look_for")) for *_, q in rows for x in q)
    places = {record for _, _, record in SUBJECTS}
    placed = sum(any(hint in places for x in q for hint in x.get("look_for") or ()) for *_, q in rows)
    by_model = sum(x["by"] == "model" for *_, q in rows for x in q)
    reference_f1 = statistics.mean(max(best_reference(x["text"], label["questions"]) for x in q) for label, _, _, q in rows)

    print(f"labelled claims {len(labels)}, served as claims {len(rows)}; questions {question_count}")
    print(f"2-4 questions: {count_ok}/{len(rows)}; main weakness covered: {covered}/{len(rows)}; "
          f"source asked about, vague/anonymous claims: {source_covered}/{len(vague_or_anonymous)}")
    if seconded:
        print(f"main weakness covered, either labeller's, claims judged twice: {either}/{len(seconded)} "
              f"(the first labeller's alone: {sum(any(x['weakness'] == label['weakness'] for x in q) for label, q in seconded)}"
              f"/{len(seconded)})")
    print(f"specific: {specific}/{question_count}; wrong premises: {len(premises)}; awkward fill-ins: {len(awkward_fills)}; "
          f"with look_for: {with_look_for}/{question_count}; best-reference token F1 per claim: {reference_f1:.3f}")
    print(f"claims whose look_for names where evidence on their subject is published (llm/evidence.py): {placed}/{len(rows)}")
    for text, reason in ([] if heldout else premises[:10]):
        print(f"  wrong premise: {text}  [{reason}]")
    for text, reason in ([] if heldout else awkward_fills[:10]):
        print(f"  awkward: {text}  [{reason}]")
    if engine is not None:
        print(f"model: {by_model}/{question_count} shown questions worded by the model; kept {kept}/{asked} rewordings; "
              f"{changed} differ from the plan's wording; reference F1 of kept rewordings "
              f"{statistics.mean(model_f1) if model_f1 else 0:.3f} vs the plan's wording of the same questions "
              f"{statistics.mean(plan_f1) if plan_f1 else 0:.3f}")
        print(f"latency: median {statistics.median(latencies):.3f} s, p95 {percentile(latencies, 0.95):.3f} s a claim")
    uncovered = [(label, claim, q) for label, claim, _, q in rows if not any(x["weakness"] == label["weakness"] for x in q)]
    for label, claim, questions in uncovered[:args.misses]:
        print(f"\nnot covered: {label['weakness']} (source {(claim.get('source') or {}).get('kind')}: "
              f"{(claim.get('source') or {}).get('text')!r}; reasons {claim.get('reasons')})\n  {claim['text'][:240]}")
        for q in questions:
            print(f"  [{q['weakness']}] {q['text']}")
    unspecific = [(x["text"], c["text"]) for _, c, _, q in rows for x in q if not is_specific(x["text"], c)]
    for question, text in unspecific[:args.misses]:
        print(f"\nnot specific: {question}\n  claim: {text[:200]}")
    step = max(1, len(rows) // max(1, args.sample))
    for label, claim, _, questions in (rows[::step][:args.sample] if args.sample else []):
        print(f"\n{claim['text'][:200]}\n  main weakness (label): {label['weakness']}")
        for q in questions:
            print(f"  [{q['by']}/{q['weakness']}] {q['text']}\n      look for: {'; '.join(q['look_for'])}")
        for reference in label["questions"]:
            print(f"  (reference) {reference}")
    summary = {
        "claims": len(rows), "questions": question_count, "count_ok": round(count_ok / len(rows), 3),
        "weakness_covered": round(covered / len(rows), 3),
        "weakness_covered_either": round(either / len(seconded), 3) if seconded else float("nan"),
        "source_covered": round(source_covered / max(1, len(vague_or_anonymous)), 3),
        "specific": round(specific / question_count, 3), "wrong_premises": len(premises), "awkward": len(awkward_fills),
        "reference_f1": round(reference_f1, 3), "placed": round(placed / len(rows), 3),
        "model_share": round(by_model / question_count, 3) if engine else 0.0,
        "model_kept": round(kept / asked, 3) if asked else 0.0, "model_changed": changed,
        "median_s": round(statistics.median(latencies), 3) if latencies else 0.0,
    }
    print("\n" + " ".join(f"{k}={v}" for k, v in summary.items()))


if __name__ == "__main__":
    main()
