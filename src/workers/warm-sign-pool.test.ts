import { describe, expect, it } from 'vitest';
import type { SignPool } from './sign-pool';
import { createSignPoolKeeper } from './warm-sign-pool';

interface FakePool extends SignPool {
  readonly n: number;
  stopped: boolean;
}

function harness(o: { ready?: boolean; failCreate?: boolean } = {}) {
  const made: FakePool[] = [];
  const timers = new Map<number, () => void>();
  let nextTimer = 1;
  const keeper = createSignPoolKeeper({
    create() {
      if (o.failCreate) throw new Error('no workers here');
      const pool = {
        n: made.length + 1,
        stopped: false,
        size: 2,
        ready: () => Promise.resolve(o.ready ?? true),
        terminate() {
          pool.stopped = true;
        },
      } as unknown as FakePool;
      made.push(pool);
      return pool;
    },
    idleMs: 1000,
    setTimer: (f) => {
      const id = nextTimer++;
      timers.set(id, f);
      return id;
    },
    clearTimer: (id) => timers.delete(id as number),
  });
  /** the idle timeout passes */
  const elapse = () => {
    const due = [...timers.values()];
    timers.clear();
    for (const f of due) f();
  };
  return { keeper, made, timers, elapse };
}

describe('createSignPoolKeeper', () => {
  it('hands the pool an export gave back to the next export, until the idle time has passed', async () => {
    const { keeper, made, elapse } = harness();
    const first = await keeper.acquire();
    keeper.release(first!, true);
    const again = await keeper.acquire();
    expect(again).toBe(first);
    keeper.release(again!, true);
    elapse();
    expect(made[0]!.stopped).toBe(true);
    const fresh = await keeper.acquire();
    expect(fresh).not.toBe(first);
    expect(made).toHaveLength(2);
  });

  it('stops the pool of a failed export instead of keeping it', async () => {
    const { keeper, made } = harness();
    const pool = await keeper.acquire();
    keeper.release(pool!, false);
    expect(made[0]!.stopped).toBe(true);
    expect(await keeper.acquire()).not.toBe(pool);
  });

  it('gives two exports at once a pool each, and keeps only one of them', async () => {
    const { keeper, made } = harness();
    const a = await keeper.acquire();
    const b = await keeper.acquire();
    expect(a).not.toBe(b);
    keeper.release(a!, true);
    keeper.release(b!, true);
    expect(made.map((p) => p.stopped)).toEqual([false, true]);
    expect(await keeper.acquire()).toBe(a);
  });

  it('prewarm starts a pool the next export takes; a prewarmed pool nobody takes is stopped when idle', async () => {
    const { keeper, made, elapse } = harness();
    keeper.prewarm();
    keeper.prewarm();
    expect(made).toHaveLength(1);
    expect(await keeper.acquire()).toBe(made[0]);
    // while the export holds it, the idle timer it had is off
    elapse();
    expect(made[0]!.stopped).toBe(false);
    keeper.release(made[0]!, true);

    const other = harness();
    other.keeper.prewarm();
    other.elapse();
    expect(other.made[0]!.stopped).toBe(true);
  });

  it('answers undefined (sign on the page) where workers cannot be made or never answer, and keeps nothing', async () => {
    const none = harness({ failCreate: true });
    none.keeper.prewarm();
    expect(await none.keeper.acquire()).toBeUndefined();

    const silent = harness({ ready: false });
    silent.keeper.prewarm();
    expect(await silent.keeper.acquire()).toBeUndefined();
    expect(silent.made[0]!.stopped).toBe(true);
    expect(await silent.keeper.acquire()).toBeUndefined();
    expect(silent.made[1]!.stopped).toBe(true);
  });

  it('close stops the idle pool at once', async () => {
    const { keeper, made, timers } = harness();
    keeper.release((await keeper.acquire())!, true);
    keeper.close();
    expect(made[0]!.stopped).toBe(true);
    expect(timers.size).toBe(0);
  });
});
