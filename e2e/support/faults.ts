// The local servers' fault injection, through their control endpoints (loopback only): oss-local's by
// default, cos-local's with `server: 'cos'`.
import { expect } from '@playwright/test';
import { loopbackRequest } from '../../server/oss-local/loopback-lookup';
import { E2E_PORTS } from '../global-setup';

const CONTROL = {
  oss: { url: () => `${process.env.E2E_OSS_HTTP}/__oss-local/faults`, header: 'x-oss-local-control' },
  // the e2e stack's cos-local: region ap-guangzhou, service host cos.ap-guangzhou.localhost
  cos: {
    url: () => `http://cos.ap-guangzhou.localhost:${E2E_PORTS.cosPort}/__cos-local/faults`,
    header: 'x-cos-local-control',
  },
} as const;

/**
 * A patch (see server/object-store/faults.ts), 'reset' (all off) or 'expire-tokens' (tokens so far die).
 * The control header is one a web page cannot send without a preflight, which the servers never grant.
 */
export async function faults(
  patch: object | 'reset' | 'expire-tokens',
  server: keyof typeof CONTROL = 'oss',
): Promise<void> {
  const { url, header } = CONTROL[server];
  const headers = { [header]: '1' };
  const res =
    patch === 'reset'
      ? await loopbackRequest(url(), { method: 'DELETE', headers })
      : patch === 'expire-tokens'
        ? await loopbackRequest(`${url()}/expire-tokens`, { method: 'POST', headers })
        : await loopbackRequest(url(), {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...headers },
            body: JSON.stringify(patch),
          });
  expect(res.status).toBe(200);
}
