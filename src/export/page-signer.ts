// Who signs pages: the worker pool, or the page itself where workers are unavailable (very old browsers,
// a CSP without worker-src, tests). Both run the same core code and give the same bytes.
import type { EncodedUrlListPage, UrlListJob } from '../workers/sign-protocol';
import type { SignPool } from '../workers/sign-pool';
import { signUrlListJob } from '../workers/sign-url-list-job';
import type { PagePresigners } from '../workers/page-presigners';

export type PageJob = Omit<UrlListJob, 'id' | 'kind'>;

export interface PageSigner {
  signPage(job: PageJob, signal?: AbortSignal): Promise<EncodedUrlListPage>;
  /** pages signed at once; the pipeline keeps about twice that in flight */
  readonly parallelism: number;
}

export function poolPageSigner(pool: SignPool): PageSigner {
  return {
    signPage: (job, signal) => pool.signUrlList(job, signal),
    // the pool is not the signer's: whoever took it gives it back (runExportJob, to the warm-pool keeper)
    parallelism: pool.size,
  };
}

export function inThreadPageSigner(presigners: PagePresigners): PageSigner {
  return {
    signPage: (job) => signUrlListJob(presigners, job),
    parallelism: 1,
  };
}
