// Where the file goes. The File System Access API streams to disk; elsewhere the chunks become Blob parts
// (Blob data lives outside the JS heap) and one download is offered at the end, partial or whole.

export type ExportChunk = string | Uint8Array | Blob;

const isEmpty = (chunk: ExportChunk): boolean => (chunk instanceof Blob ? chunk.size : chunk.length) === 0;

export interface ExportSink {
  /** a whole number of rows (text, or its UTF-8 bytes, or a Blob of them); resolves when the chunk is accepted */
  write(chunk: ExportChunk): Promise<void>;
  /** finish the file with what was written (also after a cancel: the partial file stays valid) */
  close(): Promise<void>;
  /** drop the file (a sink that failed) */
  abort(): Promise<void>;
}

/** The part of FileSystemWritableFileStream an export uses. */
export interface WritableFile {
  write(data: ExportChunk): Promise<void>;
  close(): Promise<void>;
  abort(reason?: unknown): Promise<void>;
}

export function createWritableSink(file: WritableFile): ExportSink {
  return {
    write: (chunk) => (isEmpty(chunk) ? Promise.resolve() : file.write(chunk)),
    close: () => file.close(),
    abort: () => file.abort().catch(() => undefined),
  };
}

/** Page Blobs merged into one group Blob at a time: new Blob() costs the main thread per part. */
export const BLOB_GROUP = 64;

export function createBlobSink(
  mimeType: string,
  deliver: (blob: Blob) => void,
  makeBlob: (parts: BlobPart[], type: string) => Blob = (parts, type) => new Blob(parts, { type }),
): ExportSink {
  // A million-row export has a thousand page Blobs: one new Blob() over all of them at the end was a
  // 125 ms main-thread task. Grouping them as they come keeps every call at most BLOB_GROUP parts (the
  // groups are not merged again, so no Blob is copied into a bigger one twice).
  let groups: Blob[] = [];
  let parts: Blob[] = [];
  return {
    async write(chunk) {
      if (isEmpty(chunk)) return;
      parts.push(chunk instanceof Blob ? chunk : makeBlob([chunk as BlobPart], mimeType));
      if (parts.length >= BLOB_GROUP) {
        groups.push(makeBlob(parts, mimeType));
        parts = [];
      }
    },
    async close() {
      deliver(makeBlob([...groups, ...parts], mimeType));
      groups = [];
      parts = [];
    },
    async abort() {
      groups = [];
      parts = [];
    },
  };
}

interface SaveFilePickerWindow {
  showSaveFilePicker?: (options: {
    suggestedName: string;
    types?: Array<{ description: string; accept: Record<string, string[]> }>;
  }) => Promise<{ createWritable(): Promise<WritableFile> }>;
}

/**
 * Asks where to save (must run in the click handler: the picker needs the user's gesture). Undefined when
 * the browser has no picker; throws AbortError when the operator dismisses it.
 */
export async function pickFileSink(
  win: object,
  fileName: string,
  extension: string,
  mimeType: string,
): Promise<ExportSink | undefined> {
  const picker = (win as SaveFilePickerWindow).showSaveFilePicker;
  if (typeof picker !== 'function') return undefined;
  const handle = await picker.call(win, {
    suggestedName: fileName,
    types: [
      { description: extension.toUpperCase(), accept: { [mimeType.split(';')[0]!]: [`.${extension}`] } },
    ],
  });
  return createWritableSink(await handle.createWritable());
}

/** Offers a Blob as a download and frees its URL afterwards. */
export function downloadBlob(doc: Document, blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = doc.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  doc.body.append(a);
  a.click();
  a.remove();
  // the download has started reading the Blob by now; revoking later keeps slow starts safe
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
