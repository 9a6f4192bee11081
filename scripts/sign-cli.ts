// `npm run -s sign -- …`: the console's signing core for operators' scripts. Credentials come from the
// console's broker or from the environment, never from a flag (flags show in `ps`); links follow the
// console's rules: its validity range, and the effective expiry = min(URL, credentials), with a note on
// stderr when the credentials end materially earlier than asked (the one rule, isMaterialShortfall).
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { getCsvHeader, getCsvRows } from '../src/core/csv/csv-chunks';
import { buildContentDisposition, defaultFilename } from '../src/core/disposition/content-disposition';
import type { DomainChoice, EndpointSettings } from '../src/core/endpoint/resolve-object-origin';
import { resolveObjectOrigin } from '../src/core/endpoint/resolve-object-origin';
import { parseHostInput } from '../src/core/endpoint/validate-names';
import { CoreInputError } from '../src/core/errors/core-input-error';
import {
  getEffectiveExpiry,
  isMaterialShortfall,
  toIsoSeconds,
  type EffectiveExpiry,
} from '../src/core/expiry/effective-expiry';
import type { CosPresignTemplate } from '../src/core/cos';
import { compileCosPresign, createCosPresigner, resolveCosObjectOrigin } from '../src/core/cos';
import type { PresignInput, PresignMethod, SignatureVersion } from '../src/core/presign';
import { createPresigner, presignUrl } from '../src/core/presign';
import type { ProviderCredentials, ProviderKind } from '../src/core/provider/link-provider';
import { BrokerError } from '../src/sts/broker-error';
import {
  cliCredentials,
  CredentialsUnavailable,
  hasSessionToken,
  type CliCredentials,
} from './sign-credentials';
import { checkCliValidity, LONG_TERM_MAX_SECONDS } from './sign-validity';

export const USAGE = `Usage: npm run -s sign -- --bucket B --key K --region R --expires SECONDS [options]
       npm run -s sign -- --bucket B --keys-file FILE --region R --expires SECONDS [options] > urls.csv
       npm run -s sign -- --provider cos --bucket name-appid --region ap-guangzhou --key K --expires SECONDS

Credentials, never on the command line:
  --broker URL             STS credentials from the console's broker (GET URL/sts?bucket=B&duration=…)
  --broker-token-env NAME  the broker's bearer token is in the environment variable NAME (default: no auth)
  or the environment: OSS_ACCESS_KEY_ID, OSS_ACCESS_KEY_SECRET, and for STS OSS_SESSION_TOKEN (optional)
  and OSS_SESSION_EXPIRATION (ISO 8601, optional: then expires_at is the effective expiry);
  for --provider cos: COS_SECRET_ID, COS_SECRET_KEY, COS_SESSION_TOKEN and COS_SESSION_EXPIRATION

Validity (--expires): 60–32400 seconds with STS credentials, as the console; with a long-term key
(no session token) up to ${LONG_TERM_MAX_SECONDS} (7 days, the OSS V4 limit), for V1 and COS too.

Options:
  --provider oss|cos       the cloud that holds the bucket (default oss): Alibaba Cloud OSS or Tencent COS;
                           a COS bucket is named BucketName-APPID (examplebucket-1250000000)
  --endpoint HOST[:PORT]   endpoint instead of oss-<region>.aliyuncs.com (COS: cos.<region>.myqcloud.com;
                           private cloud, local server); its port is used for custom domains and
                           acceleration too
  --domain HOST            sign for a custom domain mapped to the bucket
  --accelerate             use the transfer-acceleration endpoint
  --http                   http:// instead of https://
  --now ISO8601            signing time (default: now)
  --version v1|v4          OSS signature version (default v4; COS has one signature)
  --method GET|PUT|HEAD    (default GET)
  --disposition inline|attachment   response-content-disposition
  --filename NAME          file name for the disposition (default: the key's last part, for attachment)
  --content-type T         PUT: the Content-Type the uploader must send; GET: response-content-type
  --content-md5 MD5        PUT: the Content-MD5 the uploader must send
  --process P              OSS only: x-oss-process, e.g. image/resize,w_800
  --traffic-limit N        x-oss-traffic-limit / x-cos-traffic-limit in bit/s
  --keys-file FILE         one key per line; writes CSV (key,url,expires_at) to stdout; expires_at is the
                           effective expiry (the credentials' end when it comes first)`;

export interface CliIo {
  env: Readonly<Record<string, string | undefined>>;
  out: (text: string) => void;
  err: (text: string) => void;
  /** how the broker is reached (tests) */
  fetch?: typeof fetch;
}

class UsageError extends Error {}

function options(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      provider: { type: 'string', default: 'oss' },
      bucket: { type: 'string' },
      broker: { type: 'string' },
      'broker-token-env': { type: 'string' },
      key: { type: 'string' },
      'keys-file': { type: 'string' },
      region: { type: 'string' },
      endpoint: { type: 'string' },
      domain: { type: 'string' },
      accelerate: { type: 'boolean', default: false },
      http: { type: 'boolean', default: false },
      expires: { type: 'string' },
      now: { type: 'string' },
      version: { type: 'string' },
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

/**
 * The endpoint's settings. A port typed with --endpoint belongs to the scheme in use (--http or not), so
 * the custom-domain and accelerate hosts of that stack get it too.
 */
function endpointSettings(o: Options, region: string): EndpointSettings {
  if (!o.endpoint) return { region };
  const { hostname, port } = parseHostInput(o.endpoint, 'endpoint');
  return o.http
    ? { region, endpoint: hostname, httpPort: port }
    : { region, endpoint: hostname, httpsPort: port };
}

function makeInput(o: Options, bucket: string, key: string, expires: number): PresignInput {
  const version = oneOf<SignatureVersion>(o.version ?? 'v4', ['v1', 'v4'], '--version');
  const c = commonInput(o, key);
  return {
    method: c.method,
    version,
    bucket,
    key,
    origin: resolveObjectOrigin(bucket, endpointSettings(o, need(o.region, '--region')), c.domain, !o.http),
    expiresInSeconds: expires,
    contentType: c.contentType,
    contentMd5: c.contentMd5,
    params: { ...c.params, process: o.process },
  };
}

/** What the options mean on both clouds: method, host choice, disposition, content type, speed limit. */
function commonInput(o: Options, key: string) {
  const method = oneOf<PresignMethod>(o.method, ['GET', 'PUT', 'HEAD'], '--method');
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
    domain,
    contentType: isPut ? o['content-type'] : undefined,
    contentMd5: isPut ? o['content-md5'] : undefined,
    params: {
      responseContentDisposition: disposition ? buildContentDisposition(disposition, filename) : undefined,
      responseContentType: isPut ? undefined : o['content-type'],
      trafficLimit: integer(o['traffic-limit'], '--traffic-limit'),
    },
  };
}

/**
 * The same link on COS: one signature (no --version), no image processing parameter of OSS's. The
 * template is the key's but for an attachment named after each key (see signerFor).
 */
function makeCosTemplate(o: Options, key: string, expires: number): CosPresignTemplate {
  if (o.version !== undefined)
    throw new UsageError('--version is for OSS; COS has one signature (q-sign-algorithm=sha1).');
  if (o.process !== undefined)
    throw new UsageError(
      '--process (x-oss-process) is for OSS; COS data processing is not signed by this tool.',
    );
  const c = commonInput(o, key);
  return {
    method: c.method,
    origin: resolveCosObjectOrigin(
      need(o.bucket, '--bucket'),
      endpointSettings(o, need(o.region, '--region')),
      c.domain,
      !o.http,
    ),
    expiresInSeconds: expires,
    contentType: c.contentType,
    contentMd5: c.contentMd5,
    params: c.params,
  };
}

type KeySigner = (key: string) => { url: string; expiresAt: number };

/** One signer per run: the cloud's presigner and session made once, then one call per key. */
async function signerFor(
  provider: ProviderKind,
  o: Options,
  credentials: ProviderCredentials,
  now: number,
  expires: number,
): Promise<KeySigner> {
  const bucket = need(o.bucket, '--bucket');
  const region = need(o.region, '--region');
  if (provider === 'cos') {
    const presigner = await createCosPresigner();
    const session = await presigner.session(
      { secretId: credentials.id, secretKey: credentials.secret, securityToken: credentials.token },
      { now },
    );
    // compiled once: only an attachment named after each key varies per key
    const perKey =
      o.disposition?.toLowerCase() === 'attachment' && o.filename === undefined
        ? {
            responseContentDisposition: (k: string) =>
              buildContentDisposition('attachment', defaultFilename(k)),
          }
        : undefined;
    return compileCosPresign(session, makeCosTemplate(o, 'k', expires), perKey);
  }
  const presigner = await createPresigner();
  const session = await presigner.session(
    {
      accessKeyId: credentials.id,
      accessKeySecret: credentials.secret,
      securityToken: credentials.token,
    },
    { now, region },
  );
  return (key) => presignUrl(session, makeInput(o, bucket, key, expires));
}

/** The note on stderr when the credentials end materially before the links (the console's one rule). */
function shortfallNote(c: CliCredentials, asked: number, effective: EffectiveExpiry): string {
  const end = toIsoSeconds(effective.expiresAt);
  const lost = Math.round(effective.shortfallMs / 1000);
  const who =
    c.from === 'broker'
      ? `the broker granted credentials for ${c.grantedSeconds ?? 'fewer'} s, less than the ${asked} s asked`
      : `the credentials in the environment end before the ${asked} s asked`;
  const fix =
    c.from === 'broker'
      ? "Raise the broker's maximum duration (BROKER_MAX_DURATION; npm start -- --max-duration) and the role's maximum session duration (RAM MaxSessionDuration, CAM role session duration), or ask for less."
      : 'Use credentials that last longer (a new STS token), or ask for less.';
  return `sign: ${who}: the links stop working at ${end}, ${lost} s early. ${fix}\n`;
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
    const provider = oneOf<ProviderKind>(o.provider, ['oss', 'cos'], '--provider');
    const bucket = need(o.bucket, '--bucket');
    need(o.region, '--region');
    const expires = need(integer(o.expires, '--expires'), '--expires');
    if (o['keys-file'] === undefined) need(o.key, '--key or --keys-file');
    else if (o.key !== undefined) throw new UsageError('Use either --key or --keys-file, not both.');
    if (o.now !== undefined && Number.isNaN(Date.parse(o.now)))
      throw new UsageError(`--now must be an ISO 8601 time (got "${o.now}").`);
    // checked before any credentials are asked for: a refused validity costs no broker call
    checkCliValidity(expires, o.broker === undefined && !hasSessionToken(provider, io.env));
    const creds = await cliCredentials(
      {
        provider,
        broker: o.broker,
        brokerTokenEnv: o['broker-token-env'],
        bucket,
        validitySeconds: expires,
      },
      io.env,
      io.fetch,
    );
    const now = o.now === undefined ? Date.now() + creds.clockOffsetMs : Date.parse(o.now);
    const sign = await signerFor(provider, o, creds.credentials, now, expires);
    let noted = false;
    const effectiveOf = (urlExpiresAt: number): EffectiveExpiry => {
      const effective = getEffectiveExpiry(urlExpiresAt, creds.expiresAt);
      if (!noted && isMaterialShortfall(effective)) io.err(shortfallNote(creds, expires, effective));
      noted = true;
      return effective;
    };
    if (o['keys-file'] === undefined) {
      const signed = sign(o.key!);
      io.out(`${signed.url}\n`);
      effectiveOf(signed.expiresAt);
      return 0;
    }
    const columns = ['key', 'url', 'expires_at'] as const;
    io.out(getCsvHeader(columns));
    let failed = 0;
    for await (const key of keyLines(o['keys-file'])) {
      try {
        const signed = sign(key);
        const expiresAt = toIsoSeconds(effectiveOf(signed.expiresAt).expiresAt);
        io.out(getCsvRows(columns, [{ key, url: signed.url, expires_at: expiresAt }]));
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
    // no credentials: what is wrong and the fix, without the usage (the flags were fine)
    if (e instanceof CredentialsUnavailable) {
      io.err(`sign: ${e.message}\n`);
      return 2;
    }
    if (e instanceof BrokerError) {
      io.err(`sign: ${e.problem} ${e.fix}\n`);
      return 2;
    }
    if ((e as { code?: string }).code === 'ENOENT') {
      io.err(`sign: cannot read the keys file: ${(e as Error).message}\n`);
      return 2;
    }
    throw e;
  }
}
