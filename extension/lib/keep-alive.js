// Chrome stops an extension service worker after 30 s without extension events or API
// calls, even while a fetch is still streaming. Questions written by the model and the
// model's event stream take longer than that, so while one is pending the worker calls a
// cheap extension API now and then (Chrome's documented way to extend its life).
import { ext } from "./ext.js";

const CALL_EVERY_MS = 20_000;
let pending = 0;
let timer = null;

/** Resolve to what `promise` resolves to, keeping the service worker alive until it settles. */
export async function keepWorkerAlive(promise) {
  pending += 1;
  if (timer === null) timer = setInterval(() => ext.runtime.getPlatformInfo?.(), CALL_EVERY_MS);
  try {
    return await promise;
  } finally {
    pending -= 1;
    if (pending === 0) {
      clearInterval(timer);
      timer = null;
    }
  }
}
