// A token bucket per client: `perMinute` requests in a burst, refilled continuously. In memory, per app
// instance: enough to stop a runaway console or a token-guessing loop on one broker process.
export type TakeResult = { ok: true } | { ok: false; retryAfterSeconds: number };

export interface RateLimiter {
  take(key: string): TakeResult;
}

interface Bucket {
  tokens: number;
  updatedMs: number;
}

const MAX_TRACKED_CLIENTS = 10_000;

export function createRateLimiter(perMinute: number, nowMs: () => number = Date.now): RateLimiter {
  const buckets = new Map<string, Bucket>();
  const refillPerMs = perMinute / 60_000;

  const refill = (b: Bucket, now: number): void => {
    b.tokens = Math.min(perMinute, b.tokens + (now - b.updatedMs) * refillPerMs);
    b.updatedMs = now;
  };

  const prune = (now: number): void => {
    for (const [key, b] of buckets) {
      refill(b, now);
      if (b.tokens >= perMinute) buckets.delete(key);
    }
  };

  return {
    take(key) {
      const now = nowMs();
      let b = buckets.get(key);
      if (!b) {
        if (buckets.size >= MAX_TRACKED_CLIENTS) prune(now);
        b = { tokens: perMinute, updatedMs: now };
        buckets.set(key, b);
      }
      refill(b, now);
      if (b.tokens >= 1) {
        b.tokens -= 1;
        return { ok: true };
      }
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - b.tokens) / refillPerMs / 1000)) };
    },
  };
}
