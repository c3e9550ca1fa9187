import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { InvisibleNotes } from './invisible-notes';

describe('InvisibleNotes', () => {
  it('lists the invisible differences above the diff with a legend of the markers', () => {
    render(<InvisibleNotes notes={['Expected uses LF line endings, actual uses CRLF', 'Actual has no final newline']} />);
    const section = screen.getByRole('region', { name: 'Invisible differences' });
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
    expect(section).toHaveTextContent('→ tab');
    expect(section).toHaveTextContent('⊘ no newline at end of file');
  });

  it('shows only the legend when nothing invisible differs', () => {
    render(<InvisibleNotes notes={[]} />);
    expect(screen.queryByRole('list')).toBeNull();
    expect(screen.getByText(/trailing whitespace/)).toBeInTheDocument();
  });
});
