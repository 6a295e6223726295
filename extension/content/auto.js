// Injected on the sites the reader chose for automatic analysis (after the
// other content scripts): asks the service worker to analyse this tab.
(globalThis.browser ?? globalThis.chrome).runtime.sendMessage({ type: "auto-analyse" });
