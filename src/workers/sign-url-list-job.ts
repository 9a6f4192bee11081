// Page jobs, shared by the signing worker and the single-thread fallback so both give the same bytes:
// a page of entries (selected keys), or a listing answer fetched by the listing worker (OSS ListObjectsV2,
// COS GET Bucket). An
// export's filter is applied here, to each page as it is signed: the listing is never gathered first.
import { compileExportFilter, type FilterPredicate } from '../core/filter/export-filter';
import { perKeyParamsFor } from '../core/link/link-options';
import { isFolderMarker } from '../core/listing/folder-path';
import { parseListBucketByMarker, parseListObjectsV2 } from '../core/listing/parse-list-objects';
import { isAfter } from '../core/url-list/key-order';
import { signUrlListPage, type UrlListEntry } from '../core/url-list/sign-url-list-page';
import { encodePage, type PageEncoder } from './encode-page';
import { compilePageSigner, type PagePresigners } from './page-presigners';
import type { EncodedUrlListPage, ListedPageJob, PageFilter, PageJobBase, UrlListJob } from './sign-protocol';

// Every page of one export carries the same filter: compile its globs once, not once per page.
let compiled: { key: string; keep: FilterPredicate } | undefined;
function predicateFor(f: PageFilter): FilterPredicate {
  const key = JSON.stringify(f);
  if (compiled?.key !== key) compiled = { key, keep: compileExportFilter(f.filter, f.prefix) };
  return compiled.keep;
}

async function signEntries(
  presigners: PagePresigners,
  job: PageJobBase,
  entries: readonly UrlListEntry[],
  encode: PageEncoder,
): Promise<EncodedUrlListPage> {
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
  const sign = await compilePageSigner(presigners, job, perKey);
  const page = signUrlListPage(sign, kept, { ...job.spec, cloud: job.link.cloud });
  return encode(page, listed);
}

export function signUrlListJob(
  presigners: PagePresigners,
  job: Omit<UrlListJob, 'id' | 'kind'>,
  encode: PageEncoder = encodePage,
): Promise<EncodedUrlListPage> {
  return signEntries(presigners, job, job.entries, encode);
}

const decoder = new TextDecoder();

/** Parses a listing answer (the job's cloud's), drops repeats (not after `after`), signs the rest (folder markers are counted). */
export function signListedPageJob(
  presigners: PagePresigners,
  job: Omit<ListedPageJob, 'id' | 'kind'>,
  encode: PageEncoder = encodePage,
): Promise<EncodedUrlListPage> {
  const xml = decoder.decode(job.xml);
  const page = job.link.cloud === 'cos' ? parseListBucketByMarker(xml) : parseListObjectsV2(xml);
  const entries: UrlListEntry[] = [];
  let last = job.after;
  for (const o of page.objects) {
    // A recursive listing is strictly ordered: anything at or before the last key handed on is a repeat
    // (a listing that restarted instead of resuming); dropping it keeps every key exactly once.
    if (last !== undefined && !isAfter(o.key, last)) continue;
    last = o.key;
    entries.push(o);
  }
  return signEntries(presigners, job, entries, encode);
}
