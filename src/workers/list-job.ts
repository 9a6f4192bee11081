// A list job (the listing worker): fetch one ListObjectsV2 page with the job's credentials and answer at
// once with its body and where the next page starts. Parsing the objects and signing happen in the
// signing workers, so the listing worker is never busy when the next request is due: the chain of
// continuation tokens, the sequential part of an export, costs a request and a few indexOf per page.
// The fetch has a timeout and the job's cancel signal: a stalled answer never holds an export.
import { OssError, ossClientFailure } from '../core/errors';
import { buildListObjectsRequest } from '../core/listing/list-objects-request';
import { readListingCursor } from '../core/listing/parse-list-objects';
import type { Presigner } from '../core/presign';
import { ossFetch } from '../oss/oss-fetch';
import type { ListedPageBody, ListJob } from './sign-protocol';

const decoder = new TextDecoder();

export async function listJob(
  presigner: Presigner,
  job: Omit<ListJob, 'id' | 'kind'>,
  options: { fetch?: typeof fetch; signal?: AbortSignal; timeoutMs?: number } = {},
): Promise<ListedPageBody> {
  const session = await presigner.session(job.credentials, job.session);
  const request = buildListObjectsRequest(session, job.list);
  const res = await ossFetch(request.url, {
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
  return { xml: new Uint8Array(body), ...readListingCursor(decoder.decode(body)) };
}

export function ossFieldsOf(err: unknown): { code: string; status: number; requestId?: string } | undefined {
  return err instanceof OssError
    ? { code: err.code, status: err.status, requestId: err.requestId }
    : undefined;
}
