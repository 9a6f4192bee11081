// The console's two configuration documents, parsed once with zod and failing loudly:
// - /console-config.json, served next to index.html by whoever hosts the console: where the broker is;
// - the broker's GET /config: region, endpoint, buckets… Mirrors server/broker/config-schema.ts
//   (server/ and src/ share no code, so the shape is copied, and the test compares them).
import * as z from 'zod/mini';

const nonEmpty = () => z.string().check(z.minLength(1));
const positiveInt = () => z.int().check(z.positive());

export const consoleBucketSchema = z.object({
  name: nonEmpty(),
  /** `oss` or `cos` (a broker from before COS says nothing: OSS) */
  provider: z._default(z.enum(['oss', 'cos']), 'oss'),
  /** COS only: the APPID (suffix of the name) */
  appId: z.optional(z.string()),
  /** COS only: host[:port] of the bucket's default domain without the bucket */
  endpoint: z.optional(z.string()),
  /** COS only: host:port of a separate HTTPS listener for the same hosts (local server) */
  httpsEndpoint: z.optional(z.string()),
  /** COS only: use HTTPS by default */
  secure: z.optional(z.boolean()),
  /** COS only, when the bucket has global acceleration: host[:port] of the accelerate domain without the bucket */
  accelerateEndpoint: z.optional(z.string()),
  /** OSS region id without the `oss-` prefix, e.g. `cn-hangzhou` */
  region: nonEmpty(),
  /** the widest prefix credentials can reach in this bucket ('' = whole bucket) */
  prefix: z.string(),
  /** RAM actions the session policy grants, e.g. ['oss:GetObject', 'oss:ListObjects', 'oss:ListCname'] */
  actions: z.array(z.string()),
  /** PutObject and multipart upload are granted */
  upload: z.boolean(),
  /** where uploads are granted, inside `prefix` (absent: all of `prefix`) */
  uploadPrefix: z.optional(z.string()),
  /** custom domains mapped to the bucket, host names without port */
  customDomains: z.array(z.string()),
});

export const consoleConfigSchema = z.object({
  mode: z.enum(['local', 'aliyun']),
  region: nonEmpty(),
  /** host[:port] of the default endpoint, e.g. `oss-cn-hangzhou.aliyuncs.com` */
  endpoint: nonEmpty(),
  /** use HTTPS by default */
  secure: z.boolean(),
  /** local mode: host:port of oss-local's HTTPS listener */
  httpsEndpoint: z.optional(z.string()),
  /** host[:port] of the accelerate endpoint, when acceleration is offered */
  accelerateEndpoint: z.optional(z.string()),
  buckets: z.array(consoleBucketSchema).check(z.minLength(1)),
  defaultBucket: nonEmpty(),
  minDurationSeconds: positiveInt(),
  maxDurationSeconds: positiveInt(),
  defaultDurationSeconds: positiveInt(),
});

export type ConsoleBucket = z.infer<typeof consoleBucketSchema>;
export type ConsoleConfig = z.infer<typeof consoleConfigSchema>;

/** `/console-config.json`: absent fields mean "ask the operator in Settings". */
export const consoleBootstrapSchema = z.object({
  brokerUrl: z.optional(
    z
      .url('brokerUrl must be an absolute http(s) URL, e.g. https://broker.example.com')
      .check(z.refine((u) => /^https?:\/\//i.test(u), 'brokerUrl must use http or https')),
  ),
});

export type ConsoleBootstrap = z.infer<typeof consoleBootstrapSchema>;

export const CONSOLE_BOOTSTRAP_PATH = '/console-config.json';

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/**
 * One clause per problem, naming the field: what a zod failure tells an operator. Values are never
 * quoted (a broker answer holds secrets); zod's messages only name expected and received types.
 */
export function describeZodIssues(error: z.core.$ZodError, input: unknown): string {
  return error.issues
    .map((issue) => {
      const path = issue.path.map(String).join('.');
      const missing = issue.code === 'invalid_type' && valueAt(input, issue.path) === undefined;
      return `${path || '(document)'} ${missing ? 'is missing' : `is invalid (${issue.message})`}`;
    })
    .join('; ');
}

export class ConsoleConfigError extends Error {
  override readonly name = 'ConsoleConfigError';
}

/**
 * Reads /console-config.json. A missing file (404) is normal: the operator types the broker URL in
 * Settings. A present but broken file is an error naming the field.
 */
export async function fetchConsoleBootstrap(
  options: { fetch?: typeof fetch; url?: string; signal?: AbortSignal } = {},
): Promise<ConsoleBootstrap> {
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const url = options.url ?? CONSOLE_BOOTSTRAP_PATH;
  const res = await doFetch(url, {
    cache: 'no-store',
    headers: { Accept: 'application/json' },
    ...(options.signal ? { signal: options.signal } : {}),
  });
  if (res.status === 404) return {};
  const text = await res.text();
  if (!res.ok) {
    throw new ConsoleConfigError(
      `${url} answered HTTP ${res.status}. Check the web server that hosts the console.`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    // An SPA fallback (index.html for every path) is the usual cause: treat it as "no file".
    if (/^\s*</.test(text)) return {};
    throw new ConsoleConfigError(
      `${url} is not JSON. Write it as {"brokerUrl": "https://broker.example.com"}.`,
    );
  }
  const parsed = consoleBootstrapSchema.safeParse(json);
  if (!parsed.success) {
    throw new ConsoleConfigError(
      `${url}: ${describeZodIssues(parsed.error, json)}. Write it as {"brokerUrl": "https://broker.example.com"}.`,
    );
  }
  return parsed.data;
}
