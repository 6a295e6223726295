// Server-sent events read from a fetch() response body. EventSource cannot send the
// Authorization header the server demands, so the stream is fetched and parsed here.

/**
 * Yields, for each piece of a text/event-stream body (a ReadableStream of bytes) as it arrives,
 * the complete events in it as [{type, data}] (events sent together arrive together, so the
 * reader can handle them in one go): `event:` names the type ("message" when absent), `data:`
 * lines are joined by newlines; comments (the server's keep-alive pings) and unknown fields are
 * skipped. An event cut off by the end of the stream is dropped, as EventSource does.
 */
export async function* serverEvents(body) {
  const reader = body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  let type = "";
  let data = [];
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += value;
      const events = [];
      let end;
      while ((end = buffer.indexOf("\n")) >= 0) {
        const line = buffer.slice(0, end).replace(/\r$/, "");
        buffer = buffer.slice(end + 1);
        if (line === "") {
          if (data.length) events.push({ type: type || "message", data: data.join("\n") });
          type = "";
          data = [];
          continue;
        }
        if (line.startsWith(":")) continue;
        const colon = line.indexOf(":");
        const field = colon < 0 ? line : line.slice(0, colon);
        const text = colon < 0 ? "" : line.slice(colon + 1).replace(/^ /, "");
        if (field === "event") type = text;
        else if (field === "data") data.push(text);
      }
      if (events.length) yield events;
    }
  } finally {
    // Also when the reader stops early: close the connection rather than leave it streaming.
    await reader.cancel().catch(() => {});
  }
}
