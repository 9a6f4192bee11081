// Does a custom domain serve this bucket? When the bucket's CNAME list cannot be read, the console asks the
// domain itself before the first link through it: a signed HEAD of the object being shared. OSS answers
// 200 only when the domain is bound to this bucket (another bucket's signature or key does not match).
import type { Presigner } from '../core/presign';
import { compilePresign } from '../core/presign';
import { resolveObjectOrigin } from '../core/endpoint/resolve-object-origin';
import { API_CALL_VALIDITY_SECONDS } from '../sts/credentials-manager';
import type { LinkBucket } from './link-signing';
import { signingSessionFor } from './link-signing';
import { ossFetch } from './oss-fetch';

export async function probeCustomDomain(
  presigner: Promise<Presigner>,
  bucket: LinkBucket,
  key: string,
  host: string,
  o: { secure: boolean; signal?: AbortSignal | undefined; fetch?: typeof fetch | undefined },
): Promise<'mapped' | 'unmapped'> {
  const { session } = await signingSessionFor(presigner, bucket, API_CALL_VALIDITY_SECONDS);
  const origin = resolveObjectOrigin(bucket.name, bucket.endpoint, { kind: 'custom', host }, o.secure);
  const { url } = compilePresign(session, {
    method: 'HEAD',
    version: 'v4',
    bucket: bucket.name,
    origin,
    expiresInSeconds: API_CALL_VALIDITY_SECONDS,
  })(key);
  try {
    await ossFetch(url, { method: 'HEAD', signal: o.signal, fetch: o.fetch, timeoutMs: 10_000 });
    return 'mapped';
  } catch (err) {
    o.signal?.throwIfAborted();
    // no answer, NoSuchBucket, SignatureDoesNotMatch, NoSuchKey (another bucket behind the domain)
    void err;
    return 'unmapped';
  }
}
