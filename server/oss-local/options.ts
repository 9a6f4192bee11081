// oss-local's configuration, parsed once with zod so a bad option fails loudly at start.
// Defaults describe the dev stack: region cn-local, endpoint oss-cn-local.localhost, the seeded buckets.
import type { Logger } from 'pino';
import { z } from 'zod';
import { MULTIPART, OSS_MAX_OBJECT_BYTES } from './constants';
import { faultPatchSchema } from '../object-store/faults';
import { SEED_BUCKETS, SEED_LAST_MODIFIED } from '../object-store/seed/seed-objects';
import { SYNTHETIC_MAX_COUNT } from '../object-store/synthetic-folder';

const BUCKET_NAME = /^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$/;
const HOST_NAME = /^[a-z0-9]([a-z0-9.-]*[a-z0-9])?$/;

export const corsRuleSchema = z.object({
  allowedOrigins: z.array(z.string().min(1)).min(1),
  allowedMethods: z.array(z.enum(['GET', 'PUT', 'HEAD', 'POST', 'DELETE'])).min(1),
  allowedHeaders: z.array(z.string()).default([]),
  exposeHeaders: z.array(z.string()).default([]),
  maxAgeSeconds: z.number().int().min(0).optional(),
});

export const bucketSchema = z.object({
  name: z.string().regex(BUCKET_NAME, 'bucket names are 3-63 lower-case letters, digits and hyphens'),
  acl: z.enum(['private', 'public-read']).default('private'),
  cors: z.array(corsRuleSchema).default([]),
  creationDate: z.number().int().default(SEED_LAST_MODIFIED),
});

export type BucketConfig = z.output<typeof bucketSchema>;

export const syntheticOptionSchema = z.object({
  bucket: z.string().regex(BUCKET_NAME),
  prefix: z.string(),
  count: z.number().int().min(0).max(SYNTHETIC_MAX_COUNT),
  lastModified: z.number().int().default(SEED_LAST_MODIFIED),
});

export const optionsSchema = z.object({
  /** shared with the broker: verifies STS tokens and derives their secrets (server/local-sts/token.ts) */
  stackKey: z.string().min(1),
  region: z
    .string()
    .regex(/^[a-z0-9-]+$/)
    .default('cn-local'),
  /** defaults to oss-<region>.localhost */
  endpoint: z.string().regex(HOST_NAME).optional(),
  accelerateEndpoint: z.string().regex(HOST_NAME).default('oss-accelerate.localhost'),
  /** custom domain -> bucket */
  cnames: z.record(z.string().regex(HOST_NAME), z.string().regex(BUCKET_NAME)).default({
    'files.example.localhost': SEED_BUCKETS.example,
    'cdn.example.localhost': SEED_BUCKETS.public,
  }),
  /** origins the seeded buckets' CORS rule allows */
  consoleOrigins: z.array(z.string().min(1)).default(['http://localhost:5173']),
  /** defaults to the seeded set (see defaultBuckets) */
  buckets: z.array(bucketSchema).optional(),
  /** a static non-STS account, for tests and seeding; requests signed with it may do anything */
  rootAccount: z.object({ accessKeyId: z.string().min(1), accessKeySecret: z.string().min(1) }).optional(),
  /** where uploads and the synthetic-folder manifest live; null keeps uploads in memory */
  dataDir: z.string().nullable().default('.data/oss-local'),
  /** add the deterministic seed objects (in memory; uploads over them win) */
  seed: z.boolean().default(true),
  synthetic: z.array(syntheticOptionSchema).default([]),
  faults: faultPatchSchema.default({}),
  /** serve POST /__oss-local/faults etc. on the endpoint host, loopback callers only */
  control: z.boolean().default(false),
  /**
   * Body limits, OSS's by default (PutObject 5 GB, UploadPart 5 GB); tests lower them to prove that a
   * chunked body (no Content-Length) is cut off at the limit too.
   */
  limits: z
    .object({
      maxObjectBytes: z.number().int().min(1).max(OSS_MAX_OBJECT_BYTES).default(OSS_MAX_OBJECT_BYTES),
      maxPartBytes: z.number().int().min(1).max(MULTIPART.maxPartSize).default(MULTIPART.maxPartSize),
    })
    .default({ maxObjectBytes: OSS_MAX_OBJECT_BYTES, maxPartBytes: MULTIPART.maxPartSize }),
  /** the clock, epoch ms; tests pin it */
  now: z.custom<() => number>((v) => typeof v === 'function').optional(),
  logger: z.custom<Logger>((v) => typeof v === 'object' && v !== null).optional(),
});

export type OssLocalOptions = z.input<typeof optionsSchema>;

export interface ResolvedOptions extends Omit<
  z.output<typeof optionsSchema>,
  'buckets' | 'endpoint' | 'now'
> {
  endpoint: string;
  buckets: BucketConfig[];
  now: () => number;
}

/** The CORS rule the seeded buckets carry: what the console needs to list, sign-check and upload. */
export function consoleCorsRule(origins: readonly string[]): z.output<typeof corsRuleSchema> {
  return {
    allowedOrigins: [...origins],
    allowedMethods: ['GET', 'PUT', 'HEAD', 'POST', 'DELETE'],
    allowedHeaders: ['*'],
    exposeHeaders: [
      'ETag',
      'x-oss-request-id',
      'Content-Length',
      'Content-Range',
      'x-oss-next-append-position',
    ],
    maxAgeSeconds: 600,
  };
}

export function defaultBuckets(origins: readonly string[]): BucketConfig[] {
  const rule = consoleCorsRule(origins);
  return [
    { name: SEED_BUCKETS.example, acl: 'private', cors: [rule], creationDate: SEED_LAST_MODIFIED },
    { name: SEED_BUCKETS.public, acl: 'public-read', cors: [rule], creationDate: SEED_LAST_MODIFIED },
    { name: SEED_BUCKETS.nocors, acl: 'private', cors: [], creationDate: SEED_LAST_MODIFIED },
  ];
}

export function resolveOptions(input: OssLocalOptions): ResolvedOptions {
  const parsed = optionsSchema.parse(input);
  const buckets = parsed.buckets ?? defaultBuckets(parsed.consoleOrigins);
  const names = new Set(buckets.map((b) => b.name));
  for (const [domain, bucket] of Object.entries(parsed.cnames)) {
    if (!names.has(bucket)) throw new Error(`cname ${domain} points at unknown bucket ${bucket}`);
  }
  return {
    ...parsed,
    endpoint: parsed.endpoint ?? `oss-${parsed.region}.localhost`,
    buckets,
    now: parsed.now ?? Date.now,
  };
}
