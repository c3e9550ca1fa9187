import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { decodedFile, outputFile } from '../test-support';
import { SelectLineContext } from '../hooks/use-select-line';
import { FileTextView } from './file-text-view';

describe('FileTextView', () => {
  it('shows each line with its number as a link to it', () => {
    render(<FileTextView decoded={decodedFile('1\r\n00:00:01,000 --> 00:00:02,000\r\nHELLO\r\n')} side="expected" />);
    const table = screen.getByRole('table', { name: 'Expected file ccx_out.srt' });
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(within(table).getByRole('link', { name: 'Expected line 3' })).toHaveAttribute('href', '#L3');
    // CRLF is not a difference inside one file: no CR markers.
    expect(table).not.toHaveTextContent('↵');
  });

  it('decodes Windows-1252 text', () => {
    render(<FileTextView decoded={decodedFile(Uint8Array.from([0x47, 0x72, 0xf6, 0xdf, 0x65, 0x0a]))} side="actual" />);
    expect(screen.getByText('Größe')).toBeInTheDocument();
  });

  it('highlights the linked line and reports clicks on line numbers', async () => {
    const onSelect = vi.fn();
    render(
      <SelectLineContext value={onSelect}>
        <FileTextView decoded={decodedFile('a\nb\nc\n')} side="actual" target={2} />
      </SelectLineContext>,
    );
    expect(document.getElementById('R2')).toHaveClass('is-target');
    await userEvent.click(screen.getByRole('link', { name: 'Actual line 3' }));
    expect(onSelect).toHaveBeenCalledWith('actual', 3);
  });

  it('marks a missing final newline', () => {
    render(<FileTextView decoded={decodedFile('<tt>\n</tt>')} side="actual" />);
    expect(screen.getByTitle('no newline at end of file')).toBeInTheDocument();
  });

  it('shows binary content as a hex dump', () => {
    render(<FileTextView decoded={decodedFile(Uint8Array.from([0xcc, 0xcc, 0xed, 0x00, 0x50]))} side="actual" />);
    expect(screen.getByText(/Binary file, 5 bytes/)).toBeInTheDocument();
    expect(document.querySelector('pre.hexdump')?.textContent).toMatch(/^00000000 {2}cc cc ed 00 50/);
  });

  it('says a lost file is not in storage, not that it is empty', () => {
    const lost = { file: outputFile({ storage_status: 'missing' }), decoded: { kind: 'unavailable' as const } };
    render(<FileTextView decoded={lost} side="actual" />);
    expect(screen.getByText(/Actual file missing from storage/)).toBeInTheDocument();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('reports content it cannot decode', () => {
    render(<FileTextView decoded={{ file: outputFile(), error: 'The API sent content the viewer cannot decode.' }} side="expected" />);
    expect(screen.getByText(/cannot decode/)).toBeInTheDocument();
  });

  it('renders only the rows near the viewport of a long file', () => {
    const text = Array.from({ length: 5000 }, (_, i) => `line ${i + 1}`).join('\n');
    render(<FileTextView decoded={decodedFile(text)} side="expected" />);
    expect(screen.getByRole('table')).toHaveAttribute('aria-rowcount', '5000');
    expect(screen.getAllByRole('row').length).toBeLessThan(200);
    expect(screen.getByText('line 1')).toBeInTheDocument();
  });
});
