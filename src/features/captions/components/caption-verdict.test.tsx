import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { queryKeys } from '@/lib/query-keys';
import { fixture, REF, renderWithQueries } from '../test-support';
import { CaptionVerdict } from './caption-verdict';

/** The diff loads its parsers on first use, and the machine may be busy. */
const WAIT = { timeout: 10_000 };

describe('CaptionVerdict', () => {
  it.each([
    'shift of 40 ms early (WebVTT)',
    'drift',
    'encoding only (UTF-8 read as Windows-1252)',
    'split cue in the middle',
    'empty actual file',
  ])('says in one sentence how the captions differ: %s', async (name) => {
    const f = fixture(name);
    renderWithQueries(
      <CaptionVerdict outputRef={REF} files={{ expected: f.expected, actual: f.actual, truncated: false }} filename={f.filename} />,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Comparing the cues…');
    expect(await screen.findByText(`${f.sentence}.`, {}, WAIT)).toBeInTheDocument();
  });

  it('leaves the verdict for lists in the cache', async () => {
    const f = fixture('extra cue');
    const { queryClient } = renderWithQueries(
      <CaptionVerdict outputRef={REF} files={{ expected: f.expected, actual: f.actual, truncated: false }} filename={f.filename} />,
    );
    await screen.findByText('1 extra cue.', {}, WAIT);
    expect(queryClient.getQueryData(queryKeys.captions.verdict(REF))).toMatchObject({ label: 'extra cues', sentence: '1 extra cue' });
  });

  it('shows characters of the files that would be invisible as marks', async () => {
    // "Á" in UTF-8 read as Windows-1252 leaves a C1 control character (U+0081) in the example.
    const expected = '1\n00:00:01,000 --> 00:00:02,000\nÁLVARO\n';
    const actual = '1\n00:00:01,000 --> 00:00:02,000\nÃ\u0081LVARO\n';
    renderWithQueries(<CaptionVerdict outputRef={REF} files={{ expected, actual, truncated: false }} filename="x.srt" />);
    expect(await screen.findByText(/shows as/, {}, WAIT)).toHaveTextContent('(Á shows as Ã<U+0081>).');
  });

  it('holds its line while the files load, then gives the verdict', async () => {
    const f = fixture('extra cue');
    const { rerender } = renderWithQueries(<CaptionVerdict outputRef={REF} files={null} filename={f.filename} />);
    expect(screen.getByRole('status')).toHaveTextContent('Comparing the cues…');
    rerender(<CaptionVerdict outputRef={REF} files={{ expected: f.expected, actual: f.actual, truncated: false }} filename={f.filename} />);
    expect(await screen.findByText('1 extra cue.', {}, WAIT)).toBeInTheDocument();
  });

  it('gives no verdict for a file cut at 1 MiB', () => {
    renderWithQueries(<CaptionVerdict outputRef={REF} files={{ expected: 'a', actual: 'b', truncated: true }} filename="x.srt" />);
    expect(screen.getByRole('status')).toHaveTextContent('A file was cut at the API’s 1 MiB limit, so its cues were not compared.');
  });
});
