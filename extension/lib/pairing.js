// The pairing with the server: its address (storage.local) and the token (kept apart, below).
//
// storage.local is readable by every content script, and each write to it is broadcast
// (storage.onChanged) into every tab the extension runs in, so the token is not kept there.
// It lives in the IndexedDB of the extension's own origin, which only the extension's pages
// and service worker can open (a content script's IndexedDB is the page's). storage.session
// is trusted-only too, but the browser empties it on restart; the reader pastes the token once,
// as the server keeps its token across restarts, so the token must outlast the browser too.
import { ext } from "./ext.js";
import { loadSettings, saveSettings } from "./settings.js";

const DATABASE = "claimlight-pairing";
const STORE = "secrets";
const TOKEN_KEY = "token";

function openDatabase() {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DATABASE, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** Run `use(store)` in one transaction; resolves with its request's result once the transaction is committed. */
async function inStore(mode, use) {
  const database = await openDatabase();
  try {
    return await new Promise((resolve, reject) => {
      const transaction = database.transaction(STORE, mode);
      const request = use(transaction.objectStore(STORE));
      transaction.oncomplete = () => resolve(request.result);
      transaction.onerror = () => reject(transaction.error);
      transaction.onabort = () => reject(transaction.error);
    });
  } finally {
    database.close();
  }
}

export async function loadToken() {
  return (await inStore("readonly", (store) => store.get(TOKEN_KEY))) || "";
}

function saveToken(token) {
  return inStore("readwrite", (store) => store.put(token, TOKEN_KEY));
}

/** {serverUrl, token}: what a ClaimlightClient needs. */
export async function loadPairing() {
  const [{ serverUrl }, token] = await Promise.all([loadSettings(), loadToken()]);
  return { serverUrl, token };
}

export async function savePairing({ serverUrl, token }) {
  await Promise.all([saveSettings({ serverUrl }), saveToken(token)]);
}

/** Earlier versions kept the token in storage.local: move it to the trusted store (once) and out of reach of content scripts. */
export async function moveTokenOutOfLocalStorage() {
  const { token } = await ext.storage.local.get(TOKEN_KEY);
  if (token === undefined) return;
  if (token && !(await loadToken())) await saveToken(token);
  await ext.storage.local.remove(TOKEN_KEY);
}
