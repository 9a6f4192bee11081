import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseLocalDateTime, readLocalDateTime, toLocalInputText, type ZoneOffset } from './local-date-time';

const fixed =
  (minutes: number): ZoneOffset =>
  () =>
    minutes;
// A zone with a daylight-saving jump: UTC+1, and UTC+2 from 2026-03-29T01:00Z to 2026-10-25T01:00Z.
const SPRING = Date.UTC(2026, 2, 29, 1);
const AUTUMN = Date.UTC(2026, 9, 25, 1);
const dst: ZoneOffset = (utc) => (utc >= SPRING && utc < AUTUMN ? 120 : 60);

describe('local date-time', () => {
  it('reads a datetime-local text in the given zone as a UTC instant', () => {
    expect(readLocalDateTime('2026-03-01T14:30', fixed(480))).toMatchObject({
      ok: true,
      utcMs: Date.UTC(2026, 2, 1, 6, 30),
    });
    expect(readLocalDateTime('2026-03-01 14:30:15', fixed(-300))).toMatchObject({
      ok: true,
      utcMs: Date.UTC(2026, 2, 1, 19, 30, 15),
    });
  });

  it.each([
    ['', 'unreadable'],
    ['2026-3-1T14:30', 'unreadable'],
    ['2026-03-01T14:30Z', 'unreadable'],
    ['tomorrow', 'unreadable'],
    ['2026-02-29T10:00', 'invalid'],
    ['2026-13-01T10:00', 'invalid'],
    ['2026-01-01T24:00', 'invalid'],
    ['2026-01-01T10:60', 'invalid'],
  ])('refuses %j (%s)', (text, code) => {
    const r = readLocalDateTime(text, fixed(0));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem.code).toBe(code);
  });

  it('a skipped local time is refused; a repeated one takes the earlier instant', () => {
    expect(readLocalDateTime('2026-03-29T02:30', dst)).toMatchObject({
      ok: false,
      problem: { code: 'nonexistent' },
    });
    // 02:30 local happens at 00:30Z (UTC+2) and again at 01:30Z (UTC+1)
    expect(readLocalDateTime('2026-10-25T02:30', dst)).toMatchObject({
      ok: true,
      utcMs: Date.UTC(2026, 9, 25, 0, 30),
    });
  });

  it('property: an instant written as local text reads back as that instant (to the minute)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2100, 0, 1) }),
        fc.constantFrom(fixed(0), fixed(480), fixed(-570), fixed(345), dst),
        (utc, zone) => {
          const minute = utc - (utc % 60_000);
          const r = readLocalDateTime(toLocalInputText(minute, zone), zone);
          expect(r.ok).toBe(true);
          // the repeated hour reads as its earlier instant: the same wall clock, never another one
          if (r.ok) expect(toLocalInputText(r.utcMs, zone)).toBe(toLocalInputText(minute, zone));
          if (r.ok && zone !== dst) expect(r.utcMs).toBe(minute);
        },
      ),
    );
  });

  it('parseLocalDateTime keeps the fields as written', () => {
    expect(parseLocalDateTime('2024-02-29T23:59:58')).toEqual({
      year: 2024,
      month: 2,
      day: 29,
      hour: 23,
      minute: 59,
      second: 58,
    });
  });
});
