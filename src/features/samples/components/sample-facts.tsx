import './sample-facts.css';
import { CopyButton } from '@/components/copy-button';
import type { Schemas } from '@/lib/api-client';
import { SafeText } from '@/components/safe-text';

function Pending() {
  return <span className="skeleton skeleton--short" aria-hidden="true" />;
}

/** A SHA-256 is always 64 hex digits: its placeholder is as wide as one, so it and the Copy button's place wrap as
 * the hash and the button will. */
function HashPending() {
  return (
    <>
      <code className="break hash-pending" aria-hidden="true" />
      <span className="button button--quiet skeleton hash-pending__button" aria-hidden="true">
        Copy
      </span>
    </>
  );
}

/** The sample's facts (`/samples/{id}`); placeholders of the same size while it loads. */
export function SampleFacts({ sample }: { sample: Schemas['Sample'] | undefined }) {
  return (
    <dl className="facts facts--grid sample-facts" aria-busy={!sample || undefined}>
      <div className="facts__wide">
        <dt>Original name</dt>
        <dd className="break">{sample ? <SafeText text={sample.original_name} /> : <Pending />}</dd>
      </div>
      <div className="facts__wide">
        <dt>SHA-256</dt>
        <dd className="hash-line">
          {sample ? (
            <>
              <code className="break">{sample.sha}</code>
              <CopyButton value={sample.sha} what="SHA-256" label="Copy" ariaLabel="Copy the SHA-256" />
            </>
          ) : (
            <HashPending />
          )}
        </dd>
      </div>
      <div>
        <dt>Extension</dt>
        <dd>
          {/* The placeholder sits in a code element too: its line is as tall as the extension's. */}
          <code>{sample ? <SafeText text={sample.extension} /> : <Pending />}</code>
        </dd>
      </div>
      <div className="sample-facts__tags">
        <dt>Tags</dt>
        <dd>
          {!sample ? (
            <span className="tag tag--pending" aria-hidden="true">
              <span className="skeleton skeleton--short" />
            </span>
          ) : sample.tags.length ? (
            sample.tags.map((t) => (
              <span key={t} className="tag">
                <SafeText text={t} />
              </span>
            ))
          ) : (
            <span className="muted">none</span>
          )}
        </dd>
      </div>
      <div>
        <dt>Regression tests</dt>
        <dd>
          {sample ? sample.regression_test_count : <Pending />}
          {sample && !sample.active && <span className="muted"> · inactive sample</span>}
        </dd>
      </div>
    </dl>
  );
}
