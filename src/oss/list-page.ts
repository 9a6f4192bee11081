// ali-oss's listV2 answer, validated with zod and turned into the console's page shape.
import { z } from 'zod';
import { OssError } from '../core/errors';

export interface ObjectEntry {
  key: string;
  size: number;
  /** ms since the epoch */
  lastModified: number;
  /** without the quotes OSS puts around it */
  etag: string;
  storageClass: string;
  /** Normal, Multipart, Appendable, Symlink */
  type?: string;
}

export interface ListPage {
  /** common prefixes (delimiter '/'), each ending with '/' */
  folders: string[];
  objects: ObjectEntry[];
  nextContinuationToken?: string;
  isTruncated: boolean;
  keyCount: number;
}

const sdkObject = z.object({
  name: z.string(),
  size: z.number().nonnegative(),
  lastModified: z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'not a date'),
  etag: z.string().nullish(),
  storageClass: z.string().nullish(),
  type: z.string().nullish(),
});

const sdkListV2 = z.object({
  objects: z.array(sdkObject).nullish(),
  prefixes: z.array(z.string()).nullish(),
  isTruncated: z.boolean(),
  // ali-oss computes +KeyCount: NaN when OSS omits it
  keyCount: z.union([z.number(), z.nan()]),
  nextContinuationToken: z.string().nullish(),
});

function malformed(detail: string): OssError {
  return new OssError({
    code: 'MalformedListing',
    message: `The listing answer could not be read: ${detail}. Check the endpoint in Settings points at OSS.`,
    status: 200,
    requestId: undefined,
    hostId: undefined,
  });
}

/** Keys come back percent-encoded (encoding-type=url), so control characters survive XML. */
function decodeKey(encoded: string): string {
  try {
    return decodeURIComponent(encoded);
  } catch {
    throw malformed(`a key is not valid percent-encoding`);
  }
}

export function toListPage(answer: unknown, options: { prefix: string; urlEncoded: boolean }): ListPage {
  const parsed = sdkListV2.safeParse(answer);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw malformed(`${first?.path.join('.') ?? ''} ${first?.message ?? ''}`.trim());
  }
  const data = parsed.data;
  const decode = options.urlEncoded ? decodeKey : (s: string): string => s;
  const objects: ObjectEntry[] = [];
  for (const o of data.objects ?? []) {
    const key = decode(o.name);
    // The folder's own marker object ("photos/") is the folder being listed, not an entry in it.
    if (key === options.prefix && key.endsWith('/')) continue;
    objects.push({
      key,
      size: o.size,
      lastModified: Date.parse(o.lastModified),
      etag: (o.etag ?? '').replace(/^"|"$/g, ''),
      storageClass: o.storageClass ?? 'Standard',
      ...(o.type ? { type: o.type } : {}),
    });
  }
  const folders = (data.prefixes ?? []).map(decode);
  return {
    folders,
    objects,
    ...(data.isTruncated && data.nextContinuationToken
      ? { nextContinuationToken: data.nextContinuationToken }
      : {}),
    isTruncated: data.isTruncated,
    keyCount: Number.isNaN(data.keyCount) ? folders.length + objects.length : data.keyCount,
  };
}
