// What every console API call to a bucket does, whatever the cloud: credentials fresh enough for the call,
// a signing session, the request; a dead token (SecurityTokenExpired, ExpiredToken, InvalidAccessKeyId…)
// renews the credentials once and asks again (listing-retry.ts). The OSS and COS clients differ only in the
// session they open and the request they send.
import type { OssError } from '../core/errors';
import type { ListPage } from '../core/listing/parse-list-objects';
import { API_CALL_VALIDITY_SECONDS } from '../sts/credentials-manager';
import type { StsCredentials } from '../sts/sts-credentials';
import { requestListingPage } from './listing-retry';

/** What a client needs of the CredentialsManager. */
export interface ClientCredentials {
  ensure(minValiditySeconds: number, signal?: AbortSignal): Promise<StsCredentials>;
  invalidate(accessKeyId?: string): Promise<unknown>;
  /** the broker's clock */
  now(): number;
}

export interface SignedCallOptions<S> {
  credentials: ClientCredentials;
  openSession(credentials: StsCredentials, now: number): Promise<S>;
  /** the key id an error names as refused (OSS says it in the error), when the answer says */
  refusedKeyId?(err: OssError): string | undefined;
}

export function signedCaller<S>(o: SignedCallOptions<S>) {
  return async function signed<T>(
    what: { prefix: string; token?: string | undefined },
    signal: AbortSignal | undefined,
    request: (session: S) => Promise<T>,
  ): Promise<T> {
    let used: StsCredentials | undefined;
    return requestListingPage(
      async () => {
        used = await o.credentials.ensure(API_CALL_VALIDITY_SECONDS, signal);
        return request(await o.openSession(used, o.credentials.now()));
      },
      {
        prefix: what.prefix,
        token: what.token,
        signal,
        policy: { maxAttempts: 1 },
        renewCredentials: async (err) => {
          await o.credentials.invalidate(o.refusedKeyId?.(err) ?? used?.accessKeyId);
        },
      },
    );
  };
}

/** The folder's own marker object ("photos/") is the folder being listed, not an entry in it. */
export function withoutFolderItself(page: ListPage, prefix: string): ListPage {
  const objects = page.objects.filter((e) => !(e.key === prefix && e.key.endsWith('/')));
  return objects.length === page.objects.length ? page : { ...page, objects };
}
