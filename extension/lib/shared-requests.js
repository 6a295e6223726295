// One request in flight per key: a reader who opens the same claim's popover again while its
// questions are being written waits for the same answer instead of queueing a second model call.

export class SharedRequests {
  constructor() {
    this.inFlight = new Map();
  }

  /** The pending promise for `key`, or a new one from `start()`, forgotten once it settles. */
  run(key, start) {
    if (this.inFlight.has(key)) return this.inFlight.get(key);
    let started;
    try {
      started = Promise.resolve(start());
    } catch (error) {
      started = Promise.reject(error);
    }
    const request = started.finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, request);
    return request;
  }
}
