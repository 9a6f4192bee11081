// The OSS client against the real local stack, in-process: oss-local over loopback HTTP/HTTPS and the
// broker app (local mode, same stack key) reached through app.request. The client's fetch reaches
// *.localhost through server/oss-local's loopback lookup (Node cannot resolve those names here).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CredentialIssuer } from '../../server/broker/issuer';
import { mintCredentials } from '../../server/local-sts/token';
import { SEED_OBJECTS, TRICKY_KEYS } from '../../server/object-store/seed/seed-objects';
import type { OssLocalServer } from '../../server/oss-local/server';
import { OssError, describeOssError } from '../core/errors';
import { createPresigner } from '../core/presign';
import { loopbackFetch, startLocalStack, type LocalStack } from './local-stack.test-kit';
import { createOssClient, type OssClient } from './oss-client';

const STACK_KEY = 'oss-client-integration-stack-key-0123';
const SYNTHETIC = 'synthetic/';
const SYNTHETIC_COUNT = 2500;

let local: LocalStack;
let oss: OssLocalServer;

beforeAll(async () => {
  local = await startLocalStack(STACK_KEY, {
    synthetic: [{ bucket: 'examplebucket', prefix: SYNTHETIC, count: SYNTHETIC_COUNT }],
  });
  oss = local.oss;
});
afterAll(async () => local.close());

const presigner = createPresigner();

function stack(options: { issuer?: CredentialIssuer; secure?: boolean } = {}) {
  const { credentials, brokerCalls } = local.credentials(options.issuer ? { issuer: options.issuer } : {});
  const client = createOssClient({
    bucket: 'examplebucket',
    endpoint: local.endpoint,
    secure: options.secure ?? false,
    credentials,
    presigner,
    fetch: loopbackFetch,
  });
  return { client, credentials, brokerCalls };
}

const seedKeys = SEED_OBJECTS.filter((s) => s.bucket === 'examplebucket').map((s) => s.key);

async function collect(client: OssClient, prefix: string, maxKeys: number): Promise<string[]> {
  const keys: string[] = [];
  for await (const page of client.listAll({ prefix, maxKeys, baseDelayMs: 1 }))
    keys.push(...page.objects.map((o) => o.key));
  return keys;
}

describe('listing examplebucket with credentials from the local broker', () => {
  it('lists the root one level deep: folders from the delimiter, the one root object', async () => {
    const { client, credentials } = stack();
    const page = await client.listPage({ prefix: '', delimiter: '/' });
    const expectedFolders = [
      ...new Set([...seedKeys.filter((k) => k.includes('/')).map((k) => `${k.split('/')[0]}/`), SYNTHETIC]),
    ].sort();
    expect(page.folders).toEqual(expectedFolders);
    expect(page.folders).toContain('报告/');
    expect(page.objects.map((o) => o.key)).toEqual(['readme.txt']);
    expect(page.objects[0]).toMatchObject({
      storageClass: 'Standard',
      etag: expect.stringMatching(/^[0-9A-F]{32}$/),
    });
    expect(page.objects[0]?.lastModified).toBe(Date.UTC(2024, 0, 15, 8, 0, 0));
    expect(page.isTruncated).toBe(false);
    expect(credentials.getSnapshot().status).toBe('ready');
  });

  it.each([
    { name: 'HTTP', secure: false },
    { name: 'HTTPS', secure: true },
  ])('returns the tricky keys intact ($name)', async ({ secure }) => {
    const { client } = stack({ secure });
    const page = await client.listPage({ prefix: 'tricky/', delimiter: '/' });
    const expected = TRICKY_KEYS.filter((k) => k.startsWith('tricky/'));
    expect(page.objects.map((o) => o.key).sort()).toEqual([...expected].sort());
    for (const key of [
      'tricky/a b.txt',
      'tricky/a+b.txt',
      'tricky/100%.txt',
      'tricky/#hash.txt',
      'tricky/what?.txt',
      'tricky/中文 文件.txt',
      'tricky/😀.txt',
    ]) {
      expect(page.objects.map((o) => o.key)).toContain(key);
    }
  });

  it('heads a tricky key with its size and ETag', async () => {
    const { client } = stack();
    const spec = SEED_OBJECTS.find((s) => s.key === 'tricky/中文 文件.txt');
    const head = await client.head('tricky/中文 文件.txt');
    expect(head.size).toBe(spec?.build().length);
    expect(head.etag).toMatch(/^[0-9A-F]{32}$/);
    expect(head.contentType).toMatch(/^text\/plain/);
    await expect(client.head('tricky/missing.txt')).rejects.toMatchObject({ code: 'NoSuchKey', status: 404 });
  });

  it('drops the listed folder’s own marker object', async () => {
    const { client } = stack();
    const page = await client.listPage({ prefix: 'empty-folder/', delimiter: '/' });
    expect(page.objects).toEqual([]);
  });

  it('lists the custom domains mapped to the bucket', async () => {
    const { client } = stack();
    expect(await client.listCnames()).toEqual([{ domain: 'files.example.localhost', status: 'Enabled' }]);
  });
});

describe('paging', () => {
  it('pages a synthetic folder by continuation token, every key once, in order', async () => {
    const { client } = stack();
    const first = await client.listPage({ prefix: SYNTHETIC, maxKeys: 1000 });
    expect(first).toMatchObject({ isTruncated: true, keyCount: 1000 });
    expect(first.nextContinuationToken).toBeTruthy();
    const keys = await collect(client, SYNTHETIC, 1000);
    expect(keys).toHaveLength(SYNTHETIC_COUNT);
    expect(new Set(keys).size).toBe(SYNTHETIC_COUNT);
    expect([...keys].sort()).toEqual(keys);
    expect(keys[0]).toBe(`${SYNTHETIC}000000000.txt`);
  });

  it('retries 503s and connection resets from the same token', async () => {
    const { client } = stack();
    for (const mode of ['503', 'reset'] as const) {
      oss.faults.set({ listFailEvery: 2, listFailMode: mode });
      try {
        const keys = await collect(client, SYNTHETIC, 700);
        expect(keys).toHaveLength(SYNTHETIC_COUNT);
        expect(new Set(keys).size).toBe(SYNTHETIC_COUNT);
      } finally {
        oss.faults.reset();
      }
    }
  });

  it('stops when aborted, even while the answer never comes', async () => {
    const { client } = stack();
    // far beyond the test's timeout: only the abort can end the request in time
    oss.faults.set({ listLatencyMs: 60_000 });
    try {
      const controller = new AbortController();
      const pending = client.listPage({ prefix: SYNTHETIC, signal: controller.signal });
      setTimeout(() => controller.abort(), 50);
      await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    } finally {
      oss.faults.reset();
    }
  });
});

describe('permission and token failures', () => {
  /** A broker whose tokens may read objects but not list them. */
  const getOnlyIssuer: CredentialIssuer = {
    issue: async ({ durationSeconds, operator }) => {
      const iat = Math.floor(Date.now() / 1000);
      return mintCredentials(STACK_KEY, {
        iat,
        exp: iat + durationSeconds,
        sub: operator,
        policy: {
          Version: '1',
          Statement: [
            { Effect: 'Allow', Action: ['oss:GetObject'], Resource: ['acs:oss:*:*:examplebucket/*'] },
          ],
        },
      });
    },
  };

  it('a token without ListObjects → OssError AccessDenied with the policy message; no CNAME list', async () => {
    const { client } = stack({ issuer: getOnlyIssuer });
    const err = await client.listPage({ prefix: '', delimiter: '/' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OssError);
    expect(err).toMatchObject({ code: 'AccessDenied', status: 403 });
    const ossError = err as OssError;
    expect(ossError.requestId).toBeTruthy();
    const text = describeOssError(ossError, { locale: 'en-US' });
    expect(text.key).toBe('AccessDenied.policy');
    expect(text.text).toContain(`RequestId: ${ossError.requestId}`);
    expect(await client.listCnames()).toBeUndefined();
    // GetObject still works for the same token
    await expect(client.head('readme.txt')).resolves.toMatchObject({ key: 'readme.txt' });
  });

  it('an expired token → one refresh from the broker and a successful retry', async () => {
    const { client, credentials, brokerCalls } = stack();
    await client.listPage({ prefix: 'tricky/', delimiter: '/' });
    const first = credentials.current();
    expect(first).toBeDefined();
    expect(brokerCalls()).toBe(1);
    const iat = Math.floor(((first?.expiresAt ?? 0) - (first?.grantedSeconds ?? 0) * 1000) / 1000);
    oss.faults.set({ expireTokensIssuedBefore: iat });
    local.skewBroker(2000);
    try {
      const page = await client.listPage({ prefix: 'tricky/', delimiter: '/' });
      expect(page.objects.length).toBeGreaterThan(5);
      expect(brokerCalls()).toBe(2);
      expect(credentials.current()?.accessKeyId).not.toBe(first?.accessKeyId);
    } finally {
      oss.faults.reset();
      local.skewBroker(0);
    }
  });

  it('a retry after a dead token keeps the continuation token (does not restart from page 1)', async () => {
    const { client, credentials } = stack();
    const page1 = await client.listPage({ prefix: 'tricky/', maxKeys: 3 });
    expect(page1.nextContinuationToken).toBeTruthy();
    const first = credentials.current();
    const iat = Math.floor(((first?.expiresAt ?? 0) - (first?.grantedSeconds ?? 0) * 1000) / 1000);
    oss.faults.set({ expireTokensIssuedBefore: iat });
    local.skewBroker(2000);
    try {
      const page2 = await client.listPage({
        prefix: 'tricky/',
        maxKeys: 3,
        continuationToken: page1.nextContinuationToken,
      });
      expect(credentials.current()?.accessKeyId).not.toBe(first?.accessKeyId);
      expect(page2.objects[0]!.key > page1.objects.at(-1)!.key).toBe(true);
    } finally {
      oss.faults.reset();
      local.skewBroker(0);
    }
  });
});
