// oss-local's fault injection, through its control endpoint (loopback only).
import { expect } from '@playwright/test';
import { loopbackRequest } from '../../server/oss-local/loopback-lookup';

const FAULTS = () => `${process.env.E2E_OSS_HTTP}/__oss-local/faults`;
/** the control endpoint refuses requests without it (a web page cannot send it without a preflight) */
const CONTROL = { 'x-oss-local-control': '1' };

/** A patch (see server/oss-local/README.md), 'reset' (all off) or 'expire-tokens' (tokens so far die). */
export async function faults(patch: object | 'reset' | 'expire-tokens'): Promise<void> {
  const res =
    patch === 'reset'
      ? await loopbackRequest(FAULTS(), { method: 'DELETE', headers: CONTROL })
      : patch === 'expire-tokens'
        ? await loopbackRequest(`${FAULTS()}/expire-tokens`, { method: 'POST', headers: CONTROL })
        : await loopbackRequest(FAULTS(), {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...CONTROL },
            body: JSON.stringify(patch),
          });
  expect(res.status).toBe(200);
}
