// The Content-MD5 request header as OSS checks it: when present it must be a base64 MD5 (InvalidDigest)
// and must match the body received (BadDigest).
import type { Context } from 'hono';
import type { AppEnv } from '../app-env';
import { H } from '../constants';
import { ossErrors } from '../errors';

/** The declared MD5 (base64), or undefined when the header is absent. */
export function declaredContentMd5(c: Context<AppEnv>): string | undefined {
  const value = c.req.header(H.contentMd5);
  if (value !== undefined && Buffer.from(value, 'base64').length !== 16) throw ossErrors.invalidDigest();
  return value;
}

export function checkContentMd5(declared: string | undefined, md5: Buffer): void {
  const calculated = md5.toString('base64');
  if (declared !== undefined && declared !== calculated) throw ossErrors.badDigest(declared, calculated);
}
