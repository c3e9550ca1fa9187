import { render, screen } from '@testing-library/react';
import { Tooltip } from 'radix-ui';
import { describe, expect, it, vi } from 'vitest';
import { decodedFile } from '../test-support';
import { NoBaselinePanel } from './no-baseline-panel';

const query = { isError: false, error: null, refetch: vi.fn(() => Promise.resolve()) };

describe('NoBaselinePanel', () => {
  it('says "No expected baseline" and shows the output on its own', () => {
    render(
      <Tooltip.Provider>
        <NoBaselinePanel actual={decodedFile('x\ny\n')} actualQuery={query} hasActual target={2} />
      </Tooltip.Provider>,
    );
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('No expected baseline');
    expect(screen.getByRole('table', { name: 'Actual file ccx_out.srt' })).toBeInTheDocument();
    expect(document.getElementById('R2')).toHaveClass('is-target');
  });

  it('shows no file when there is no output either', () => {
    render(<NoBaselinePanel actual={undefined} actualQuery={query} hasActual={false} target={null} />);
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.queryByText(/Loading/)).toBeNull();
  });
});
