// The broker's Dockerfile, checked as text (no Docker daemon in CI): a small base, the bundle only (no
// node_modules, no tsx) in the final image, a non-root user, a health check on /healthz, and a build stage
// that copies everything the bundle imports. The bundle itself is started by bundle.test.ts.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const dockerfile = readFileSync(join(root, 'server/broker/Dockerfile'), 'utf8');
const final = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));

describe('server/broker/Dockerfile', () => {
  it('ships the bundle on a small base as a non-root user, with a health check', () => {
    expect(final).toMatch(/^\nFROM node:\d+-alpine\n/);
    expect(final).toMatch(/\nUSER node\n/);
    expect(final).not.toMatch(/\nUSER root/);
    expect(final).toMatch(/HEALTHCHECK [^\n]*\\\n\s+CMD \[[^\]]*\/healthz/);
    expect(final).toMatch(/COPY --from=build [^\n]*\/dist-broker\//);
    expect(final).not.toMatch(/node_modules|tsx|npm /);
    expect(final).toContain('CMD ["node", "broker.mjs"]');
    expect(final).toContain('BROKER_HOST=0.0.0.0');
  });

  it('copies into the build stage every server/ directory the broker imports', () => {
    const sources = new Set<string>();
    const walk = (file: string): void => {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/from '(\.{1,2}\/[^']+)'/g)) {
        const target = join(dirname(file), `${m[1]}.ts`);
        const dir = dirname(target).slice(root.length + 1);
        if (!sources.has(target)) {
          sources.add(target);
          expect(dockerfile, `${dir} is imported by the broker`).toContain(
            `COPY ${dir.split('/').slice(0, 2).join('/')} `,
          );
          walk(target);
        }
      }
    };
    walk(join(root, 'server/broker/index.ts'));
    expect(sources.size).toBeGreaterThan(10);
  });
});
