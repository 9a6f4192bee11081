// The pipeline's in-flight window: signed pages arrive out of order but are written in order; the window
// writes every page at its head as soon as it is ready, and makes the producer wait only when `max` pages
// are in flight, so listing, signing and writing overlap without unbounded memory.
import type { EncodedUrlListPage } from '../workers/sign-protocol';

interface InFlight {
  promise: Promise<EncodedUrlListPage>;
  done: boolean;
  countOnArrival: boolean;
}

export class InFlightWindow {
  readonly #queue: InFlight[] = [];
  constructor(
    private readonly max: number,
    /** writes one page (in order); countOnArrival: its objects were not counted when listed */
    private readonly write: (page: EncodedUrlListPage, countOnArrival: boolean) => Promise<void>,
    private readonly onSigned: (page: EncodedUrlListPage) => void,
    private readonly signal: AbortSignal | undefined,
  ) {}

  get size(): number {
    return this.#queue.length;
  }

  /** Adds a page; writes what is ready and waits while the window is full. */
  async push(promise: Promise<EncodedUrlListPage>, countOnArrival: boolean): Promise<void> {
    const flight: InFlight = { promise, done: false, countOnArrival };
    promise.then(
      (p) => {
        flight.done = true;
        this.onSigned(p);
      },
      () => undefined,
    );
    this.#queue.push(flight);
    while (this.#queue.length > 0 && (this.#queue[0]!.done || this.#queue.length >= this.max))
      await this.#writeHead();
  }

  /** Writes every page still in flight, in order. */
  async drain(): Promise<void> {
    while (this.#queue.length > 0) await this.#writeHead();
  }

  async #writeHead(): Promise<void> {
    const page = await this.#queue[0]!.promise;
    this.signal?.throwIfAborted();
    const flight = this.#queue.shift()!;
    await this.write(page, flight.countOnArrival);
  }
}
