// ListCname (GET /?cname): the custom domains mapped to a bucket, read from the ListCnameResult XML.

export interface CnameEntry {
  /** host name mapped to the bucket, e.g. files.example.com */
  domain: string;
  /** Enabled, Disabled… (as OSS reports it) */
  status: string | undefined;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decodeEntities = (text: string): string =>
  text.includes('&') ? text.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ENTITIES[name]!) : text;

function field(xml: string, name: string, from: number, to: number): string | undefined {
  const open = `<${name}>`;
  const start = xml.indexOf(open, from);
  if (start < 0 || start >= to) return undefined;
  const end = xml.indexOf(`</${name}>`, start);
  return end < 0 || end > to ? undefined : decodeEntities(xml.slice(start + open.length, end)).trim();
}

/** The answer's entries; an answer that is not a ListCnameResult yields [] (the operator can type domains). */
export function parseCnameList(xml: string): CnameEntry[] {
  if (!xml.includes('<ListCnameResult')) return [];
  return parseCnameEntries(xml, { entry: 'Cname', domain: 'Domain', status: 'Status' });
}

/** Each `<entry>`'s domain (lower-cased) and status: OSS's ListCname and COS's GET Bucket domain alike. */
export function parseCnameEntries(
  xml: string,
  names: { entry: string; domain: string; status: string },
): CnameEntry[] {
  const out: CnameEntry[] = [];
  const open = `<${names.entry}>`;
  const close = `</${names.entry}>`;
  let at = xml.indexOf(open);
  while (at >= 0) {
    const end = xml.indexOf(close, at);
    if (end < 0) break;
    const domain = field(xml, names.domain, at, end);
    if (domain) out.push({ domain: domain.toLowerCase(), status: field(xml, names.status, at, end) });
    at = xml.indexOf(open, end);
  }
  return out;
}
