import { describe, expect, it } from 'vitest';
import { getCosAuthorization, getCosAuthorizationQuery } from './authorization';

const fields = {
  secretId: 'AKIDQjz3ltompVjBni5LitkWHFlFpwkn9U5q',
  keyTime: '1557989753;1557996953',
  headerList: 'date;host',
  urlParamList: 'response-cache-control;response-content-type',
};

describe('getCosAuthorization / getCosAuthorizationQuery', () => {
  it('writes the seven q- fields in the documented order', () => {
    expect(getCosAuthorization(fields, '01681b8c9d798a678e43b685a9f1bba0f6c0e012')).toBe(
      'q-sign-algorithm=sha1&q-ak=AKIDQjz3ltompVjBni5LitkWHFlFpwkn9U5q&q-sign-time=1557989753;1557996953&q-key-time=1557989753;1557996953&q-header-list=date;host&q-url-param-list=response-cache-control;response-content-type&q-signature=01681b8c9d798a678e43b685a9f1bba0f6c0e012',
    );
  });
  it('writes the URL form as the SDKs’ getObjectUrl does: only the param list encoded, lower-case', () => {
    const query = getCosAuthorizationQuery(fields, 'sig');
    expect(query).toBe(
      'q-sign-algorithm=sha1&q-ak=AKIDQjz3ltompVjBni5LitkWHFlFpwkn9U5q&q-sign-time=1557989753;1557996953&q-key-time=1557989753;1557996953&q-header-list=date;host&q-url-param-list=response-cache-control%3bresponse-content-type&q-signature=sig',
    );
    // and it decodes to the fields
    expect(new URLSearchParams(query).get('q-url-param-list')).toBe(fields.urlParamList);
  });
  it('keeps an unusual SecretId parseable', () => {
    const query = getCosAuthorizationQuery({ ...fields, secretId: 'AK+ID&=' }, 'sig');
    expect(new URLSearchParams(query).get('q-ak')).toBe('AK+ID&=');
  });
});
