// A typed listener set: the node and the network announce what changed, and one failing listener (a UI bug)
// cannot stop the others or the announcer.

export class Listeners<E> {
  private readonly listeners = new Set<(event: E) => void>();
  /** Told before every other listener, whenever they subscribed (subscribeAhead). */
  private readonly ahead = new Set<(event: E) => void>();

  constructor(private readonly what: string) {}

  /** Returns the unsubscribe function. */
  subscribe(listener: (event: E) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Like subscribe, but told before the listeners of `subscribe`, even those that came first: for the one whose
   * work others wait on (the network relaying a block to its peers), not for whoever merely wants to be early.
   */
  subscribeAhead(listener: (event: E) => void): () => void {
    this.ahead.add(listener);
    return () => this.ahead.delete(listener);
  }

  emit(event: E): void {
    for (const listener of [...this.ahead, ...this.listeners]) {
      try {
        listener(event);
      } catch (error) {
        console.error(`${this.what} listener failed`, error);
      }
    }
  }
}
