// Node cannot resolve `*.localhost` on machines whose resolver lacks nss-myhostname (Chromium can, by
// itself). These helpers map localhost and every *.localhost name to 127.0.0.1 for Node clients —
// ali-oss (agent/httpsAgent options), scripts and tests — without touching /etc/hosts.
import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns';
import { Agent as HttpAgent, request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';

export function isLoopbackName(hostname: string): boolean {
  const h = hostname.toLowerCase().replace(/\.$/, '');
  return h === 'localhost' || h.endsWith('.localhost');
}

type LookupCallback = (
  err: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/** A `lookup` for http(s).Agent / net.connect: *.localhost -> 127.0.0.1, anything else -> dns.lookup. */
export const loopbackLookup = ((hostname: string, options: LookupOptions, callback: LookupCallback): void => {
  if (!isLoopbackName(hostname)) {
    dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err !== null || options.all === true) return callback(err, addresses);
      const first = addresses[0];
      callback(null, first?.address ?? '', first?.family);
    });
    return;
  }
  if (options.all === true) callback(null, [{ address: '127.0.0.1', family: 4 }]);
  else callback(null, '127.0.0.1', 4);
}) as LookupFunction;

export interface LoopbackAgents {
  httpAgent: HttpAgent;
  httpsAgent: HttpsAgent;
  destroy(): void;
}

/** Agents for ali-oss (`agent`, `httpsAgent`). HTTPS trusts `ca` if given, else skips verification. */
export function createLoopbackAgents(options: { ca?: string; keepAlive?: boolean } = {}): LoopbackAgents {
  const keepAlive = options.keepAlive ?? true;
  const httpAgent = new HttpAgent({ keepAlive, lookup: loopbackLookup });
  const httpsAgent = new HttpsAgent({
    keepAlive,
    lookup: loopbackLookup,
    ...(options.ca === undefined ? { rejectUnauthorized: false } : { ca: options.ca }),
  });
  return {
    httpAgent,
    httpsAgent,
    destroy: () => {
      httpAgent.destroy();
      httpsAgent.destroy();
    },
  };
}

export interface LoopbackResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export interface LoopbackRequestInit {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** HTTPS: trust this PEM; without it certificate verification is off */
  ca?: string;
}

/**
 * A fetch-like request that resolves *.localhost itself (Node's global fetch is undici, whose Agent is not
 * installed here). The URL is sent as written: the path and query are not re-encoded.
 */
export function loopbackRequest(url: string, init: LoopbackRequestInit = {}): Promise<LoopbackResponse> {
  const u = new URL(url);
  const secure = u.protocol === 'https:';
  const start = url.indexOf('/', url.indexOf('//') + 2);
  const path = start === -1 ? '/' : url.slice(start).replace(/#.*$/, '');
  const send = secure ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = send(
      {
        protocol: u.protocol,
        hostname: u.hostname,
        port: u.port === '' ? undefined : Number(u.port),
        path,
        method: init.method ?? 'GET',
        headers: init.headers,
        lookup: loopbackLookup,
        agent: false,
        ...(secure ? (init.ca === undefined ? { rejectUnauthorized: false } : { ca: init.ca }) : {}),
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(init.body);
  });
}
