import { describe, expect, it } from 'vitest';
import { getCosStringToSign, getCosStringToSignHead } from './string-to-sign';

describe('getCosStringToSign', () => {
  it('is sha1, the KeyTime and the HttpString digest, each followed by a line break', () => {
    expect(getCosStringToSign('1557989753;1557996953', '54ecfe22f59d3514fdc764b87a32d8133ea611e6')).toBe(
      'sha1\n1557989753;1557996953\n54ecfe22f59d3514fdc764b87a32d8133ea611e6\n',
    );
    expect(getCosStringToSignHead('1;2')).toBe('sha1\n1;2\n');
  });
});
