import { CLIENT_ERROR_CODES, OssError, type OssErrorFields } from './oss-error';
import { readErrorXml } from './read-error-xml';

/** Headers as fetch gives them (`get`) or as Node / XHR shims give them (a plain record). */
export type HeaderSource =
  { get(name: string): string | null } | Readonly<Record<string, string | readonly string[] | undefined>>;

export interface OssResponseLike {
  status: number;
  headers?: HeaderSource | undefined;
  /** the body as text or bytes; absent or empty for HEAD */
  body?: string | Uint8Array | null | undefined;
}

// Tag values stay strings (an EC code such as 0002-00000040 or a numeric Key must not become a number) and
// untrimmed (a StringToSign's newlines are the point); numeric references like &#10; are decoded.
const TRIMMED = new Set(['Code', 'RequestId', 'HostId', 'EC']);

const KNOWN = new Set(['Code', 'Message', 'RequestId', 'HostId', 'EC', 'StringToSign', 'CanonicalRequest']);

export function readHeader(headers: HeaderSource | undefined, name: string): string | undefined {
  if (headers === undefined) return undefined;
  if (typeof headers.get === 'function')
    return (headers as { get(n: string): string | null }).get(name) ?? undefined;
  const record = headers as Readonly<Record<string, string | readonly string[] | undefined>>;
  const lower = name.toLowerCase();
  const key = Object.keys(record).find((k) => k.toLowerCase() === lower);
  const value = key === undefined ? undefined : record[key];
  return Array.isArray(value) ? value[0] : (value as string | undefined);
}

/** The fields of an OSS `<Error>` document, or undefined when the text is not one. */
export function parseOssErrorXml(xml: string): Partial<OssErrorFields> | undefined {
  if (!xml.includes('<Error')) return undefined;
  const fields = readErrorXml(xml);
  if (fields === undefined) return undefined;
  const text: Record<string, string> = {};
  for (const [name, value] of Object.entries(fields)) text[name] = TRIMMED.has(name) ? value.trim() : value;
  const details: Record<string, string> = {};
  for (const [name, value] of Object.entries(text)) if (!KNOWN.has(name)) details[name] = value;
  return {
    ...(text.Code === undefined ? {} : { code: text.Code }),
    ...(text.Message === undefined ? {} : { message: text.Message }),
    requestId: text.RequestId,
    hostId: text.HostId,
    ec: text.EC,
    stringToSign: text.StringToSign,
    canonicalRequest: text.CanonicalRequest,
    details,
  };
}

/** What OSS means by a status when it sent no document (HEAD, or a proxy in between). */
function codeForStatus(status: number): string {
  switch (status) {
    case 400:
      return 'InvalidArgument';
    case 403:
      return 'AccessDenied';
    case 404:
      return 'NoSuchKey';
    case 409:
      return 'Conflict';
    case 412:
      return 'PreconditionFailed';
    case 416:
      return 'InvalidRange';
    case 500:
      return 'InternalError';
    case 503:
      return 'ServiceUnavailable';
    default:
      return `Http${status}`;
  }
}

function bodyText(body: OssResponseLike['body']): string {
  if (body === undefined || body === null) return '';
  return typeof body === 'string' ? body : new TextDecoder().decode(body);
}

/** OSS puts the error document of a HEAD, base64-encoded, into `x-oss-err`. */
function decodeErrHeader(value: string | undefined): string {
  if (value === undefined || value === '') return '';
  try {
    const binary = atob(value);
    return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
  } catch {
    return '';
  }
}

/** One HTTP error answer of OSS → OssError. Parses the body once; falls back to status and headers. */
export function ossErrorFromResponse(response: OssResponseLike): OssError {
  const { status, headers } = response;
  const parsed =
    parseOssErrorXml(bodyText(response.body)) ??
    parseOssErrorXml(decodeErrHeader(readHeader(headers, 'x-oss-err')));
  const code = parsed?.code ?? codeForStatus(status);
  return new OssError({
    code,
    message: parsed?.message ?? `OSS answered HTTP ${status} without an error document.`,
    status,
    requestId: parsed?.requestId ?? readHeader(headers, 'x-oss-request-id'),
    hostId: parsed?.hostId,
    ec: parsed?.ec ?? readHeader(headers, 'x-oss-ec'),
    stringToSign: parsed?.stringToSign,
    canonicalRequest: parsed?.canonicalRequest,
    details: parsed?.details ?? {},
  });
}

/** A request that got no HTTP answer. `reason` goes into details for diagnostics and retries. */
export function ossClientFailure(
  kind: 'network' | 'timeout',
  message: string,
  options: { cause?: unknown; reason?: string } = {},
): OssError {
  return new OssError(
    {
      code: CLIENT_ERROR_CODES[kind],
      message,
      status: 0,
      requestId: undefined,
      hostId: undefined,
      details: options.reason === undefined ? {} : { reason: options.reason },
    },
    { cause: options.cause },
  );
}
