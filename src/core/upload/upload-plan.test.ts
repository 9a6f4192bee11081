import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PART_BYTES,
  MAX_PARTS,
  MIN_PART_BYTES,
  MULTIPART_THRESHOLD_BYTES,
  keepBothCandidates,
  normalizeRelativePath,
  partSizeFor,
  planUploads,
} from './upload-plan';

describe('planUploads', () => {
  it('keeps folder structure under the prefix and picks multipart by size', () => {
    const plan = planUploads('in/', [
      { relativePath: 'a.txt', size: 3 },
      { relativePath: '资料/2024/报告 v2.pdf', size: MULTIPART_THRESHOLD_BYTES },
    ]);
    expect(plan.map((p) => [p.key, p.multipart, p.problem])).toEqual([
      ['in/a.txt', false, undefined],
      ['in/资料/2024/报告 v2.pdf', true, undefined],
    ]);
  });
  it('reports bad keys per file and keeps the rest', () => {
    const plan = planUploads('', [
      { relativePath: 'x'.repeat(1100), size: 1 },
      { relativePath: 'ok.txt', size: 1 },
      { relativePath: 'ok.txt', size: 2 },
    ]);
    expect(plan[0]!.problem?.code).toBe('KEY_TOO_LONG');
    expect(plan[1]!.problem).toBeUndefined();
    expect(plan[2]!.problem?.message).toMatch(/both be stored/);
  });
});

describe('normalizeRelativePath', () => {
  it.each([
    ['photos\\a.jpg', 'photos/a.jpg'],
    ['./a.jpg', 'a.jpg'],
    ['/a.jpg', 'a.jpg'],
    ['a//b.txt', 'a/b.txt'],
  ])('%s → %s', (input, expected) => expect(normalizeRelativePath(input)).toBe(expected));
});

describe('partSizeFor', () => {
  it('uses the default part size until the part count would exceed OSS’s limit', () => {
    expect(partSizeFor(20 * 1024 * 1024)).toBe(DEFAULT_PART_BYTES);
    for (const size of [DEFAULT_PART_BYTES * MAX_PARTS + 1, 48.8e9, 5e12]) {
      const part = partSizeFor(size);
      expect(Math.ceil(size / part)).toBeLessThanOrEqual(MAX_PARTS);
      expect(part % MIN_PART_BYTES).toBe(0);
    }
  });
});

describe('keepBothCandidates', () => {
  it('numbers before the extension of the file name', () => {
    const it3 = (key: string) => [...keepBothCandidates(key, 3)];
    expect(it3('in/a.txt')).toEqual(['in/a (1).txt', 'in/a (2).txt', 'in/a (3).txt']);
    expect(it3('in.d/README')).toEqual(['in.d/README (1)', 'in.d/README (2)', 'in.d/README (3)']);
    expect(it3('.env')).toEqual(['.env (1)', '.env (2)', '.env (3)']);
  });
});
