// The parameters and headers a presign template signs, checked once per template.
import { CoreInputError } from '../errors/core-input-error';
import { PER_KEY_PLACEHOLDER } from '../presign/per-key-splice';
import { normalizeContentMd5, normalizeContentType } from '../upload/upload-link';
import {
  COS_HEADER_PREFIX,
  COS_QUERY_SECURITY_TOKEN,
  HEADER_CONTENT_MD5,
  HEADER_CONTENT_TYPE,
  HEADER_HOST,
} from './constants';
import type { CosPresignTemplate } from './cos-presign-types';
import { getCosSignedParamEntries } from './cos-signed-params';
import type { CosField } from './http-pairs';

export interface CosTemplateFields {
  /** signed and appended to the URL */
  params: CosField[];
  /** signed; the client sends them (a browser sends Host by itself) */
  headers: CosField[];
}

const HEADER_NAME = /^x-cos-[a-z0-9-]+$/;
// eslint-disable-next-line no-control-regex -- a header value cannot hold control characters
const BAD_VALUE = /[\u0000-\u001f\u007f]|^\s|\s$/;

function checkHeader(name: string, value: string): void {
  if (!HEADER_NAME.test(name) || name === COS_QUERY_SECURITY_TOKEN) {
    throw new CoreInputError({ code: 'COS_HEADER_NOT_SIGNABLE', name, prefix: COS_HEADER_PREFIX });
  }
  if (value === '' || BAD_VALUE.test(value)) {
    throw new CoreInputError({ code: 'COS_HEADER_VALUE_INVALID', name });
  }
}

/**
 * Host is always signed, as the official SDKs do (ForceSignHost): a URL cannot be replayed against
 * another bucket. Content-Type and Content-MD5 are for uploads only — a browser following a GET link
 * sends neither, so binding them would break the link. With `perKey`, the disposition is a placeholder
 * replaced per key (see per-key-splice).
 */
export function getCosTemplateFields(t: CosPresignTemplate, perKey: boolean): CosTemplateFields {
  const method = t.method ?? 'GET';
  const params = getCosSignedParamEntries(
    perKey ? { ...t.params, responseContentDisposition: PER_KEY_PLACEHOLDER } : t.params,
  );
  const headers: CosField[] = [[HEADER_HOST, t.origin.host]];
  if ((t.contentType !== undefined || t.contentMd5 !== undefined) && method !== 'PUT') {
    throw new CoreInputError({ code: 'BODY_HEADERS_ON_READ', method });
  }
  if (t.contentType !== undefined) headers.push([HEADER_CONTENT_TYPE, normalizeContentType(t.contentType)]);
  const md5 = normalizeContentMd5(t.contentMd5);
  if (md5 !== undefined) headers.push([HEADER_CONTENT_MD5, md5]);
  for (const [name, value] of Object.entries(t.headers ?? {})) {
    checkHeader(name.toLowerCase(), value);
    headers.push([name.toLowerCase(), value]);
  }
  return { params, headers };
}
