// A typed listener set: the node and the network announce what changed, and one failing listener (a UI bug)
// cannot stop the others or the announcer.

export class Listeners<E> {
  private readonly listeners = new Set<(event: E) => void>();

  constructor(private readonly what: string) {}

  /** Returns the unsubscribe function. */
  subscribe(listener: (event: E) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(event: E): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(event);
      } catch (error) {
        console.error(`${this.what} listener failed`, error);
      }
    }
  }
}
