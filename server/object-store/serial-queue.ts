// Runs async steps one after another (a promise-chain mutex). Used where two requests must not
// interleave their commit steps: two PUTs of one key, UploadPart against Complete/Abort of its upload.
export class SerialQueue {
  #tail: Promise<unknown> = Promise.resolve();

  run<T>(step: () => Promise<T> | T): Promise<T> {
    const result = this.#tail.then(step);
    // the queue goes on whether or not this step failed; the caller sees the failure
    this.#tail = result.catch(() => undefined);
    return result;
  }
}
