// Durations as operators read them.
import { describe, expect, it } from 'vitest';
import { formatDuration } from './format-time';

describe('formatDuration', () => {
  it('states an asked duration to the second', () => {
    expect(formatDuration(45_000, 'en-US')).toBe('45 s');
    expect(formatDuration(3_599_000, 'en-US')).toBe('59 min 59 s');
    expect(formatDuration(5_400_000, 'en-US')).toBe('1 h 30 min');
    expect(formatDuration(3_599_000, 'zh-CN')).toBe('59 分钟 59 秒');
  });

  it('rounds a measured span to the nearest minute once it is a minute or more', () => {
    // credentials of 1 h, the link signed a second after they were issued
    expect(formatDuration(3_599_000, 'en-US', 'minute')).toBe('1 h');
    expect(formatDuration(3_599_000, 'zh-CN', 'minute')).toBe('1 小时');
    expect(formatDuration(3_569_000, 'en-US', 'minute')).toBe('59 min');
    expect(formatDuration(90_000, 'en-US', 'minute')).toBe('2 min');
    // under a minute the seconds are all there is
    expect(formatDuration(42_000, 'en-US', 'minute')).toBe('42 s');
  });
});
