// Typed OSS failures. Handlers throw these; one `app.onError` renders them as OSS error XML
// (see error-response.ts). Extra elements (StringToSign, Expires...) travel as ordered `details`.
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { ossIsoTime } from './oss-time';

export type ErrorDetails = ReadonlyArray<readonly [element: string, text: string]>;

export interface OssErrorInit {
  details?: ErrorDetails;
  /** OSS "EC" diagnostic code, only where the OSS docs publish one for this case. */
  ec?: string;
  headers?: Readonly<Record<string, string>>;
}

export class OssError extends HTTPException {
  readonly code: string;
  readonly details: ErrorDetails;
  readonly ec: string | undefined;
  readonly headers: Readonly<Record<string, string>>;

  constructor(status: ContentfulStatusCode, code: string, message: string, init: OssErrorInit = {}) {
    super(status, { message });
    this.name = 'OssError';
    this.code = code;
    this.details = init.details ?? [];
    this.ec = init.ec;
    this.headers = init.headers ?? {};
  }
}

const iso = ossIsoTime;

export const ossErrors = {
  invalidArgument: (message: string, name?: string, value?: string) =>
    new OssError(400, 'InvalidArgument', message, {
      details:
        name === undefined
          ? []
          : [
              ['ArgumentName', name],
              ['ArgumentValue', value ?? ''],
            ],
    }),
  invalidUri: () => new OssError(400, 'InvalidURI', "Couldn't parse the specified URI."),
  invalidObjectName: () => new OssError(400, 'InvalidObjectName', 'The specified object is not valid.'),
  noSuchBucket: (bucket: string) =>
    new OssError(404, 'NoSuchBucket', 'The specified bucket does not exist.', {
      details: [['BucketName', bucket]],
    }),
  noSuchKey: (key: string) =>
    new OssError(404, 'NoSuchKey', 'The specified key does not exist.', { details: [['Key', key]] }),
  unknownHost: (host: string) =>
    new OssError(
      403,
      'AccessDenied',
      `The host ${host} is not an endpoint, bucket or custom domain served here.`,
    ),
  methodNotAllowed: (method: string) =>
    new OssError(405, 'MethodNotAllowed', 'The specified method is not allowed against this resource.', {
      details: [['Method', method]],
    }),
  notImplemented: (what: string) =>
    new OssError(501, 'NotImplemented', `oss-local does not implement ${what}.`),

  /** `ec`: V4 URLs have their own published code (0002-00000236); V1 URLs have none. */
  requestExpired: (expiresMs: number, nowMs: number, ec?: string) =>
    new OssError(403, 'AccessDenied', 'Request has expired.', {
      details: [
        ['Expires', iso(expiresMs)],
        ['ServerTime', iso(nowMs)],
      ],
      ...(ec === undefined ? {} : { ec }),
    }),
  /** A V4 URL used more than 15 minutes before its x-oss-date (doc 0002-00000235). */
  requestNotYetValid: (signedMs: number, nowMs: number) =>
    new OssError(403, 'AccessDenied', 'Request is not valid yet: x-oss-date is later than the server time.', {
      details: [
        ['RequestTime', iso(signedMs)],
        ['ServerTime', iso(nowMs)],
      ],
      ec: '0002-00000235',
    }),
  timeTooSkewed: (requestMs: number, nowMs: number) =>
    new OssError(
      403,
      'RequestTimeTooSkewed',
      'The difference between the request time and the current time is too large.',
      {
        details: [
          ['RequestTime', iso(requestMs)],
          ['ServerTime', iso(nowMs)],
          ['MaxAllowedSkewMilliseconds', '900000'],
        ],
      },
    ),
  missingDate: () => new OssError(403, 'AccessDenied', 'OSS authentication requires a valid Date.'),
  invalidAccessKeyId: (akid: string, stsWithoutToken = false) =>
    new OssError(
      403,
      'InvalidAccessKeyId',
      stsWithoutToken
        ? 'The OSS Access Key Id you provided does not exist in our records. The Security Token may be lost to specify that it is a STS Access Id.'
        : 'The OSS Access Key Id you provided does not exist in our records.',
      { details: [['OSSAccessKeyId', akid]], ...(stsWithoutToken ? { ec: '0002-00000003' } : {}) },
    ),
  invalidSecurityToken: () =>
    new OssError(403, 'InvalidSecurityToken', 'The security token you provided is invalid.', {
      ec: '0002-00000006',
    }),
  securityTokenExpired: () =>
    new OssError(403, 'SecurityTokenExpired', 'The security token you provided has expired.', {
      ec: '0002-00000007',
    }),
  /** EC: 0002-00000040 for V1 signatures, 0002-00000201 for V4 (each has its own error page). */
  signatureDoesNotMatch: (details: ErrorDetails, version: 'v1' | 'v4' = 'v1') =>
    new OssError(
      403,
      'SignatureDoesNotMatch',
      'The request signature we calculated does not match the signature you provided. Check your key and signing method.',
      { details, ec: version === 'v4' ? '0002-00000201' : '0002-00000040' },
    ),
  accessDenied: (message: string) => new OssError(403, 'AccessDenied', message),
  apkDownloadForbidden: () =>
    new OssError(
      400,
      'ApkDownloadForbidden',
      'Downloading .apk and .ipa objects from the default or accelerate domain is forbidden. Use a custom domain.',
    ),
  invalidRange: (size: number) =>
    new OssError(416, 'InvalidRange', 'The requested range cannot be satisfied.', {
      headers: { 'Content-Range': `bytes */${size}` },
      details: [['ActualObjectSize', String(size)]],
    }),
  invalidDigest: () => new OssError(400, 'InvalidDigest', 'The Content-MD5 you specified is not valid.'),
  badDigest: (expected: string, calculated: string) =>
    new OssError(400, 'BadDigest', 'The Content-MD5 you specified did not match what was received.', {
      details: [
        ['ExpectedMD5', expected],
        ['CalculatedMD5', calculated],
      ],
    }),
  fileAlreadyExists: () =>
    new OssError(
      409,
      'FileAlreadyExists',
      'The object you specified already exists and can not be overwritten.',
    ),
  preconditionFailed: (condition: string) =>
    new OssError(
      412,
      'PreconditionFailed',
      'At least one of the pre-conditions you specified did not hold.',
      {
        details: [['Condition', condition]],
      },
    ),
  entityTooLarge: () =>
    new OssError(400, 'EntityTooLarge', 'Your proposed upload exceeds the maximum allowed object size.'),
  incompleteBody: (declared: number, received: number) =>
    new OssError(
      400,
      'IncompleteBody',
      'You did not provide the number of bytes specified by the Content-Length HTTP header.',
      {
        details: [
          ['NumberBytesExpected', String(declared)],
          ['NumberBytesProvided', String(received)],
        ],
      },
    ),
  malformedXml: (why: string) =>
    new OssError(
      400,
      'MalformedXML',
      `The XML you provided was not well-formed or did not validate against our published schema: ${why}`,
    ),
  noSuchUpload: (uploadId: string) =>
    new OssError(
      404,
      'NoSuchUpload',
      'The specified upload does not exist. The upload ID may be invalid, or the upload may have been aborted or completed.',
      { details: [['UploadId', uploadId]] },
    ),
  invalidPartNumber: (value: string) =>
    new OssError(400, 'InvalidArgument', 'Part number must be an integer between 1 and 10000, inclusive.', {
      details: [
        ['ArgumentName', 'partNumber'],
        ['ArgumentValue', value],
      ],
      ec: '0017-00000220',
    }),
  invalidPartOrder: () =>
    new OssError(
      400,
      'InvalidPartOrder',
      'The list of parts was not in ascending order. Parts list must specified in order by part number.',
      { ec: '0042-00000209' },
    ),
  invalidPart: (partNumber: number, etag: string) =>
    new OssError(
      400,
      'InvalidPart',
      "One or more of the specified parts could not be found or the specified entity tag might not have matched the part's entity tag.",
      {
        details: [
          ['PartNumber', String(partNumber)],
          ['ETag', etag],
        ],
      },
    ),
  entityTooSmall: (partNumber: number, size: number, minimum: number) =>
    new OssError(400, 'EntityTooSmall', 'Your proposed upload is smaller than the minimum allowed size.', {
      details: [
        ['PartNumber', String(partNumber)],
        ['ProposedSize', String(size)],
        ['MinSizeAllowed', String(minimum)],
      ],
      ec: '0042-00000213',
    }),
  serviceUnavailable: () => new OssError(503, 'ServiceUnavailable', 'Please reduce your request rate.'),
  corsForbidden: (message: string) => new OssError(403, 'AccessForbidden', `CORSResponse: ${message}`),
};
