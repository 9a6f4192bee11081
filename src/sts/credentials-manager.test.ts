import { describe, expect, it } from 'vitest';
import { CLOCK_SKEW_MARGIN_SECONDS } from '../core/expiry';
import type { StsGrant } from './broker-client';
import { BrokerError } from './broker-error';
import { CredentialsManager, type ManagerClock } from './credentials-manager';

const T0 = Date.UTC(2030, 0, 1, 0, 0, 0);

/** A clock and timer queue the test moves by hand. */
function fakeClock(start = T0): ManagerClock & { advance(ms: number): Promise<void>; pending(): number[] } {
  let now = start;
  let seq = 0;
  const timers = new Map<number, { at: number; fn: () => void }>();
  return {
    now: () => now,
    setTimeout: (fn, ms) => {
      seq += 1;
      timers.set(seq, { at: now + ms, fn });
      return seq;
    },
    clearTimeout: (h) => void timers.delete(h as number),
    pending: () => [...timers.values()].map((t) => t.at - now),
    async advance(ms) {
      const end = now + ms;
      for (;;) {
        const next = [...timers.entries()].sort((a, b) => a[1].at - b[1].at).find(([, t]) => t.at <= end);
        if (!next) break;
        timers.delete(next[0]);
        now = next[1].at;
        next[1].fn();
        await flush();
      }
      now = end;
      await flush();
    },
  };
}

const flush = async (): Promise<void> => {
  for (let i = 0; i < 10; i += 1) await Promise.resolve();
};

/** A broker stand-in: grants min(asked, max) seconds, on a server clock `skewMs` ahead of the local one. */
function fakeBroker(clock: ManagerClock, options: { maxSeconds?: number; skewMs?: number } = {}) {
  const calls: number[] = [];
  let failWith: unknown;
  let gate: Promise<void> | undefined;
  const source = async ({ durationSeconds }: { durationSeconds: number }): Promise<StsGrant> => {
    calls.push(durationSeconds);
    if (gate) await gate;
    if (failWith !== undefined) throw failWith;
    const granted = Math.min(durationSeconds, options.maxSeconds ?? 3600);
    const serverNow = clock.now() + (options.skewMs ?? 0);
    return {
      credentials: {
        accessKeyId: `STS.${calls.length}`,
        accessKeySecret: 's',
        securityToken: 't',
        expiresAt: serverNow + granted * 1000,
        grantedSeconds: granted,
        requestedSeconds: durationSeconds,
      },
      serverDate: new Date(serverNow).toUTCString(),
    };
  };
  return {
    source,
    calls,
    fail: (err: unknown) => void (failWith = err),
    hold: () => {
      let release!: () => void;
      gate = new Promise((r) => (release = r));
      return () => {
        gate = undefined;
        release();
      };
    },
  };
}

const setup = (options: { maxSeconds?: number; skewMs?: number; base?: number } = {}) => {
  const clock = fakeClock();
  const broker = fakeBroker(clock, options);
  const manager = new CredentialsManager({
    source: broker.source,
    clock,
    random: () => 0.5, // no jitter
    baseDurationSeconds: options.base ?? 900,
  });
  return { clock, broker, manager };
};

describe('CredentialsManager.ensure', () => {
  it('fetches once, then serves the same credentials while they cover the validity', async () => {
    const { manager, broker } = setup();
    const states: string[] = [];
    manager.subscribe(() => states.push(manager.getSnapshot().status));
    const a = await manager.ensure(60);
    const b = await manager.ensure(300);
    expect(a).toBe(b);
    expect(broker.calls).toEqual([900]);
    expect(states[0]).toBe('loading');
    expect(manager.getSnapshot().status).toBe('ready');
  });

  it('asks for requiredCredentialSeconds(validity) when the current ones end too soon', async () => {
    const { manager, broker } = setup({ maxSeconds: 43_200 });
    await manager.ensure(60);
    const long = await manager.ensure(32_400);
    expect(broker.calls).toEqual([900, 32_400 + CLOCK_SKEW_MARGIN_SECONDS]);
    expect(long.grantedSeconds).toBe(32_460);
  });

  it('returns what the broker could grant when it caps the duration (the caller shows the shortfall)', async () => {
    const { manager } = setup({ maxSeconds: 3600 });
    const c = await manager.ensure(32_400);
    expect(c.grantedSeconds).toBe(3600);
    expect(c.requestedSeconds).toBe(32_460);
  });

  it('does not ask again right after the broker capped the same request', async () => {
    const { manager, broker, clock } = setup({ maxSeconds: 3600 });
    const first = await manager.ensure(32_400);
    expect(await manager.ensure(32_400)).toBe(first);
    expect(await manager.ensure(20_000)).toBe(first);
    expect(broker.calls).toHaveLength(1);
    await clock.advance(61_000);
    await manager.ensure(32_400);
    expect(broker.calls).toHaveLength(2);
  });

  it('shares one request between concurrent calls', async () => {
    const { manager, broker } = setup();
    const release = broker.hold();
    const all = Promise.all([manager.ensure(60), manager.ensure(120), manager.ensure(600)]);
    release();
    const [a, b, c] = await all;
    expect(a).toBe(b);
    expect(b).toBe(c);
    expect(broker.calls).toHaveLength(1);
  });

  it('stops waiting when the caller aborts, without cancelling the shared request', async () => {
    const { manager, broker } = setup();
    const release = broker.hold();
    const controller = new AbortController();
    const aborted = manager.ensure(60, controller.signal);
    const other = manager.ensure(60);
    controller.abort();
    await expect(aborted).rejects.toMatchObject({ name: 'AbortError' });
    release();
    await expect(other).resolves.toMatchObject({ accessKeyId: 'STS.1' });
  });
});

describe('automatic refresh', () => {
  it('refreshes at min(80 %, 5 min before) of the lifetime, with ±10 % jitter', async () => {
    const { manager, clock, broker } = setup({ base: 3600 });
    await manager.ensure();
    // 3600 s: 80 % = 2880 s, 5 min before = 3300 s → 2880 s
    expect(clock.pending()).toEqual([2_880_000]);
    expect(manager.getSnapshot().nextRefreshAt).toBe(T0 + 2_880_000);
    await clock.advance(2_880_000);
    expect(broker.calls).toEqual([3600, 3600]);
    expect(manager.current()?.accessKeyId).toBe('STS.2');

    const jittered = new CredentialsManager({
      source: broker.source,
      clock,
      random: () => 0,
      baseDurationSeconds: 3600,
    });
    await jittered.ensure();
    expect(clock.pending()).toContain(2_880_000 * 0.9);
  });

  it('short-lived credentials refresh at half their life, not in a loop', async () => {
    const { manager, clock } = setup({ base: 120 });
    await manager.ensure(0);
    expect(clock.pending()).toEqual([60_000]);
  });

  it('a failed refresh → status error with the error, keeps the old credentials, retries; retry() recovers', async () => {
    const { manager, clock, broker } = setup({ base: 3600 });
    const first = await manager.ensure();
    broker.fail(new BrokerError({ kind: 'network', problem: 'down.', fix: 'wait.' }));
    await clock.advance(2_880_000);
    const snap = manager.getSnapshot();
    expect(snap.status).toBe('error');
    expect(snap.error).toBeInstanceOf(BrokerError);
    expect(snap.credentials).toBe(first);
    expect(manager.current()).toBe(first); // still valid for ~12 minutes
    expect(await manager.ensure(60)).toBe(first);
    expect(clock.pending()).toEqual([30_000]); // transient: automatic retry
    broker.fail(undefined);
    const fresh = await manager.retry();
    expect(fresh.accessKeyId).not.toBe(first.accessKeyId);
    expect(manager.getSnapshot()).toMatchObject({ status: 'ready', error: undefined });
  });

  it('does not retry by itself when the error needs the operator (401)', async () => {
    const { manager, clock, broker } = setup({ base: 3600 });
    await manager.ensure();
    broker.fail(new BrokerError({ kind: 'unauthorized', status: 401, problem: 'no.', fix: 'token.' }));
    await clock.advance(2_880_000);
    expect(manager.getSnapshot().status).toBe('error');
    expect(clock.pending()).toEqual([]);
  });
});

describe('invalidate and clock offset', () => {
  it('invalidate() drops the credentials OSS rejected and fetches new ones once', async () => {
    const { manager, broker } = setup();
    const old = await manager.ensure();
    const [a, b] = await Promise.all([
      manager.invalidate(old.accessKeyId),
      manager.invalidate(old.accessKeyId),
    ]);
    expect(a).toBe(b);
    expect(a.accessKeyId).not.toBe(old.accessKeyId);
    expect(broker.calls).toHaveLength(2);
    // a late invalidate for the old id is ignored
    await manager.invalidate(old.accessKeyId);
    expect(broker.calls).toHaveLength(2);
  });

  it('now() follows the broker’s clock when it differs by more than 5 s', async () => {
    const { manager, clock } = setup({ skewMs: 600_000 });
    expect(manager.now()).toBe(clock.now());
    const c = await manager.ensure();
    expect(manager.getSnapshot().clockOffsetMs).toBe(600_000);
    expect(manager.now()).toBe(clock.now() + 600_000);
    // expiry judged on the broker's clock: 900 s from its now
    expect(c.expiresAt - manager.now()).toBe(900_000);
  });

  it('dispose() forgets everything and refuses further use', async () => {
    const { manager, clock } = setup();
    await manager.ensure();
    manager.dispose();
    expect(manager.getSnapshot()).toMatchObject({ status: 'idle', credentials: undefined });
    expect(clock.pending()).toEqual([]);
    await expect(manager.ensure()).rejects.toThrow(/disposed/);
  });
});
