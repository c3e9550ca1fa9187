import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { outputFile } from '../test-support';
import { BinaryCompare } from './binary-compare';

describe('BinaryCompare', () => {
  it('puts sizes, hashes and hex dumps of both files side by side', async () => {
    const expected = Uint8Array.from({ length: 600 }, (_, i) => i % 256);
    const actual = expected.slice();
    actual[300] = 0xff;
    render(
      <BinaryCompare
        expected={{ file: outputFile({ sha256: 'a'.repeat(64) }), bytes: expected }}
        actual={{ file: outputFile(), bytes: actual.subarray(0, 590) }}
      />,
    );
    expect(screen.getByRole('heading', { name: 'Binary files differ' })).toBeInTheDocument();
    expect(screen.getByText('600 bytes')).toBeInTheDocument();
    expect(screen.getByText('590 bytes')).toBeInTheDocument();
    expect(screen.getByText('a'.repeat(64))).toBeInTheDocument();
    // The actual file came without a hash: it is computed here.
    expect(await screen.findByText(/^[0-9a-f]{64}$/, { ignore: 'script' })).toBeInTheDocument();
    expect(screen.getByText('First difference at byte 300 (0x0000012c).')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Around the first difference' })).toBeInTheDocument();
    expect(document.querySelectorAll('pre.hexdump')).toHaveLength(4);
  });
});
