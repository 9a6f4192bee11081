// The options of an upload link (a presigned PUT URL a third party uploads with) and their translation into
// a presign template. The Content-Type (and optionally Content-MD5) is bound into the signature: the
// uploader must send exactly those headers, or OSS refuses the PUT with SignatureDoesNotMatch.
import type { EndpointSettings } from '../endpoint/resolve-object-origin';
import { resolveObjectOrigin } from '../endpoint/resolve-object-origin';
import { CoreInputError } from '../errors/core-input-error';
import { validateValidity } from '../expiry/validity';
import type { PresignTemplate, SignatureVersion } from '../presign/presign-url';
import { validateObjectKey } from '../presign/validate-object-key';

export interface UploadLinkOptions {
  validitySeconds: number;
  secure: boolean;
  /** custom domains are for downloads; an upload goes to the bucket's own endpoint or the accelerate one */
  host: 'default' | 'accelerate';
  version: SignatureVersion;
  /** the Content-Type the uploader must send */
  contentType: string;
  /** base64 (or hex, converted) MD5 of the exact file the uploader must send; empty = any content */
  contentMd5?: string | undefined;
}

export const DEFAULT_UPLOAD_CONTENT_TYPE = 'application/octet-stream';

// RFC 9110 media type: token "/" token *( OWS ";" OWS parameter ), parameter values a token or quoted.
const TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
const MEDIA_TYPE = new RegExp(
  `^${TOKEN}/${TOKEN}(?:[ \\t]*;[ \\t]*${TOKEN}=(?:${TOKEN}|"[^"\\\\\\r\\n]*"))*$`,
);

/** The Content-Type as it will be signed, or a CoreInputError naming the fix. */
export function normalizeContentType(value: string): string {
  const type = value.trim();
  if (type === '' || type.length > 256 || !MEDIA_TYPE.test(type)) {
    throw new CoreInputError(
      type === '' ? { code: 'CONTENT_TYPE_EMPTY' } : { code: 'CONTENT_TYPE_INVALID', type },
    );
  }
  return type;
}

const BASE64_MD5 = /^[A-Za-z0-9+/]{22}==$/;
const HEX_MD5 = /^[0-9a-fA-F]{32}$/;
const BASE64_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function hexToBase64(hex: string): string {
  const bytes = Array.from({ length: 16 }, (_, i) => parseInt(hex.slice(i * 2, i * 2 + 2), 16));
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const [a = 0, b = 0, c = 0] = bytes.slice(i, i + 3);
    const n = (a << 16) | (b << 8) | c;
    const chars = [18, 12, 6, 0].map((shift) => BASE64_ALPHABET[(n >> shift) & 63]);
    const present = Math.min(3, bytes.length - i) + 1;
    out += chars.slice(0, present).join('') + '='.repeat(4 - present);
  }
  return out;
}

/**
 * Content-MD5 as OSS wants it (base64 of the 16 digest bytes). Accepts the hex digest `md5sum` prints too.
 * Empty means "no MD5 bound": undefined.
 */
export function normalizeContentMd5(value: string | undefined): string | undefined {
  const md5 = (value ?? '').trim();
  if (md5 === '') return undefined;
  if (BASE64_MD5.test(md5)) return md5;
  if (HEX_MD5.test(md5)) return hexToBase64(md5);
  throw new CoreInputError({ code: 'CONTENT_MD5_INVALID', md5 });
}

/** Checks the options and builds the PUT template for one key. Throws CoreInputError. */
export function uploadTemplateFor(
  bucket: string,
  key: string,
  options: UploadLinkOptions,
  endpoint: EndpointSettings,
): PresignTemplate {
  validateObjectKey(key);
  validateValidity(options.validitySeconds);
  const contentMd5 = normalizeContentMd5(options.contentMd5);
  return {
    method: 'PUT',
    version: options.version,
    bucket,
    origin: resolveObjectOrigin(bucket, endpoint, { kind: options.host }, options.secure),
    expiresInSeconds: options.validitySeconds,
    contentType: normalizeContentType(options.contentType),
    ...(contentMd5 === undefined ? {} : { contentMd5 }),
  };
}
