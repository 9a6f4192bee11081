/// <reference lib="webworker" />
// Bulk signing off the main thread: one job = one template and a batch of keys.
import { compilePresign, createPresigner } from '../core/presign';
import { signBatch } from './sign-batch';
import { signUrlListJob } from './sign-url-list-job';
import type { WorkerJob, WorkerReply } from './sign-protocol';

const presigner = createPresigner();

self.onmessage = async (event: MessageEvent<WorkerJob>) => {
  const job = event.data;
  let reply: WorkerReply;
  try {
    if (job.kind === 'url-list') {
      reply = { id: job.id, page: await signUrlListJob(await presigner, job) };
    } else {
      const session = await (await presigner).session(job.credentials, job.session);
      reply = { id: job.id, ...signBatch(compilePresign(session, job.template), job.keys) };
    }
  } catch (e) {
    reply = { id: job.id, error: e instanceof Error ? e.message : String(e) };
  }
  (self as unknown as Worker).postMessage(reply);
};
