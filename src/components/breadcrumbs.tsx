import './breadcrumbs.css';
import { Link, type LinkProps } from '@tanstack/react-router';
import { MiddleTruncate } from './middle-truncate';

export type Crumb = { label: string; link?: LinkProps };

export function Breadcrumbs({ items }: { items: Crumb[] }) {
  return (
    <nav aria-label="Breadcrumb" className="breadcrumbs">
      <ol>
        {items.map((item, index) => {
          const last = index === items.length - 1;
          return (
            <li key={index}>
              {/* Labels are often data (sample names, filenames): cut in the middle, hidden characters as marks. */}
              {item.link && !last ? (
                // Exact: the router marks a link to any parent of the page as the current page otherwise.
                <Link activeOptions={{ exact: true }} {...item.link}>
                  <MiddleTruncate text={item.label} />
                </Link>
              ) : (
                <span aria-current={last ? 'page' : undefined}>
                  <MiddleTruncate text={item.label} />
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
