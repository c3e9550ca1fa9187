import { Link, type LinkProps } from '@tanstack/react-router';
import { visibleText } from '@/lib/invisible-chars';
import { SafeText } from './safe-text';

export type Crumb = { label: string; link?: LinkProps };

export function Breadcrumbs({ items }: { items: Crumb[] }) {
  return (
    <nav aria-label="Breadcrumb" className="breadcrumbs">
      <ol>
        {items.map((item, index) => {
          const last = index === items.length - 1;
          return (
            <li key={index} title={visibleText(item.label)}>
              {/* Labels are often data (sample names, filenames): hidden characters show as marks. */}
              {item.link && !last ? (
                <Link {...item.link}>
                  <SafeText text={item.label} />
                </Link>
              ) : (
                <span aria-current={last ? 'page' : undefined}>
                  <SafeText text={item.label} />
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
