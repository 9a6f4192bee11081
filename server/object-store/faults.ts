// Fault injection for tests of the console's retry, resume and refresh paths. Off unless configured:
// fail every Nth list request (503 ServiceUnavailable or a connection reset), add list latency, and
// make STS tokens expire early (after N seconds from issue, or all tokens issued up to a moment), and cut
// multipart uploads: after N UploadPart requests, the following ones fail (503 or a connection reset).
import { z } from 'zod';

export const faultPatchSchema = z
  .object({
    /** every Nth ListObjects/ListObjectsV2 request fails; null turns it off */
    listFailEvery: z.number().int().min(1).nullable(),
    /** how a failing list request fails */
    listFailMode: z.enum(['503', 'reset']),
    /** added to every list request, ms */
    listLatencyMs: z.number().int().min(0).max(60_000),
    /** tokens count as expired this many seconds after their iat; null turns it off */
    tokenMaxAgeSeconds: z.number().int().min(0).nullable(),
    /** tokens with iat at or before this unix time count as expired; null turns it off */
    expireTokensIssuedBefore: z.number().int().nullable(),
    /** tokens issued (iatMs) before this time in ms count as expired: expireTokensNow() sets it */
    expireTokensIssuedBeforeMs: z.number().int().nullable(),
    /**
     * the first N UploadPart requests (counted from when this is set) go through, every later one fails
     * until it is set again or cleared; 0 fails them all; null turns it off
     */
    uploadPartFailAfter: z.number().int().min(0).nullable(),
    /** how a failing UploadPart request fails: 503 ServiceUnavailable, or the connection is cut */
    uploadPartFailMode: z.enum(['503', 'reset']),
    /** added to every UploadPart request before its body is read, ms */
    uploadPartLatencyMs: z.number().int().min(0).max(60_000),
    /**
     * added to the server's clock when it checks a request's time (signed URL expiry, header-auth skew):
     * tests see links expire without waiting. Tokens keep their own clock (see tokenMaxAgeSeconds).
     */
    requestClockOffsetMs: z.number().int().min(-86_400_000).max(86_400_000),
  })
  .partial()
  .strict();

export type FaultPatch = z.infer<typeof faultPatchSchema>;

export interface FaultConfig {
  listFailEvery: number | null;
  listFailMode: '503' | 'reset';
  listLatencyMs: number;
  tokenMaxAgeSeconds: number | null;
  expireTokensIssuedBefore: number | null;
  expireTokensIssuedBeforeMs: number | null;
  uploadPartFailAfter: number | null;
  uploadPartFailMode: '503' | 'reset';
  uploadPartLatencyMs: number;
  requestClockOffsetMs: number;
}

export const NO_FAULTS: FaultConfig = {
  listFailEvery: null,
  listFailMode: '503',
  listLatencyMs: 0,
  tokenMaxAgeSeconds: null,
  expireTokensIssuedBefore: null,
  expireTokensIssuedBeforeMs: null,
  uploadPartFailAfter: null,
  uploadPartFailMode: '503',
  uploadPartLatencyMs: 0,
  requestClockOffsetMs: 0,
};

/** The runtime handle returned by startOssLocal (and served by the control endpoint). */
export interface FaultControl {
  get(): FaultConfig;
  /** merges a patch (validated); a patch naming listFailEvery / uploadPartFailAfter restarts its counter */
  set(patch: FaultPatch): FaultConfig;
  reset(): FaultConfig;
  /** every token issued up to now (the server's clock) counts as expired from now on */
  expireTokensNow(): FaultConfig;
}

export type RequestFault = 'none' | '503' | 'reset';

export interface FaultRuntime extends FaultControl {
  /** counts one list request and says whether (and how) it must fail */
  onListRequest(): RequestFault;
  /** counts one (authorized) UploadPart request and says whether (and how) it must fail */
  onUploadPartRequest(): RequestFault;
}

export function createFaults(initial: FaultPatch, nowMs: () => number): FaultRuntime {
  let config: FaultConfig = { ...NO_FAULTS, ...faultPatchSchema.parse(initial) };
  let listCount = 0;
  let uploadPartCount = 0;
  const set = (patch: FaultPatch): FaultConfig => {
    const parsed = faultPatchSchema.parse(patch);
    if (parsed.listFailEvery !== undefined) listCount = 0;
    if (parsed.uploadPartFailAfter !== undefined) uploadPartCount = 0;
    config = { ...config, ...parsed };
    return { ...config };
  };
  return {
    get: () => ({ ...config }),
    set,
    reset: () => {
      listCount = 0;
      uploadPartCount = 0;
      config = { ...NO_FAULTS };
      return { ...config };
    },
    // With ms precision when tokens carry iatMs (the local broker's do): a token issued right after the
    // cut, in the same second, must keep working, or a client's immediate refresh would fail too.
    expireTokensNow: () => set({ expireTokensIssuedBeforeMs: nowMs() }),
    onListRequest: () => {
      listCount += 1;
      const every = config.listFailEvery;
      return every !== null && listCount % every === 0 ? config.listFailMode : 'none';
    },
    onUploadPartRequest: () => {
      uploadPartCount += 1;
      const after = config.uploadPartFailAfter;
      return after !== null && uploadPartCount > after ? config.uploadPartFailMode : 'none';
    },
  };
}
