// Text for a person, not a request: nothing here runs fetch or curl. It lives outside src/core, which
// holds no I/O, not even as text that reads like it.
// Ready-to-paste commands for whoever receives an upload link: curl for a terminal, fetch for a web page.
// Every value is quoted for its language, so a key or URL with quotes or spaces cannot break out.

export interface SnippetInput {
  url: string;
  contentType: string;
  contentMd5?: string | undefined;
}

/** POSIX shell single quotes: everything literal; a ' becomes '\'' */
export function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

export function curlSnippet({ url, contentType, contentMd5 }: SnippetInput): string {
  const headers = [`-H ${shellQuote(`Content-Type: ${contentType}`)}`];
  if (contentMd5) headers.push(`-H ${shellQuote(`Content-MD5: ${contentMd5}`)}`);
  return `curl -X PUT ${headers.join(' ')} --upload-file FILE ${shellQuote(url)}`;
}

export function fetchSnippet({ url, contentType, contentMd5 }: SnippetInput): string {
  const headers: Record<string, string> = { 'Content-Type': contentType };
  if (contentMd5) headers['Content-MD5'] = contentMd5;
  return [
    '// file: a File or Blob, e.g. document.querySelector("input[type=file]").files[0]',
    `const response = await fetch(${JSON.stringify(url)}, {`,
    "  method: 'PUT',",
    `  headers: ${JSON.stringify(headers)},`,
    '  body: file,',
    '});',
    'if (!response.ok) throw new Error(`Upload refused: ${response.status} ${await response.text()}`);',
  ].join('\n');
}
