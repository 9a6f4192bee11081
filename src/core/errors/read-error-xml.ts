// The children of an OSS (or COS) `<Error>` document: a flat list of `<Name>text</Name>`, read with
// indexOf and two small patterns instead of an XML library (which would ride on every page that can show
// an error). Text is kept as sent — a StringToSign's newlines are the point — with the XML entities and
// numeric references (&#10; &#x0A;) decoded, CDATA taken as it is. Nested elements are skipped.

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeXmlText(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (whole, ref: string) => {
    if (ref[0] !== '#') return NAMED[ref]!;
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

const CDATA = /^<!\[CDATA\[([\s\S]*)\]\]>$/;

/** name → text of each simple child of the root `<Error>` element (the first of a repeated name). */
export function readErrorXml(xml: string): Record<string, string> | undefined {
  const open = /<Error(\s[^>]*)?>/.exec(xml);
  if (!open) return undefined;
  const end = xml.lastIndexOf('</Error>');
  if (end < open.index) return undefined;
  const body = xml.slice(open.index + open[0].length, end);
  const fields: Record<string, string> = {};
  const child = /<([A-Za-z_][\w.-]*)(?:\s[^>]*?)?(\/)?>/g;
  for (let m = child.exec(body); m; m = child.exec(body)) {
    const name = m[1]!;
    if (m[2]) {
      fields[name] ??= '';
      continue;
    }
    const close = body.indexOf(`</${name}>`, child.lastIndex);
    if (close < 0) return undefined;
    const raw = body.slice(child.lastIndex, close);
    child.lastIndex = close + name.length + 3;
    const cdata = CDATA.exec(raw);
    if (cdata) fields[name] ??= cdata[1]!;
    else if (!raw.includes('<')) fields[name] ??= decodeXmlText(raw);
    // else a nested element: not a field the console reads
  }
  return fields;
}
