// The entry (src/main.tsx) starts a deep link's API requests and then imports the app (src/boot.tsx) dynamically, so
// that it runs before React and the router have arrived. Vite preloads only an entry's static imports from
// index.html: this plugin adds the app chunk, every chunk it imports statically and its stylesheets, so they download
// beside the entry as before instead of one round trip after it. It also writes, as a JSON data block (never run, so
// the CSP's script-src does not apply), the chunks and stylesheets of each route module in `routes`: the entry
// preloads the deep link's route from it (src/app/early-requests.ts) without a list of every chunk in its own code.
import type { OutputChunk } from 'rolldown';
import type { HtmlTagDescriptor, Plugin } from 'vite';

/** The id of the route-chunks data block in index.html. */
export const ROUTE_CHUNKS_ID = 'ccx-route-chunks';

type Chunk = OutputChunk & { viteMetadata?: { importedCss: Set<string> } };

/** A chunk's file and every chunk it imports statically, and their stylesheets. */
function closure(start: Chunk, byName: Map<string, Chunk>) {
  const files = new Set<string>();
  const css = new Set<string>();
  const visit = (chunk: Chunk) => {
    if (files.has(chunk.fileName)) return;
    files.add(chunk.fileName);
    for (const sheet of chunk.viteMetadata?.importedCss ?? []) css.add(sheet);
    for (const name of chunk.imports) {
      const imported = byName.get(name);
      if (imported) visit(imported);
    }
  };
  visit(start);
  return { files, css };
}

/** The chunk a module is the entry of, or else the one holding it (a chunk group's: scripts/lib/vite-chunk-groups.ts). */
function chunkOf(chunks: OutputChunk[], module: string) {
  return chunks.find((c) => c.facadeModuleId?.endsWith(module)) ?? chunks.find((c) => c.moduleIds.some((id) => id.endsWith(module)));
}

export function preloadAppPlugin(appModule = '/src/boot.tsx', routes: Record<string, string> = {}): Plugin {
  let base = '/';
  return {
    name: 'ccx-preload-app',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        if (!bundle) return html;
        const chunks = Object.values(bundle).filter((file): file is OutputChunk => file.type === 'chunk');
        const app = chunkOf(chunks, appModule);
        if (!app) return html;
        const byName = new Map<string, Chunk>(chunks.map((chunk) => [chunk.fileName, chunk]));
        const { files, css } = closure(app, byName);
        // Per route: what the app's own preloads do not already bring.
        const routeChunks: Record<string, string[]> = {};
        for (const [name, module] of Object.entries(routes)) {
          const chunk = chunkOf(chunks, module);
          if (!chunk) continue;
          const route = closure(chunk, byName);
          routeChunks[name] = [...route.files].filter((f) => !files.has(f)).concat([...route.css].filter((f) => !css.has(f)));
        }
        const href = (file: string) => `${base}${file}`;
        const tags: HtmlTagDescriptor[] = [
          ...[...files]
            .filter((file) => !html.includes(href(file)))
            .map((file) => ({
              tag: 'link',
              attrs: { rel: 'modulepreload', crossorigin: true, href: href(file) },
              injectTo: 'head' as const,
            })),
          ...[...css]
            .filter((file) => !html.includes(href(file)))
            .map((file) => ({ tag: 'link', attrs: { rel: 'stylesheet', crossorigin: true, href: href(file) }, injectTo: 'head' as const })),
        ];
        if (Object.keys(routeChunks).length > 0) {
          tags.push({
            tag: 'script',
            attrs: { type: 'application/json', id: ROUTE_CHUNKS_ID },
            children: JSON.stringify(routeChunks).replaceAll('<', '\\u003c'),
            // In the head: the entry runs async (index.html), as soon as it arrives, usually before the body is parsed.
            injectTo: 'head',
          });
        }
        return { html, tags };
      },
    },
  };
}
