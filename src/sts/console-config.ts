// The console's two configuration documents, parsed once with zod and failing loudly:
// - /console-config.json, served next to index.html by whoever hosts the console: where the broker is;
// - the broker's GET /config: region, endpoint, buckets… Mirrors server/broker/config-schema.ts
//   (server/ and src/ share no code, so the shape is copied, and the test compares them).
import { z } from 'zod';

export const consoleBucketSchema = z.object({
  name: z.string().min(1),
  /**
   * `oss` or `cos` (the broker always sends it since COS part 1). Optional here until the console reads
   * COS buckets: an older broker omits it, and absent means `oss`.
   */
  provider: z.enum(['oss', 'cos']).optional(),
  /** COS only: the APPID (suffix of the bucket name) */
  appId: z.string().optional(),
  /** COS only: host[:port] of the bucket's default domain without the bucket, e.g. `cos.ap-guangzhou.myqcloud.com` */
  endpoint: z.string().optional(),
  /** COS only: HTTPS by default */
  secure: z.boolean().optional(),
  /** OSS region id without the `oss-` prefix, e.g. `cn-hangzhou` */
  region: z.string().min(1),
  /** the widest prefix credentials can reach in this bucket ('' = whole bucket) */
  prefix: z.string(),
  /** RAM actions the session policy grants, e.g. ['oss:GetObject', 'oss:ListObjects', 'oss:ListCname'] */
  actions: z.array(z.string()),
  /** PutObject and multipart upload are granted */
  upload: z.boolean(),
  /** where uploads are granted, inside `prefix` (absent: all of `prefix`) */
  uploadPrefix: z.string().optional(),
  /** custom domains mapped to the bucket, host names without port */
  customDomains: z.array(z.string()),
});

export const consoleConfigSchema = z.object({
  mode: z.enum(['local', 'aliyun']),
  region: z.string().min(1),
  /** host[:port] of the default endpoint, e.g. `oss-cn-hangzhou.aliyuncs.com` */
  endpoint: z.string().min(1),
  /** use HTTPS by default */
  secure: z.boolean(),
  /** local mode: host:port of oss-local's HTTPS listener */
  httpsEndpoint: z.string().optional(),
  /** host[:port] of the accelerate endpoint, when acceleration is offered */
  accelerateEndpoint: z.string().optional(),
  buckets: z.array(consoleBucketSchema).min(1),
  defaultBucket: z.string().min(1),
  minDurationSeconds: z.number().int().positive(),
  maxDurationSeconds: z.number().int().positive(),
  defaultDurationSeconds: z.number().int().positive(),
});

export type ConsoleBucket = z.infer<typeof consoleBucketSchema>;
export type ConsoleConfig = z.infer<typeof consoleConfigSchema>;

/** `/console-config.json`: absent fields mean "ask the operator in Settings". */
export const consoleBootstrapSchema = z.object({
  brokerUrl: z
    .string()
    .url('brokerUrl must be an absolute http(s) URL, e.g. https://broker.example.com')
    .refine((u) => /^https?:\/\//i.test(u), 'brokerUrl must use http or https')
    .optional(),
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
export function describeZodIssues(error: z.ZodError, input: unknown): string {
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
