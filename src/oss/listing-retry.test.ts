import { describe, expect, it } from 'vitest';
import { OssError } from '../core/errors';
import { ListAllError, requestListingPage } from './listing-retry';

const ossError = (code: string, status: number) =>
  new OssError({ code, message: code, status, requestId: undefined, hostId: undefined });
const noSleep = async () => undefined;

/** A request that fails with the given errors in turn, then answers 'page'. */
function scripted(...errors: OssError[]) {
  let calls = 0;
  return {
    calls: () => calls,
    request: async () => {
      const err = errors[calls++];
      if (err) throw err;
      return 'page';
    },
  };
}

describe('the listing retry policy', () => {
  it('renews a dead token once, without counting it as an attempt, then asks again', async () => {
    const s = scripted(ossError('SecurityTokenExpired', 403), ossError('ServiceUnavailable', 503));
    const renewed: string[] = [];
    const page = await requestListingPage(s.request, {
      prefix: 'p/',
      token: 't',
      policy: { maxAttempts: 2, sleep: noSleep },
      renewCredentials: async (err) => void renewed.push(err.code),
    });
    expect(page).toBe('page');
    expect(renewed).toEqual(['SecurityTokenExpired']);
    expect(s.calls()).toBe(3);
  });

  it('a second dead token in a row is thrown (the broker keeps handing out dead ones)', async () => {
    const s = scripted(ossError('InvalidAccessKeyId', 403), ossError('InvalidAccessKeyId', 403));
    await expect(
      requestListingPage(s.request, {
        prefix: '',
        token: undefined,
        renewCredentials: async () => undefined,
      }),
    ).rejects.toMatchObject({ code: 'InvalidAccessKeyId' });
  });

  it('gives up after maxAttempts transient failures with a ListAllError naming where to resume', async () => {
    const s = scripted(...Array.from({ length: 3 }, () => ossError('ServiceUnavailable', 503)));
    const err = await requestListingPage(s.request, {
      prefix: 'p/',
      token: 'resume-here',
      policy: { maxAttempts: 3, sleep: noSleep },
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ListAllError);
    expect(err).toMatchObject({ attempts: 3, resumeToken: 'resume-here' });
  });

  it('with one attempt a transient failure is thrown as it is; permanent ones always at once', async () => {
    const once = scripted(ossError('ServiceUnavailable', 503));
    await expect(
      requestListingPage(once.request, { prefix: '', token: undefined, policy: { maxAttempts: 1 } }),
    ).rejects.toMatchObject({ code: 'ServiceUnavailable' });
    const denied = scripted(ossError('AccessDenied', 403));
    await expect(
      requestListingPage(denied.request, { prefix: '', token: undefined, policy: { sleep: noSleep } }),
    ).rejects.toMatchObject({ code: 'AccessDenied' });
    expect(denied.calls()).toBe(1);
  });
});
