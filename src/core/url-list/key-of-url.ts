// The object key a signed URL points at, read from its path exactly as written. No WHATWG URL parser:
// it would resolve `a/../b` (as an SDK writes it) to `b`, another object. The bucket comes from the host.
import { ownerOfHost, type BucketHosts } from '../endpoint/bucket-hosts';

export type KeyOfUrl =
  | { ok: true; key: string }
  /** not an http(s) URL with a path we can decode */
  | { ok: false; problem: 'unreadable' }
  /** a link to another bucket of OSS */
  | { ok: false; problem: 'other-bucket'; bucket: string }
  /** a host that is neither an OSS host nor one of this bucket's custom domains */
  | { ok: false; problem: 'foreign-host'; host: string };

// scheme, host[:port] (no user info), path, query, fragment; no spaces anywhere
const URL_SHAPE = /^https?:\/\/([^/?#@\s]+)(\/[^?#\s]*)?(\?[^#\s]*)?(#\S*)?$/i;
const HOST_PORT = /^([^:[\]]+)(?::\d{1,5})?$/;

/** True when `line` looks like an http(s) URL (what a pasted link or a plain-text export line is). */
export function looksLikeUrl(line: string): boolean {
  return /^https?:\/\//i.test(line);
}

function decodePath(path: string): string | undefined {
  try {
    return decodeURIComponent(path);
  } catch {
    return undefined;
  }
}

export function keyOfUrl(url: string, hosts: BucketHosts): KeyOfUrl {
  const m = URL_SHAPE.exec(url);
  const hostMatch = m ? HOST_PORT.exec(m[1]!) : null;
  if (!m || !hostMatch) return { ok: false, problem: 'unreadable' };
  const hostname = hostMatch[1]!.toLowerCase();
  const path = (m[2] ?? '/').slice(1);
  const owner = ownerOfHost(hostname, hosts);
  if (owner.kind === 'unknown') return { ok: false, problem: 'foreign-host', host: hostname };
  if (owner.kind === 'other') return { ok: false, problem: 'other-bucket', bucket: owner.bucket };
  let encodedKey = path;
  if (owner.kind === 'path-style') {
    const slash = path.indexOf('/');
    const bucket = decodePath(slash === -1 ? path : path.slice(0, slash));
    if (bucket === undefined || bucket === '') return { ok: false, problem: 'unreadable' };
    if (bucket !== hosts.bucket) return { ok: false, problem: 'other-bucket', bucket };
    encodedKey = slash === -1 ? '' : path.slice(slash + 1);
  }
  const key = decodePath(encodedKey);
  return key === undefined || key === '' ? { ok: false, problem: 'unreadable' } : { ok: true, key };
}
