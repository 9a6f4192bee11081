/// <reference lib="webworker" />
// Bulk signing off the main thread: one job = one template and a batch of keys (or, for export, one
// listing page fetched and signed here).
import { compilePresign, createPresigner } from '../core/presign';
import { signBatch } from './sign-batch';
import { listSignJob, ossFieldsOf } from './list-sign-job';
import { signUrlListJob } from './sign-url-list-job';
import type { WorkerJob, WorkerReply } from './sign-protocol';

const presigner = createPresigner();

self.onmessage = async (event: MessageEvent<WorkerJob>) => {
  const job = event.data;
  let reply: WorkerReply;
  try {
    if (job.kind === 'list-sign') {
      const page = await listSignJob(await presigner, job, (listed) =>
        (self as unknown as Worker).postMessage({ id: job.id, listed } satisfies WorkerReply),
      );
      reply = { id: job.id, page };
    } else if (job.kind === 'url-list') {
      reply = { id: job.id, page: await signUrlListJob(await presigner, job) };
    } else {
      const session = await (await presigner).session(job.credentials, job.session);
      reply = { id: job.id, ...signBatch(compilePresign(session, job.template), job.keys) };
    }
  } catch (e) {
    const oss = ossFieldsOf(e);
    reply = { id: job.id, error: e instanceof Error ? e.message : String(e), ...(oss ? { oss } : {}) };
  }
  (self as unknown as Worker).postMessage(reply);
};
