// cos-local's configuration, parsed once with zod so a bad option fails loudly at start. Defaults describe
// the dev stack: region ap-guangzhou, APPID 1250000000, buckets examplebucket-1250000000 (private, CORS for
// the console), public-bucket-1250000000 (public-read) and nocors-bucket-1250000000 (no CORS rule).
import type { Logger } from 'pino';
import { z } from 'zod';
import { faultPatchSchema } from '../object-store/faults';
import { SEED_LAST_MODIFIED } from '../object-store/seed/seed-objects';
import { SYNTHETIC_MAX_COUNT } from '../object-store/synthetic-folder';

/** COS bucket names: `<name>-<appid>`, the name 1-50 lower-case letters, digits and hyphens. */
export const COS_BUCKET = /^[a-z0-9](?:[a-z0-9-]{0,48}[a-z0-9])?-\d{5,12}$/;
const HOST_NAME = /^[a-z0-9]([a-z0-9.-]*[a-z0-9])?$/;

export const DEFAULT_APPID = '1250000000';
export const DEFAULT_REGION = 'ap-guangzhou';

export const COS_SEED_BUCKETS = {
  example: `examplebucket-${DEFAULT_APPID}`,
  public: `public-bucket-${DEFAULT_APPID}`,
  nocors: `nocors-bucket-${DEFAULT_APPID}`,
} as const;

/** The 100,000-object folder `--big-folder` (and the dev stack's `cosBigFolder`) adds: keys big-folder/000000000.txt … */
export const BIG_FOLDER = { bucket: COS_SEED_BUCKETS.example, prefix: 'big-folder/', count: 100_000 };

const corsRuleSchema = z.object({
  allowedOrigins: z.array(z.string().min(1)).min(1),
  allowedMethods: z.array(z.enum(['GET', 'PUT', 'HEAD', 'POST', 'DELETE'])).min(1),
  allowedHeaders: z.array(z.string()).default([]),
  exposeHeaders: z.array(z.string()).default([]),
  maxAgeSeconds: z.number().int().min(0).optional(),
});
export type CosCorsRule = z.output<typeof corsRuleSchema>;

const bucketSchema = z.object({
  name: z.string().regex(COS_BUCKET, 'COS bucket names are <name>-<appid>, e.g. examplebucket-1250000000'),
  acl: z.enum(['private', 'public-read']).default('private'),
  cors: z.array(corsRuleSchema).default([]),
  /**
   * When the bucket was created (ISO 8601). COS serves buckets created on or after 1 January 2024 from
   * their default and acceleration domains as downloads only, and refuses .apk/.ipa there (see
   * routes/object.ts); absent = an older bucket.
   */
  createdAt: z.iso.datetime().optional(),
});
export type CosBucketConfig = z.output<typeof bucketSchema>;

export const cosOptionsSchema = z.object({
  /** shared with the broker: verifies COS temporary keys and derives their SecretKeys (server/local-sts/cos-token.ts) */
  stackKey: z.string().min(1),
  region: z
    .string()
    .regex(/^[a-z0-9-]+$/)
    .default(DEFAULT_REGION),
  /** the domain every host ends with; `<bucket>.cos.<region>.<domain>` */
  domain: z.string().regex(HOST_NAME).default('localhost'),
  /** custom domain -> bucket */
  customDomains: z.record(z.string().regex(HOST_NAME), z.string().regex(COS_BUCKET)).default({
    'files.cos-example.localhost': COS_SEED_BUCKETS.example,
  }),
  consoleOrigins: z.array(z.string().min(1)).default(['http://localhost:5173']),
  buckets: z.array(bucketSchema).optional(),
  /** a static permanent key (tests, seeding): may do anything */
  rootAccount: z.object({ secretId: z.string().min(1), secretKey: z.string().min(1) }).optional(),
  /** null keeps uploads in memory */
  dataDir: z.string().nullable().default('.data/cos-local'),
  seed: z.boolean().default(true),
  synthetic: z
    .array(
      z.object({
        bucket: z.string().regex(COS_BUCKET),
        prefix: z.string(),
        count: z.number().int().min(0).max(SYNTHETIC_MAX_COUNT),
        lastModified: z.number().int().default(SEED_LAST_MODIFIED),
      }),
    )
    .default([]),
  faults: faultPatchSchema.default({}),
  /** serve `/__cos-local/faults` on the service host (cos.<region>.<domain>), loopback callers only */
  control: z.boolean().default(false),
  /** PutObject / UploadPart body limits (COS: 5 GB each) */
  limits: z
    .object({
      maxObjectBytes: z
        .number()
        .int()
        .min(1)
        .default(5 * 1024 ** 3),
      maxPartBytes: z
        .number()
        .int()
        .min(1)
        .default(5 * 1024 ** 3),
    })
    .default({ maxObjectBytes: 5 * 1024 ** 3, maxPartBytes: 5 * 1024 ** 3 }),
  now: z.custom<() => number>((v) => typeof v === 'function').optional(),
  logger: z.custom<Logger>((v) => typeof v === 'object' && v !== null).optional(),
});

export type CosLocalOptions = z.input<typeof cosOptionsSchema>;

export interface ResolvedCosOptions extends Omit<z.output<typeof cosOptionsSchema>, 'buckets' | 'now'> {
  buckets: CosBucketConfig[];
  /** cos.<region>.<domain> */
  endpoint: string;
  /** cos.accelerate.<domain> */
  accelerateEndpoint: string;
  now: () => number;
}

function consoleRule(origins: readonly string[]): CosCorsRule {
  return {
    allowedOrigins: [...origins],
    allowedMethods: ['GET', 'PUT', 'HEAD', 'POST', 'DELETE'],
    allowedHeaders: ['*'],
    exposeHeaders: ['ETag', 'Content-Length', 'Content-Range', 'x-cos-request-id', 'x-cos-hash-crc64ecma'],
    maxAgeSeconds: 600,
  };
}

function defaultBuckets(origins: readonly string[]): CosBucketConfig[] {
  const rule = consoleRule(origins);
  return [
    // created before 2024: its default domain previews inline
    { name: COS_SEED_BUCKETS.example, acl: 'private', cors: [rule], createdAt: '2023-06-01T00:00:00Z' },
    // created in 2024: COS's forced-download rule applies on its default and acceleration domains
    { name: COS_SEED_BUCKETS.public, acl: 'public-read', cors: [rule], createdAt: '2024-03-01T00:00:00Z' },
    { name: COS_SEED_BUCKETS.nocors, acl: 'private', cors: [], createdAt: '2023-06-01T00:00:00Z' },
  ];
}

export function resolveCosOptions(input: CosLocalOptions): ResolvedCosOptions {
  const parsed = cosOptionsSchema.parse(input);
  const buckets = parsed.buckets ?? defaultBuckets(parsed.consoleOrigins);
  const names = new Set(buckets.map((b) => b.name));
  for (const [domain, bucket] of Object.entries(parsed.customDomains)) {
    if (!names.has(bucket)) throw new Error(`custom domain ${domain} points at unknown bucket ${bucket}`);
  }
  return {
    ...parsed,
    buckets,
    endpoint: `cos.${parsed.region}.${parsed.domain}`,
    accelerateEndpoint: `cos.accelerate.${parsed.domain}`,
    now: parsed.now ?? Date.now,
  };
}
