// A fake `chrome.*` for the service worker's tests: storage areas that broadcast their changes,
// the badge per tab, messages to tabs answered by each tab's fake content script, and events a
// test can fire. Only what background.js uses.

function event() {
  const listeners = [];
  return {
    listeners,
    addListener: (listener) => listeners.push(listener),
    emit: (...args) => listeners.map((listener) => listener(...args)),
  };
}

function storageArea(name, onAnyChange) {
  const items = new Map();
  const onChanged = event();
  const clone = (value) => structuredClone(value);
  const changed = (changes) => {
    if (!Object.keys(changes).length) return;
    onChanged.emit(changes);
    onAnyChange.emit(changes, name);
  };
  return {
    items,
    onChanged,
    async get(keys) {
      const wanted = keys === null || keys === undefined ? [...items.keys()] : [keys].flat();
      return Object.fromEntries(wanted.filter((key) => items.has(key)).map((key) => [key, clone(items.get(key))]));
    },
    async set(values) {
      const changes = {};
      for (const [key, value] of Object.entries(values)) {
        changes[key] = { oldValue: items.get(key), newValue: clone(value) };
        items.set(key, clone(value));
      }
      changed(changes);
    },
    async remove(keys) {
      const changes = {};
      for (const key of [keys].flat()) {
        if (!items.has(key)) continue;
        changes[key] = { oldValue: items.get(key) };
        items.delete(key);
      }
      changed(changes);
    },
  };
}

/**
 * The fake API. `tabs.contentScripts` maps a tab id to its content script: a function
 * (message, options) -> answer, as the real one answers tabs.sendMessage; a tab without one
 * rejects, as Chrome does when nothing listens.
 */
export function fakeChrome({ extensionId = "fake-extension-id" } = {}) {
  const storageChanged = event();
  const badges = new Map();
  const badgeOf = (tabId) => {
    if (!badges.has(tabId)) badges.set(tabId, {});
    return badges.get(tabId);
  };
  const contentScripts = new Map();
  const registered = [];
  const injected = [];
  const opened = [];
  const base = `chrome-extension://${extensionId}/`;
  return {
    badges,
    injected,
    opened,
    runtime: {
      id: extensionId,
      getManifest: () => ({ action: { default_title: "Claimlight: analyse this page" } }),
      getURL: (path) => base + path.replace(/^\//, ""),
      getPlatformInfo: async () => ({}),
      onMessage: event(),
      onInstalled: event(),
    },
    storage: {
      local: storageArea("local", storageChanged),
      session: storageArea("session", storageChanged),
      onChanged: storageChanged,
    },
    action: {
      setBadgeText: async ({ tabId, text }) => { badgeOf(tabId).text = text; },
      setBadgeBackgroundColor: async ({ tabId, color }) => { badgeOf(tabId).colour = color; },
      setTitle: async ({ tabId, title }) => { badgeOf(tabId).title = title; },
    },
    tabs: {
      contentScripts,
      async sendMessage(tabId, message, options) {
        const contentScript = contentScripts.get(tabId);
        if (!contentScript) throw new Error("Could not establish connection. Receiving end does not exist.");
        return structuredClone(await contentScript(message, options));
      },
      async create(properties) { opened.push(properties); return { id: 1000 + opened.length, ...properties }; },
      async query() { return []; },
      onUpdated: event(),
      onRemoved: event(),
    },
    scripting: {
      async executeScript({ target, func, files }) {
        if (!contentScripts.has(target.tabId)) throw new Error("Cannot access contents of the page.");
        if (files) {
          injected.push({ tabId: target.tabId, files });
          return [];
        }
        // The probe: whether the content scripts are in the page yet (after the first injection they are).
        return [{ result: { loaded: injected.some((i) => i.tabId === target.tabId), protocol: "https:" } }];
      },
      getRegisteredContentScripts: async ({ ids }) => registered.filter((script) => ids.includes(script.id)),
      registerContentScripts: async (scripts) => { registered.push(...scripts); },
      unregisterContentScripts: async ({ ids }) => {
        for (const id of ids) registered.splice(registered.findIndex((script) => script.id === id), 1);
      },
    },
    permissions: { contains: async () => true, onAdded: event(), onRemoved: event() },
    commands: { onCommand: event() },
    sidePanel: { setPanelBehavior: async () => {} },
  };
}

/** Send `message` to the service worker as `sender` would; resolves with its answer, or undefined when it does not answer. */
export function sendToWorker(chrome, message, sender) {
  return new Promise((resolve) => {
    const answering = chrome.runtime.onMessage.listeners.some((listener) => listener(message, { id: chrome.runtime.id, ...sender }, resolve) === true);
    if (!answering) resolve(undefined);
  });
}
