// Each tab's analysis state is kept in storage.session (trusted contexts only) under one key a tab,
// written by the service worker and watched by the popup and side panel.
import { ext } from "./ext.js";

export function tabStateKey(tabId) {
  return `tab:${tabId}`;
}

/** Call `onChange({oldValue, newValue})` whenever the state of the tab that `currentTabId()` names changes. */
export function watchTabState(currentTabId, onChange) {
  ext.storage.session.onChanged?.addListener((changes) => {
    const change = changes[tabStateKey(currentTabId())];
    if (change) onChange(change);
  });
}
