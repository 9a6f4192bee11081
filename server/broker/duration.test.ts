import { describe, expect, it } from 'vitest';
import { grantDuration, parseRequestedDuration } from './duration';
import { BrokerError } from './errors';

const limits = { min: 900, max: 3600, default: 3600 };

describe('grantDuration', () => {
  it.each([
    [undefined, 3600, undefined],
    [1800, 1800, 1800],
    [32400, 3600, 32400],
    [60, 900, 60],
    [900, 900, 900],
  ])('requested %s -> granted %s', (requested, granted, echoed) => {
    expect(grantDuration(requested, limits)).toEqual(
      echoed === undefined ? { granted } : { granted, requested: echoed },
    );
  });

  it('honours a lower minimum configured for tests', () => {
    expect(grantDuration(60, { min: 60, max: 43200, default: 3600 }).granted).toBe(60);
    expect(grantDuration(50000, { min: 60, max: 43200, default: 3600 }).granted).toBe(43200);
  });
});

describe('parseRequestedDuration', () => {
  it('reads whole seconds', () => {
    expect(parseRequestedDuration('3600')).toBe(3600);
    expect(parseRequestedDuration(undefined)).toBeUndefined();
    expect(parseRequestedDuration('')).toBeUndefined();
  });

  it.each(['0', '-5', '1.5', 'abc', '1e3', '9999999999', ' 60'])('refuses %j with 400', (raw) => {
    try {
      parseRequestedDuration(raw);
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(BrokerError);
      expect((err as BrokerError).status).toBe(400);
      expect((err as BrokerError).code).toBe('InvalidDuration');
    }
  });
});
