// @vitest-environment jsdom
// The sentence for a link the broker cut short.
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { getEffectiveExpiry } from '../../core/expiry/effective-expiry';
import { renderComponent } from '../test/component-kit';
import { CappedNote } from './capped-note';

afterEach(cleanup);

describe('CappedNote', () => {
  it('states what the link really does, to the minute, when signing came a few seconds after the credentials', () => {
    const issuedAt = Date.UTC(2026, 11, 3, 9, 0, 0);
    const credentialsExpireAt = issuedAt + 3600_000;
    // a slow machine: the panel signs 1.4 s after the broker answered
    const signedAt = issuedAt + 1400;
    const urlExpiresAt = signedAt + 32_400_000;
    renderComponent(
      <CappedNote
        facts={{
          askedSeconds: 32_400,
          grantedSeconds: 3600,
          urlExpiresAt,
          effective: getEffectiveExpiry(urlExpiresAt, credentialsExpireAt),
          signedAt,
        }}
      />,
    );
    expect(screen.getByTestId('capped-note').textContent).toMatch(
      /^You asked for 9 h; the broker granted 1 h\. This link works until .*\d\d:\d\d \(1 h\), not /,
    );
  });

  it('says nothing when the credentials outlast the link', () => {
    const signedAt = Date.UTC(2026, 11, 3, 9, 0, 0);
    renderComponent(
      <CappedNote
        facts={{
          askedSeconds: 600,
          grantedSeconds: 3600,
          urlExpiresAt: signedAt + 600_000,
          effective: getEffectiveExpiry(signedAt + 600_000, signedAt + 3600_000),
          signedAt,
        }}
      />,
    );
    expect(screen.queryByTestId('capped-note')).toBeNull();
  });
});
