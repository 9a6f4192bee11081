/**
 * A failed OSS request, parsed once from OSS's error XML (or, for a HEAD or a body-less answer, from the
 * status and headers). Client-side failures with no HTTP answer at all (CORS refusal, offline, timeout)
 * use the codes in CLIENT_ERROR_CODES and status 0.
 */
export interface OssErrorFields {
  /** OSS error code, e.g. AccessDenied, SignatureDoesNotMatch; or a CLIENT_ERROR_CODES value */
  code: string;
  /** OSS's own message (English, as OSS sends it) */
  message: string;
  /** HTTP status; 0 when no response arrived */
  status: number;
  requestId: string | undefined;
  hostId: string | undefined;
  /** OSS's EC diagnostic code, e.g. 0002-00000040 */
  ec?: string | undefined;
  /** SignatureDoesNotMatch: what OSS signed (V1), to compare with ours */
  stringToSign?: string | undefined;
  /** SignatureDoesNotMatch: OSS's canonical request (V4) */
  canonicalRequest?: string | undefined;
  /** every other element of the error document (Expires, ServerTime, BucketName, Key, …) */
  details?: Readonly<Record<string, string>>;
}

export const CLIENT_ERROR_CODES = {
  /** the request got no HTTP answer: CORS refused by the browser, offline, DNS, connection reset */
  network: 'NetworkError',
  /** no answer within the client's timeout */
  timeout: 'RequestTimeoutClient',
  /** no answer, and the browser says it is offline */
  offline: 'ClientOffline',
  /** no answer to the request, while OSS answers the same origin without CORS: the CORS rule refused it */
  cors: 'CorsRefused',
  /** no answer, and OSS cannot be reached at all (DNS, connection refused, a proxy) */
  unreachable: 'OssUnreachable',
} as const;

export class OssError extends Error {
  override readonly name = 'OssError';
  readonly code: string;
  readonly status: number;
  readonly requestId: string | undefined;
  readonly hostId: string | undefined;
  readonly ec: string | undefined;
  readonly stringToSign: string | undefined;
  readonly canonicalRequest: string | undefined;
  readonly details: Readonly<Record<string, string>>;

  constructor(fields: OssErrorFields, options?: { cause?: unknown }) {
    super(fields.message, options);
    this.code = fields.code;
    this.status = fields.status;
    this.requestId = fields.requestId;
    this.hostId = fields.hostId;
    this.ec = fields.ec;
    this.stringToSign = fields.stringToSign;
    this.canonicalRequest = fields.canonicalRequest;
    this.details = fields.details ?? {};
  }

  /** True when no HTTP answer arrived (the browser hides CORS refusals behind this too). */
  get isClientFailure(): boolean {
    return this.status === 0;
  }
}

export function isOssError(value: unknown): value is OssError {
  return value instanceof OssError;
}

/**
 * Codes after which new credentials (one refresh, one retry) can make the same request succeed: OSS's,
 * and COS's ExpiredToken / InvalidToken (x-cos-security-token; InvalidAccessKeyId is both clouds').
 */
export const CREDENTIAL_ERROR_CODES: ReadonlySet<string> = new Set([
  'InvalidAccessKeyId',
  'SecurityTokenExpired',
  'InvalidSecurityToken',
  'ExpiredToken',
  'InvalidToken',
]);

/**
 * Failures worth retrying as they are: throttling, server trouble, a dropped connection, a timeout.
 * A browser cannot tell a reset from a CORS refusal, so every client failure counts; callers cap attempts.
 */
export function isTransientOssError(err: OssError): boolean {
  if (err.status === 0) return true;
  return err.status === 500 || err.status === 502 || err.status === 503 || err.status === 504;
}
