// `response-*` query parameters of GetObject, as OSS applies them:
// - only a signed request may override response headers: "OSS does not support customizing response
//   headers in an anonymous GET request" (GetObject, request parameters). An anonymous request that tries
//   is refused with InvalidRequest "Can not override response header on <header>" (EC 0017-00000902 is
//   the published code of the content-type case).
// - a value must be something a header can carry: CR, LF or other control characters -> InvalidArgument
//   (never a 500 from the HTTP layer, never a split response).
// Docs: https://www.alibabacloud.com/help/en/oss/developer-reference/getobject
//       https://help.aliyun.com/zh/oss/support/0017-00000902
import { RESPONSE_OVERRIDES } from '../constants';
import { OssError, ossErrors } from '../errors';
import type { QueryPair } from '../raw-request';
import type { AuthScheme } from '../auth/authenticate';

/** Visible ASCII, space, tab and any non-ASCII below U+0100 is what a header field value may hold. */
const HEADER_VALUE = /^[\t\x20-\x7e\x80-\xff]*$/;

function cannotOverride(header: string): OssError {
  const name = header.toLowerCase();
  return new OssError(400, 'InvalidRequest', `Can not override response header on ${name}`, {
    ...(name === 'content-type' ? { ec: '0017-00000902' } : {}),
  });
}

/** The headers the request asks to override, checked; `{}` when it asks for none. */
export function responseOverrides(query: readonly QueryPair[], scheme: AuthScheme): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [param, header] of RESPONSE_OVERRIDES) {
    const pair = query.find(([k]) => k === param);
    if (pair === undefined) continue;
    const value = pair[1];
    if (scheme === 'anonymous') throw cannotOverride(header);
    if (!HEADER_VALUE.test(value))
      throw ossErrors.invalidArgument(`${param} holds a character a header cannot carry.`, param, '');
    if (value !== '') headers[header] = value;
  }
  return headers;
}
