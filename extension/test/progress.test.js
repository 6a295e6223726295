// The model's progress: reading the server's event stream, following it to the end, merging repeat requests.
import { test } from "node:test";
import assert from "node:assert/strict";
import { serverEvents } from "../lib/server-events.js";
import { followModel } from "../lib/model-progress.js";
import { SharedRequests } from "../lib/shared-requests.js";
import { ClaimlightClient, ServerError, QUESTIONS_TIMEOUT_MS } from "../lib/client.js";
import { describeState } from "../lib/ui.js";
import { changesSinceLastRead, describeChanges } from "../lib/page-changes.js";
import { isProvisional, countLevels } from "../lib/levels.js";

/** A byte stream that delivers `pieces` one read at a time, as a server's chunks arrive. */
function streamOf(pieces) {
  const encoder = new TextEncoder();
  let cancelled = false;
  const stream = new ReadableStream({
    pull(controller) {
      if (pieces.length) controller.enqueue(encoder.encode(pieces.shift()));
      else controller.close();
    },
    cancel() { cancelled = true; },
  });
  return { stream, cancelled: () => cancelled };
}

async function collect(iterable) {
  const out = [];
  for await (const item of iterable) out.push(item);
  return out;
}

test("server-sent events are parsed across chunk boundaries, in the batches they arrived in, without comments", async () => {
  const { stream } = streamOf([
    ": waiting for the model\n\n",
    'event: claim\ndata: {"id":"c_1",',
    '"level":"low"}\n\nevent: claim\r\ndata: {"id":"c_2"}\r\n\r\n',
    "data: line one\ndata: line two\n\n",
    "event: done\ndata: {}\n\nevent: claim\ndata: cut off",
  ]);
  const batches = await collect(serverEvents(stream));
  assert.deepEqual(batches, [
    [{ type: "claim", data: '{"id":"c_1","level":"low"}' }, { type: "claim", data: '{"id":"c_2"}' }],
    [{ type: "message", data: "line one\nline two" }],
    [{ type: "done", data: "{}" }],
  ]);
});

test("a reader that stops early closes the stream instead of leaving it open", async () => {
  const { stream, cancelled } = streamOf(["event: claim\ndata: 1\n\n", "event: claim\ndata: 2\n\n", "event: done\ndata: {}\n\n"]);
  for await (const batch of serverEvents(stream)) {
    assert.equal(batch[0].data, "1");
    break;
  }
  assert.equal(cancelled(), true);
});

/** A client whose event streams are scripted: each call of events() plays the next script (an array of batches, or an Error). */
function scriptedClient(scripts) {
  const calls = [];
  return {
    calls,
    async* events(analysisId, { signal } = {}) {
      calls.push(analysisId);
      const script = scripts.shift();
      if (script instanceof Error) throw script;
      for (const batch of script) {
        if (batch === "hang") {
          await new Promise((resolve, reject) => signal.addEventListener("abort", () => reject(signal.reason), { once: true }));
        }
        yield batch;
      }
    },
  };
}

const claimEvent = (claim) => ({ type: "claim", data: JSON.stringify(claim) });
const doneEvent = (failed = 0) => ({ type: "done", data: JSON.stringify({ analysis_id: "a_1", failed_chunks: failed }) });

test("the model's upgrades are followed to the end, however long it takes, in the batches they came in", async () => {
  const api = scriptedClient([[
    [claimEvent({ id: "c_1", level: "low", judged_by: "model:m" }), claimEvent({ id: "c_2", level: "high", judged_by: "model:m" })],
    [claimEvent({ id: "c_3", level: "medium", judged_by: "model:m" })],
    [doneEvent(1)],
  ]]);
  const delivered = [];
  const ended = await followModel(api, "a_1", { onClaims: async (claims) => { delivered.push(claims.map((c) => c.id)); } });
  assert.deepEqual(delivered, [["c_1", "c_2"], ["c_3"]]);
  assert.deepEqual(ended, { failedChunks: 1 });
});

test("a dropped stream is opened again and followed to done; a gone analysis ends it; abort stops it", async () => {
  const dropped = scriptedClient([
    [[claimEvent({ id: "c_1", level: "low" })]],
    new ServerError("server_down", "Cannot reach"),
    [[claimEvent({ id: "c_1", level: "low" }), claimEvent({ id: "c_2", level: "low" })], [doneEvent()]],
  ]);
  const seen = [];
  const ended = await followModel(dropped, "a_1", { reconnectMs: 0, onClaims: (claims) => { seen.push(...claims.map((c) => c.id)); } });
  assert.deepEqual(ended, { failedChunks: 0 });
  assert.equal(dropped.calls.length, 3);
  assert.deepEqual(seen, ["c_1", "c_1", "c_2"]);

  const gone = scriptedClient([new ServerError("not_found", "No analysis", 404)]);
  assert.deepEqual(await followModel(gone, "a_1", { reconnectMs: 0, onClaims: () => {} }), { gone: true });

  const refused = scriptedClient([new ServerError("wrong_token", "The server refused the token.", 401)]);
  await assert.rejects(followModel(refused, "a_1", { reconnectMs: 0, onClaims: () => {} }), /refused the token/);

  const controller = new AbortController();
  const hanging = scriptedClient([["hang"]]);
  const following = followModel(hanging, "a_1", { signal: controller.signal, onClaims: () => {} });
  controller.abort(new Error("the reader left the page"));
  await assert.rejects(following, /left the page/);
});

test("the client reads the event stream with the token, and without the time limit of ordinary requests", async (t) => {
  const seen = [];
  t.mock.method(globalThis, "fetch", async (url, init) => {
    seen.push({ url, init });
    return new Response("event: done\ndata: {\"failed_chunks\":0}\n\n", { headers: { "content-type": "text/event-stream" } });
  });
  const api = new ClaimlightClient({ serverUrl: "http://127.0.0.1:8765/", token: "tok" });
  const controller = new AbortController();
  const batches = await collect(api.events("a/1", { signal: controller.signal }));
  assert.deepEqual(batches, [[{ type: "done", data: '{"failed_chunks":0}' }]]);
  assert.equal(seen[0].url, "http://127.0.0.1:8765/api/v1/analyses/a%2F1/events");
  assert.equal(seen[0].init.headers.Authorization, "Bearer tok");
  assert.equal(seen[0].init.headers.Accept, "text/event-stream");
  assert.equal(seen[0].init.signal, controller.signal, "only the reader's signal ends the stream");
});

test("the questions request waits longer than the server takes to fall back to its templates", async (t) => {
  const timeouts = [];
  const timeout = AbortSignal.timeout;
  t.mock.method(AbortSignal, "timeout", (ms) => { timeouts.push(ms); return timeout.call(AbortSignal, ms); });
  t.mock.method(globalThis, "fetch", async () => Response.json({ claim_id: "c_1", questions: [] }));
  const api = new ClaimlightClient({ serverUrl: "http://127.0.0.1:8765", token: "tok" });
  await api.questions("c_1");
  assert.deepEqual(timeouts, [QUESTIONS_TIMEOUT_MS]);
  assert.ok(QUESTIONS_TIMEOUT_MS > 120_000, "the server's own fallback comes after 120 s");
  await api.history();
  assert.ok(timeouts[1] < QUESTIONS_TIMEOUT_MS, "other requests keep the ordinary limit");
});

test("repeat requests for the same key share the one in flight, and a settled one is not reused", async () => {
  const shared = new SharedRequests();
  let started = 0;
  let finish;
  const start = () => { started += 1; return new Promise((resolve) => { finish = resolve; }); };
  const first = shared.run("c_1", start);
  const second = shared.run("c_1", start);
  assert.equal(first, second);
  const other = shared.run("c_2", () => Promise.resolve("other"));
  finish(["q"]);
  assert.deepEqual(await second, ["q"]);
  assert.equal(await other, "other");
  assert.equal(started, 1);
  const third = shared.run("c_1", start);
  assert.notEqual(third, first);
  assert.equal(started, 2, "after the first settled, a new request goes out");
  finish(["q2"]);
  assert.deepEqual(await third, ["q2"]);

  const failing = new SharedRequests();
  let tries = 0;
  const fail = () => { tries += 1; return Promise.reject(new Error("server down")); };
  await Promise.all([assert.rejects(failing.run("c_1", fail)), assert.rejects(failing.run("c_1", fail))]);
  await assert.rejects(failing.run("c_1", fail));
  assert.equal(tries, 2, "a failure is shared by the requests waiting on it, then forgotten");
});

test("levels are provisional while the model works and has not scored the claim", () => {
  assert.equal(isProvisional({ judged_by: "rules" }, true), true);
  assert.equal(isProvisional({ judged_by: "model:smollm2" }, true), false);
  assert.equal(isProvisional({ judged_by: "rules" }, false), false);
  assert.deepEqual(countLevels([{ level: "high" }, { level: "low" }, { level: "low" }, { level: "odd" }]), { high: 1, medium: 0, low: 2 });
  const working = describeState({ status: "done", counts: { high: 1 }, total: 3, anchored: 3, modelPending: true, modelChecked: 1 });
  assert.deepEqual(working.notes, ["Levels are provisional: the local model is still checking the claims (1 of 3 checked)."]);
  assert.deepEqual(describeState({ status: "done", counts: { high: 1 }, total: 3, anchored: 3, modelPending: true, modelChecked: 3 }).notes, []);
  assert.deepEqual(describeState({ status: "done", counts: { high: 1 }, total: 3, anchored: 3, modelPending: false, modelChecked: 1 }).notes, []);
});

test("a page that changed since it was last read says so, but not for the page loading more of itself or a version already seen", () => {
  const now = Date.parse("2026-05-01T10:00:00Z");
  const analysis = {
    id: "a_2", analysed_at: "2026-05-01T10:00:00.5Z",
    changes: {
      previous_id: "a_1", claims_new: 1,
      figures_changed: [{ claim_id: "c_9", previous_claim_id: "c_1", before: ["16,000"], after: ["18,000"], text: "…" }],
      claims_gone: [{ claim_id: "c_2", text: "Police counted 500." }],
    },
  };
  const changed = changesSinceLastRead(analysis, { requestedAt: now });
  assert.deepEqual(changed, { figuresChanged: [{ claimId: "c_9", before: ["16,000"], after: ["18,000"] }], claimsGone: [{ text: "Police counted 500." }], claimsNew: 1 });
  assert.equal(describeChanges(changed), "This page changed since you last read it: 1 figure changed, 1 claim gone, 1 new claim.");
  assert.equal(changesSinceLastRead(analysis, { requestedAt: now, visitAnalysisIds: ["a_1"] }), null, "lazy paragraphs of the same visit");
  assert.equal(changesSinceLastRead({ ...analysis, analysed_at: "2026-04-30T09:00:00Z" }, { requestedAt: now }), null, "a version shown on an earlier visit");
  assert.equal(changesSinceLastRead({ id: "a_3", analysed_at: "2026-05-01T10:00:00Z" }, { requestedAt: now }), null);
  const state = describeState({ status: "done", counts: {}, total: 2, anchored: 2, changes: changed });
  assert.ok(state.notes.includes("This page changed since you last read it: 1 figure changed, 1 claim gone, 1 new claim."));
});
