import './viewed-mark.css';
/** "viewed": the reviewer opened this output (or these outputs) earlier in this browser session. */
export function ViewedMark({ viewed, of }: { viewed: number; of?: number }) {
  if (viewed === 0) return null;
  const partial = of !== undefined && viewed < of;
  return (
    <span
      className="badge badge--neutral viewed-mark"
      title={partial ? `You opened ${viewed} of its ${of} failing outputs in this session` : 'You opened this in this session'}
    >
      <span aria-hidden="true">✓</span> {partial ? `viewed ${viewed} of ${of}` : 'viewed'}
    </span>
  );
}
