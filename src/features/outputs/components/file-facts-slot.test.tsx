import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Tooltip } from 'radix-ui';
import { describe, expect, it, vi } from 'vitest';
import { decodedFile } from '../test-support';
import { FileFactsSlot } from './file-facts-slot';

describe('FileFactsSlot', () => {
  it('says the file is loading', () => {
    render(<FileFactsSlot side="Expected" decoded={undefined} query={{ isError: false, error: null, refetch: vi.fn() }} />);
    expect(screen.getByText('loading…')).toBeInTheDocument();
  });

  it('shows a failure with a Retry that refetches', async () => {
    const refetch = vi.fn(() => Promise.resolve());
    render(<FileFactsSlot side="Actual" decoded={undefined} query={{ isError: true, error: new Error('HTTP 502'), refetch }} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Could not load the actual file: HTTP 502');
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(refetch).toHaveBeenCalled();
  });

  it('shows the facts once the file is there', () => {
    render(
      <Tooltip.Provider>
        <FileFactsSlot side="Actual" decoded={decodedFile('x\n')} query={{ isError: false, error: null, refetch: vi.fn() }} />
      </Tooltip.Provider>,
    );
    expect(screen.getByRole('group', { name: 'Actual file' })).toHaveTextContent('Storage: ok');
  });
});
