import './whitespace-notices.css';
import { plural } from '@/lib/format-count';

/** In the verdict: every change of this diff is trailing whitespace or line endings, not content. */
export function WhitespaceOnlyBadge({ lines }: { lines: number }) {
  return (
    <span className="badge badge--warn" title={`${plural(lines, 'line')} differ only in trailing spaces, tabs or line endings (CR)`}>
      Whitespace only
    </span>
  );
}

type NoticeProps = { lines: number; nothingLeft: boolean; onShow: () => void };

/** With `?w=1`: how many whitespace-only changes are hidden, and the way back to them. */
export function HiddenWhitespaceNotice({ lines, nothingLeft, onShow }: NoticeProps) {
  return (
    <p className="notice notice--info whitespace-notice" role="status">
      {nothingLeft
        ? `Nothing but whitespace differs: ${plural(lines, 'changed line')} differ only in trailing spaces, tabs or line endings, all hidden.`
        : `${plural(lines, 'line')} that differ only in trailing spaces, tabs or line endings are shown as unchanged.`}{' '}
      <button type="button" className="link-button" onClick={onShow}>
        Show whitespace changes
      </button>
    </p>
  );
}
