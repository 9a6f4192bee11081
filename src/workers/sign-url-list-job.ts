// Page jobs, shared by the signing worker and the single-thread fallback so both give the same bytes:
// a page of entries (selected keys), or a ListObjectsV2 answer fetched by the listing worker.
import { perKeyParamsFor } from '../core/link/link-options';
import { compilePresign, type Presigner } from '../core/presign';
import { parseListObjectsV2 } from '../core/listing/parse-list-objects';
import { isAfter } from '../core/url-list/key-order';
import { signUrlListPage, type UrlListEntry } from '../core/url-list/sign-url-list-page';
import { encodePage } from './encode-page';
import type { EncodedUrlListPage, ListedPageJob, PageJobBase, UrlListJob } from './sign-protocol';

async function signEntries(
  presigner: Presigner,
  job: PageJobBase,
  entries: readonly UrlListEntry[],
): Promise<EncodedUrlListPage> {
  const session = await presigner.session(job.credentials, job.session);
  const perKey = job.perKeyFilename ? perKeyParamsFor({ disposition: job.spec.disposition }) : undefined;
  return encodePage(signUrlListPage(compilePresign(session, job.template, perKey), entries, job.spec));
}

export function signUrlListJob(
  presigner: Presigner,
  job: Omit<UrlListJob, 'id' | 'kind'>,
): Promise<EncodedUrlListPage> {
  return signEntries(presigner, job, job.entries);
}

const decoder = new TextDecoder();

/** Parses a listing answer, drops repeats (not after `after`), signs the rest (folder markers are counted). */
export function signListedPageJob(
  presigner: Presigner,
  job: Omit<ListedPageJob, 'id' | 'kind'>,
): Promise<EncodedUrlListPage> {
  const page = parseListObjectsV2(decoder.decode(job.xml));
  const entries: UrlListEntry[] = [];
  let last = job.after;
  for (const o of page.objects) {
    // A recursive listing is strictly ordered: anything at or before the last key handed on is a repeat
    // (a listing that restarted instead of resuming); dropping it keeps every key exactly once.
    if (last !== undefined && !isAfter(o.key, last)) continue;
    last = o.key;
    entries.push(o);
  }
  return signEntries(presigner, job, entries);
}
