// A pasted link's bucket, read from its host, for each cloud's host names.
import { describe, expect, it } from 'vitest';
import { keyOfUrl } from '../url-list/key-of-url';
import { bucketHostsFor } from './bucket-hosts';

describe('bucket hosts', () => {
  const cos = bucketHostsFor(
    'examplebucket-1250000000',
    { region: 'ap-guangzhou' },
    ['cdn.example.com'],
    'cos',
  );
  const oss = bucketHostsFor('examplebucket', { region: 'cn-hangzhou' }, [], 'oss');

  it("COS: the bucket's default, acceleration and custom hosts name it; other COS buckets are named", () => {
    for (const host of [
      'examplebucket-1250000000.cos.ap-guangzhou.myqcloud.com',
      'examplebucket-1250000000.cos.accelerate.myqcloud.com',
      'cdn.example.com',
    ])
      expect(keyOfUrl(`https://${host}/a%20b/%E6%8A%A5.pdf?q-sign-algorithm=sha1`, cos)).toEqual({
        ok: true,
        key: 'a b/报.pdf',
      });
    expect(keyOfUrl('https://other-1250000000.cos.ap-beijing.myqcloud.com/a', cos)).toEqual({
      ok: false,
      problem: 'other-bucket',
      bucket: 'other-1250000000',
    });
    // path-style (older buckets): the bucket is the first segment
    expect(keyOfUrl('https://cos.ap-guangzhou.myqcloud.com/examplebucket-1250000000/k.txt', cos)).toEqual({
      ok: true,
      key: 'k.txt',
    });
  });

  it("each cloud's hosts are foreign to the other", () => {
    expect(keyOfUrl('https://examplebucket.oss-cn-hangzhou.aliyuncs.com/a', cos)).toMatchObject({
      problem: 'foreign-host',
    });
    expect(keyOfUrl('https://examplebucket-1250000000.cos.ap-guangzhou.myqcloud.com/a', oss)).toMatchObject({
      problem: 'foreign-host',
    });
  });

  it('COS endpoint overrides (the local server) are the bucket hosts', () => {
    const local = bucketHostsFor(
      'examplebucket-1250000000',
      { region: 'ap-guangzhou', endpoint: 'cos.ap-guangzhou.localhost:9100' },
      [],
      'cos',
    );
    expect(
      keyOfUrl('http://examplebucket-1250000000.cos.ap-guangzhou.localhost:9100/x/y.txt?a=1', local),
    ).toEqual({ ok: true, key: 'x/y.txt' });
  });
});
