// `npm run -s sign -- …`: the console's signing core for operators' scripts.
// Credentials come from the environment only (flags show in `ps`).
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { getCsvHeader, getCsvRows } from '../src/core/csv/csv-chunks';
import { buildContentDisposition, defaultFilename } from '../src/core/disposition/content-disposition';
import type { DomainChoice } from '../src/core/endpoint/resolve-object-origin';
import { resolveObjectOrigin } from '../src/core/endpoint/resolve-object-origin';
import { CoreInputError } from '../src/core/errors/core-input-error';
import { toIsoSeconds } from '../src/core/expiry/effective-expiry';
import type { PresignInput, PresignMethod, SignatureVersion, SigningSession } from '../src/core/presign';
import { createPresigner, presignUrl } from '../src/core/presign';

export const USAGE = `Usage: npm run -s sign -- --bucket B --key K --region R --expires SECONDS [options]
       npm run -s sign -- --bucket B --keys-file FILE --region R --expires SECONDS [options] > urls.csv

Credentials (environment only): OSS_ACCESS_KEY_ID, OSS_ACCESS_KEY_SECRET, OSS_SESSION_TOKEN (STS, optional)

Options:
  --endpoint HOST[:PORT]   endpoint instead of oss-<region>.aliyuncs.com (private cloud, local server)
  --domain HOST            sign for a custom domain mapped to the bucket
  --accelerate             use the transfer-acceleration endpoint
  --http                   http:// instead of https://
  --now ISO8601            signing time (default: now)
  --version v1|v4          signature version (default v4)
  --method GET|PUT|HEAD    (default GET)
  --disposition inline|attachment   response-content-disposition
  --filename NAME          file name for the disposition (default: the key's last part, for attachment)
  --content-type T         PUT: the Content-Type the uploader must send; GET: response-content-type
  --content-md5 MD5        PUT: the Content-MD5 the uploader must send
  --process P              x-oss-process, e.g. image/resize,w_800
  --traffic-limit N        x-oss-traffic-limit in bit/s
  --keys-file FILE         one key per line; writes CSV (key,url,expires_at) to stdout`;

export interface CliIo {
  env: Readonly<Record<string, string | undefined>>;
  out: (text: string) => void;
  err: (text: string) => void;
}

class UsageError extends Error {}

function options(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      bucket: { type: 'string' },
      key: { type: 'string' },
      'keys-file': { type: 'string' },
      region: { type: 'string' },
      endpoint: { type: 'string' },
      domain: { type: 'string' },
      accelerate: { type: 'boolean', default: false },
      http: { type: 'boolean', default: false },
      expires: { type: 'string' },
      now: { type: 'string' },
      version: { type: 'string', default: 'v4' },
      method: { type: 'string', default: 'GET' },
      disposition: { type: 'string' },
      filename: { type: 'string' },
      'content-type': { type: 'string' },
      'content-md5': { type: 'string' },
      process: { type: 'string' },
      'traffic-limit': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  return values;
}

type Options = ReturnType<typeof options>;

function need<T>(value: T | undefined, flag: string): T {
  if (value === undefined || value === '') throw new UsageError(`Missing ${flag}.`);
  return value;
}

function oneOf<T extends string>(value: string, allowed: readonly T[], flag: string): T {
  const v = (flag === '--method' ? value.toUpperCase() : value.toLowerCase()) as T;
  if (!allowed.includes(v))
    throw new UsageError(`${flag} must be one of ${allowed.join(', ')} (got "${value}").`);
  return v;
}

function integer(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(`${flag} must be a whole number (got "${value}").`);
  return Number(value);
}

function makeInput(o: Options, bucket: string, key: string): PresignInput {
  const method = oneOf<PresignMethod>(o.method, ['GET', 'PUT', 'HEAD'], '--method');
  const version = oneOf<SignatureVersion>(o.version, ['v1', 'v4'], '--version');
  if (o.domain && o.accelerate) throw new UsageError('Use either --domain or --accelerate, not both.');
  const domain: DomainChoice = o.domain
    ? { kind: 'custom', host: o.domain }
    : o.accelerate
      ? { kind: 'accelerate' }
      : { kind: 'default' };
  const disposition = o.disposition
    ? oneOf(o.disposition, ['inline', 'attachment'] as const, '--disposition')
    : undefined;
  const filename = o.filename ?? (disposition === 'attachment' ? defaultFilename(key) : undefined);
  const isPut = method === 'PUT';
  return {
    method,
    version,
    bucket,
    key,
    origin: resolveObjectOrigin(
      bucket,
      { region: need(o.region, '--region'), endpoint: o.endpoint },
      domain,
      !o.http,
    ),
    expiresInSeconds: need(integer(o.expires, '--expires'), '--expires'),
    contentType: isPut ? o['content-type'] : undefined,
    contentMd5: isPut ? o['content-md5'] : undefined,
    params: {
      responseContentDisposition: disposition ? buildContentDisposition(disposition, filename) : undefined,
      responseContentType: isPut ? undefined : o['content-type'],
      process: o.process,
      trafficLimit: integer(o['traffic-limit'], '--traffic-limit'),
    },
  };
}

async function* keyLines(file: string): AsyncGenerator<string> {
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) if (line.trim() !== '') yield line.replace(/^\uFEFF/, '');
}

/** Returns the process exit code: 0 ok, 1 some keys failed, 2 bad usage or input. */
export async function runSignCli(argv: string[], io: CliIo): Promise<number> {
  try {
    const o = options(argv);
    if (o.help) {
      io.out(`${USAGE}\n`);
      return 0;
    }
    const accessKeyId = io.env.OSS_ACCESS_KEY_ID;
    const accessKeySecret = io.env.OSS_ACCESS_KEY_SECRET;
    if (!accessKeyId || !accessKeySecret) {
      throw new UsageError(
        'Set OSS_ACCESS_KEY_ID and OSS_ACCESS_KEY_SECRET (and OSS_SESSION_TOKEN for STS) in the environment.',
      );
    }
    const now = o.now === undefined ? Date.now() : Date.parse(o.now);
    if (Number.isNaN(now)) throw new UsageError(`--now must be an ISO 8601 time (got "${o.now}").`);
    const bucket = need(o.bucket, '--bucket');
    const presigner = await createPresigner();
    const session: SigningSession = await presigner.session(
      { accessKeyId, accessKeySecret, securityToken: io.env.OSS_SESSION_TOKEN || undefined },
      { now, region: need(o.region, '--region') },
    );
    if (o['keys-file'] === undefined) {
      io.out(`${presignUrl(session, makeInput(o, bucket, need(o.key, '--key or --keys-file'))).url}\n`);
      return 0;
    }
    if (o.key !== undefined) throw new UsageError('Use either --key or --keys-file, not both.');
    const columns = ['key', 'url', 'expires_at'] as const;
    io.out(getCsvHeader(columns));
    let failed = 0;
    for await (const key of keyLines(o['keys-file'])) {
      try {
        const signed = presignUrl(session, makeInput(o, bucket, key));
        io.out(getCsvRows(columns, [{ key, url: signed.url, expires_at: toIsoSeconds(signed.expiresAt) }]));
      } catch (e) {
        if (!(e instanceof CoreInputError)) throw e;
        failed++;
        io.err(`skipped ${JSON.stringify(key)}: ${e.message}\n`);
      }
    }
    return failed > 0 ? 1 : 0;
  } catch (e) {
    if (
      e instanceof UsageError ||
      e instanceof CoreInputError ||
      (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
    ) {
      io.err(`sign: ${(e as Error).message}\n\n${USAGE}\n`);
      return 2;
    }
    if ((e as { code?: string }).code === 'ENOENT') {
      io.err(`sign: cannot read the keys file: ${(e as Error).message}\n`);
      return 2;
    }
    throw e;
  }
}
