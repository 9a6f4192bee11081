// Fetches every exported link from outside the browser, as a recipient would, and says which ones did not
// give the expected bytes. One assertion on the whole list: Playwright records each `expect` as a step (a
// stack capture and a trace entry), which for 20,000 checks cost most of a minute; the list also names
// every bad link at once instead of the first.
import { loopbackRequest } from '../../server/oss-local/loopback-lookup';

export interface LinkRow {
  key?: string;
  url?: string;
}

/** `key: what went wrong` for each row whose link does not answer 200 with `expected(key)`. */
export async function brokenLinks(
  rows: readonly LinkRow[],
  expected: (key: string) => Buffer,
  lanes = 32,
): Promise<string[]> {
  const broken: string[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: lanes }, async () => {
      while (next < rows.length) {
        const row = rows[next++]!;
        const res = await loopbackRequest(row.url!);
        if (res.status !== 200)
          broken.push(`${row.key}: HTTP ${res.status} ${res.body.toString().slice(0, 200)}`);
        else if (!res.body.equals(expected(row.key!))) broken.push(`${row.key}: other bytes`);
      }
    }),
  );
  return broken;
}
