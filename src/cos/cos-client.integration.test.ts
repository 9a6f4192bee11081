// The console's COS client against cos-local (its own verifier) with the broker's local-mode COS keys,
// through the console's broker client and CredentialsManager — and checked against the official Node SDK
// (cos-nodejs-sdk-v5 getBucket, header auth) listing the same bucket: same folders, same keys, same order.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BUCKET,
  REGION,
  ROOT,
  sdkFor,
  startTestCos,
  type TestCos,
} from '../../server/cos-local/test-fixtures';
import { createCosPresigner } from '../core/cos/cos-presigner';
import { loopbackFetch } from '../oss/local-stack.test-kit';
import type { OssClient } from '../oss/oss-client';
import { createCosClient } from './cos-client';
import { cosCredentials, cosEndpoint } from './cos-local.test-kit';

const STACK_KEY = 'cos-client-test-stack-key-0123';
const SYNTHETIC = { bucket: BUCKET, prefix: 'many/', count: 2_500 };
let cos: TestCos;
let client: OssClient;
let brokerCalls: () => number;

beforeAll(async () => {
  cos = await startTestCos({ stackKey: STACK_KEY, synthetic: [SYNTHETIC], rootAccount: ROOT });
  const broker = cosCredentials(cos, STACK_KEY);
  brokerCalls = broker.brokerCalls;
  client = createCosClient({
    bucket: BUCKET,
    endpoint: cosEndpoint(cos),
    secure: false,
    credentials: broker.credentials,
    presigner: createCosPresigner(),
    fetch: loopbackFetch,
  });
});
afterAll(async () => {
  await cos.close();
});

/** Every page of the official SDK's GET Bucket. */
async function sdkListing(prefix: string, delimiter?: string) {
  const sdk = sdkFor(cos);
  const folders: string[] = [];
  const keys: string[] = [];
  let marker: string | undefined;
  for (;;) {
    const page = await sdk.getBucket({
      Bucket: BUCKET,
      Region: REGION,
      Prefix: prefix,
      ...(delimiter ? { Delimiter: delimiter } : {}),
      ...(marker ? { Marker: marker } : {}),
      MaxKeys: 1000,
    });
    folders.push(...page.CommonPrefixes.map((p) => p.Prefix));
    keys.push(...page.Contents.map((c) => c.Key));
    if (page.IsTruncated !== 'true') return { folders, keys };
    marker = page.NextMarker;
  }
}

describe('the console’s COS client', () => {
  it('lists the bucket root by folder as the official SDK does, tricky keys included', async () => {
    const page = await client.listPage({ prefix: '', delimiter: '/' });
    const sdk = await sdkListing('', '/');
    expect(page.folders).toEqual(sdk.folders);
    expect(page.objects.map((o) => o.key)).toEqual(sdk.keys);
    expect(page.folders).toContain('many/');
    expect(page.objects.length).toBeGreaterThan(0);
    const any = page.objects[0]!;
    expect(any.size).toBeGreaterThanOrEqual(0);
    expect(Number.isFinite(any.lastModified)).toBe(true);
  });

  it('lists every key of a folder with tricky names, one level, as the SDK', async () => {
    const root = await client.listPage({ prefix: '', delimiter: '/' });
    for (const folder of root.folders.filter((f) => f !== 'many/')) {
      const ours = await client.listPage({ prefix: folder, delimiter: '/' });
      const sdk = await sdkListing(folder, '/');
      expect(ours.objects.map((o) => o.key)).toEqual(sdk.keys.filter((k) => k !== folder));
      expect(ours.folders).toEqual(sdk.folders);
    }
  });

  it('pages through 2,500 keys by marker: every key once, in order', async () => {
    const keys: string[] = [];
    let pages = 0;
    for await (const page of client.listAll({ prefix: SYNTHETIC.prefix, maxKeys: 1000 })) {
      keys.push(...page.objects.map((o) => o.key));
      pages += 1;
    }
    expect(pages).toBe(3);
    expect(keys).toHaveLength(SYNTHETIC.count);
    expect(new Set(keys).size).toBe(SYNTHETIC.count);
    expect(keys).toEqual((await sdkListing(SYNTHETIC.prefix)).keys);
  });

  it('reads an object’s head and the bucket’s custom domains', async () => {
    const { keys } = await sdkListing('', '/');
    const head = await client.head(keys[0]!);
    const sdkHead = await sdkFor(cos).headObject({ Bucket: BUCKET, Region: REGION, Key: keys[0]! });
    expect(head.size).toBe(Number(sdkHead.headers!['content-length']));
    const domains = await client.listCnames();
    expect(domains).toEqual([{ domain: 'files.cos-example.localhost', status: 'ENABLED' }]);
  });

  it('uses one broker key for many calls', async () => {
    const before = brokerCalls();
    await client.listPage({ prefix: '', delimiter: '/' });
    await client.listPage({ prefix: 'many/', maxKeys: 10 });
    expect(brokerCalls() - before).toBe(0);
  });
});
