import { useEffect } from 'react';
import { visibleText } from '@/lib/invisible-chars';

/** Every screen names what it shows, e.g. "Run 4512 · sample 88 · ccx_out.srt". */
export function useDocumentTitle(title: string) {
  useEffect(() => {
    // Titles hold names from data: a bidi override or a line break must not disguise the tab or the history entry.
    document.title = `${visibleText(title)} — CCExtractor results`;
  }, [title]);
}
