// A listing answer that is not what OSS sends, and the one key decoding every listing parser uses.
import { OssError } from '../errors/oss-error';

export function malformedListing(detail: string): OssError {
  return new OssError({
    code: 'MalformedListing',
    message: `The listing answer could not be read: ${detail}. Check the endpoint in Settings points at OSS.`,
    status: 200,
    requestId: undefined,
    hostId: undefined,
  });
}

/** Keys and prefixes come percent-encoded (encoding-type=url), so control characters survive XML. */
export function decodeListedKey(encoded: string): string {
  if (!encoded.includes('%')) return encoded;
  try {
    return decodeURIComponent(encoded);
  } catch {
    throw malformedListing('a key is not valid percent-encoding');
  }
}
