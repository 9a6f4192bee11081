// The Range header as OSS reads it: one `bytes=` range; `a-b`, `a-` or `-n`. A syntactically invalid
// or multi-range header is ignored (full 200); a start at or past the end is unsatisfiable (416).

export interface ByteRange {
  start: number;
  end: number;
}

export function parseRange(
  header: string | undefined,
  size: number,
): ByteRange | 'unsatisfiable' | undefined {
  if (header === undefined) return undefined;
  const m = /^\s*bytes\s*=\s*(\d*)\s*-\s*(\d*)\s*$/i.exec(header);
  if (m === null) return undefined;
  const [, startText = '', endText = ''] = m;
  if (startText === '' && endText === '') return undefined;
  if (startText === '') {
    const suffix = Number(endText);
    if (suffix === 0) return 'unsatisfiable';
    return size === 0 ? 'unsatisfiable' : { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(startText);
  if (start >= size) return 'unsatisfiable';
  const end = endText === '' ? size - 1 : Number(endText);
  if (end < start) return undefined;
  return { start, end: Math.min(end, size - 1) };
}
