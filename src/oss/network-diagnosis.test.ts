import { describe, expect, it } from 'vitest';
import { ossClientFailure, OssError } from '../core/errors';
import { diagnoseNetworkFailure } from './network-diagnosis';

const noAnswer = ossClientFailure('network', 'Failed to fetch');
const env = (online: boolean, answers: boolean) => ({
  isOnline: () => online,
  fetch: (async () => {
    if (!answers) throw new TypeError('Failed to fetch');
    return new Response(null, { status: 200 });
  }) as unknown as typeof fetch,
});

describe('diagnoseNetworkFailure', () => {
  it('names offline, CORS (OSS answers a no-cors request) and unreachable', async () => {
    expect(await diagnoseNetworkFailure(noAnswer, 'https://b.oss', env(false, true))).toMatchObject({
      code: 'ClientOffline',
    });
    expect(await diagnoseNetworkFailure(noAnswer, 'https://b.oss', env(true, true))).toMatchObject({
      code: 'CorsRefused',
    });
    expect(await diagnoseNetworkFailure(noAnswer, 'https://b.oss', env(true, false))).toMatchObject({
      code: 'OssUnreachable',
    });
  });

  it('leaves any other failure as it is', async () => {
    const denied = new OssError({
      code: 'AccessDenied',
      message: 'no',
      status: 403,
      requestId: 'r',
      hostId: undefined,
    });
    expect(await diagnoseNetworkFailure(denied, 'https://b.oss', env(false, false))).toBe(denied);
  });
});
