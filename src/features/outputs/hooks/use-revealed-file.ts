import { useRef, useState } from 'react';
import { useFocusLater } from '@/hooks/use-focus-later';

/**
 * A file shown on request ("Show the expected file"), or at once for a link to one of its lines. The button gives
 * way to the file, so focus goes on to it: pass `ref` to the FileSection.
 */
export function useRevealedFile(initiallyShown: boolean) {
  const [shown, setShown] = useState(initiallyShown);
  const ref = useRef<HTMLElement>(null);
  const focusLater = useFocusLater();
  const show = () => {
    setShown(true);
    focusLater(() => ref.current);
  };
  return { shown, show, ref };
}
