// The first screen's preload asks for exactly what the browse page would (same credentials request, same
// listing request, same query key), hands its credentials manager over once, and disposes it if nobody does.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { objectQueries } from '../../oss/object-queries';
import { CredentialsManager } from '../../sts/credentials-manager';
import { FACTORY_CONNECTION } from '../../state/settings-store';
import { createConsoleQueryClient } from '../query-client';
import { parseRoute } from '../routing/routes';
import { bucketClient, bucketConnectionId, consoleCosPresigner, consolePresigner } from './bucket-access';
import { bucketEndpoint } from './bucket-connection';
import { brokerAccessFor } from './broker-queries';
import { claimPreloadedCredentials, preloadFirstScreen } from './first-screen';
import { PHOTOS_CONFIG as config, stsAnswer } from './connection.test-kit';

const access = brokerAccessFor(FACTORY_CONNECTION, 'http://broker.test', 0);
const LISTING = `<?xml version="1.0" encoding="UTF-8"?>
<ListBucketResult><Name>photos</Name><Prefix>2024%2F</Prefix><MaxKeys>1000</MaxKeys><Delimiter>%2F</Delimiter>
<EncodingType>url</EncodingType><IsTruncated>false</IsTruncated><KeyCount>1</KeyCount>
<Contents><Key>2024%2Fa.jpg</Key><LastModified>2024-01-15T08:00:00.000Z</LastModified><ETag>"E1"</ETag>
<Type>Normal</Type><Size>12</Size><StorageClass>Standard</StorageClass></Contents></ListBucketResult>`;

function serve() {
  const asked: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: string | URL | Request) => {
      const url = new URL(String(input instanceof Request ? input.url : input));
      asked.push(`${url.origin}${url.pathname}`);
      if (url.origin === 'http://broker.test' && url.pathname === '/sts') return stsAnswer();
      if (url.hostname === 'photos.oss-cn-local.localhost' && url.searchParams.get('list-type') === '2')
        return new Response(LISTING, { headers: { 'Content-Type': 'application/xml' } });
      return new Response('not here', { status: 404 });
    }),
  );
  return asked;
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

const settings = FACTORY_CONNECTION;

describe('preloadFirstScreen', () => {
  it("a folder's link: asks the broker and lists the folder into the query the browse page reads, and hands the manager over once", async () => {
    const asked = serve();
    const queryClient = createConsoleQueryClient();
    preloadFirstScreen(queryClient, { access, config, settings, route: parseRoute('/b/photos/2024/', '') });
    // the page's own client for the bucket (another instance): the same query key
    const described = bucketEndpoint(config, settings, 'photos');
    const id = bucketConnectionId(access, 'photos');
    const manager = claimPreloadedCredentials(id);
    expect(manager).toBeDefined();
    expect(claimPreloadedCredentials(id)).toBeUndefined();
    const client = bucketClient({ ...described, credentials: manager! }, described.secure, {
      presigner: consolePresigner(),
      cosPresigner: consoleCosPresigner,
    });
    const key = objectQueries.list({ client, prefix: '2024/', search: '' }).queryKey;
    await vi.waitFor(() => expect(queryClient.getQueryData(key)).toBeDefined());
    const data = queryClient.getQueryData(key) as { pages: Array<{ objects: Array<{ key: string }> }> };
    expect(data.pages[0]!.objects.map((o) => o.key)).toEqual(['2024/a.jpg']);
    // one credentials request (the listing joined it), one listing request
    expect(asked).toEqual(['http://broker.test/sts', 'http://photos.oss-cn-local.localhost:9000/']);
    manager!.dispose();
  });

  it('another page (home, settings): nothing is asked, nothing is kept', async () => {
    const asked = serve();
    for (const path of ['/', '/settings'])
      preloadFirstScreen(createConsoleQueryClient(), {
        access,
        config,
        settings,
        route: parseRoute(path, ''),
      });
    await Promise.resolve();
    expect(asked).toEqual([]);
    expect(claimPreloadedCredentials(bucketConnectionId(access, 'photos'))).toBeUndefined();
  });

  it('a manager nobody claims is disposed after a minute; another bucket cannot claim it', async () => {
    serve();
    vi.useFakeTimers();
    const dispose = vi.spyOn(CredentialsManager.prototype, 'dispose');
    preloadFirstScreen(createConsoleQueryClient(), {
      access,
      config,
      settings,
      route: parseRoute('/b/photos/', ''),
    });
    expect(claimPreloadedCredentials(bucketConnectionId(access, 'other'))).toBeUndefined();
    vi.advanceTimersByTime(59_999);
    expect(dispose).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(dispose).toHaveBeenCalledTimes(1);
    expect(claimPreloadedCredentials(bucketConnectionId(access, 'photos'))).toBeUndefined();
    dispose.mockRestore();
  });

  it('a bucket name OSS cannot have: left for the page to explain, nothing asked', async () => {
    const asked = serve();
    preloadFirstScreen(createConsoleQueryClient(), {
      access,
      config,
      settings,
      route: parseRoute('/b/Bad_Name/', ''),
    });
    await Promise.resolve();
    expect(asked).toEqual([]);
    expect(claimPreloadedCredentials(bucketConnectionId(access, 'Bad_Name'))).toBeUndefined();
  });
});
