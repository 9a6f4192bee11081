import { describe, expect, it } from 'vitest';
import { getCosSignedParamEntries } from './cos-signed-params';

describe('getCosSignedParamEntries', () => {
  it('names the parameters as COS does and leaves out empty ones', () => {
    expect(
      getCosSignedParamEntries({
        versionId: 'MTg0NDUxNzc5',
        trafficLimit: 819_200,
        responseContentType: 'text/plain',
        responseContentLanguage: '',
        responseContentDisposition: 'attachment; filename="a.txt"',
        responseCacheControl: 'no-cache',
        responseExpires: 'Thu, 01 Dec 1994 16:00:00 GMT',
        responseContentEncoding: 'gzip',
      }),
    ).toEqual([
      ['versionId', 'MTg0NDUxNzc5'],
      ['x-cos-traffic-limit', '819200'],
      ['response-content-type', 'text/plain'],
      ['response-expires', 'Thu, 01 Dec 1994 16:00:00 GMT'],
      ['response-cache-control', 'no-cache'],
      ['response-content-disposition', 'attachment; filename="a.txt"'],
      ['response-content-encoding', 'gzip'],
    ]);
    expect(getCosSignedParamEntries(undefined)).toEqual([]);
  });
  it('refuses a traffic limit outside 100 KB/s – 100 MB/s', () => {
    expect(() => getCosSignedParamEntries({ trafficLimit: 819_199 })).toThrow(/819200 \(100 KB\/s\)/);
    expect(() => getCosSignedParamEntries({ trafficLimit: 838_860_801 })).toThrow(/out of range/);
    expect(() => getCosSignedParamEntries({ trafficLimit: 1e6 + 0.5 })).toThrow(/out of range/);
  });
});
