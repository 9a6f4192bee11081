// Content-Disposition values for `response-content-disposition`, per RFC 6266 with an RFC 5987
// `filename*` so that 中文, emoji and spaces survive every browser, plus a plain ASCII fallback.
import { CoreInputError } from '../errors/core-input-error';

export type DispositionType = 'inline' | 'attachment';

// eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
const CONTROL = /[\u0000-\u001f\u007f]/;
const NON_FALLBACK = /[^\x20-\x7e]|["\\%]/gu;
const RFC5987_EXTRA = /['()*]/g;

/** The name a download gets by default: the last segment of the key (a folder's own name for `a/b/`). */
export function defaultFilename(key: string): string {
  const trimmed = key.endsWith('/') ? key.slice(0, -1) : key;
  return trimmed.slice(trimmed.lastIndexOf('/') + 1) || 'download';
}

export function validateFilename(filename: string): void {
  if (filename.trim().length === 0 || CONTROL.test(filename) || /[/\\]/.test(filename)) {
    throw new CoreInputError(
      'FILENAME_INVALID',
      `"${filename}" cannot be used as a download file name.`,
      'Use a name without slashes or control characters, e.g. report.pdf.',
    );
  }
}

function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(
    RFC5987_EXTRA,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/**
 * `attachment; filename="a b.pdf"` for ASCII names;
 * `attachment; filename="__.pdf"; filename*=UTF-8''%E4%B8%AD%E6%96%87.pdf` otherwise.
 */
export function buildContentDisposition(type: DispositionType, filename?: string): string {
  if (filename === undefined) return type;
  validateFilename(filename);
  const fallback = filename.replace(NON_FALLBACK, '_');
  const base = `${type}; filename="${fallback}"`;
  return fallback === filename ? base : `${base}; filename*=UTF-8''${encodeRfc5987(filename)}`;
}
