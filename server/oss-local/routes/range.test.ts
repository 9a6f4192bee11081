// Range as OSS answers it, by default and with x-oss-range-behavior: standard.
// Docs: https://www.alibabacloud.com/help/en/oss/developer-reference/getobject (Range),
//       https://help.aliyun.com/en/oss/developer-reference/scope-download-using-oss-sdk-for-php-v2
//       ("End exceeds object size: entire object, HTTP 200 | with standard: bytes 500-999, 206;
//         Start exceeds object size: entire object, 200 | with standard: 416 InvalidRange")
import { describe, expect, it } from 'vitest';
import { parseRange, rangeBehaviorOf } from './range';

describe('parseRange', () => {
  it.each([
    ['bytes=0-9', 100, { start: 0, end: 9 }, { start: 0, end: 9 }],
    ['bytes=90-', 100, { start: 90, end: 99 }, { start: 90, end: 99 }],
    ['bytes=-10', 100, { start: 90, end: 99 }, { start: 90, end: 99 }],
    ['bytes=0-99', 100, { start: 0, end: 99 }, { start: 0, end: 99 }],
    // end past the object: OSS ignores the range unless asked for the standard behaviour
    ['bytes=50-500', 100, undefined, { start: 50, end: 99 }],
    ['bytes=0-100', 100, undefined, { start: 0, end: 99 }],
    ['bytes=-500', 100, undefined, { start: 0, end: 99 }],
    // start past the object
    ['bytes=100-', 100, undefined, 'unsatisfiable'],
    ['bytes=200-300', 100, undefined, 'unsatisfiable'],
    ['bytes=0-0', 0, undefined, 'unsatisfiable'],
    ['bytes=-0', 100, undefined, 'unsatisfiable'],
    // never a range, whatever the behaviour
    ['bytes=9-3', 100, undefined, undefined],
    ['bytes=0-1,5-6', 100, undefined, undefined],
    ['items=0-1', 100, undefined, undefined],
    ['bytes=-', 100, undefined, undefined],
    [undefined, 100, undefined, undefined],
  ] as const)('%s of %i bytes', (header, size, byDefault, standard) => {
    expect(parseRange(header, size)).toEqual(byDefault);
    expect(parseRange(header, size, 'standard')).toEqual(standard);
  });

  it('reads x-oss-range-behavior', () => {
    expect(rangeBehaviorOf('standard')).toBe('standard');
    expect(rangeBehaviorOf(' Standard ')).toBe('standard');
    expect(rangeBehaviorOf(undefined)).toBe('default');
    expect(rangeBehaviorOf('strict')).toBe('default');
  });
});
