// The content scripts, in the order they load (each uses the globals of those before it).
// One line of JSON-compatible text: tests/browser/test_extension_dom.py reads it from this file.
export const CONTENT_FILES = ["vendor/approx-string-match.js", "lib/common.js", "content/anchor.js", "content/highlight.js", "content/popover.js", "content/content.js"];
