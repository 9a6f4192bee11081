// Times as OSS writes them. OSS keeps object times to the second: XML carries `2024-01-02T03:04:05.000Z`
// and Last-Modified an HTTP date. SDKs that parse OSS's own format (fixed `.000Z`) fail on anything finer,
// so every stored stamp is cut to the second and every rendered one is cut again (data written by an
// older oss-local may still hold milliseconds).

/** A stamp for a stored object, part or upload: epoch ms cut to the whole second. */
export function wholeSecond(ms: number): number {
  return Math.floor(ms / 1000) * 1000;
}

/** ISO 8601 with `.000Z`, as OSS writes LastModified, Initiated, CreationDate, ServerTime... */
export function ossIsoTime(ms: number): string {
  return new Date(wholeSecond(ms)).toISOString();
}

/** The Last-Modified header (RFC 7231 IMF-fixdate; seconds only by definition). */
export function httpDate(ms: number): string {
  return new Date(wholeSecond(ms)).toUTCString();
}
