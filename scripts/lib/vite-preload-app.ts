// The entry (src/main.tsx) starts a deep link's API requests and then imports the app (src/boot.tsx) dynamically, so
// that it runs before React and the router have arrived. Vite preloads only an entry's static imports from
// index.html: this plugin adds the app chunk, every chunk it imports statically and its stylesheets, so they download
// beside the entry as before instead of one round trip after it.
import type { OutputChunk } from 'rolldown';
import type { HtmlTagDescriptor, Plugin } from 'vite';

export function preloadAppPlugin(appModule = '/src/boot.tsx'): Plugin {
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
        const app = chunks.find((chunk) => chunk.facadeModuleId?.endsWith(appModule));
        if (!app) return html;
        const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
        const files = new Set<string>();
        const css = new Set<string>();
        const visit = (chunk: OutputChunk) => {
          if (files.has(chunk.fileName)) return;
          files.add(chunk.fileName);
          for (const sheet of (chunk as { viteMetadata?: { importedCss: Set<string> } }).viteMetadata?.importedCss ?? []) css.add(sheet);
          for (const name of chunk.imports) {
            const imported = byName.get(name);
            if (imported) visit(imported);
          }
        };
        visit(app);
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
        return { html, tags };
      },
    },
  };
}
