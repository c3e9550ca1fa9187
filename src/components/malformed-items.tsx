import './malformed-items.css';
import type { MalformedItem } from '@/lib/api-client';
import { SafeText } from './safe-text';

/**
 * The items of a list that broke the API contract, one row each, below the items that did not: one bad item never
 * hides the others, and never passes silently either.
 */
export function MalformedItems({ items, noun }: { items: readonly MalformedItem[]; noun: string }) {
  if (items.length === 0) return null;
  return (
    <ul className="notice notice--warn malformed-items" aria-label={`${noun}s the viewer could not read`}>
      {items.map((item) => (
        <li key={`${item.position}-${item.id ?? ''}`}>
          Item {item.position} of the list{item.id !== null ? ` (${noun} ${item.id})` : ''} could not be read: the API sent it with{' '}
          <SafeText text={item.problem} />.
        </li>
      ))}
    </ul>
  );
}
