// Where "Search for this" in the popover sends the reader: a preset engine or their own URL template.

export const SEARCH_ENGINES = {
  duckduckgo: { name: "DuckDuckGo", template: "https://duckduckgo.com/?q=%s" },
  google: { name: "Google", template: "https://www.google.com/search?q=%s" },
  bing: { name: "Bing", template: "https://www.bing.com/search?q=%s" },
  startpage: { name: "Startpage", template: "https://www.startpage.com/sp/search?query=%s" },
};

export const DEFAULT_SEARCH_ENGINE = "duckduckgo";
export const CUSTOM_SEARCH_ENGINE = "custom";

// The query comes from page text: anything longer is not a short search, so refuse it rather than send it.
const MAX_QUERY_CHARS = 200;

/** A custom template trimmed, or an Error saying what is wrong with it: it must be an http(s) address holding %s. */
export function checkSearchTemplate(input) {
  const template = (input || "").trim();
  if (!template.includes("%s")) throw new Error("The address must contain %s where the search words go.");
  let url;
  try {
    url = new URL(template.replaceAll("%s", "query"));
  } catch {
    throw new Error("That is not a web address.");
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new Error("The address must start with https:// or http://.");
  return template;
}

/** The engine the reader chose ({searchEngine, searchTemplate} from the settings) and the address that searches it for `query`. */
export function searchUrl({ searchEngine, searchTemplate }, query) {
  const words = typeof query === "string" ? query.replace(/\s+/g, " ").trim() : "";
  if (!words || words.length > MAX_QUERY_CHARS) throw new Error("There is nothing short enough in this claim to search for.");
  let engine = Object.hasOwn(SEARCH_ENGINES, searchEngine) ? SEARCH_ENGINES[searchEngine] : SEARCH_ENGINES[DEFAULT_SEARCH_ENGINE];
  if (searchEngine === CUSTOM_SEARCH_ENGINE) {
    try {
      engine = { name: "your search engine", template: checkSearchTemplate(searchTemplate) };
    } catch (error) {
      throw new Error(`Your own search address cannot be used: ${error.message} Change it in Claimlight's options.`);
    }
  }
  return { name: engine.name, url: engine.template.replaceAll("%s", encodeURIComponent(words)) };
}
