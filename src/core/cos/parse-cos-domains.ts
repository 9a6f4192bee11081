// GET Bucket domain (GET /?domain): the custom domains bound to a COS bucket, read from the
// DomainConfiguration XML (https://cloud.tencent.com/document/product/436/16692) into the same entries as
// OSS's ListCname, so the console's domain choice is one piece of UI for both clouds.
import type { CnameEntry } from '../endpoint/parse-cname-list';
import { parseCnameEntries } from '../endpoint/parse-cname-list';

/** The answer's rules; an answer that is not a DomainConfiguration yields [] (the operator can type domains). */
export function parseCosDomainList(xml: string): CnameEntry[] {
  if (!xml.includes('<DomainConfiguration')) return [];
  return parseCnameEntries(xml, { entry: 'DomainRule', domain: 'Name', status: 'Status' });
}
