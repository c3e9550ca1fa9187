import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Tooltip } from 'radix-ui';
import { describe, expect, it, vi } from 'vitest';
import { decodedFile } from '../test-support';
import { NotInStoragePanel } from './not-in-storage-panel';

const query = { isError: false, error: null, refetch: vi.fn(() => Promise.resolve()) };

describe('NotInStoragePanel', () => {
  it('says the lost file is not in storage, not empty, and offers the other file', async () => {
    render(
      <Tooltip.Provider>
        <NotInStoragePanel side="actual" other={decodedFile('a\n')} otherQuery={query} target={null} />
      </Tooltip.Provider>,
    );
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Actual file missing from storage');
    expect(screen.getByText(/It is not an empty file/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Actual file: Storage: missing' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Show the expected file' }));
    expect(screen.getByRole('table', { name: 'Expected file ccx_out.srt' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('region', { name: 'Expected file' })).toHaveFocus());
  });

  it('shows the actual file at once beside a lost expected file', () => {
    render(
      <Tooltip.Provider>
        <NotInStoragePanel side="expected" other={decodedFile('a\n')} otherQuery={query} target={null} />
      </Tooltip.Provider>,
    );
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Expected file missing from storage');
    expect(screen.getByRole('table', { name: 'Actual file ccx_out.srt' })).toBeInTheDocument();
  });
});
