// A presigned request to a COS bucket or object API (GET Bucket, HEAD Object, GET Bucket domain …) as the
// console's own calls make them: the signature and token in the query string (no Authorization header,
// so a browser's GET and HEAD stay simple CORS requests), every query parameter signed, `host` bound.
import { COS_QUERY_SECURITY_TOKEN } from './constants';
import { authorizeCosRequest } from './authorize-cos-request';
import type { CosSigningSession } from './cos-signing-session';
import { encodeRfc3986 } from '../presign/encode-uri';
import { getCosKeyPath, getCosUrlQuery } from './cos-url-text';
import type { CosField } from './http-pairs';

export interface CosApiRequest {
  method: 'GET' | 'HEAD';
  /** scheme://bucket-host[:port], the bucket's default endpoint */
  origin: string;
  /** the object key, or undefined for a bucket request (`/`) */
  key?: string | undefined;
  /** sent and signed; a null value is a bare name (`?domain`) */
  params?: readonly CosField[] | undefined;
  expiresSeconds: number;
}

/** The request's URL, signed for `expiresSeconds` from the session's time. */
export async function presignCosApiRequest(session: CosSigningSession, r: CosApiRequest): Promise<string> {
  const host = new URL(r.origin).host;
  const params = r.params ?? [];
  const signed = await authorizeCosRequest(session, {
    method: r.method,
    pathname: `/${r.key ?? ''}`,
    params,
    headers: [['host', host]],
    keyTime: session.keyTime(r.expiresSeconds).keyTime,
  });
  const token = session.credentials.securityToken;
  const query = params
    .map(([name, value]) => (value === null ? encodeRfc3986(name) : getCosUrlQuery([[name, value]])))
    .join('&');
  const path = r.key === undefined ? '/' : `/${getCosKeyPath(r.key)}`;
  return (
    `${r.origin}${path}?${signed.authorizationQuery}` +
    (token ? `&${COS_QUERY_SECURITY_TOKEN}=${encodeURIComponent(token)}` : '') +
    (query ? `&${query}` : '')
  );
}
