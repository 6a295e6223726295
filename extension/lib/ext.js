// One name for the WebExtension API in Chrome (chrome.*) and Firefox (browser.*).
export const ext = globalThis.browser ?? globalThis.chrome;
