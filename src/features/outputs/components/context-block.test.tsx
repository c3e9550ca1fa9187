import { render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { displayLine } from '../lib/display-line';
import { ContextBlock } from './context-block';

describe('ContextBlock', () => {
  it('shows unchanged lines from the expected file with both files’ numbers', async () => {
    const expectedLines = Array.from({ length: 30 }, (_, i) => `line ${i + 1}`);
    render(
      <ContextBlock
        expectedFrom={10}
        actualFrom={12}
        count={3}
        expectedLines={expectedLines}
        split
        displayText={(text) => displayLine(text, { showCr: false })}
        target={null}
        onSelectLine={vi.fn()}
      />,
    );
    await waitFor(() => expect(screen.getByLabelText('Expected line 10')).toBeInTheDocument());
    expect(screen.getByLabelText('Actual line 14')).toBeInTheDocument();
    expect(screen.getAllByText('line 11')).toHaveLength(2);
    expect(screen.queryByText('line 13')).toBeNull();
    expect(document.querySelector('ins, del')).toBeNull();
  });
});
