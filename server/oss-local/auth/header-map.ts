// Request headers as the signers see them: lower-cased names, one value each (Headers joins repeats).

export type HeaderMap = ReadonlyMap<string, string>;

export function headerMapOf(headers: Headers): HeaderMap {
  const map = new Map<string, string>();
  headers.forEach((value, name) => map.set(name.toLowerCase(), value));
  return map;
}

/** For fixtures written with mixed-case names. */
export function headerMapFromRecord(record: Readonly<Record<string, string>>): HeaderMap {
  return new Map(Object.entries(record).map(([k, v]) => [k.toLowerCase(), v]));
}
