// A list job (the listing worker): fetch one listing page (OSS ListObjectsV2, COS GET Bucket) with the
// job's credentials and answer at once with its body and where the next page starts. Parsing the objects and signing happen in the
// signing workers, so the listing worker is never busy when the next request is due: the chain of
// continuation tokens, the sequential part of an export, costs a request and a few indexOf per page.
// The fetch has a timeout and the job's cancel signal: a stalled answer never holds an export.
import { OssError, ossClientFailure } from '../core/errors';
import { buildCosListRequest } from '../core/cos/cos-list-request';
import { buildListObjectsRequest } from '../core/listing/list-objects-request';
import { readListingCursor, readMarkerCursor } from '../core/listing/parse-list-objects';
import { ossFetch } from '../oss/oss-fetch';
import { openCosSession, type PagePresigners } from './page-presigners';
import type { ListedPageBody, ListJob } from './sign-protocol';

const decoder = new TextDecoder();

async function listUrl(presigners: PagePresigners, job: Omit<ListJob, 'id' | 'kind'>): Promise<string> {
  const { list } = job;
  if (list.cloud === 'cos')
    return buildCosListRequest(
      await openCosSession(presigners, job.credentials, job.session.now),
      list.request,
    );
  const session = await (await presigners.oss()).session(job.credentials, job.session);
  return buildListObjectsRequest(session, list.request).url;
}

export async function listJob(
  presigners: PagePresigners,
  job: Omit<ListJob, 'id' | 'kind'>,
  options: { fetch?: typeof fetch; signal?: AbortSignal; timeoutMs?: number } = {},
): Promise<ListedPageBody> {
  const url = await listUrl(presigners, job);
  const res = await ossFetch(url, {
    fetch: options.fetch,
    signal: options.signal,
    timeoutMs: options.timeoutMs,
  });
  let body: ArrayBuffer;
  try {
    body = await res.arrayBuffer();
  } catch (err) {
    options.signal?.throwIfAborted();
    throw ossClientFailure('network', `The listing answer was cut: ${String(err)}`, { cause: err });
  }
  const xml = decoder.decode(body);
  const cursor = job.list.cloud === 'cos' ? readMarkerCursor(xml) : readListingCursor(xml);
  return { xml: new Uint8Array(body), ...cursor };
}

export function ossFieldsOf(err: unknown): { code: string; status: number; requestId?: string } | undefined {
  return err instanceof OssError
    ? { code: err.code, status: err.status, requestId: err.requestId }
    : undefined;
}
