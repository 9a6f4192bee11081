import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { CredentialsManager } from '../sts/credentials-manager';
import { useCredentialsSecondsLeft, useCredentialsStatus } from './session-store';

const T0 = Date.UTC(2030, 0, 1);

function manager(): CredentialsManager {
  return new CredentialsManager({
    clock: { now: () => T0, setTimeout: () => 0, clearTimeout: () => undefined },
    source: async ({ durationSeconds }) => ({
      credentials: {
        accessKeyId: 'STS.x',
        accessKeySecret: 's',
        securityToken: 't',
        expiresAt: T0 + durationSeconds * 1000,
      },
      serverDate: undefined,
    }),
  });
}

function Indicator({ m }: { m: CredentialsManager | undefined }) {
  const { status } = useCredentialsStatus(m);
  const left = useCredentialsSecondsLeft(m);
  return createElement('output', null, `${status} ${left ?? '-'}`);
}

describe('session hooks', () => {
  it('read the manager’s snapshot and the seconds left; idle without a manager', async () => {
    expect(renderToString(createElement(Indicator, { m: undefined }))).toContain('idle -');
    const m = manager();
    await m.ensure(60);
    expect(renderToString(createElement(Indicator, { m }))).toContain('ready 3600');
    m.dispose();
  });
});
