// A list-sign job: fetch one ListObjectsV2 page with the job's credentials, report where the next page
// starts (so the page can send the next listing to another worker at once), then sign and format.
import { isAfter } from '../core/url-list/key-order';
import { OssError, ossClientFailure, ossErrorFromResponse } from '../core/errors';
import { perKeyParamsFor } from '../core/link/link-options';
import { compilePresign, type Presigner } from '../core/presign';
import { buildListObjectsRequest, parseListObjectsV2 } from '../core/url-list/list-objects-request';
import {
  signUrlListPage,
  type SignedUrlListPage,
  type UrlListEntry,
} from '../core/url-list/sign-url-list-page';
import type { ListedInfo, ListSignJob } from './sign-protocol';

export async function listSignJob(
  presigner: Presigner,
  job: Omit<ListSignJob, 'id' | 'kind'>,
  onListed: (info: ListedInfo) => void,
  fetchFn: typeof fetch = fetch,
): Promise<SignedUrlListPage> {
  const session = await presigner.session(job.credentials, job.session);
  const request = buildListObjectsRequest(session, job.list);
  let res: Response;
  try {
    res = await fetchFn(request.url, {
      headers: request.headers,
      cache: 'no-store',
      referrerPolicy: 'no-referrer',
    });
  } catch (err) {
    throw ossClientFailure('network', `The listing request got no answer: ${String(err)}`);
  }
  const text = await res.text();
  if (!res.ok) throw ossErrorFromResponse({ status: res.status, headers: res.headers, body: text });
  const page = parseListObjectsV2(text);
  const entries: UrlListEntry[] = [];
  let last = job.after;
  for (const o of page.objects) {
    if (last !== undefined && !isAfter(o.key, last)) continue;
    last = o.key;
    // "folder/" marker objects are folders, not files to share
    if (!o.key.endsWith('/')) entries.push(o);
  }
  onListed({ count: entries.length, nextContinuationToken: page.nextContinuationToken, lastKey: last });
  const perKey = job.perKeyFilename ? perKeyParamsFor({ disposition: job.spec.disposition }) : undefined;
  return signUrlListPage(compilePresign(session, job.template, perKey), entries, job.spec);
}

export function ossFieldsOf(err: unknown): { code: string; status: number; requestId?: string } | undefined {
  return err instanceof OssError
    ? { code: err.code, status: err.status, requestId: err.requestId }
    : undefined;
}
