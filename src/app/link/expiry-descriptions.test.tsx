// @vitest-environment jsdom
// The effective expiry is marked only when the credentials really cut the link short (the core's one
// rule): a second or two of difference at the defaults is no shortfall and gets no warning sign.
import { describe, expect, it } from 'vitest';
import { getEffectiveExpiry } from '../../core/expiry/effective-expiry';
import { renderComponent } from '../test/component-kit';
import { ExpiryDescriptions } from './expiry-descriptions';

const URL_EXPIRES = Date.UTC(2026, 11, 2, 4, 34, 40);

function show(credentialsExpireAt: number) {
  return renderComponent(
    <ExpiryDescriptions
      urlExpiresAt={URL_EXPIRES}
      effective={getEffectiveExpiry(URL_EXPIRES, credentialsExpireAt)}
      credentialsExpireAt={credentialsExpireAt}
    />,
  );
}

describe('ExpiryDescriptions', () => {
  it('no warning sign when the credentials end within the clock-skew margin of the link', () => {
    const r = show(URL_EXPIRES - 1000);
    expect(r.queryByTestId('shortfall-icon')).toBeNull();
    r.unmount();
  });
  it('a warning sign when they end materially earlier', () => {
    const r = show(URL_EXPIRES - 20 * 60_000);
    expect(r.getByTestId('shortfall-icon')).toBeTruthy();
    expect(r.getByTestId('effective-expiry').textContent).toContain('2026-12-02T04:14:40Z');
    r.unmount();
  });
});
