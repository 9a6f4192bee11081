import { describe, expect, it } from 'vitest';
import { createPresigner } from '../presign';
import { buildListObjectsRequest } from './list-objects-request';
import { parseListObjectsV2 } from './parse-list-objects';

describe('ListObjectsV2 in the workers', () => {
  it('parses url-encoded keys, quoted ETags, sizes, dates and the continuation', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?><ListBucketResult><Name>b</Name>
      <Contents><Key>a/%E4%B8%AD%20%2B%3D.txt</Key><LastModified>2024-01-15T08:00:00.000Z</LastModified>
      <ETag>&quot;ABC&quot;</ETag><Size>12</Size></Contents>
      <Contents><Key>a/</Key><LastModified>2024-01-15T08:00:00.000Z</LastModified><ETag>"D"</ETag><Size>0</Size></Contents>
      <IsTruncated>true</IsTruncated><NextContinuationToken>tok%2F=</NextContinuationToken></ListBucketResult>`;
    expect(parseListObjectsV2(xml)).toEqual({
      objects: [
        { key: 'a/中 +=.txt', size: 12, lastModified: Date.UTC(2024, 0, 15, 8), etag: 'ABC' },
        { key: 'a/', size: 0, lastModified: Date.UTC(2024, 0, 15, 8), etag: 'D' },
      ],
      folders: [],
      isTruncated: true,
      nextContinuationToken: 'tok%2F=',
      keyCount: 2,
    });
    expect(() => parseListObjectsV2('<Error><Code>AccessDenied</Code></Error>')).toThrow(/ListBucketResult/);
  });

  it('signs the list request in the query string only (no headers: no CORS preflight)', async () => {
    const session = await (
      await createPresigner()
    ).session(
      { accessKeyId: 'STS.a', accessKeySecret: 's', securityToken: 't' },
      { now: 0, region: 'cn-local' },
    );
    const r = buildListObjectsRequest(session, {
      origin: 'http://b.oss-cn-local.localhost:9000',
      bucket: 'b',
      prefix: 'a b/',
      continuationToken: 'x',
      maxKeys: 1000,
    });
    expect(r.headers).toEqual({});
    const u = new URL(r.url);
    expect(u.searchParams.get('prefix')).toBe('a b/');
    expect(u.searchParams.get('x-oss-security-token')).toBe('t');
    expect(u.searchParams.get('x-oss-signature')).toMatch(/^[0-9a-f]{64}$/);
  });
});
