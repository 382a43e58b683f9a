/** The renderer's import graph read from source text, for tests that guard its floors. */
export type ImportGraph = ReadonlyMap<string, readonly string[]>;

// Static imports, re-exports and side-effect imports. `import type` and `export type` are left out: types
// are erased from the bundle, and the zustand slices' types refer to their whole store by design.
const importPattern = /(?:^|[\n;])\s*(?:import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/g;
const sourceExtensions = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'];

function directoryOf(file: string): string {
  return file.slice(0, file.lastIndexOf('/') + 1);
}

function normalise(path: string): string {
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '..' && parts.length > 0 && parts[parts.length - 1] !== '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}

/** Relative imports of one file resolved to files of the graph; imports leaving it (shared/, packages) are dropped. */
function importsOf(file: string, source: string, files: ReadonlySet<string>): string[] {
  const targets = new Set<string>();
  for (const match of source.matchAll(importPattern)) {
    const [, typeOnly, specifier] = match;
    if (typeOnly !== undefined || !specifier!.startsWith('.')) continue;
    const base = normalise(directoryOf(file) + specifier!);
    const resolved = sourceExtensions.map((extension) => base + extension).find((path) => files.has(path));
    if (resolved !== undefined) targets.add(resolved);
  }
  return [...targets];
}

/** Builds the graph from file paths (relative to one root, '/'-separated) and their source text. */
export function buildImportGraph(sources: Readonly<Record<string, string>>): ImportGraph {
  const files = new Set(Object.keys(sources).map(normalise));
  return new Map(
    Object.entries(sources).map(([file, source]) => [normalise(file), importsOf(normalise(file), source, files)]),
  );
}

/** Every cycle found by a depth-first walk, each as the files in import order ending where it began. */
export function findCycles(graph: ImportGraph): string[][] {
  const cycles: string[][] = [];
  const done = new Set<string>();
  const path: string[] = [];
  const onPath = new Set<string>();

  const visit = (file: string): void => {
    path.push(file);
    onPath.add(file);
    for (const target of graph.get(file) ?? []) {
      if (onPath.has(target)) cycles.push([...path.slice(path.indexOf(target)), target]);
      else if (!done.has(target)) visit(target);
    }
    path.pop();
    onPath.delete(file);
    done.add(file);
  };

  for (const file of [...graph.keys()].sort()) if (!done.has(file)) visit(file);
  return cycles;
}
