import { describe, expect, it } from 'vitest';
import { resolveHost, type HostTable } from './hosts';

const table: HostTable = {
  endpoint: 'oss-cn-local.localhost',
  accelerateEndpoint: 'oss-accelerate.localhost',
  cnames: new Map([['files.example.localhost', 'examplebucket']]),
};

describe('resolveHost', () => {
  it.each([
    ['examplebucket.oss-cn-local.localhost:9000', { kind: 'default', bucket: 'examplebucket' }],
    ['ExampleBucket.OSS-CN-LOCAL.localhost', { kind: 'default', bucket: 'examplebucket' }],
    ['examplebucket.oss-accelerate.localhost:9443', { kind: 'accelerate', bucket: 'examplebucket' }],
    ['files.example.localhost:1234', { kind: 'cname', bucket: 'examplebucket' }],
    ['oss-cn-local.localhost:9000', { kind: 'service' }],
    ['127.0.0.1:9000', { kind: 'service' }],
    ['[::1]:9000', { kind: 'service' }],
  ])('%s', (host, expected) => {
    expect(resolveHost(host, table)).toMatchObject(expected);
  });

  it('refuses hosts it does not serve and malformed bucket labels', () => {
    expect(resolveHost('example.com', table)).toBeUndefined();
    expect(resolveHost('a.b.oss-cn-local.localhost', table)).toBeUndefined();
    expect(resolveHost('-bad.oss-cn-local.localhost', table)).toBeUndefined();
    expect(resolveHost(undefined, table)).toBeUndefined();
  });
});
