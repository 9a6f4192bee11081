// What kind of content an object is, from its Content-Type (when known) or its extension.

const EXTENSION_TYPES: Readonly<Record<string, string>> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  webp: 'image/webp',
  svg: 'image/svg+xml',
  bmp: 'image/bmp',
  ico: 'image/x-icon',
  avif: 'image/avif',
  html: 'text/html',
  htm: 'text/html',
  txt: 'text/plain',
  md: 'text/markdown',
  csv: 'text/csv',
  json: 'application/json',
  xml: 'application/xml',
  log: 'text/plain',
  css: 'text/css',
  js: 'text/javascript',
  pdf: 'application/pdf',
  mp4: 'video/mp4',
  webm: 'video/webm',
  mov: 'video/quicktime',
  m3u8: 'application/vnd.apple.mpegurl',
  mp3: 'audio/mpeg',
  wav: 'audio/wav',
  ogg: 'audio/ogg',
  m4a: 'audio/mp4',
  flac: 'audio/flac',
  apk: 'application/vnd.android.package-archive',
  ipa: 'application/octet-stream',
  zip: 'application/zip',
  gz: 'application/gzip',
};

export function extensionOf(key: string): string {
  const name = key.slice(key.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

/** The Content-Type OSS would most likely serve: the stored one, else by extension. */
export function guessContentType(key: string, stored?: string): string {
  if (stored && stored !== 'application/octet-stream') return stored.toLowerCase();
  return EXTENSION_TYPES[extensionOf(key)] ?? stored?.toLowerCase() ?? 'application/octet-stream';
}

export type PreviewKind = 'image' | 'video' | 'audio' | 'pdf' | 'text' | 'none';

export function getPreviewKind(contentType: string): PreviewKind {
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  if (type.startsWith('image/')) return 'image';
  if (type.startsWith('video/')) return 'video';
  if (type.startsWith('audio/')) return 'audio';
  if (type === 'application/pdf') return 'pdf';
  if (type.startsWith('text/') || type === 'application/json' || type === 'application/xml') return 'text';
  return 'none';
}

/** OSS forces a download of these on its default and accelerate hosts (images and web pages). */
export function isForcedDownloadType(contentType: string): boolean {
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  return type.startsWith('image/') || type === 'text/html';
}

/** OSS refuses these on its default and accelerate hosts (ApkDownloadForbidden). */
export function isAppPackage(key: string): boolean {
  const ext = extensionOf(key);
  return ext === 'apk' || ext === 'ipa';
}
