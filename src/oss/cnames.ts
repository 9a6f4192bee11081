// ListCname (GET /?cname) as ali-oss's xml2js renders it: one <Cname> is an object, several an array.
import { z } from 'zod';

export interface CnameEntry {
  /** host name mapped to the bucket, e.g. files.example.com */
  domain: string;
  /** Enabled, Disabled… (as OSS reports it) */
  status: string | undefined;
}

const cname = z.object({ Domain: z.string().min(1), Status: z.string().optional() });
const answer = z.object({ Cname: z.union([cname, z.array(cname)]).optional() }).loose();

/** Parsed ListCnameResult → entries; an unexpected shape yields [] (the operator can still type domains). */
export function parseCnames(data: unknown): CnameEntry[] {
  const parsed = answer.safeParse(data);
  if (!parsed.success || parsed.data.Cname === undefined) return [];
  const list = Array.isArray(parsed.data.Cname) ? parsed.data.Cname : [parsed.data.Cname];
  return list.map((c) => ({ domain: c.Domain.toLowerCase(), status: c.Status }));
}
