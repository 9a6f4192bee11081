// COS's error responses: `<Error><Code/><Message/><Resource/><RequestId/><TraceId/></Error>` with the
// HTTP status COS's Error Codes page gives each code (https://www.tencentcloud.com/document/product/436/7730).
// HEAD errors have no body (x-cos-error-code / x-cos-error-message carry them instead; a Node client
// sees only the status). No secret is ever echoed.
import { randomBytes } from 'node:crypto';
import { escapeXml } from './xml';

export class CosError extends Error {
  readonly status: number;
  readonly code: string;
  constructor(status: number, code: string, message: string) {
    super(message);
    this.name = 'CosError';
    this.status = status;
    this.code = code;
  }
}

const e = (status: number, code: string, message: string): CosError => new CosError(status, code, message);

export const cosErrors = {
  accessDenied: (message = 'Access Denied.') => e(403, 'AccessDenied', message),
  requestExpired: () => e(403, 'AccessDenied', 'Request has expired'),
  notYetValid: () => e(403, 'AccessDenied', 'Request is not valid yet: q-sign-time starts in the future'),
  signatureDoesNotMatch: (detail: string) =>
    e(403, 'SignatureDoesNotMatch', `The Signature you specified is invalid. ${detail}`.trim()),
  invalidAccessKeyId: (detail = 'The SecretId you provided does not exist in our records.') =>
    e(403, 'InvalidAccessKeyId', detail),
  invalidToken: () =>
    e(400, 'InvalidToken', 'The provided x-cos-security-token is malformed or otherwise invalid.'),
  expiredToken: () => e(400, 'ExpiredToken', 'The provided x-cos-security-token has expired.'),
  invalidArgument: (message: string) => e(400, 'InvalidArgument', message),
  invalidUri: () => e(400, 'InvalidURI', 'Could not parse the specified URI.'),
  invalidRequest: (message: string) => e(400, 'InvalidRequest', message),
  invalidDigest: () => e(400, 'InvalidDigest', 'The Content-MD5 you specified is not valid.'),
  badDigest: () => e(400, 'BadDigest', 'The Content-MD5 you specified did not match what was received.'),
  entityTooLarge: () =>
    e(400, 'EntityTooLarge', 'Your proposed upload exceeds the maximum allowed object size.'),
  entityTooSmall: () =>
    e(400, 'EntityTooSmall', 'Your proposed upload is smaller than the minimum allowed object size.'),
  malformedXml: () =>
    e(
      400,
      'MalformedXML',
      'The XML you provided was not well-formed or did not validate against our published schema.',
    ),
  invalidPart: () =>
    e(
      400,
      'InvalidPart',
      'One or more of the specified parts could not be found or its ETag does not match.',
    ),
  invalidPartOrder: () => e(400, 'InvalidPartOrder', 'The list of parts was not in ascending order.'),
  noSuchBucket: () => e(404, 'NoSuchBucket', 'The specified bucket does not exist.'),
  noSuchKey: () => e(404, 'NoSuchKey', 'The specified key does not exist.'),
  noSuchUpload: () => e(404, 'NoSuchUpload', 'The specified upload does not exist.'),
  noSuchDomain: () => e(404, 'NoSuchDomainConfiguration', 'The specified bucket has no custom domain.'),
  downloadForbidden: () =>
    e(
      403,
      'DownloadForbidden',
      'Downloading .apk and .ipa files through the default or acceleration domain of this bucket is forbidden; use a custom domain.',
    ),
  corsForbidden: (message: string) => e(403, 'AccessForbidden', `CORSResponse: ${message}`),
  methodNotAllowed: (method: string) =>
    e(405, 'MethodNotAllowed', `The specified method ${method} is not allowed against this resource.`),
  invalidRange: () => e(416, 'InvalidRange', 'The requested range is not satisfiable.'),
  preconditionFailed: () =>
    e(412, 'PreconditionFailed', 'At least one of the preconditions you specified did not hold.'),
  notImplemented: (what: string) => e(501, 'NotImplemented', `${what} is not implemented by cos-local.`),
  serviceUnavailable: () =>
    e(503, 'ServiceUnavailable', 'Please reduce your request rate (fault injection).'),
  internal: () => e(500, 'InternalError', 'We encountered an internal error. Please try again.'),
} as const;

export function newRequestId(): string {
  return randomBytes(16).toString('base64url').replace(/[-_]/g, 'x');
}

export function renderCosError(
  err: CosError,
  ctx: { requestId: string; resource: string; method: string },
): Response {
  const headers = new Headers({
    'Content-Type': 'application/xml',
    'x-cos-request-id': ctx.requestId,
    'x-cos-trace-id': ctx.requestId,
    Server: 'tencent-cos',
  });
  if (ctx.method === 'HEAD') {
    headers.set('x-cos-error-code', err.code);
    return new Response(null, { status: err.status, headers });
  }
  const body =
    `<?xml version='1.0' encoding='utf-8' ?>\n<Error><Code>${escapeXml(err.code)}</Code>` +
    `<Message>${escapeXml(err.message)}</Message><Resource>${escapeXml(ctx.resource)}</Resource>` +
    `<RequestId>${ctx.requestId}</RequestId><TraceId>${ctx.requestId}</TraceId></Error>`;
  return new Response(body, { status: err.status, headers });
}
