// The first load's chunks start with V8's explicit compile hint, `//# allFunctionsCalledOnLoad` (Chrome 136
// and later; any other engine reads a comment). V8 then compiles every function of such a file on a
// background thread while the file streams in, instead of compiling each one on the page's thread the first
// time it is called. On a first visit (no code cache yet) most of react-dom's functions are first called
// during the first render, on the page's thread, where the first rows wait for them (measured: BENCHMARKS.md
// §6). The first load is the entry chunk and the chunks it imports statically, as the budget check counts
// it (scripts/check-bundle-budget.mjs); lazy chunks are left as they are: compiling what may never run
// costs.
import type { Plugin, Rollup } from 'vite';

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** Puts the hint on the entry chunk and its static imports; returns their file names. */
export function hintFirstLoadChunks(bundle: Rollup.OutputBundle): string[] {
  const chunks = new Map<string, Rollup.OutputChunk>();
  for (const item of Object.values(bundle)) if (item.type === 'chunk') chunks.set(item.fileName, item);
  const firstLoad = new Set<string>();
  const visit = (file: string): void => {
    if (firstLoad.has(file) || !chunks.has(file)) return;
    firstLoad.add(file);
    for (const dep of chunks.get(file)!.imports) visit(dep);
  };
  for (const chunk of chunks.values()) if (chunk.isEntry) visit(chunk.fileName);
  for (const file of firstLoad) {
    const chunk = chunks.get(file)!;
    if (chunk.code.startsWith(COMPILE_HINT)) continue;
    chunk.code = `${COMPILE_HINT}\n${chunk.code}`;
    // One line more at the top: the source map's lines move down by one, in the chunk's map and in the map
    // file the build has already made of it (an asset of the bundle by then).
    if (chunk.map) chunk.map.mappings = `;${chunk.map.mappings}`;
    const mapFile = bundle[chunk.sourcemapFileName ?? `${file}.map`];
    if (mapFile?.type === 'asset' && typeof mapFile.source === 'string') {
      const map = JSON.parse(mapFile.source) as { mappings: string };
      mapFile.source = JSON.stringify({ ...map, mappings: `;${map.mappings}` });
    }
  }
  return [...firstLoad].sort();
}

/** After Vite's own output steps (its preload helper goes at the top of the entry), so the hint is line 1. */
export function compileHintsPlugin(): Plugin {
  return {
    name: 'compile-hints',
    apply: 'build',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        hintFirstLoadChunks(bundle);
      },
    },
  };
}
