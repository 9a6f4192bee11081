// Minimal XML writing for OSS responses. Listing pages are built as strings because a 1000-key page must
// cost well under a millisecond; a generic builder would dominate the list throughput budget.

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';

const NEEDS_ESCAPE = /[&<>]/;

export function escapeXml(text: string): string {
  // most keys need no escaping; testing first avoids a replace pass per field on the listing hot path
  return NEEDS_ESCAPE.test(text) ? text.replace(/[&<>]/g, (ch) => XML_ESCAPES[ch] ?? ch) : text;
}

/** `<name>text</name>` with the text escaped. */
export function el(name: string, text: string | number | boolean): string {
  return `<${name}>${escapeXml(String(text))}</${name}>`;
}

/** Elements in order, skipping undefined values (OSS omits absent optional fields). */
export function els(fields: ReadonlyArray<readonly [string, string | number | boolean | undefined]>): string {
  let out = '';
  for (const [name, value] of fields) if (value !== undefined) out += el(name, value);
  return out;
}
