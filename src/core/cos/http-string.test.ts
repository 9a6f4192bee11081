import { describe, expect, it } from 'vitest';
import { getCosHttpString } from './http-string';

describe('getCosHttpString', () => {
  it('lower-cases the method and keeps empty lines', () => {
    expect(
      getCosHttpString({ method: 'GET', pathname: '/exampleobject', httpParameters: '', httpHeaders: '' }),
    ).toBe('get\n/exampleobject\n\n\n');
    expect(
      getCosHttpString({ method: 'PUT', pathname: '/腾讯云', httpParameters: 'acl=', httpHeaders: 'host=h' }),
    ).toBe('put\n/腾讯云\nacl=\nhost=h\n');
  });
});
