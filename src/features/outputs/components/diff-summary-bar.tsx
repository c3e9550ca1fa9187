import './diff-summary-bar.css';
import { useSideNames } from '../hooks/use-side-names';
import { formatNumber, plural } from '@/lib/format-count';

type Props = {
  added: number;
  removed: number;
  hunks: number;
  expectedLines?: number;
  actualLines?: number;
  /** "at least": the file was cut at the API's limit. */
  expectedTruncated?: boolean;
  actualTruncated?: boolean;
};

const lines = (n: number | undefined, truncated = false) => (n === undefined ? '…' : `${truncated ? '≥ ' : ''}${plural(n, 'line')}`);

/** +added / −removed, hunk count and both files' sizes in lines. */
export function DiffSummaryBar({ added, removed, hunks, expectedLines, actualLines, expectedTruncated, actualTruncated }: Props) {
  const { short } = useSideNames();
  return (
    <p className="diff-summary" aria-label="Diff summary">
      <span className="diff-count diff-count--added" aria-label={`${formatNumber(added)} lines added`}>
        +{formatNumber(added)}
      </span>
      <span className="diff-count diff-count--removed" aria-label={`${formatNumber(removed)} lines removed`}>
        −{formatNumber(removed)}
      </span>
      <span>{plural(hunks, 'hunk')}</span>
      <span className="diff-summary__lines">
        {short.expected} {lines(expectedLines, expectedTruncated)}
      </span>
      <span className="diff-summary__lines">
        {short.actual} {lines(actualLines, actualTruncated)}
      </span>
    </p>
  );
}
