import { CoreInputError } from '../errors/core-input-error';
import type { HostReason } from '../errors/core-problem';

const BUCKET = /^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$/;
const REGION = /^[a-z0-9]+(-[a-z0-9]+)*$/;
// One DNS label: letters, digits, inner hyphens, 1–63 chars. Unicode domains must be typed in punycode.
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

export function validateBucketName(bucket: string): void {
  if (!BUCKET.test(bucket)) {
    throw new CoreInputError({ code: 'BUCKET_INVALID', bucket });
  }
  if (!isParsableLabel(bucket)) throw new CoreInputError({ code: 'BUCKET_PUNYCODE', bucket, cloud: 'OSS' });
}

/**
 * A label starting with `xn--` is punycode to the WHATWG URL parser, which refuses the whole URL when it
 * does not decode (`xn--a`): no browser, fetch or SDK could send a request to such a host.
 */
export function isParsableLabel(label: string): boolean {
  if (!label.startsWith('xn--')) return true;
  try {
    new URL(`http://${label}.invalid/`);
    return true;
  } catch {
    return false;
  }
}

/** Accepts `cn-hangzhou` or `oss-cn-hangzhou`; returns the standard region used in V4 scopes. */
export function toStandardRegion(region: string): string {
  const standard = region.trim().replace(/^oss-/, '');
  if (!REGION.test(standard)) {
    throw new CoreInputError({ code: 'REGION_INVALID', region });
  }
  return standard;
}

export interface ParsedHost {
  /** lower-case host name, no port */
  hostname: string;
  port?: number;
}

/**
 * Validates a host typed by an operator (custom domain or endpoint override). Tolerates a pasted
 * scheme and trailing slash; refuses paths, queries, credentials, IP literals and bad labels, naming what is wrong.
 */
export function parseHostInput(input: string, what: 'domain' | 'endpoint'): ParsedHost {
  const fail = (reason: HostReason, part?: string): never => {
    const facts = { input, reason, ...(part === undefined ? {} : { part }) };
    throw new CoreInputError(
      what === 'domain' ? { code: 'DOMAIN_INVALID', ...facts } : { code: 'ENDPOINT_INVALID', ...facts },
    );
  };
  let text = input.trim().toLowerCase();
  if (text.length === 0) fail('empty');
  text = text.replace(/^https?:\/\//, '').replace(/\/$/, '');
  if (/[/?#@\s]/.test(text)) fail('path');
  let port: number | undefined;
  const colon = text.lastIndexOf(':');
  if (colon !== -1) {
    const portText = text.slice(colon + 1);
    port = Number(portText);
    if (!/^\d{1,5}$/.test(portText) || port < 1 || port > 65535) fail('port');
    text = text.slice(0, colon);
  }
  if (text.length > 253) fail('long');
  const labels = text.split('.');
  if (labels.length < 2) fail('not-fqdn');
  if (labels.every((l) => /^\d+$/.test(l))) fail('ip');
  const bad = labels.find((l) => !LABEL.test(l));
  const undecodable = labels.find((l) => LABEL.test(l) && !isParsableLabel(l));
  if (bad === undefined && undecodable !== undefined) fail('punycode', undecodable);
  if (bad !== undefined) fail('label', bad);
  return port === undefined ? { hostname: text } : { hostname: text, port };
}
