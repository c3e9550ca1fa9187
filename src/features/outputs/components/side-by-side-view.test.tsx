import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { displayLine } from '../lib/display-line';
import { SideBySideView } from './side-by-side-view';

describe('SideBySideView', () => {
  it('says why it does not diff and shows both files line by line', () => {
    render(
      <SideBySideView
        expectedText={'a\nb\nc\n'}
        actualText={'x\r\ny\r\n'}
        sharedLines={0}
        elapsedMs={2001}
        displayText={(text) => displayLine(text, { showCr: true })}
        target={{ side: 'actual', line: 2 }}
      />,
    );
    expect(screen.getByRole('status')).toHaveTextContent('The files differ almost everywhere: showing them side by side');
    expect(screen.getByRole('status')).toHaveTextContent('0 of 3 lines in common, found in 2,001 ms');
    expect(screen.getAllByRole('row')).toHaveLength(3);
    expect(screen.getByLabelText('Expected line 3')).toBeInTheDocument();
    expect(screen.queryByLabelText('Actual line 3')).toBeNull();
    expect(document.getElementById('R2')).toHaveClass('is-target');
    expect(document.getElementById('R2')?.nextElementSibling).toHaveTextContent('y↵');
  });
});
