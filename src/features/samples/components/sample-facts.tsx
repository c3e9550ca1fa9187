import './sample-facts.css';
import { CopyButton } from '@/components/copy-button';
import type { Schemas } from '@/lib/api-client';
import { SafeText } from '@/components/safe-text';

function Pending() {
  return <span className="skeleton skeleton--short" aria-hidden="true" />;
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
            <Pending />
          )}
        </dd>
      </div>
      <div>
        <dt>Extension</dt>
        <dd>
          {sample ? (
            <code>
              <SafeText text={sample.extension} />
            </code>
          ) : (
            <Pending />
          )}
        </dd>
      </div>
      <div className="sample-facts__tags">
        <dt>Tags</dt>
        <dd>
          {!sample ? (
            <Pending />
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
