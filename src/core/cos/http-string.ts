// Step 5 of the COS signature: HttpString = `method\nUriPathname\nHttpParameters\nHttpHeaders\n`.

export interface CosHttpStringInput {
  method: string;
  /** the decoded request path, `/` + the object key as is (not percent-encoded): `/exampleobject(腾讯云)` */
  pathname: string;
  httpParameters: string;
  httpHeaders: string;
}

/** The method is lower-cased; empty parts keep their line breaks (`get\n/a\n\n\n`). */
export function getCosHttpString(input: CosHttpStringInput): string {
  return `${input.method.toLowerCase()}\n${input.pathname}\n${input.httpParameters}\n${input.httpHeaders}\n`;
}
