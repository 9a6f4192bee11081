// Signing pools kept warm between exports. A fresh pool is fresh isolates: each worker loads its script,
// instantiates the hash functions' WebAssembly and runs its first pages in the interpreter before the JIT
// has compiled the signing loop. An operator often exports again within minutes (another folder, other
// options), and the Export dialog is open for a while before Start: so the pool an export used is kept for
// a short idle time, and opening the dialog can start one ahead (prewarm). What stays in an idle pool's
// memory is what an export put there (the workers' expanded signing keys of temporary credentials, never
// stored): it ends with the pool, at the idle timeout or when the page goes.
//
// One pool is idle at most. An export takes it for itself (a second export at the same time gets a pool
// of its own); a pool comes back to be kept only when its export ended without a failure.
import type { SignPool } from './sign-pool';

export interface SignPoolKeeper {
  /** A ready pool for one export (the idle one, else a new one), or undefined where workers cannot run. */
  acquire(): Promise<SignPool | undefined>;
  /** The export is over: keep the pool for the next (`reuse`), or stop it (after a failure). */
  release(pool: SignPool, reuse: boolean): void;
  /** Start a pool now so that the next export finds it ready (the Export dialog opened). */
  prewarm(): void;
  /** Stop the idle pool (tests, or when the page no longer wants one). */
  close(): void;
}

export interface SignPoolKeeperOptions {
  /** a new pool; throws where workers cannot be made */
  create(): SignPool;
  /** how long a pool is kept without an export, ms */
  idleMs: number;
  setTimer?: (f: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

/** A kept pool stays this long after its last export (or its prewarm) before its workers are stopped. */
export const SIGN_POOL_IDLE_MS = 120_000;

export function createSignPoolKeeper(o: SignPoolKeeperOptions): SignPoolKeeper {
  const setTimer = o.setTimer ?? ((f, ms) => setTimeout(f, ms));
  const clearTimer = o.clearTimer ?? ((t) => clearTimeout(t as ReturnType<typeof setTimeout>));
  /** the kept pool, or the one being started ahead; `ready` resolves false when its workers never ran */
  let idle: { pool: SignPool; ready: Promise<boolean>; timer: unknown } | undefined;

  const stopIdle = (): void => {
    if (!idle) return;
    clearTimer(idle.timer);
    idle.pool.terminate();
    idle = undefined;
  };
  const keep = (pool: SignPool, ready: Promise<boolean>): void => {
    const kept = { pool, ready, timer: undefined as unknown };
    kept.timer = setTimer(() => {
      if (idle === kept) stopIdle();
    }, o.idleMs);
    idle = kept;
  };
  const start = (): { pool: SignPool; ready: Promise<boolean> } | undefined => {
    let pool: SignPool;
    try {
      pool = o.create();
    } catch {
      return undefined;
    }
    return { pool, ready: pool.ready() };
  };

  return {
    async acquire() {
      const kept = idle;
      idle = undefined;
      if (kept) clearTimer(kept.timer);
      const taken = kept ?? start();
      if (!taken) return undefined;
      if (await taken.ready) return taken.pool;
      // the workers were made but never ran (blocked script, failed module load): sign on the page
      taken.pool.terminate();
      return undefined;
    },
    release(pool, reuse) {
      if (!reuse || idle) {
        pool.terminate();
        return;
      }
      keep(pool, Promise.resolve(true));
    },
    prewarm() {
      if (idle) return;
      const started = start();
      if (started) keep(started.pool, started.ready);
    },
    close: stopIdle,
  };
}
