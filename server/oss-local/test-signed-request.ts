// Tests only: raw requests signed with the root account (V1 header signature), for requests ali-oss will
// not make (empty markers, sub-resources, odd headers). Signing reuses oss-local's own V1 functions:
// these tests are about what happens after authentication, which the signing-vector tests cover.
import { headerMapFromRecord } from './auth/header-map';
import { computeV1Signature, getV1StringToSign } from './auth/v1-string-to-sign';
import { loopbackRequest, type LoopbackResponse } from './loopback-lookup';
import { parseQuery } from './raw-request';
import { ROOT, type TestServer } from './test-fixtures';

export interface SignedRequestInit {
  method?: string;
  bucket?: string;
  /** the key as stored (it is percent-encoded here) */
  key?: string;
  /** query string as sent, without `?` */
  query?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** sign nothing: an anonymous request */
  anonymous?: boolean;
  /** send this path as written instead of the encoded key (the signature then covers its decoding, when it decodes) */
  rawPath?: string;
}

export function objectUrl(ts: TestServer, bucket: string, key: string, query = ''): string {
  const path = key
    .split('/')
    .map((s) => encodeURIComponent(s))
    .join('/');
  const host = `${bucket}.${ts.server.endpointHost}:${ts.server.httpPort}`;
  return `http://${host}/${path}${query === '' ? '' : `?${query}`}`;
}

export function signedRequest(ts: TestServer, init: SignedRequestInit): Promise<LoopbackResponse> {
  const method = init.method ?? 'GET';
  const bucket = init.bucket ?? 'examplebucket';
  const key = init.rawPath === undefined ? (init.key ?? '') : decodedOrRaw(init.rawPath.slice(1));
  const query = init.query ?? '';
  const headers: Record<string, string> = { ...init.headers };
  if (!init.anonymous) {
    headers['x-oss-date'] ??= new Date(Date.now() + ts.clock.offsetMs).toUTCString();
    const stringToSign = getV1StringToSign({
      method,
      headers: headerMapFromRecord(headers),
      dateLine: headers['date'] ?? headers['x-oss-date'] ?? '',
      bucket,
      key: key === '' ? undefined : key,
      query: parsedOrNone(query),
    });
    headers['authorization'] =
      `OSS ${ROOT.accessKeyId}:${computeV1Signature(ROOT.accessKeySecret, stringToSign)}`;
  }
  const url =
    init.rawPath === undefined
      ? objectUrl(ts, bucket, key, query)
      : `http://${bucket}.${ts.server.endpointHost}:${ts.server.httpPort}${init.rawPath}${query === '' ? '' : `?${query}`}`;
  return loopbackRequest(url, {
    method,
    headers,
    ...(init.body === undefined ? {} : { body: init.body }),
  });
}

function decodedOrRaw(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/** A query oss-local cannot parse is signed as if empty: the server answers InvalidURI first anyway. */
function parsedOrNone(query: string): ReturnType<typeof parseQuery> {
  try {
    return parseQuery(query);
  } catch {
    return [];
  }
}
