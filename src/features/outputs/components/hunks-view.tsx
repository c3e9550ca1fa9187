import type { Diff } from '../api/get-diff';

/** The server's hunks with the real line numbers of both files. */
export function HunksView({ diff }: { diff: Diff }) {
  return (
    <section aria-label="Differences">
      <p className="diff-summary">
        <span className="added">+{diff.summary.added_lines}</span> <span className="removed">−{diff.summary.removed_lines}</span> ·{' '}
        {diff.summary.changed_hunks} hunks
      </p>
      {diff.hunks.map((hunk, h) => (
        <table key={h} className="hunk">
          <caption className="sr-only">
            Hunk {h + 1}: expected from line {hunk.expected_start}, actual from line {hunk.actual_start}
          </caption>
          <tbody>
            {hunk.lines.map((line, i) => (
              <tr key={i} className={`diff-line diff-line--${line.kind}`}>
                <td className="line-number">{line.expected_line ?? ''}</td>
                <td className="line-number">{line.actual_line ?? ''}</td>
                <td className="line-text">
                  {line.kind === 'added' ? '+' : line.kind === 'removed' ? '−' : ' '} {line.text}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </section>
  );
}
