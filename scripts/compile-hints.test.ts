// The compile hint goes on the first load's chunks (the entry and its static imports), on line 1, with the
// source map moved down a line; lazy chunks and assets are left alone.
import type { Rollup } from 'vite';
import { describe, expect, it } from 'vitest';
import { COMPILE_HINT, hintFirstLoadChunks } from './compile-hints';

function chunk(fileName: string, o: { isEntry?: boolean; imports?: string[]; code?: string }) {
  return {
    type: 'chunk',
    fileName,
    isEntry: o.isEntry ?? false,
    imports: o.imports ?? [],
    code: o.code ?? `export const x = ${JSON.stringify(fileName)};`,
    map: { mappings: 'AAAA' },
  } as unknown as Rollup.OutputChunk;
}

describe('hintFirstLoadChunks', () => {
  it('hints the entry and what it imports statically, not lazy chunks or assets', () => {
    const bundle = {
      'entry.js': chunk('entry.js', {
        isEntry: true,
        imports: ['vendor.js'],
        code: 'const __vite__mapDeps = 1;',
      }),
      'vendor.js': chunk('vendor.js', { imports: ['shared.js'] }),
      'shared.js': chunk('shared.js', {}),
      'lazy.js': chunk('lazy.js', { imports: ['shared.js'] }),
      'app.css': { type: 'asset', fileName: 'app.css', source: 'body{}' },
      // the map files the build has already made of the chunks' maps
      'vendor.js.map': {
        type: 'asset',
        fileName: 'vendor.js.map',
        source: '{"version":3,"mappings":"AAAA"}',
      },
      'lazy.js.map': { type: 'asset', fileName: 'lazy.js.map', source: '{"version":3,"mappings":"AAAA"}' },
    } as unknown as Rollup.OutputBundle;
    expect(hintFirstLoadChunks(bundle)).toEqual(['entry.js', 'shared.js', 'vendor.js']);
    const code = (f: string) => (bundle[f] as Rollup.OutputChunk).code;
    const mappings = (f: string) => (bundle[f] as Rollup.OutputChunk).map!.mappings;
    for (const f of ['entry.js', 'vendor.js', 'shared.js']) {
      expect(code(f).split('\n')[0]).toBe(COMPILE_HINT);
      expect(mappings(f)).toBe(';AAAA');
    }
    expect(code('entry.js')).toBe(`${COMPILE_HINT}\nconst __vite__mapDeps = 1;`);
    expect(code('lazy.js')).not.toContain(COMPILE_HINT);
    expect(mappings('lazy.js')).toBe('AAAA');
    expect((bundle['app.css'] as Rollup.OutputAsset).source).toBe('body{}');
    const mapFile = (f: string) => JSON.parse((bundle[f] as Rollup.OutputAsset).source as string);
    expect(mapFile('vendor.js.map')).toEqual({ version: 3, mappings: ';AAAA' });
    expect(mapFile('lazy.js.map')).toEqual({ version: 3, mappings: 'AAAA' });
  });

  it('hints a chunk once, however often it is reached or the step runs', () => {
    const bundle = {
      'a.js': chunk('a.js', { isEntry: true, imports: ['c.js'] }),
      'b.js': chunk('b.js', { isEntry: true, imports: ['c.js'] }),
      'c.js': chunk('c.js', {}),
    } as unknown as Rollup.OutputBundle;
    hintFirstLoadChunks(bundle);
    hintFirstLoadChunks(bundle);
    const c = bundle['c.js'] as Rollup.OutputChunk;
    expect(c.code.split(COMPILE_HINT)).toHaveLength(2);
    expect(c.map!.mappings).toBe(';AAAA');
  });
});
