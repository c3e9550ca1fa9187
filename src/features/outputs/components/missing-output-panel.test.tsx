import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Tooltip } from 'radix-ui';
import { describe, expect, it, vi } from 'vitest';
import type { RunSample } from '@/lib/result-status';
import { decodedFile } from '../test-support';
import { MissingOutputPanel } from './missing-output-panel';

const query = { isError: false, error: null, refetch: vi.fn(() => Promise.resolve()) };
const result: RunSample = {
  regression_test_id: 391,
  sample_id: 116,
  sample_name: 'wtv_sample_08.wtv',
  categories: ['General'],
  command: '--out=srt',
  status: 'missing_output',
  runtime_ms: 100,
  exit_code: 139,
  expected_rc: 0,
  outputs: [],
};

const panel = (props: Partial<Parameters<typeof MissingOutputPanel>[0]> = {}) =>
  render(
    <Tooltip.Provider>
      <MissingOutputPanel
        result={result}
        expected={decodedFile('a\n')}
        expectedQuery={query}
        noBaseline={false}
        target={null}

        {...props}
      />
    </Tooltip.Provider>,
  );

describe('MissingOutputPanel', () => {
  it('says "Missing output" with what was expected and how the test ran', () => {
    panel();
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Missing output');
    expect(screen.getByText('ccx_out.srt')).toBeInTheDocument();
    expect(screen.getByText('Command', { selector: 'dt' }).nextElementSibling).toHaveTextContent(/^ccextractor --out=srt$/);
    expect(screen.getByText('exit code 139, expected 0')).toBeInTheDocument();
  });

  it('gives a right exit code as a number, without repeating "exit code"', () => {
    panel({ result: { ...result, exit_code: 0 } });
    const fact = screen.getByText('Exit code', { selector: 'dt' }).nextElementSibling;
    expect(fact).toHaveTextContent(/^0 \(expected 0\)$/);
  });

  it('opens the expected file in one click', async () => {
    panel();
    expect(screen.queryByRole('table')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Show the expected file' }));
    expect(screen.getByRole('table', { name: 'Expected file ccx_out.srt' })).toBeInTheDocument();
    // The button is gone: focus went on to the file, not to the page.
    await waitFor(() => expect(screen.getByRole('region', { name: 'Expected file' })).toHaveFocus());
  });

  it('opens it at once for a link to one of its lines', () => {
    panel({ target: 1 });
    expect(document.getElementById('L1')).toHaveClass('is-target');
  });

  it('has nothing to open without a baseline', () => {
    panel({ expected: undefined, noBaseline: true });
    expect(screen.getByText('none (no expected baseline)')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Show the expected file' })).toBeNull();
  });
});
