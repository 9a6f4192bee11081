// A size bound as the operator types it, read strictly: a number and a unit of B, KB, MB or GB (binary
// steps, 1 KB = 1024 B, as the console shows sizes), or a bare number of bytes. The result must be whole
// bytes (`1.5 KB` is 1536 B; `1.3 KB` is 1331.2 B and is refused), and nothing but the whole text counts.

export type ByteSizeProblem =
  /** not a number with an optional unit */
  | { code: 'unreadable'; text: string }
  /** reads as a fraction of a byte */
  | { code: 'fraction'; text: string; bytes: number }
  /** beyond what OSS can hold in one object (48.8 TB) */
  | { code: 'too-large'; text: string };

export type ByteSizeReading =
  /** bytes: undefined when the text is empty (no bound) */
  { ok: true; bytes: number | undefined } | { ok: false; problem: ByteSizeProblem };

export const BYTE_UNITS = { B: 1, KB: 1024, MB: 1024 ** 2, GB: 1024 ** 3 } as const;
/** OSS's largest object (48.8 TB); a bound past it bounds nothing and is a typo. */
const MAX_BYTES = 48.8 * 1024 ** 4;

const SIZE = /^(\d{1,15})(?:\.(\d{1,6}))?\s*(b|kb|mb|gb)?$/i;

export function parseByteSize(input: string): ByteSizeReading {
  const text = input.trim();
  if (text === '') return { ok: true, bytes: undefined };
  const m = SIZE.exec(text);
  if (!m) return { ok: false, problem: { code: 'unreadable', text } };
  const unit = BYTE_UNITS[(m[3] ?? 'B').toUpperCase() as keyof typeof BYTE_UNITS];
  const whole = Number(m[1]);
  const fraction = m[2] === undefined ? 0 : Number(`0.${m[2]}`);
  // whole and fraction apart, so 0.5 MB is exactly 524288 (no 0.1-style rounding on the way)
  const bytes = whole * unit + fraction * unit;
  if (bytes > MAX_BYTES) return { ok: false, problem: { code: 'too-large', text } };
  if (!Number.isInteger(bytes)) return { ok: false, problem: { code: 'fraction', text, bytes } };
  return { ok: true, bytes };
}
