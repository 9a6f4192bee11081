// Credentials live in memory only: after a session, no storage the browser keeps may hold an STS secret.
import { expect, type Page } from '@playwright/test';

/** Everything the page's origin stores, as text: localStorage, sessionStorage, IndexedDB and cookies. */
export async function storedText(page: Page): Promise<string> {
  const inPage = await page.evaluate(async () => {
    const dump = (s: Storage) => JSON.stringify(Object.fromEntries(Object.entries(s)));
    const dbs: string[] = [];
    for (const info of await indexedDB.databases()) {
      if (!info.name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open(info.name!);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      for (const store of Array.from(db.objectStoreNames)) {
        const all = await new Promise<unknown[]>((resolve, reject) => {
          const req = db.transaction(store, 'readonly').objectStore(store).getAll();
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        });
        dbs.push(`${info.name}/${store}: ${JSON.stringify(all)}`);
      }
      db.close();
    }
    return [dump(localStorage), dump(sessionStorage), ...dbs, document.cookie].join('\n');
  });
  const cookies = await page.context().cookies();
  return `${inPage}\n${JSON.stringify(cookies)}`;
}

/** Fails when any storage holds a secret field name or one of the `secrets` values seen on the wire. */
export async function expectNoSecretsAtRest(page: Page, secrets: readonly string[] = []): Promise<void> {
  const text = await storedText(page);
  expect(text).not.toMatch(/AccessKeySecret|SecurityToken|accessKeySecret|securityToken/);
  for (const secret of secrets) expect(text.includes(secret), 'an STS secret value is stored').toBe(false);
}

/** Collects the AccessKeySecret and SecurityToken values the broker hands this page. */
export function captureStsSecrets(page: Page): string[] {
  const seen: string[] = [];
  page.on('response', async (res) => {
    if (!new URL(res.url()).pathname.endsWith('/sts') || res.request().method() !== 'GET') return;
    try {
      const body = (await res.json()) as Record<string, unknown>;
      const c = (body.Credentials ?? body) as Record<string, unknown>;
      for (const k of ['AccessKeySecret', 'SecurityToken'])
        if (typeof c[k] === 'string') seen.push(c[k] as string);
    } catch {
      // a preflight or an error answer: nothing to collect
    }
  });
  return seen;
}
