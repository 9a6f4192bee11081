// A list job (the listing worker): fetch one ListObjectsV2 page with the job's credentials and answer at
// once with its body and where the next page starts. Parsing the objects and signing happen in the
// signing workers, so the listing worker is never busy when the next request is due: the chain of
// continuation tokens, the sequential part of an export, costs a request and a few indexOf per page.
import { OssError, ossClientFailure, ossErrorFromResponse } from '../core/errors';
import type { Presigner } from '../core/presign';
import { buildListObjectsRequest, readListingCursor } from '../core/url-list/list-objects-request';
import type { ListedPageBody, ListJob } from './sign-protocol';

const decoder = new TextDecoder();

export async function listJob(
  presigner: Presigner,
  job: Omit<ListJob, 'id' | 'kind'>,
  fetchFn: typeof fetch = fetch,
): Promise<ListedPageBody> {
  const session = await presigner.session(job.credentials, job.session);
  const request = buildListObjectsRequest(session, job.list);
  let res: Response;
  let body: ArrayBuffer;
  try {
    res = await fetchFn(request.url, {
      headers: request.headers,
      cache: 'no-store',
      referrerPolicy: 'no-referrer',
    });
    body = await res.arrayBuffer();
  } catch (err) {
    throw ossClientFailure('network', `The listing request got no answer: ${String(err)}`);
  }
  const text = decoder.decode(body);
  if (!res.ok) throw ossErrorFromResponse({ status: res.status, headers: res.headers, body: text });
  return { xml: new Uint8Array(body), ...readListingCursor(text) };
}

export function ossFieldsOf(err: unknown): { code: string; status: number; requestId?: string } | undefined {
  return err instanceof OssError
    ? { code: err.code, status: err.status, requestId: err.requestId }
    : undefined;
}
