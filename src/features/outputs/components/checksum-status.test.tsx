import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ChecksumStatus } from './checksum-status';

const ABC = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';
const abc = new TextEncoder().encode('abc');

describe('ChecksumStatus', () => {
  it('says "checksum verified" when the bytes hash to the server’s sha256', async () => {
    render(<ChecksumStatus bytes={abc} sha256={ABC} truncated={false} />);
    expect(await screen.findByText('✓ checksum verified')).toBeInTheDocument();
  });

  it('warns clearly on a mismatch', async () => {
    render(<ChecksumStatus bytes={abc} sha256={'0'.repeat(64)} truncated={false} />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Checksum mismatch');
    expect(alert).toHaveTextContent(ABC.slice(0, 12));
  });

  it('does not check a truncated file, and says so', () => {
    render(<ChecksumStatus bytes={abc} sha256={ABC} truncated />);
    expect(screen.getByText(/checksum not checked/)).toBeInTheDocument();
  });

  it('says nothing without a sha256', () => {
    const { container } = render(<ChecksumStatus bytes={abc} sha256={undefined} truncated={false} />);
    expect(container).toBeEmptyDOMElement();
  });
});
