import { describe, expect, it } from 'vitest';
import { formatByteSize } from './byte-size';

describe('formatByteSize', () => {
  it('shows bytes whole and larger sizes with one decimal below 100', () => {
    expect(formatByteSize(0)).toBe('0 B');
    expect(formatByteSize(1023)).toBe('1,023 B');
    expect(formatByteSize(1024)).toBe('1 KB');
    expect(formatByteSize(1536)).toBe('1.5 KB');
    expect(formatByteSize(5 * 1024 * 1024)).toBe('5 MB');
    expect(formatByteSize(150 * 1024 * 1024)).toBe('150 MB');
    expect(formatByteSize(3.25 * 1024 ** 4)).toBe('3.3 TB');
  });
  it('never shows 1024 of a unit', () => {
    expect(formatByteSize(1024 * 1024 - 1)).toBe('1 MB');
  });
  it('refuses nonsense', () => {
    expect(formatByteSize(-1)).toBe('—');
    expect(formatByteSize(Number.NaN)).toBe('—');
  });
});
