// COS export benchmark, inside headless Chromium against cos-local: the console's export on a COS bucket
// (GET Bucket by marker in the listing worker, the COS core signing in the worker pool, CSV → Blob) vs the
// straightforward peer: cos-js-sdk-v5 getBucket by marker + getObjectUrl({ Sign: true }) per object, the
// CSV built as one string. Same prefix, same temporary key, same run.
import { createCosClient } from '../../src/cos/cos-client';
import { createCosPresigner } from '../../src/core/cos/cos-presigner';
import type { LinkOptions } from '../../src/core/link/link-options';
import type { ExportBenchRun } from './export-bench-page';
import { VALIDITY, exportToBlob, fixedCredentials, quote } from './export-bench-page';

export interface CosExportBenchInput {
  bucket: string;
  prefix: string;
  region: string;
  /** cos.<region>.localhost */
  endpoint: string;
  httpPort: number;
  credentials: { tmpSecretId: string; tmpSecretKey: string; sessionToken: string; expiresAt: number };
}

interface CosJsSdk {
  getBucket(params: Record<string, unknown>): Promise<{
    Contents: Array<{ Key: string; Size: string; LastModified: string; ETag: string }>;
    IsTruncated: string;
    NextMarker?: string;
  }>;
  getObjectUrl(params: Record<string, unknown>): string;
}

declare global {
  interface Window {
    runCosExportBench: (input: CosExportBenchInput, who: 'ours' | 'peer') => Promise<ExportBenchRun>;
  }
}

const cosPresigner = createCosPresigner();

async function ours(input: CosExportBenchInput): Promise<{ rows: number; fileBytes: number }> {
  const c = input.credentials;
  const credentials = fixedCredentials({
    id: c.tmpSecretId,
    secret: c.tmpSecretKey,
    token: c.sessionToken,
    expiresAt: c.expiresAt,
  });
  const endpoint = { region: input.region, endpoint: input.endpoint, httpPort: input.httpPort };
  const client = createCosClient({
    bucket: input.bucket,
    endpoint,
    secure: false,
    credentials,
    presigner: cosPresigner,
  });
  // the peer's links: HTTP, the default host, no response-* override, 1 h
  const options: LinkOptions = {
    validitySeconds: VALIDITY,
    secure: false,
    domain: { kind: 'default' },
    disposition: 'inline',
    version: 'v4',
  };
  return exportToBlob({
    cloud: 'cos',
    client,
    credentials,
    bucket: input.bucket,
    prefix: input.prefix,
    endpoint,
    options,
    filtered: false,
  });
}

async function peer(input: CosExportBenchInput): Promise<{ rows: number; fileBytes: number }> {
  const c = input.credentials;
  const COS = (window as unknown as { COS: new (o: object) => CosJsSdk }).COS;
  const client = new COS({
    SecretId: c.tmpSecretId,
    SecretKey: c.tmpSecretKey,
    SecurityToken: c.sessionToken,
    Protocol: 'http:',
    Domain: `{Bucket}.${input.endpoint}:${input.httpPort}`,
  });
  const where = { Bucket: input.bucket, Region: input.region };
  let csv = '\uFEFFkey,url,size,last_modified,etag\r\n';
  let rows = 0;
  let marker: string | undefined;
  do {
    const page = await client.getBucket({
      ...where,
      Prefix: input.prefix,
      MaxKeys: 1000,
      ...(marker ? { Marker: marker } : {}),
    });
    for (const o of page.Contents) {
      const url = client.getObjectUrl({ ...where, Key: o.Key, Sign: true, Expires: VALIDITY });
      csv += `${quote(o.Key)},${quote(url)},${o.Size},${o.LastModified},${quote(o.ETag)}\r\n`;
      rows += 1;
    }
    marker = page.IsTruncated === 'true' ? (page.NextMarker ?? page.Contents.at(-1)?.Key) : undefined;
  } while (marker);
  const blob = new Blob([csv], { type: 'text/csv' });
  return { rows, fileBytes: blob.size };
}

window.runCosExportBench = async (input, who) => {
  const start = performance.now();
  const result = await (who === 'peer' ? peer(input) : ours(input));
  return {
    name: who,
    rows: result.rows,
    ms: Math.round(performance.now() - start),
    fileBytes: result.fileBytes,
  };
};
