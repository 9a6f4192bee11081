// User metadata (`x-oss-meta-*`): kept from PutObject and InitiateMultipartUpload, returned by GET/HEAD.
// OSS lower-cases the names.
import { USER_META_PREFIX } from '../constants';

export function userMetaOf(headers: Headers): Record<string, string> {
  const meta: Record<string, string> = {};
  headers.forEach((value, name) => {
    const lower = name.toLowerCase();
    if (lower.startsWith(USER_META_PREFIX) && lower.length > USER_META_PREFIX.length)
      meta[lower.slice(USER_META_PREFIX.length)] = value;
  });
  return meta;
}

export function userMetaHeaders(meta: Readonly<Record<string, string>> | undefined): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(meta ?? {})) headers[`${USER_META_PREFIX}${name}`] = value;
  return headers;
}
