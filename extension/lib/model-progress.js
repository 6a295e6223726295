// Following the local model's work on one analysis. The fast path's levels come from the
// rules; the model then scores the claims one chunk at a time and the server streams each
// claim it upgrades (GET /api/v1/analyses/{id}/events), then "done". Scoring, and the
// calibration a first start runs, can take minutes on a small machine, so there is no time
// limit: the stream is followed until the server says done, or the reader leaves the page.

const RECONNECTS = 5;
const RECONNECT_FIRST_MS = 1000;

function pause(ms, signal) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener("abort", () => {
      clearTimeout(timer);
      reject(signal.reason);
    }, { once: true });
  });
}

/**
 * Follow the model's upgrades of `analysisId` until it is done. `onClaims(claims)` (awaited)
 * gets the upgraded claims that arrived together. A dropped stream is opened again (the server
 * replays the upgrades from the start, which are the same claims again). Resolves to
 * {failedChunks} (scoring chunks whose claims kept the rules' levels), or {gone: true} when the
 * server no longer has the analysis; rejects with the abort reason when `signal` aborts, or the
 * last error after RECONNECTS failed attempts (`reconnectMs` the first wait, doubling).
 */
export async function followModel(client, analysisId, { signal, onClaims, reconnectMs = RECONNECT_FIRST_MS }) {
  for (let attempt = 0; ; attempt++) {
    try {
      for await (const events of client.events(analysisId, { signal })) {
        const claims = events.filter((e) => e.type === "claim").map((e) => JSON.parse(e.data));
        if (claims.length) await onClaims(claims);
        const done = events.find((e) => e.type === "done");
        if (done) return { failedChunks: JSON.parse(done.data).failed_chunks ?? 0 };
      }
    } catch (error) {
      if (signal?.aborted) throw signal.reason ?? error;
      if (error.status === 404) return { gone: true };
      if (attempt >= RECONNECTS || error.code === "wrong_token") throw error;
    }
    await pause(reconnectMs * 2 ** Math.min(attempt, 5), signal);
  }
}
