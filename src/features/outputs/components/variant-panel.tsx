/** A pass that the diff would hide: the output differs from the expected file, but equals an accepted variant. */
export function VariantPanel() {
  return (
    <section className="state-panel state-panel--pass" aria-labelledby="state-title">
      <h2 id="state-title">
        <span aria-hidden="true">✓ </span>Matches an accepted variant
      </h2>
      <p>
        The output differs from the expected file but is identical to one of its accepted variants (a platform’s or an
        older CCExtractor’s accepted output), so this output passes. Its differences from the expected file are shown below.
      </p>
    </section>
  );
}
