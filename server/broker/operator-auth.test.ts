import { describe, expect, it } from 'vitest';
import { authenticate, matchToken, toRoleSessionName } from './operator-auth';

const tokens = [
  { name: 'alice', token: 'alice-token-0123456789abcdef' },
  { name: 'bob', token: 'bob-token-0123456789abcdefgh' },
];
const headers =
  (h: Record<string, string>) =>
  (name: string): string | undefined =>
    h[name.toLowerCase()];

describe('authenticate', () => {
  const auth = { tokens, anonymous: false };

  it('names the operator whose bearer token matches', () => {
    expect(authenticate(auth, headers({ authorization: 'Bearer bob-token-0123456789abcdefgh' }))).toEqual({
      ok: true,
      operator: { identity: 'bob', via: 'token' },
    });
    expect(matchToken(tokens, 'alice-token-0123456789abcdef')).toBe('alice');
  });

  it('refuses a wrong, truncated or missing token', () => {
    expect(authenticate(auth, headers({ authorization: 'Bearer alice-token-0123456789abcde' }))).toEqual({
      ok: false,
      reason: 'invalid',
    });
    expect(authenticate(auth, headers({ authorization: 'Basic YWxpY2U6eA==' }))).toEqual({
      ok: false,
      reason: 'invalid',
    });
    expect(authenticate(auth, headers({}))).toEqual({ ok: false, reason: 'missing' });
  });

  it('honours the trusted header only when configured', () => {
    const viaProxy = { tokens: [], trustedHeader: 'x-forwarded-user', anonymous: false };
    expect(authenticate(viaProxy, headers({ 'x-forwarded-user': 'carol@example.com' }))).toEqual({
      ok: true,
      operator: { identity: 'carol@example.com', via: 'header' },
    });
    expect(authenticate(auth, headers({ 'x-forwarded-user': 'mallory' }))).toEqual({
      ok: false,
      reason: 'missing',
    });
  });

  it('lets anonymous operators in only when BROKER_AUTH=none', () => {
    expect(authenticate({ tokens: [], anonymous: true }, headers({}))).toEqual({
      ok: true,
      operator: { identity: 'local-operator', via: 'anonymous' },
    });
  });
});

describe('toRoleSessionName', () => {
  it.each([
    ['alice', 'alice'],
    ['carol@example.com', 'carol@example.com'],
    ['Zhang San/李', 'Zhang-San--'],
    ['x', 'op-x'],
    ['', 'op-anonymous'],
    ['a'.repeat(100), 'a'.repeat(64)],
  ])('%j -> %j', (identity, expected) => {
    expect(toRoleSessionName(identity)).toBe(expected);
    expect(toRoleSessionName(identity)).toMatch(/^[\w.@-]{2,64}$/);
  });
});
