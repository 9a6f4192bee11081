import fc from 'fast-check';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { readErrorXml } from './read-error-xml';

const escape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
// the reference reader: a full XML parser, as the console used before
const reference = new XMLParser({
  ignoreAttributes: true,
  parseTagValue: false,
  trimValues: false,
  htmlEntities: true,
});

describe('readErrorXml', () => {
  it('reads an OSS error with its StringToSign newlines and numeric references', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<Error>
  <Code>SignatureDoesNotMatch</Code>
  <Message>The request signature we calculated does not match.</Message>
  <RequestId>5C3D9175B6FC201293AD****</RequestId>
  <StringToSign>GET&#10;&#10;&#10;1700000000&#10;/b/k</StringToSign>
  <EC>0002-00000040</EC>
  <Empty/>
</Error>`;
    expect(readErrorXml(xml)).toEqual({
      Code: 'SignatureDoesNotMatch',
      Message: 'The request signature we calculated does not match.',
      RequestId: '5C3D9175B6FC201293AD****',
      StringToSign: 'GET\n\n\n1700000000\n/b/k',
      EC: '0002-00000040',
      Empty: '',
    });
    expect(readErrorXml('<ListBucketResult/>')).toBeUndefined();
  });

  it('gives the same fields as a full XML parser for any text values', () => {
    const name = fc.stringMatching(/^[A-Z][A-Za-z]{0,12}$/);
    const value = fc.string({ unit: 'grapheme', maxLength: 40 });
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(name, value), { selector: ([n]) => n, maxLength: 8 }), (pairs) => {
        const xml = `<Error>${pairs.map(([n, v]) => `<${n}>${escape(v)}</${n}>`).join('\n')}</Error>`;
        const ours = readErrorXml(xml)!;
        const theirs = (reference.parse(xml) as { Error: Record<string, unknown> | string }).Error;
        for (const [n, v] of pairs) {
          expect(ours[n]).toBe(v);
          if (typeof theirs === 'object' && v !== '') expect(ours[n]).toBe(String(theirs[n]));
        }
      }),
    );
  });
});
