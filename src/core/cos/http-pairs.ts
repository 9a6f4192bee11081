// Steps 3 and 4 of the COS signature, one procedure for both: request parameters give UrlParamList and
// HttpParameters, request headers give HeaderList and HttpHeaders.
import { CoreInputError } from '../errors/core-input-error';
import { encodeRfc3986 } from '../presign/encode-uri';
import { KEY_LIST_SEPARATOR } from './constants';

/** A parameter or header; a parameter without a value (`?acl`) is null and signs as `acl=`. */
export type CosField = readonly [name: string, value: string | null];

export interface CosHttpPairs {
  /** `name1;name2`: UrlParamList or HeaderList */
  keyList: string;
  /** `name1=value1&name2=value2`: HttpParameters or HttpHeaders */
  pairs: string;
}

/**
 * Names UrlEncoded (RFC 3986: `!'()*` too) and lower-cased, values UrlEncoded, sorted by encoded name.
 * (The official JS/Node SDKs sort the pairs by raw lower-cased name and the list by encoded name; the two
 * orders differ only for names with characters such as `:` or `[`, which no presign template can carry.)
 */
export function getCosHttpPairs(fields: readonly CosField[]): CosHttpPairs {
  const encoded = fields.map(([name, value]): [string, string] => [
    encodeRfc3986(name).toLowerCase(),
    encodeRfc3986(value ?? ''),
  ]);
  encoded.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  for (let i = 1; i < encoded.length; i++) {
    if (encoded[i]![0] === encoded[i - 1]![0]) {
      throw new CoreInputError({ code: 'FIELD_REPEATED', name: encoded[i]![0] });
    }
  }
  return {
    keyList: encoded.map(([name]) => name).join(KEY_LIST_SEPARATOR),
    pairs: encoded.map(([name, value]) => `${name}=${value}`).join('&'),
  };
}
