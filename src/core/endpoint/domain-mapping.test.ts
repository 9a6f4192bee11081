import { describe, expect, it } from 'vitest';
import { domainMapping } from './domain-mapping';

describe('domainMapping', () => {
  it('trusts the broker, then the bucket’s CNAME list, then a probe', () => {
    const facts = { fromBroker: ['files.example.com'], listed: ['cdn.example.com'] };
    expect(domainMapping('FILES.example.com', facts)).toBe('mapped');
    expect(domainMapping('cdn.example.com', facts)).toBe('mapped');
    expect(domainMapping('other.example.com', facts)).toBe('unmapped');
    expect(domainMapping('other.example.com', { fromBroker: [], listed: undefined })).toBe('unknown');
    expect(
      domainMapping('other.example.com', { fromBroker: [], listed: undefined, probed: 'unmapped' }),
    ).toBe('unmapped');
  });
});
