import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { outputFile } from '../test-support';
import { TruncatedNotice } from './truncated-notice';

describe('TruncatedNotice', () => {
  it('offers the whole file from its download_url', () => {
    render(<TruncatedNotice side="Actual" file={outputFile({ truncated: true, download_url: 'https://storage.example/a.txt' })} />);
    expect(screen.getByRole('note')).toHaveTextContent('Actual file truncated');
    expect(screen.getByRole('link', { name: 'Download the whole actual file' })).toHaveAttribute('href', 'https://storage.example/a.txt');
  });

  it('never links to anything but http(s)', () => {
    render(<TruncatedNotice side="Expected" file={outputFile({ truncated: true, download_url: 'javascript:alert(1)' })} />);
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.getByText(/gave no link/)).toBeInTheDocument();
  });

  it('is absent for a whole file', () => {
    const { container } = render(<TruncatedNotice side="Expected" file={outputFile()} />);
    expect(container).toBeEmptyDOMElement();
  });
});
