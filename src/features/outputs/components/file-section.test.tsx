import { render, screen } from '@testing-library/react';
import { Tooltip } from 'radix-ui';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '@/lib/api-error';
import { decodedFile } from '../test-support';
import { FileSection } from './file-section';

const query = { isError: false, error: null, refetch: vi.fn(() => Promise.resolve()) };

describe('FileSection', () => {
  it('shows the file with its facts', () => {
    render(
      <Tooltip.Provider>
        <FileSection side="expected" decoded={decodedFile('one\ntwo\n')} query={query} />
      </Tooltip.Provider>,
    );
    expect(screen.getByRole('region', { name: 'Expected file' })).toHaveTextContent('2 lines');
    expect(screen.getByRole('link', { name: 'Expected line 2' })).toBeInTheDocument();
  });

  it('says it is loading, then why it failed with a way forward', () => {
    const { rerender } = render(<FileSection side="expected" decoded={undefined} query={query} />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading the expected file');
    const error = new ApiError({ status: 503, code: 'http_error', message: 'The API answered 503 Service Unavailable with no body' });
    rerender(<FileSection side="expected" decoded={undefined} query={{ ...query, isError: true, error }} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Could not load the expected file');
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });
});
