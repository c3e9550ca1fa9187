import { SafeText } from './safe-text';

/** A value in a link's query that the screen could not use, e.g. `status=bogus`. */
export type IgnoredParam = { name: string; value: string };

/** A bad parameter in a URL gets a clear message: the screen still shows, with the default in its place. */
export function IgnoredParamsNotice({ params, fallback }: { params: IgnoredParam[]; fallback: string }) {
  if (params.length === 0) return null;
  return (
    <p className="notice notice--warn" role="status">
      This link has {params.length === 1 ? 'a value' : 'values'} this screen does not understand:{' '}
      {params.map((p, i) => (
        <span key={p.name}>
          {i > 0 && ', '}
          <code>
            <SafeText text={`${p.name}=${p.value.slice(0, 60)}`} />
          </code>
        </span>
      ))}
      . {fallback}
    </p>
  );
}
