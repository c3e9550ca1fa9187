// Fewer, larger chunks for a first visit (issue 19). Left to itself, Rolldown gave every set of modules shared by a
// different set of lazy importers a chunk of its own: a deep link to an output fetched about 60 files, and over
// HTTP/1.1 (six connections per origin) they arrived in ten waves of a round trip each, the API's answers queued
// behind them on the same origin. Three groups: `early`, what the entry (src/main.tsx) imports; `app`, every module the app (src/boot.tsx) imports statically, which
// the first visit needs anyway; `screens`, the modules two or more screens share. A screen's own modules stay in its
// chunk.
import type { Plugin } from 'vite';

type Group = { name: string; test: (id: string) => boolean; priority: number };

export function chunkGroups({ entry, app, screens }: { entry: string; app: string; screens: string[] }): {
  plugin: Plugin;
  groups: Group[];
} {
  const earlyModules = new Set<string>();
  const appModules = new Set<string>();
  const screenShares = new Map<string, number>();
  const plugin: Plugin = {
    name: 'ccx-chunk-groups',
    apply: 'build',
    // The module graph is complete here, before Rolldown splits chunks and calls the groups' tests.
    buildEnd() {
      const ids = [...this.getModuleIds()];
      const closure = (suffix: string) => {
        const start = ids.find((id) => id.endsWith(suffix));
        const seen = new Set<string>();
        const stack = start ? [start] : [];
        while (stack.length > 0) {
          const id = stack.pop() as string;
          if (seen.has(id)) continue;
          seen.add(id);
          stack.push(...(this.getModuleInfo(id)?.importedIds ?? []));
        }
        return seen;
      };
      const entryModules = closure(entry);
      for (const id of entryModules) if (!id.endsWith(entry)) earlyModules.add(id);
      for (const id of closure(app)) if (!entryModules.has(id)) appModules.add(id);
      for (const screen of screens) {
        for (const id of closure(screen)) {
          if (!appModules.has(id) && !entryModules.has(id)) screenShares.set(id, (screenShares.get(id) ?? 0) + 1);
        }
      }
    },
  };
  // A group takes its modules' imports too: the entry's own imports first, or `app` would take them (and the entry
  // would wait for the app's chunk before starting the requests).
  const groups: Group[] = [
    { name: 'early', test: (id) => earlyModules.has(id), priority: 30 },
    { name: 'app', test: (id) => appModules.has(id), priority: 20 },
    { name: 'screens', test: (id) => (screenShares.get(id) ?? 0) >= 2, priority: 10 },
  ];
  return { plugin, groups };
}
