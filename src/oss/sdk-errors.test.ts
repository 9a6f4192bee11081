import { describe, expect, it } from 'vitest';
import { OssError } from '../core/errors';
import { hookSdkErrors, ossErrorFromSdkResult, toOssError } from './sdk-errors';

describe('ali-oss failures → OssError', () => {
  it('parses an HTTP answer the SDK received (Buffer body, lower-case headers)', () => {
    const err = ossErrorFromSdkResult({
      status: 403,
      headers: { 'x-oss-request-id': 'R' },
      data: Buffer.from(
        '<Error><Code>SecurityTokenExpired</Code><Message>expired</Message><RequestId>R</RequestId><EC>0002-00000007</EC></Error>',
      ),
    });
    expect(err).toMatchObject({
      code: 'SecurityTokenExpired',
      status: 403,
      requestId: 'R',
      ec: '0002-00000007',
    });
  });
  it('maps transport errors: timeout, reset, other', () => {
    expect(ossErrorFromSdkResult({ status: -2, name: 'ResponseTimeoutError', message: 't' }).code).toBe(
      'RequestTimeoutClient',
    );
    const reset = ossErrorFromSdkResult({
      status: -1,
      name: 'RequestError',
      code: 'ECONNRESET',
      message: 'socket hang up',
    });
    expect(reset).toMatchObject({ code: 'NetworkError', status: 0 });
    expect(reset.details.reason).toBe('reset');
    expect(ossErrorFromSdkResult({ name: 'TypeError', message: 'Failed to fetch' }).details.reason).toBe(
      'TypeError',
    );
  });
  it('hooks requestError: the SDK error keeps its fields and carries our parse', async () => {
    const sdk = {
      async requestError(result: { status: number }) {
        return Object.assign(new Error('sdk'), { code: 'AccessDenied', status: result.status });
      },
    };
    hookSdkErrors(sdk);
    const err = await sdk.requestError({
      status: 403,
      headers: {},
      data: '<Error><Code>AccessDenied</Code><Message>Request has expired.</Message></Error>',
    } as never);
    expect((err as { code: string }).code).toBe('AccessDenied');
    const ours = toOssError(err);
    expect(ours).toBeInstanceOf(OssError);
    expect(ours.message).toBe('Request has expired.');
  });
  it('falls back to the SDK’s own fields when nothing was attached', () => {
    const e = Object.assign(new Error('Object not exists'), {
      code: 'NoSuchKey',
      status: 404,
      requestId: 'X',
    });
    expect(toOssError(e)).toMatchObject({ code: 'NoSuchKey', status: 404, requestId: 'X' });
  });
});
