/// <reference lib="webworker" />
// Bulk signing off the main thread: one job = one template and a batch of keys; for export, one page of
// entries or one listing answer to sign, or (the pool's listing worker) one listing page to fetch.
import { compilePresign } from '../core/presign';
import { signBatch } from './sign-batch';
import { pagePresigners } from './page-presigners';
import { listJob, ossFieldsOf } from './list-job';
import { signListedPageJob, signUrlListJob } from './sign-url-list-job';
import { blobPageEncoder } from './encode-page';
import type { WorkerMessage, WorkerReply } from './sign-protocol';

// OSS's core at once (the ping waits for it); COS's when a COS job first comes
const presigners = pagePresigners();
const presigner = presigners.oss();
/** listing fetches in progress, by job id, so a cancel can abort them */
const listings = new Map<number, AbortController>();
/** signed pages leave as Blobs: the page's heap never holds a million rows' bytes (see EncodedUrlListPage) */
const encodeBlob = blobPageEncoder();

self.onmessage = async (event: MessageEvent<WorkerMessage>) => {
  const job = event.data;
  if (job.kind === 'cancel') {
    listings.get(job.id)?.abort();
    return;
  }
  let reply: WorkerReply;
  let transfer: Transferable[] = [];
  try {
    if (job.kind === 'ping') {
      await presigner;
      reply = { id: job.id, pong: true };
    } else if (job.kind === 'list') {
      const abort = new AbortController();
      listings.set(job.id, abort);
      try {
        const listed = await listJob(presigners, job, { signal: abort.signal });
        reply = { id: job.id, listed };
        transfer = [listed.xml.buffer as ArrayBuffer];
      } finally {
        listings.delete(job.id);
      }
    } else if (job.kind === 'listed-page' || job.kind === 'url-list') {
      const page =
        job.kind === 'listed-page'
          ? await signListedPageJob(presigners, job, encodeBlob)
          : await signUrlListJob(presigners, job, encodeBlob);
      reply = { id: job.id, page };
    } else {
      const session = await (await presigner).session(job.credentials, job.session);
      const result = signBatch(compilePresign(session, job.template), job.keys);
      reply = { id: job.id, ...result };
      transfer = [result.urls.buffer as ArrayBuffer];
    }
  } catch (e) {
    const oss = ossFieldsOf(e);
    reply = { id: job.id, error: e instanceof Error ? e.message : String(e), ...(oss ? { oss } : {}) };
  }
  (self as unknown as Worker).postMessage(reply, transfer);
};
