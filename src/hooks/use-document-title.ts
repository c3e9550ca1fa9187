import { useEffect } from 'react';

/** Every screen names what it shows, e.g. "Run 4512 · sample 88 · ccx_out.srt". */
export function useDocumentTitle(title: string) {
  useEffect(() => {
    document.title = `${title} — CCExtractor results`;
  }, [title]);
}
