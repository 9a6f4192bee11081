// Page jobs, shared by the signing worker and the single-thread fallback so both give the same bytes:
// a page of entries (selected keys), or a ListObjectsV2 answer fetched by the listing worker. An
// export's filter is applied here, to each page as it is signed: the listing is never gathered first.
import { compileExportFilter, type FilterPredicate } from '../core/filter/export-filter';
import { perKeyParamsFor } from '../core/link/link-options';
import { isFolderMarker } from '../core/listing/folder-path';
import { compilePresign, type Presigner } from '../core/presign';
import { parseListObjectsV2 } from '../core/listing/parse-list-objects';
import { isAfter } from '../core/url-list/key-order';
import { signUrlListPage, type UrlListEntry } from '../core/url-list/sign-url-list-page';
import { encodePage } from './encode-page';
import type { EncodedUrlListPage, ListedPageJob, PageFilter, PageJobBase, UrlListJob } from './sign-protocol';

// Every page of one export carries the same filter: compile its globs once, not once per page.
let compiled: { key: string; keep: FilterPredicate } | undefined;
function predicateFor(f: PageFilter): FilterPredicate {
  const key = JSON.stringify(f);
  if (compiled?.key !== key) compiled = { key, keep: compileExportFilter(f.filter, f.prefix) };
  return compiled.keep;
}

async function signEntries(
  presigner: Presigner,
  job: PageJobBase,
  entries: readonly UrlListEntry[],
): Promise<EncodedUrlListPage> {
  const session = await presigner.session(job.credentials, job.session);
  const perKey = job.perKeyFilename ? perKeyParamsFor({ disposition: job.spec.disposition }) : undefined;
  let kept = entries;
  let listed: number | undefined;
  if (job.filter) {
    const keep = predicateFor(job.filter);
    // folder markers go on to be counted (no row); objects go on when the filter keeps them
    kept = entries.filter((e) => isFolderMarker(e.key) || keep(e));
    listed = 0;
    for (const e of entries) if (!isFolderMarker(e.key)) listed += 1;
  }
  const page = signUrlListPage(compilePresign(session, job.template, perKey), kept, job.spec);
  return encodePage(page, listed);
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
