// A url-list job, shared by the signing worker and the single-thread fallback so both give the same bytes.
import { perKeyParamsFor } from '../core/link/link-options';
import { compilePresign, type Presigner } from '../core/presign';
import { signUrlListPage, type SignedUrlListPage } from '../core/url-list/sign-url-list-page';
import type { UrlListJob } from './sign-protocol';

export async function signUrlListJob(
  presigner: Presigner,
  job: Omit<UrlListJob, 'id' | 'kind'>,
): Promise<SignedUrlListPage> {
  const session = await presigner.session(job.credentials, job.session);
  const perKey = job.perKeyFilename ? perKeyParamsFor({ disposition: job.spec.disposition }) : undefined;
  return signUrlListPage(compilePresign(session, job.template, perKey), job.entries, job.spec);
}
