// The "differs" state end to end in the test DOM: hunks with real line numbers, the URL-kept controls,
// hidden lines, invisible differences, decoding, integrity and incomplete diffs.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { getResponse, http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '@/testing/mocks/handlers';
import { TEST_API_BASE_URL, server } from '@/testing/mocks/node';
import { scenarios } from '@/testing/mocks/scenarios';
import { renderApp } from '@/testing/test-utils';
import { decodeOutputFile } from '../lib/decode-content';
import { hunkSpan } from '../lib/diff-blocks';
import { splitFileLines } from '../lib/file-lines';
import { fetchDiff, fetchFile, outputPath } from '../test-support';

async function differs(path: string) {
  const rendered = renderApp(path);
  await screen.findByText(/Differs from expected/, { selector: 'h2' }, { timeout: 8000 });
  return rendered;
}

const hunkSection = (n: number) => document.getElementById(`hunk-${n}`) as HTMLElement;

async function textOf(s: typeof scenarios.differs, side: 'expected' | 'actual') {
  const decoded = decodeOutputFile(await fetchFile(s, side));
  if (decoded.kind !== 'text') throw new Error(`${side} is ${decoded.kind}`);
  return decoded;
}

describe('hunks', () => {
  it('numbers every hunk with the real line numbers of both files', async () => {
    const diff = await fetchDiff(scenarios.differs);
    await differs(outputPath(scenarios.differs));
    for (const [i, hunk] of diff.hunks.entries()) {
      const section = await waitFor(() => {
        const found = hunkSection(i + 1);
        expect(found.querySelector('th.gutter')).not.toBeNull();
        return found;
      });
      const expected = hunkSpan(hunk, 'expected');
      const actual = hunkSpan(hunk, 'actual');
      if (!expected || !actual) continue;
      // The first and last line of each side, by id and by the number shown.
      expect(within(section).getByLabelText(`Expected line ${expected.from}`)).toHaveTextContent(String(expected.from));
      expect(within(section).getByLabelText(`Expected line ${expected.to}`)).toBeInTheDocument();
      expect(within(section).getByLabelText(`Actual line ${actual.from}`)).toHaveTextContent(String(actual.from));
      expect(within(section).getByLabelText(`Actual line ${actual.to}`)).toBeInTheDocument();
      expect(section.querySelector(`#L${expected.from}`)).not.toBeNull();
    }
    // Never numbered from 1 per hunk: the second hunk does not show line 1.
    expect(within(hunkSection(2)).queryByLabelText('Expected line 1')).toBeNull();
  });

  it('highlights the changed words inside a changed line', async () => {
    await differs(outputPath(scenarios.differs));
    const section = await waitFor(() => {
      const found = hunkSection(1);
      expect(found.querySelector('del, ins')).not.toBeNull();
      return found;
    });
    const removedWords = Array.from(section.querySelectorAll('del')).map((d) => d.textContent);
    const addedWords = Array.from(section.querySelectorAll('ins')).map((d) => d.textContent);
    expect(removedWords.length).toBeGreaterThan(0);
    expect(addedWords.length).toBeGreaterThan(0);
    // Words, not whole lines: no highlighted chunk holds a whole timing line.
    expect(removedWords.every((word) => (word ?? '').length < 20)).toBe(true);
  });

  it('sums up added and removed lines, hunks and both files’ line counts', async () => {
    const diff = await fetchDiff(scenarios.differs);
    const expected = await textOf(scenarios.differs, 'expected');
    const actual = await textOf(scenarios.differs, 'actual');
    await differs(outputPath(scenarios.differs));
    const summary = screen.getByLabelText('Diff summary');
    expect(summary).toHaveTextContent(`+${diff.summary.added_lines}`);
    expect(summary).toHaveTextContent(`−${diff.summary.removed_lines}`);
    expect(summary).toHaveTextContent(`${diff.summary.changed_hunks} hunks`);
    await waitFor(() => expect(summary).toHaveTextContent(`expected ${splitFileLines(expected.text).length} lines`));
    expect(summary).toHaveTextContent(`actual ${splitFileLines(actual.text).length} lines`);
  });
});

describe('view and context in the URL', () => {
  it('switches to unified view and back, in the URL, without a history entry', async () => {
    const { user, router, history } = await differs(outputPath(scenarios.differs));
    const before = history.length;
    await user.click(screen.getByRole('button', { name: 'Unified' }));
    await waitFor(() => expect(router.state.location.search).toMatchObject({ view: 'unified' }));
    expect(screen.getByRole('button', { name: 'Unified' })).toHaveAttribute('aria-pressed', 'true');
    await waitFor(() => expect(document.querySelector('.hunk-viewer--unified')).not.toBeNull());
    expect(history.length).toBe(before);
  });

  it('fetches the server’s diff with the chosen context lines', async () => {
    const wide = await fetchDiff(scenarios.differs, 10);
    const { user, router } = await differs(outputPath(scenarios.differs));
    await user.selectOptions(screen.getByLabelText('Context lines'), '10');
    await waitFor(() => expect(router.state.location.search).toMatchObject({ context: 10 }));
    await waitFor(() => expect(document.querySelectorAll('section.hunk')).toHaveLength(wide.hunks.length));
    const first = wide.hunks[0] && hunkSpan(wide.hunks[0], 'expected');
    await waitFor(() => expect(within(hunkSection(1)).getByLabelText(`Expected line ${first?.from}`)).toBeInTheDocument());
  });

  it('opens with the view and context the link says', async () => {
    await differs(`${outputPath(scenarios.differs)}?view=unified&context=1`);
    expect(screen.getByRole('button', { name: 'Unified' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByLabelText('Context lines')).toHaveValue('1');
  });

  it('shows every line of both files with context=all', async () => {
    const expected = await textOf(scenarios.differs, 'expected');
    await differs(`${outputPath(scenarios.differs)}?context=all`);
    await waitFor(() => expect(document.getElementById('L1')).not.toBeNull());
    // The items below the first screenful follow a frame later.
    await waitFor(() => expect(document.getElementById(`L${splitFileLines(expected.text).length}`)).not.toBeNull(), { timeout: 10_000 });
    expect(screen.queryByRole('button', { name: /^Show \d+ hidden line/ })).toBeNull();
  });
});

describe('hidden lines and line links', () => {
  it('shows the hidden lines between hunks from the expected file', async () => {
    const diff = await fetchDiff(scenarios.differs);
    const first = diff.hunks[0] && hunkSpan(diff.hunks[0], 'expected');
    if (!first || first.from < 3) throw new Error('the fixture should start its first hunk further down');
    const { user } = await differs(outputPath(scenarios.differs));
    expect(document.getElementById('L1')).toBeNull();
    await user.click(await screen.findByRole('button', { name: `Show ${first.from - 1} hidden lines` }));
    await waitFor(() => expect(document.getElementById('L1')).not.toBeNull());
    expect(document.getElementById('R1')).not.toBeNull();
    // The bar is gone: focus went on to the first line it revealed, not to the page.
    await waitFor(() => expect(screen.getByRole('link', { name: 'Expected line 1' })).toHaveFocus());
  });

  it('reveals and highlights a linked line inside hidden lines', async () => {
    const diff = await fetchDiff(scenarios.differs);
    const first = diff.hunks[0] && hunkSpan(diff.hunks[0], 'actual');
    const line = Math.max(1, (first?.from ?? 10) - 8);
    await differs(`${outputPath(scenarios.differs)}#R${line}`);
    const cell = await waitFor(() => {
      const found = document.getElementById(`R${line}`);
      expect(found).not.toBeNull();
      return found as HTMLElement;
    });
    expect(cell).toHaveClass('is-target');
  });

  it('puts a clicked line number in the hash, replacing the history entry', async () => {
    const diff = await fetchDiff(scenarios.differs);
    const line = diff.hunks[0] && hunkSpan(diff.hunks[0], 'expected');
    const { user, router, history } = await differs(outputPath(scenarios.differs));
    const before = history.length;
    const link = await screen.findByLabelText(`Expected line ${line?.from}`);
    await user.click(link);
    await waitFor(() => expect(router.state.location.hash).toBe(`L${line?.from}`));
    expect(history.length).toBe(before);
    await waitFor(() => expect(document.getElementById(`L${line?.from}`)).toHaveClass('is-target'));
  });

  it('says so when a linked line is not in the files', async () => {
    await differs(`${outputPath(scenarios.differs)}#L99999`);
    expect(await screen.findByText(/Line 99,999 of the expected file is not in this diff/)).toBeInTheDocument();
  });
});

describe('invisible differences', () => {
  it('explains CRLF against LF and marks the CRs', async () => {
    await differs(outputPath(scenarios.crlfVsLf));
    expect(await screen.findByText('Expected uses LF line endings, actual uses CRLF')).toBeInTheDocument();
    await waitFor(() => expect(document.querySelectorAll('.hunk-viewer .right').length).toBeGreaterThan(0));
    const rightText = Array.from(document.querySelectorAll('.hunk-viewer td.right')).map((td) => td.textContent ?? '');
    expect(rightText.some((text) => text.endsWith('↵'))).toBe(true);
  });

  it('marks trailing whitespace and tabs', async () => {
    await differs(outputPath(scenarios.trailingWhitespace));
    expect(await screen.findByText(/only in trailing whitespace/)).toBeInTheDocument();
    await waitFor(() => {
      const rightText = Array.from(document.querySelectorAll('.hunk-viewer td.right')).map((td) => td.textContent ?? '');
      expect(rightText.some((text) => /[·→]+$/.test(text))).toBe(true);
    });
  });

  it('shows a missing final newline on the last line', async () => {
    const actual = await textOf(scenarios.noFinalNewline, 'actual');
    const last = splitFileLines(actual.text).length;
    await differs(outputPath(scenarios.noFinalNewline));
    expect(await screen.findByText('Actual has no final newline')).toBeInTheDocument();
    const row = await waitFor(() => {
      const cell = document.getElementById(`R${last}`);
      expect(cell).not.toBeNull();
      return cell?.closest('tr') as HTMLElement;
    });
    expect(row.textContent).toContain('⊘');
  });
});

describe('decoding and integrity', { timeout: 60_000 }, () => {
  it('decodes Windows-1252 and says so', async () => {
    await differs(`${outputPath(scenarios.windows1252)}?context=all`);
    await waitFor(() => expect(screen.getAllByText('Windows-1252').length).toBe(2));
    await waitFor(() => expect(screen.getAllByText(/Größe/).length).toBeGreaterThan(0));
  });

  it('decodes UTF-16 with a BOM and says so', async () => {
    const diff = await fetchDiff(scenarios.utf16Bom);
    const removed = diff.hunks[0]?.lines.find((line) => line.kind === 'removed')?.text.replace(/\r$/, '');
    await differs(outputPath(scenarios.utf16Bom));
    await waitFor(() => expect(screen.getAllByText('UTF-16 LE (BOM)').length).toBe(2));
    await waitFor(() => {
      const left = Array.from(document.querySelectorAll('.hunk-viewer td.left'), (td) => td.textContent);
      expect(left).toContain(removed);
    });
  });

  it('shows binary outputs as hex dumps with sizes and hashes side by side', async () => {
    const actual = await fetchFile(scenarios.binary, 'actual');
    await differs(outputPath(scenarios.binary));
    expect(await screen.findByRole('heading', { name: 'Binary files differ' })).toBeInTheDocument();
    const dumps = Array.from(document.querySelectorAll('pre.hexdump'), (pre) => pre.textContent ?? '');
    expect(dumps.length).toBeGreaterThanOrEqual(2);
    expect(dumps.slice(0, 2).every((dump) => dump.startsWith('00000000  '))).toBe(true);
    if (actual.sha256) expect(screen.getByText(actual.sha256)).toBeInTheDocument();
    expect(screen.getByText(/First difference at byte/)).toBeInTheDocument();
    expect(document.querySelector('section.hunk')).toBeNull();
  });

  it('verifies the checksums of both files', async () => {
    await differs(outputPath(scenarios.differs));
    await waitFor(() => expect(screen.getAllByText('✓ checksum verified')).toHaveLength(2));
  });

  it('warns clearly when the bytes do not match the sha256', async () => {
    const s = scenarios.differs;
    server.use(
      http.get(`${TEST_API_BASE_URL}/runs/${s.runId}/samples/${s.sampleId}/actual`, async ({ request }) => {
        // The demo backend's own answer, with a hash that cannot match.
        const original = await getResponse(createHandlers(TEST_API_BASE_URL), request);
        const body = (await original?.json()) as Record<string, unknown>;
        return HttpResponse.json({ ...body, sha256: 'f'.repeat(64) });
      }),
    );
    await differs(outputPath(s));
    expect(await screen.findByText(/Checksum mismatch/)).toBeInTheDocument();
    expect(screen.getAllByText('✓ checksum verified')).toHaveLength(1);
  });

  it('offers the whole file of a truncated output', async () => {
    const actual = await fetchFile(scenarios.truncated, 'actual');
    await differs(outputPath(scenarios.truncated));
    const link = await screen.findByRole('link', { name: 'Download the whole actual file' });
    expect(link).toHaveAttribute('href', actual.download_url);
    expect(screen.getByLabelText('Diff summary')).toHaveTextContent(/actual ≥ [\d,]+ lines/);
  });
});

describe('incomplete diffs', { timeout: 60_000 }, () => {
  it('says the server capped the diff and computes the full diff in the browser', async () => {
    await differs(outputPath(scenarios.capped));
    expect(await screen.findByText('This diff is incomplete.')).toBeInTheDocument();
    expect(screen.getByText(/The server showed 500 of [\d,]+ hunks/)).toBeInTheDocument();
    expect(screen.getByText(/Some lines are cut at 1,000 characters/)).toBeInTheDocument();
    // Role queries and user-event are slow over 500 hunks in the test DOM: find by text, click directly.
    const compute = await screen.findByText('Compute full diff', { selector: 'button' });
    await waitFor(() => expect(compute).toBeEnabled());
    fireEvent.click(compute);
    await waitFor(() => expect(screen.queryByText(/Showing the full diff|The files differ almost everywhere/)).not.toBeNull(), {
      timeout: 20_000,
    });
  });

  it('falls back to the files side by side when they differ almost everywhere', async () => {
    await differs(outputPath(scenarios.allDifferent));
    const compute = await screen.findByText('Compute full diff', { selector: 'button' });
    await waitFor(() => expect(compute).toBeEnabled(), { timeout: 10_000 });
    fireEvent.click(compute);
    expect(
      await screen.findByText(/The files differ almost everywhere: showing them side by side/, {}, { timeout: 20_000 }),
    ).toBeInTheDocument();
    // Virtualized: the first rows are there, not all 40,000.
    expect(document.getElementById('L1')).not.toBeNull();
    expect(document.querySelectorAll('.side-by-side__row').length).toBeLessThan(500);
  });
});
