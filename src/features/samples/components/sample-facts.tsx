import { CopyButton } from '@/components/copy-button';
import type { Schemas } from '@/lib/api-client';

export function SampleFacts({ sample }: { sample: Schemas['Sample'] }) {
  return (
    <section className="facts-card" aria-label="Sample facts">
      <dl className="facts facts--grid">
        <dt>Original name</dt>
        <dd className="break">{sample.original_name}</dd>
        <dt>SHA-256</dt>
        <dd>
          <code className="break">{sample.sha}</code> <CopyButton value={sample.sha} what="SHA-256" label="Copy" />
        </dd>
        <dt>Extension</dt>
        <dd>{sample.extension}</dd>
        <dt>Tags</dt>
        <dd>{sample.tags.length ? sample.tags.map((t) => <span key={t} className="tag">{t}</span>) : '—'}</dd>
        <dt>Regression tests</dt>
        <dd>
          {sample.regression_test_count}
          {!sample.active && <span className="muted"> · inactive sample</span>}
        </dd>
      </dl>
    </section>
  );
}
