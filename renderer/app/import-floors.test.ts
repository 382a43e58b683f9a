/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import { buildImportGraph, findCycles } from './import-graph-test-kit';

// Vite reads every renderer source file as text; keys are relative to this folder ('../stores/...').
const rendererSources = import.meta.glob<string>(['../**/*.{ts,tsx}', '!../**/*.test.{ts,tsx}'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

describe('import graph reader', () => {
  it('resolves relative value imports of every form, leaving out types, packages and files outside the graph', () => {
    const graph = buildImportGraph({
      'a.ts': [
        "import { b } from './b';",
        "import { c, type C } from './c';",
        "import type { B } from './f';",
        "export type { F } from './f';",
        "export * from './d/index';",
        "import './e.css';",
        "import React from 'react';",
        "import { x } from '../../shared/x';",
      ].join('\n'),
      'b.ts': '',
      'c.tsx': '',
      'd/index.ts': '',
      'f.ts': '',
    });
    expect(graph.get('a.ts')).toEqual(['b.ts', 'c.tsx', 'd/index.ts']);
  });

  it('names each cycle in import order', () => {
    const graph = buildImportGraph({
      'ipc/bridge.ts': "import { useStore } from '../stores/one.store';",
      'stores/one.store.ts': "import { invoke } from '../ipc/bridge';",
      'app/start.ts': "import { invoke } from '../ipc/bridge';",
    });
    expect(findCycles(graph)).toEqual([['ipc/bridge.ts', 'stores/one.store.ts', 'ipc/bridge.ts']]);
    expect(findCycles(buildImportGraph({ 'a.ts': "import './b';", 'b.ts': '' }))).toEqual([]);
  });
});

describe("the renderer's floors", () => {
  it('reads the whole renderer', () => {
    const graph = buildImportGraph(rendererSources);
    expect(graph.has('../main.tsx')).toBe(true);
    expect(graph.get('../main.tsx')?.length).toBeGreaterThan(3);
  });

  it('has no import cycle', () => {
    const cycles = findCycles(buildImportGraph(rendererSources)).map((cycle) => cycle.join(' -> '));
    expect(cycles, `import cycles:\n${cycles.join('\n')}`).toEqual([]);
  });
});
