import { describe, expect, it } from 'vitest';
import { createCosPresigner } from './cos-presigner';

const presigner = await createCosPresigner();

describe('COS signing session', () => {
  it('computes the documentation’s SignKey and caches the Signature HMAC per KeyTime', async () => {
    const session = await presigner.session(
      { secretId: 'AKIDQjz3ltompVjBni5LitkWHFlFpwkn9U5q', secretKey: 'BQYIM75p8x0iWVFSIgqEKwFprpRSVHlz' },
      { now: 0 },
    );
    expect(session.signKey('1557989151;1557996351')).toBe('eb2519b498b02ac213cb1f3d1a3d27a3b3c9bc5f');
    const a = session.signatureMac('1557989151;1557996351');
    expect(session.signatureMac('1557989151;1557996351')).toBe(a);
    expect((await a).signKey).toBe('eb2519b498b02ac213cb1f3d1a3d27a3b3c9bc5f');
    expect(session.sha1Hex('abc')).toBe('a9993e364706816aba3e25717850c26c9cd0d89d');
  });
  it('takes its KeyTime from the injected clock, or from the given start', async () => {
    const credentials = { secretId: 'id', secretKey: 'key' };
    expect((await presigner.session(credentials, { now: 10_600 })).keyTime(5).keyTime).toBe('10;15');
    expect((await presigner.session(credentials, { now: 10_600, startTime: 3 })).keyTime(5).keyTime).toBe(
      '3;8',
    );
  });
  it('refuses empty credentials and copies them', async () => {
    await expect(presigner.session({ secretId: ' ', secretKey: 'k' }, { now: 0 })).rejects.toThrow(
      /empty SecretId or SecretKey/,
    );
    const credentials = { secretId: 'id', secretKey: 'key', securityToken: 't' };
    const session = await presigner.session(credentials, { now: 0 });
    credentials.securityToken = 'changed';
    expect(session.credentials.securityToken).toBe('t');
  });
});
