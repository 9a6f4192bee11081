// @vitest-environment jsdom
// The URL panel's action bar in each state: only a ready link can be copied, opened or shown as a QR
// code, and the bar says why otherwise; a link that will not work asks before it is copied.
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderComponent } from '../test/component-kit';
import { LinkActionBar, type LinkState } from './link-action-bar';

const URL_TEXT = 'https://examplebucket.oss-cn-local.localhost:9443/readme.txt?x-oss-signature=abc';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function show(state: LinkState, confirmCopy?: { title: string; body: string; ok: string }) {
  const writeText = vi.fn(async () => undefined);
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  Object.defineProperty(window, 'isSecureContext', { value: true, configurable: true });
  renderComponent(<LinkActionBar state={state} label="Signed URL" confirmCopy={confirmCopy} />);
  return { writeText, bar: screen.getByRole('status', { name: 'Signed URL' }) };
}

describe('LinkActionBar', () => {
  it('ready: shows the exact URL, and Copy puts exactly it on the clipboard', async () => {
    const { writeText, bar } = show({ kind: 'ready', url: URL_TEXT });
    expect(bar.textContent).toBe(URL_TEXT);
    expect(bar.getAttribute('data-state')).toBe('ready');
    for (const b of screen.getAllByRole('button')) expect(b.hasAttribute('disabled')).toBe(false);
    expect(screen.getByRole('link', { name: 'Open' }).getAttribute('href')).toBe(URL_TEXT);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Copy URL' })));
    expect(writeText).toHaveBeenCalledWith(URL_TEXT);
  });

  it('blocked: no URL anywhere, every action disabled, and the reason said', async () => {
    const { writeText, bar } = show({ kind: 'blocked', reason: 'Choose 60–32400 seconds.' });
    expect(bar.textContent).toBe('No link yet: Choose 60–32400 seconds.');
    expect(document.body.textContent).not.toContain('https://');
    for (const name of ['Copy URL', 'QR code for a phone'])
      expect(screen.getByRole('button', { name }).hasAttribute('disabled')).toBe(true);
    expect(screen.queryByRole('link', { name: 'Open' })).toBeNull();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Copy URL' })));
    expect(writeText).not.toHaveBeenCalled();
  });

  it('updating: nothing to copy while the link is signed again', () => {
    const { bar } = show({ kind: 'updating' });
    expect(bar.getAttribute('data-state')).toBe('updating');
    expect(bar.textContent).not.toContain('https://');
    expect(screen.getByRole('button', { name: 'Copy URL' }).hasAttribute('disabled')).toBe(true);
  });

  it('a link that will not work is copied only after the operator confirms', async () => {
    const { writeText } = show(
      { kind: 'ready', url: URL_TEXT },
      { title: 'Not mapped', body: 'files.example.com does not serve this bucket.', ok: 'Copy anyway' },
    );
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Copy URL' })));
    expect(await screen.findByText('files.example.com does not serve this bucket.')).toBeTruthy();
    expect(writeText).not.toHaveBeenCalled();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Copy anyway' })));
    expect(writeText).toHaveBeenCalledWith(URL_TEXT);
  });
});
