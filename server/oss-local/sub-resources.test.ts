// Sub-resources are never plain reads or writes. OSS dispatches on them: PUT /key?acl is PutObjectACL,
// GET /key?tagging is GetObjectTagging. oss-local implements some (multipart, ?cname, ?bucketInfo) with
// their own RAM action and answers every other one 501 NotImplemented in OSS XML. This walks every
// sub-resource of the V1 signature page (constants.ts keeps that list as the page has it), with every
// method, on an object and on the bucket, plus the operations of the API overview named below.
// Docs: https://www.alibabacloud.com/help/en/oss/developer-reference/include-signatures-in-the-authorization-header
//       https://www.alibabacloud.com/help/en/oss/developer-reference/list-of-operations-by-function
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { V1_SIGNED_SUBRESOURCES } from './constants';
import { mint, sdkClient, errorCode, startTestServer, type TestServer } from './test-fixtures';
import { loopbackRequest } from './loopback-lookup';
import { signedRequest } from './test-signed-request';

let ts: TestServer;
beforeAll(async () => {
  ts = await startTestServer();
});
afterAll(async () => {
  await ts.close();
});

/** Signed sub-resources that qualify GetObject/PutObject/ListObjects rather than select an operation. */
const PARAMETERS = new Set([
  'response-content-type',
  'response-content-language',
  'response-expires',
  'response-cache-control',
  'response-content-disposition',
  'response-content-encoding',
  'security-token',
  'continuation-token',
  'x-oss-traffic-limit',
  'x-oss-request-payer',
  'x-oss-ac-source-ip',
  'x-oss-ac-subnet-mask',
  'x-oss-ac-vpc-id',
  'x-oss-ac-forward-allow',
]);

/** method + sub-resource combinations oss-local implements (each with its own handler and RAM action). */
const IMPLEMENTED_OBJECT = new Set([
  'GET uploadId',
  'HEAD uploadId',
  'PUT uploadId',
  'PUT partNumber',
  'POST uploads',
  'POST uploadId',
  'DELETE uploadId',
]);
const IMPLEMENTED_BUCKET = new Set(['GET cname', 'GET bucketInfo', 'GET uploads']);
const METHODS = ['GET', 'HEAD', 'PUT', 'POST', 'DELETE'] as const;
const KEY = 'subresources/original.txt';
const ORIGINAL = 'the original bytes';

const stored = async (): Promise<string> => (await signedRequest(ts, { key: KEY })).body.toString();

describe('every OSS sub-resource', () => {
  it('on an object: 501 NotImplemented unless implemented; the object is never read or overwritten', async () => {
    await signedRequest(ts, { method: 'PUT', key: KEY, body: ORIGINAL });
    const names = [...V1_SIGNED_SUBRESOURCES].filter((n) => !PARAMETERS.has(n));
    expect(names.length).toBeGreaterThan(60);
    for (const name of names) {
      for (const method of METHODS) {
        const res = await signedRequest(ts, {
          method,
          key: KEY,
          query: `${name}=1`,
          body: method === 'PUT' || method === 'POST' ? 'OVERWRITE' : undefined,
        });
        const label = `${method} ?${name}`;
        expect(res.status, label).not.toBe(500);
        if (!IMPLEMENTED_OBJECT.has(`${method} ${name}`)) {
          expect([res.status, method === 'HEAD' ? 'NotImplemented' : errorCode(res.body)], label).toEqual([
            501,
            'NotImplemented',
          ]);
          if (method === 'HEAD')
            expect(Buffer.from(String(res.headers['x-oss-err']), 'base64').toString()).toContain(
              'NotImplemented',
            );
        }
        expect(res.body.toString(), label).not.toBe(ORIGINAL);
      }
    }
    expect(await stored()).toBe(ORIGINAL);
  });

  it('on the bucket: 501 NotImplemented unless implemented (never a listing)', async () => {
    const names = [...V1_SIGNED_SUBRESOURCES].filter((n) => !PARAMETERS.has(n));
    for (const name of names) {
      for (const method of METHODS) {
        const res = await signedRequest(ts, { method, query: `${name}=1` });
        const label = `${method} /?${name}`;
        if (IMPLEMENTED_BUCKET.has(`${method} ${name}`)) {
          expect(res.status, label).toBeLessThan(500);
          continue;
        }
        expect(res.status, label).toBe(501);
        expect(res.body.toString(), label).not.toContain('<ListBucketResult>');
      }
    }
  });

  it('the named operations of the API overview, as SDKs send them, are 501 and change nothing', async () => {
    await signedRequest(ts, { method: 'PUT', key: KEY, body: ORIGINAL });
    const calls: Array<[string, string, string, Record<string, string>?]> = [
      ['PUT', KEY, 'acl', { 'x-oss-object-acl': 'public-read' }], // PutObjectACL
      ['GET', KEY, 'acl'], // GetObjectACL
      ['PUT', KEY, 'tagging'], // PutObjectTagging
      ['GET', KEY, 'tagging'], // GetObjectTagging
      ['DELETE', KEY, 'tagging'], // DeleteObjectTagging: must not delete the object
      ['PUT', KEY, 'symlink', { 'x-oss-symlink-target': 'readme.txt' }], // PutSymlink
      ['GET', KEY, 'symlink'], // GetSymlink
      ['POST', KEY, 'append&position=0'], // AppendObject
      ['HEAD', KEY, 'objectMeta'], // GetObjectMeta
      ['POST', KEY, 'restore'], // RestoreObject
      ['GET', KEY, 'x-oss-process=image%2Fresize%2Cw_10'], // image processing
      ['POST', KEY, 'x-oss-process=csv%2Fselect'], // SelectObject
      ['GET', KEY, 'versionId=CAEQNhiBgMDJgZCA0BYiIGQ4MTgzOGZlNzY4YTQ0NjE5ZTg0ZDUzZWM4ODUwMTAw'], // GetObject of a version
      ['PUT', KEY, '', { 'x-oss-copy-source': '/examplebucket/readme.txt' }], // CopyObject
      ['POST', '', 'delete'], // DeleteMultipleObjects
      ['PUT', '', 'acl', { 'x-oss-acl': 'public-read-write' }], // PutBucketAcl
      ['GET', '', 'policy'], // GetBucketPolicy
      ['PUT', '', 'versioning'], // PutBucketVersioning
      ['GET', '', 'versions'], // ListObjectVersions
      ['GET', '', 'publicAccessBlock'], // GetBucketPublicAccessBlock
      ['GET', '', 'location'], // GetBucketLocation
    ];
    for (const [method, key, query, headers] of calls) {
      const res = await signedRequest(ts, {
        method,
        key,
        query,
        ...(headers ? { headers } : {}),
        ...(method === 'PUT' || method === 'POST' ? { body: 'OVERWRITE' } : {}),
      });
      expect(res.status, `${method} ${key}?${query}`).toBe(501);
    }
    expect(await stored()).toBe(ORIGINAL);
  });

  it('an STS credential allowed only oss:PutObject cannot reach another operation through a sub-resource', async () => {
    await signedRequest(ts, { method: 'PUT', key: KEY, body: ORIGINAL });
    const client = sdkClient(
      ts,
      mint({
        Version: '1',
        Statement: [
          {
            Effect: 'Allow',
            Action: ['oss:PutObject', 'oss:GetObject'],
            Resource: ['acs:oss:*:*:examplebucket/*'],
          },
        ],
      }),
    );
    const url = client.signatureUrl(KEY, { method: 'PUT', expires: 600, subResource: { acl: '' } } as never);
    const res = await loopbackRequest(url, { method: 'PUT', body: '' });
    expect(res.status).toBe(501);
    expect(await stored()).toBe(ORIGINAL);
  });
});
