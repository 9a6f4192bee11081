// The signing cores a page job may need, made once per thread (a worker, or the page when workers are
// off) and only when first asked: a thread that signs only OSS pages never loads the COS core's state.
import type { CosPresigner } from '../core/cos/cos-presigner';
import { createCosPresigner } from '../core/cos/cos-presigner';
import { compileCosPresign } from '../core/cos/presign-cos-url';
import type { Presigner, SessionOptions, SigningCredentials } from '../core/presign';
import { compilePresign, createPresigner } from '../core/presign';
import type { PerKeyParams } from '../core/presign/presign-types';
import type { CosSigningSession } from '../core/cos/cos-signing-session';
import type { ProviderKeySigner } from '../core/provider/link-provider';
import type { PageTemplate } from './sign-protocol';

export interface PagePresigners {
  oss(): Promise<Presigner>;
  cos(): Promise<CosPresigner>;
}

export function pagePresigners(
  given: { oss?: Promise<Presigner>; cos?: () => Promise<CosPresigner> } = {},
): PagePresigners {
  let oss = given.oss;
  let cos: Promise<CosPresigner> | undefined;
  return {
    oss: () => (oss ??= createPresigner()),
    cos: () => (cos ??= given.cos ? given.cos() : createCosPresigner()),
  };
}

/** A COS session with a key that travels in OSS's field names, on the broker's clock. */
export async function openCosSession(
  presigners: PagePresigners,
  credentials: SigningCredentials,
  now: number,
): Promise<CosSigningSession> {
  return (await presigners.cos()).session(
    {
      secretId: credentials.accessKeyId,
      secretKey: credentials.accessKeySecret,
      securityToken: credentials.securityToken,
    },
    { now },
  );
}

/** The page's key signer: its cloud's core compiles the template once, then each key costs a hash or two. */
export async function compilePageSigner(
  presigners: PagePresigners,
  job: { credentials: SigningCredentials; session: SessionOptions; link: PageTemplate },
  perKey: PerKeyParams | undefined,
): Promise<ProviderKeySigner> {
  const { link } = job;
  if (link.cloud === 'cos')
    return compileCosPresign(
      await openCosSession(presigners, job.credentials, job.session.now),
      link.template,
      perKey,
    );
  const session = await (await presigners.oss()).session(job.credentials, job.session);
  return compilePresign(session, link.template, perKey);
}
