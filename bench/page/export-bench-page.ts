// Export benchmark, inside headless Chromium against oss-local: our pipeline (listing → worker pool
// sign + CSV → Blob parts) vs the straightforward peer (ali-oss listV2 loop + signatureUrl per object,
// the CSV built as one string in memory). Same prefix, same credentials, same run.
import type { LinkOptions } from '../../src/core/link/link-options';
import { URL_LIST_COLUMNS } from '../../src/core/url-list/url-list-format';
import type { ExportFilter } from '../../src/core/filter/export-filter';
import { createPresigner } from '../../src/core/presign';
import type { EndpointSettings } from '../../src/core/endpoint/resolve-object-origin';
import type { ProviderKind } from '../../src/core/provider/link-provider';
import { createBlobSink } from '../../src/export/export-sink';
import { runExportJob } from '../../src/export/export-job';
import { pagePresigners } from '../../src/workers/page-presigners';
import { createOssClient } from '../../src/oss/oss-client';
import { CredentialsManager } from '../../src/sts/credentials-manager';

export interface ExportBenchInput {
  bucket: string;
  prefix: string;
  region: string;
  endpoint: string;
  httpPort: number;
  /** for HTTPS links (the console's default) */
  httpsPort?: number;
  credentials: { AccessKeyId: string; AccessKeySecret: string; SecurityToken: string; Expiration: string };
  /** the links' options (ours only); default V1, HTTP, inline, 1 h — the peer's */
  link?: Pick<LinkOptions, 'version' | 'secure' | 'disposition'>;
}

export interface ExportBenchRun {
  name: string;
  rows: number;
  ms: number;
  fileBytes: number;
}

interface PeerClient {
  listV2(
    query: Record<string, string>,
    options?: object,
  ): Promise<{
    objects?: Array<{ name: string; size: number; lastModified: string; etag: string }>;
    isTruncated: boolean;
    nextContinuationToken?: string;
  }>;
  signatureUrl(name: string, options: { expires: number }): string;
}

declare global {
  interface Window {
    runExportBench: (input: ExportBenchInput, who: ExportContender) => Promise<ExportBenchRun>;
  }
}

/** ours-filtered: ours with a filter that keeps every object but runs every test (globs, size, date) */
type ExportContender = 'ours' | 'ours-filtered' | 'peer';

export const VALIDITY = 3600;
const KEEP_ALL: ExportFilter = {
  include: ['**', '*'],
  exclude: ['*.never-there'],
  caseSensitive: false,
  minSize: 0,
  maxSize: 48 * 1024 ** 4,
  modifiedFrom: 0,
  modifiedBefore: 8.64e15,
};
const presigner = createPresigner();
const presigners = pagePresigners({ oss: presigner });

/** A CredentialsManager over one fixed temporary key (the bench's key lasts longer than any run). */
export function fixedCredentials(c: {
  id: string;
  secret: string;
  token: string;
  expiresAt: number;
}): CredentialsManager {
  return new CredentialsManager({
    source: async () => ({
      credentials: {
        accessKeyId: c.id,
        accessKeySecret: c.secret,
        securityToken: c.token,
        expiresAt: c.expiresAt,
      },
      serverDate: undefined,
    }),
  });
}

/** The console's export of one prefix to a Blob: the same job the Export dialog starts. */
export async function exportToBlob(o: {
  cloud: ProviderKind;
  client: Parameters<typeof runExportJob>[0]['oss'];
  credentials: CredentialsManager;
  bucket: string;
  prefix: string;
  endpoint: EndpointSettings;
  options: LinkOptions;
  filtered: boolean;
}): Promise<{ rows: number; fileBytes: number }> {
  let blob: Blob | undefined;
  const { summary } = await runExportJob({
    input: {
      kind: 'source',
      source: { kind: 'prefix', prefix: o.prefix, ...(o.filtered ? { narrow: { filter: KEEP_ALL } } : {}) },
    },
    plan: {
      cloud: o.cloud,
      bucket: o.bucket,
      endpoint: o.endpoint,
      options: o.options,
      format: 'csv',
      columns: URL_LIST_COLUMNS,
    },
    verify: 'off',
    oss: o.client,
    credentials: o.credentials,
    presigners,
    sink: createBlobSink('text/csv', (b) => {
      blob = b;
    }),
    signal: new AbortController().signal,
  });
  if (summary.status !== 'done') throw new Error(summary.error ?? summary.status);
  return { rows: summary.rows, fileBytes: blob?.size ?? 0 };
}

async function ours(
  input: ExportBenchInput,
  filtered: boolean,
): Promise<{ rows: number; fileBytes: number }> {
  const c = input.credentials;
  const credentials = fixedCredentials({
    id: c.AccessKeyId,
    secret: c.AccessKeySecret,
    token: c.SecurityToken,
    expiresAt: Date.parse(c.Expiration),
  });
  const endpoint = {
    region: input.region,
    endpoint: input.endpoint,
    httpPort: input.httpPort,
    ...(input.httpsPort === undefined ? {} : { httpsPort: input.httpsPort }),
  };
  const oss = createOssClient({ bucket: input.bucket, endpoint, secure: false, credentials, presigner });
  const options: LinkOptions = {
    validitySeconds: VALIDITY,
    secure: false,
    domain: { kind: 'default' },
    disposition: 'inline',
    version: 'v1',
    ...input.link,
  };
  return exportToBlob({
    cloud: 'oss',
    client: oss,
    credentials,
    bucket: input.bucket,
    prefix: input.prefix,
    endpoint,
    options,
    filtered,
  });
}

/** A CSV cell as the peers write it (quoted when it must be). */
export const quote = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

async function peer(input: ExportBenchInput): Promise<{ rows: number; fileBytes: number }> {
  const c = input.credentials;
  const OSS = (window as unknown as { OSS: new (o: object) => PeerClient }).OSS;
  const client = new OSS({
    region: `oss-${input.region}`,
    endpoint: `http://${input.endpoint}:${input.httpPort}`,
    bucket: input.bucket,
    accessKeyId: c.AccessKeyId,
    accessKeySecret: c.AccessKeySecret,
    stsToken: c.SecurityToken,
    secure: false,
    refreshSTSToken: async () => ({ ...c, accessKeyId: c.AccessKeyId, accessKeySecret: c.AccessKeySecret }),
    refreshSTSTokenInterval: 3_600_000,
  });
  let csv = '\uFEFFkey,url,size,last_modified,etag\r\n';
  let rows = 0;
  let token: string | undefined;
  do {
    const query: Record<string, string> = { prefix: input.prefix, 'max-keys': '1000' };
    if (token) query['continuation-token'] = token;
    const page = await client.listV2(query, { timeout: 60_000 });
    for (const o of page.objects ?? []) {
      const url = client.signatureUrl(o.name, { expires: VALIDITY });
      csv += `${quote(o.name)},${quote(url)},${o.size},${o.lastModified},${quote(o.etag)}\r\n`;
      rows += 1;
    }
    token = page.isTruncated ? page.nextContinuationToken : undefined;
  } while (token);
  const blob = new Blob([csv], { type: 'text/csv' });
  return { rows, fileBytes: blob.size };
}

window.runExportBench = async (input, who) => {
  const start = performance.now();
  const result = await (who === 'peer' ? peer(input) : ours(input, who === 'ours-filtered'));
  return {
    name: who,
    rows: result.rows,
    ms: Math.round(performance.now() - start),
    fileBytes: result.fileBytes,
  };
};
