// The Range header as OSS reads it: one `bytes=` range, `a-b`, `a-` or `-n`. A syntactically invalid or
// multi-range header is always ignored (200, whole object). A range that does not fit the object:
//   default (compatibility behaviour)    ignored: 200 with the whole object
//   `x-oss-range-behavior: standard`     end past the size -> 206 cut at the last byte;
//                                        start past the size (or an empty object) -> 416 InvalidRange
// Docs: https://www.alibabacloud.com/help/en/oss/developer-reference/getobject (Range) and the table in
// https://help.aliyun.com/en/oss/developer-reference/scope-download-using-oss-sdk-for-php-v2
import type { ByteRange } from '../../object-store/object-record';

export type { ByteRange };
export type RangeBehavior = 'default' | 'standard';

export function rangeBehaviorOf(header: string | undefined): RangeBehavior {
  return header?.trim().toLowerCase() === 'standard' ? 'standard' : 'default';
}

export function parseRange(
  header: string | undefined,
  size: number,
  behavior: RangeBehavior = 'default',
): ByteRange | 'unsatisfiable' | undefined {
  if (header === undefined) return undefined;
  const m = /^\s*bytes\s*=\s*(\d{0,16})\s*-\s*(\d{0,16})\s*$/i.exec(header);
  if (m === null) return undefined;
  const [, startText = '', endText = ''] = m;
  if (startText === '' && endText === '') return undefined;
  const standard = behavior === 'standard';
  if (startText === '') {
    const suffix = Number(endText);
    if (suffix === 0 || size === 0) return standard ? 'unsatisfiable' : undefined;
    if (suffix > size && !standard) return undefined;
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(startText);
  const end = endText === '' ? size - 1 : Number(endText);
  if (endText !== '' && end < start) return undefined;
  if (start >= size) return standard ? 'unsatisfiable' : undefined;
  if (end >= size && !standard) return undefined;
  return { start, end: Math.min(end, size - 1) };
}
