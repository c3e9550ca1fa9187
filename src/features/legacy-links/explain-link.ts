// Why something pasted into the link box cannot be opened, in words that say what would work.
import { LEGACY_HOSTS, parseLegacyLink } from './parse-legacy-link';

export const LINK_EXAMPLE = 'https://sampleplatform.ccextractor.org/test/9461';

export const KNOWN_PAGES =
  'runs (/test/9461), diffs (/test/diff/9461/240/1046), commits (/test/commit/<sha>), the latest master run (/test/master/linux), ' +
  'releases (/test/ccextractor/0.94), samples (/sample/77) and regression tests (/regression/test/240/view)';

function hostOf(input: string): string | null {
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(input) ? input : `https://${input}`);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.hostname.toLowerCase() : null;
  } catch {
    return null;
  }
}

/** Null when the input is a sample-platform link this viewer can open; otherwise what is wrong with it. */
export function explainLegacyInput(input: string): string | null {
  const trimmed = input.trim();
  if (!trimmed) return `Paste a link first, such as ${LINK_EXAMPLE}.`;
  if (parseLegacyLink(trimmed)) return null;
  if (trimmed.length > 2048) return 'This is too long to be a sample-platform link.';
  if (trimmed.startsWith('//')) return `This link lacks its beginning: write it with https: in front, such as ${LINK_EXAMPLE}.`;
  const isPath = trimmed.startsWith('/');
  const host = isPath ? null : /\s/.test(trimmed) || !/[./]/.test(trimmed) ? null : hostOf(trimmed);
  if (!isPath && host === null) {
    return `This is not a link. Paste a sample-platform link such as ${LINK_EXAMPLE}, or just its path, such as /test/9461.`;
  }
  if (host !== null && !LEGACY_HOSTS.includes(host)) {
    return `This link is not on the sample platform (${host.slice(0, 100)}). Only links to ${LEGACY_HOSTS.join(', ')} can be opened here.`;
  }
  return `This sample-platform page has no counterpart here. The links that can be opened are to ${KNOWN_PAGES}.`;
}
