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
  const out: CnameEntry[] = [];
  let at = xml.indexOf('<Cname>');
  while (at >= 0) {
    const end = xml.indexOf('</Cname>', at);
    if (end < 0) break;
    const domain = field(xml, 'Domain', at, end);
    if (domain) out.push({ domain: domain.toLowerCase(), status: field(xml, 'Status', at, end) });
    at = xml.indexOf('<Cname>', end);
  }
  return out;
}
