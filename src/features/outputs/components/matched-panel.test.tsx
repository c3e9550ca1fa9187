import { render, screen } from '@testing-library/react';
import { Tooltip } from 'radix-ui';
import { describe, expect, it, vi } from 'vitest';
import { decodedFile } from '../test-support';
import { MatchedPanel } from './matched-panel';

const query = { isError: false, error: null, refetch: vi.fn(() => Promise.resolve()) };

describe('MatchedPanel', () => {
  it('says "Matched expected" and shows the expected file read-only, at the linked line', () => {
    render(
      <Tooltip.Provider>
        <MatchedPanel expected={decodedFile('1\n2\n3\n')} expectedQuery={query} noBaseline={false} target={2} />
      </Tooltip.Provider>,
    );
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Matched expected');
    expect(screen.getByRole('table', { name: 'Expected file ccx_out.srt' })).toBeInTheDocument();
    expect(document.getElementById('L2')).toHaveClass('is-target');
    expect(screen.queryByRole('textbox')).toBeNull();
  });

  it('still says it matched while the expected file loads', () => {
    render(<MatchedPanel expected={undefined} expectedQuery={query} noBaseline={false} target={null} />);
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Matched expected');
    expect(screen.getByText(/Loading the expected file/)).toBeInTheDocument();
  });
});
