import { CoreInputError } from '../errors/core-input-error';

const BUCKET = /^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$/;
const REGION = /^[a-z0-9]+(-[a-z0-9]+)*$/;
// One DNS label: letters, digits, inner hyphens, 1–63 chars. Unicode domains must be typed in punycode.
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

export function validateBucketName(bucket: string): void {
  if (!BUCKET.test(bucket)) {
    throw new CoreInputError(
      'BUCKET_INVALID',
      `"${bucket}" is not a valid bucket name.`,
      'Bucket names have 3–63 characters: lowercase letters, digits and hyphens, starting and ending with a letter or digit.',
    );
  }
}

/** Accepts `cn-hangzhou` or `oss-cn-hangzhou`; returns the standard region used in V4 scopes. */
export function toStandardRegion(region: string): string {
  const standard = region.trim().replace(/^oss-/, '');
  if (!REGION.test(standard)) {
    throw new CoreInputError(
      'REGION_INVALID',
      `"${region}" is not a valid region ID.`,
      'Use a region ID such as cn-hangzhou (see the bucket overview in the OSS console).',
    );
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
  const code = what === 'domain' ? 'DOMAIN_INVALID' : 'ENDPOINT_INVALID';
  const label = what === 'domain' ? 'custom domain' : 'endpoint';
  const fail = (problem: string): never => {
    throw new CoreInputError(
      code,
      `The ${label} "${input}" ${problem}.`,
      what === 'domain'
        ? 'Type just the host name mapped to the bucket, e.g. files.example.com.'
        : 'Type just the host name (and port if needed), e.g. oss-cn-hangzhou.aliyuncs.com.',
    );
  };
  let text = input.trim().toLowerCase();
  if (text.length === 0) fail('is empty');
  text = text.replace(/^https?:\/\//, '').replace(/\/$/, '');
  if (/[/?#@\s]/.test(text)) fail('contains a path, query, user name or space');
  let port: number | undefined;
  const colon = text.lastIndexOf(':');
  if (colon !== -1) {
    const portText = text.slice(colon + 1);
    port = Number(portText);
    if (!/^\d{1,5}$/.test(portText) || port < 1 || port > 65535) fail('has an invalid port');
    text = text.slice(0, colon);
  }
  if (text.length > 253) fail('is longer than 253 characters');
  const labels = text.split('.');
  if (labels.length < 2) fail('is not a fully qualified host name');
  if (labels.every((l) => /^\d+$/.test(l))) fail('is an IP address; OSS needs a host name');
  const bad = labels.find((l) => !LABEL.test(l));
  if (bad !== undefined)
    fail(
      `has an invalid part "${bad}" (letters, digits and inner hyphens only; punycode for non-ASCII names)`,
    );
  return port === undefined ? { hostname: text } : { hostname: text, port };
}
