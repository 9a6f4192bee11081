// The few XML helpers cos-local's responses need.
export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';

/** Text content only (never attributes), so quotes stay as they are: ETags keep their literal quotes. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function el(name: string, value: string | number | boolean): string {
  return `<${name}>${escapeXml(String(value))}</${name}>`;
}

/** Elements in order; undefined values are left out. */
export function els(fields: ReadonlyArray<readonly [string, string | number | boolean | undefined]>): string {
  return fields.map(([name, value]) => (value === undefined ? '' : el(name, value))).join('');
}

/** RFC 3986 percent-encoding (unreserved kept; `!'()*` encoded too), as COS's `encoding-type=url` and signature use. */
export function encodeRfc3986(text: string): string {
  return encodeURIComponent(text).replace(
    /[!'()*]/g,
    (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** Whole-second ISO 8601, as COS writes LastModified (`2024-01-15T08:00:00.000Z`). */
export function isoSeconds(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString();
}

export function httpDate(ms: number): string {
  return new Date(ms).toUTCString();
}
