import { render, screen } from '@testing-library/react';
import { Tooltip } from 'radix-ui';
import { describe, expect, it } from 'vitest';
import type { DecodedFile } from '../hooks/use-decoded-file';
import { decodedFile } from '../test-support';
import { FileFacts } from './file-facts';

const ABC = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';
const facts = (decoded: DecodedFile) =>
  render(
    <Tooltip.Provider>
      <FileFacts side="Actual" decoded={decoded} />
    </Tooltip.Provider>,
  );

describe('FileFacts', () => {
  it('lists storage, encoding, size, lines and the checksum', async () => {
    facts(decodedFile('abc', { sha256: ABC, storage_status: 'degraded' }));
    const group = screen.getByRole('group', { name: 'Actual file' });
    expect(group).toHaveTextContent('Storage: degraded');
    expect(group).toHaveTextContent('UTF-8');
    expect(group).toHaveTextContent('3 bytes');
    expect(group).toHaveTextContent('1 line');
    expect(await screen.findByText('✓ checksum verified')).toBeInTheDocument();
  });

  it('names the encoding it decoded with', () => {
    facts(decodedFile(Uint8Array.from([0xff, 0xfe, 0x41, 0x00, 0x0a, 0x00])));
    expect(screen.getByText('UTF-16 LE (BOM)')).toBeInTheDocument();
  });

  it('warns on a checksum mismatch', async () => {
    facts(decodedFile('abc', { sha256: '1'.repeat(64) }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Checksum mismatch');
  });

  it('counts "at least" the lines of a truncated file and offers the whole file', () => {
    facts(decodedFile('a\nb\n', { truncated: true, download_url: 'https://x.example/f', sha256: ABC }));
    expect(screen.getByText('at least 2 lines')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Download the whole actual file' })).toBeInTheDocument();
  });
});
