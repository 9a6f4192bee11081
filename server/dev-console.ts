// The console half of the dev stack: Vite's dev server (`--console dev`) or the built dist/ behind a small
// Hono static server with the production security headers (`--console dist`). Both answer
// GET /console-config.json, which tells the console where the broker is.
import type { Plugin } from 'vite';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { PortInUseError, listen } from './broker/listen';
import { buildConsoleCsp } from './dev-csp';

/** What the console learns at runtime; filled in once the broker and OSS ports are known. */
export interface ConsoleRuntime {
  brokerUrl?: string;
  ossOrigins: string[];
}

export interface RunningConsole {
  url: string;
  port: number;
  close(): Promise<void>;
}

const CONFIG_PATH = '/console-config.json';

function consoleConfigBody(runtime: ConsoleRuntime): string | undefined {
  return runtime.brokerUrl ? JSON.stringify({ brokerUrl: runtime.brokerUrl }) : undefined;
}

/**
 * Vite plugin: serves /console-config.json from the dev server, and sends the production CSP (with the
 * HMR WebSocket added) on every response once the broker's URL is known; until then Vite's config sends
 * the baseline policy. Referrer-Policy and nosniff come from vite.config.ts's server.headers.
 */
export function consoleConfigPlugin(runtime: ConsoleRuntime): Plugin {
  return {
    name: 'oss-link-console-config',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (runtime.brokerUrl) {
          const port = server.config.server.port ?? 5173;
          res.setHeader(
            'Content-Security-Policy',
            buildConsoleCsp({
              brokerOrigin: new URL(runtime.brokerUrl).origin,
              ossOrigins: runtime.ossOrigins,
              devWebSocket: `ws://${req.headers.host?.startsWith('localhost') ? 'localhost' : '127.0.0.1'}:${port}`,
            }),
          );
        }
        next();
      });
      server.middlewares.use(CONFIG_PATH, (_req, res) => {
        const body = consoleConfigBody(runtime);
        res.statusCode = body ? 200 : 503;
        res.setHeader('Content-Type', 'application/json');
        res.setHeader('Cache-Control', 'no-store');
        res.end(body ?? JSON.stringify({ error: 'the broker is still starting' }));
      });
    },
  };
}

export async function startViteConsole(
  repoRoot: string,
  port: number,
  runtime: ConsoleRuntime,
): Promise<RunningConsole> {
  // Loaded on demand: `--console dist` and `none` never need Vite.
  const vite = await import('vite');
  const server = await vite.createServer({
    root: repoRoot,
    configFile: join(repoRoot, 'vite.config.ts'),
    clearScreen: false,
    logLevel: 'warn',
    server: { host: '127.0.0.1', port, strictPort: true },
    plugins: [consoleConfigPlugin(runtime)],
  });
  try {
    await server.listen();
  } catch (err) {
    await server.close();
    if (err instanceof Error && /already in use/i.test(err.message))
      throw new PortInUseError('127.0.0.1', port);
    throw err;
  }
  const bound = (server.httpServer?.address() as AddressInfo | null)?.port ?? port;
  return { url: `http://127.0.0.1:${bound}/`, port: bound, close: () => server.close() };
}

/** Static hosting of dist/ as production should do it: security headers, SPA fallback, no-cache index. */
export function createDistApp(distDir: string, runtime: ConsoleRuntime): Hono {
  const app = new Hono();
  app.use('*', async (c, next) => {
    await next();
    c.res.headers.set('Referrer-Policy', 'no-referrer');
    c.res.headers.set('X-Content-Type-Options', 'nosniff');
    if (runtime.brokerUrl) {
      c.res.headers.set(
        'Content-Security-Policy',
        buildConsoleCsp({ brokerOrigin: new URL(runtime.brokerUrl).origin, ossOrigins: runtime.ossOrigins }),
      );
    }
  });
  app.get(CONFIG_PATH, (c) => {
    const body = consoleConfigBody(runtime);
    c.header('Cache-Control', 'no-store');
    return body
      ? c.body(body, 200, { 'Content-Type': 'application/json' })
      : c.json({ error: 'starting' }, 503);
  });
  // Vite fingerprints everything under assets/: cache it for good.
  app.use('/assets/*', async (c, next) => {
    await next();
    if (c.res.status === 200) c.res.headers.set('Cache-Control', 'public, max-age=31536000, immutable');
  });
  // Directories (/, /b/bucket/folder/) are client routes, answered by the app shell below, not files.
  const files = serveStatic({ root: distDir, index: '' });
  app.use('*', (c, next) => (c.req.path.endsWith('/') ? next() : files(c, next)));
  // Client routes such as /b/examplebucket/photos/ get the app shell; missing files stay 404.
  app.get('*', async (c) => {
    const last = c.req.path.split('/').pop() ?? '';
    if (c.req.path.startsWith('/assets/') || /\.[a-z0-9]{1,8}$/i.test(last)) return c.text('Not Found', 404);
    const html = await readFile(join(distDir, 'index.html'), 'utf8');
    c.header('Cache-Control', 'no-cache');
    return c.html(html);
  });
  return app;
}

export async function startDistConsole(
  distDir: string,
  port: number,
  runtime: ConsoleRuntime,
): Promise<RunningConsole> {
  if (!existsSync(join(distDir, 'index.html'))) {
    throw new Error(`${distDir} has no index.html. Run \`npm run build\` first, or use --console dev.`);
  }
  const running = await listen(createDistApp(distDir, runtime).fetch, '127.0.0.1', port);
  return { url: `http://127.0.0.1:${running.port}/`, port: running.port, close: running.close };
}
