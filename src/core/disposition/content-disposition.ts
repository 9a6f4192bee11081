// Content-Disposition values for `response-content-disposition`, per RFC 6266 with an RFC 5987
// `filename*` so that 中文, emoji and spaces survive every browser, plus a plain ASCII fallback.
// Every key gets a value: a name OSS keys allow but a header cannot carry (TAB, CR, LF, other control
// characters) is made safe here rather than refused, so no object is left without a download link.

export type DispositionType = 'inline' | 'attachment';

/** What a download is called when its key gives no usable name (a blank last segment). */
export const FALLBACK_FILENAME = 'download';

// C0 controls, DEL and the C1 controls: a header value must not hold them (CR/LF would even split it),
// and a file name with them is unusable on every OS.
// eslint-disable-next-line no-control-regex -- control characters are exactly what is replaced
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
// Path separators would make the browser pick a directory part, or refuse the name.
const SEPARATOR = /[/]/g;
// A lone surrogate cannot be written as UTF-8 (encodeURIComponent would throw).
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const NON_FALLBACK = /[^\x20-\x7e]|["\\%]/gu;
const RFC5987_EXTRA = /['()*]/g;

/** The name a download gets by default: the last segment of the key (a folder's own name for `a/b/`). */
export function defaultFilename(key: string): string {
  const trimmed = key.endsWith('/') ? key.slice(0, -1) : key;
  return trimmed.slice(trimmed.lastIndexOf('/') + 1) || FALLBACK_FILENAME;
}

/**
 * `name` as a download file name: control characters and `/` become `_`, a broken (lone surrogate)
 * character becomes U+FFFD, a blank name becomes "download". Everything else is kept (a `\` is carried by `filename*`; the ASCII fallback replaces it),
 * so the name stays recognizably the key's.
 */
export function safeFilename(name: string): string {
  const safe = name.replace(CONTROL, '_').replace(SEPARATOR, '_').replace(LONE_SURROGATE, '\uFFFD');
  return safe.trim() === '' ? FALLBACK_FILENAME : safe;
}

function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(
    RFC5987_EXTRA,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/**
 * `attachment; filename="a b.pdf"` for ASCII names;
 * `attachment; filename="__.pdf"; filename*=UTF-8''%E4%B8%AD%E6%96%87.pdf` otherwise. Never throws:
 * the name is first made safe (safeFilename).
 */
export function buildContentDisposition(type: DispositionType, filename?: string): string {
  if (filename === undefined) return type;
  const name = safeFilename(filename);
  const fallback = name.replace(NON_FALLBACK, '_');
  const base = `${type}; filename="${fallback}"`;
  return fallback === name ? base : `${base}; filename*=UTF-8''${encodeRfc5987(name)}`;
}
