// Vite dev without inline scripts, so the dev console runs under the same script-src as production
// ('self', no 'unsafe-inline'). Vite's own client is already an external module (/@vite/client); what is
// inline is what plugins put into index.html — @vitejs/plugin-react's Fast Refresh preamble. This plugin
// moves every inline <script> of the dev index.html to a URL it serves itself, keeping type and order
// (module scripts run in document order, external or not), so Fast Refresh works unchanged.
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

export const EXTERNAL_SCRIPT_PREFIX = '/@dev-external-script/';

const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;

/** Rewrites inline scripts to `<script … src>`; `store` receives each script's code by id. */
export function externalizeInlineScripts(html: string, store: Map<string, string>): string {
  return html.replace(INLINE_SCRIPT, (whole, attrs: string, code: string) => {
    if (/\bsrc\s*=/i.test(attrs) || code.trim() === '') return whole;
    const id = createHash('sha256').update(code).digest('hex').slice(0, 20);
    store.set(id, code);
    return `<script${attrs} src="${EXTERNAL_SCRIPT_PREFIX}${id}.js"></script>`;
  });
}

export function externalScriptsPlugin(): Plugin {
  const scripts = new Map<string, string>();
  return {
    name: 'oss-link-dev-external-scripts',
    apply: 'serve',
    // after every other plugin has injected its tags (the React preamble among them)
    transformIndexHtml: { order: 'post', handler: (html) => externalizeInlineScripts(html, scripts) },
    configureServer(server) {
      server.middlewares.use(EXTERNAL_SCRIPT_PREFIX, (req, res, next) => {
        const id = /^\/([0-9a-f]{20})\.js$/.exec(req.url ?? '')?.[1];
        const code = id === undefined ? undefined : scripts.get(id);
        if (code === undefined) return next();
        res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
        res.setHeader('Cache-Control', 'no-store');
        res.end(code);
      });
    },
  };
}
