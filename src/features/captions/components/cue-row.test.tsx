import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { fixtureRows } from '../test-support';
import { CueRow } from './cue-row';

const cells = () => within(screen.getByRole('row')).getAllByRole('cell');

describe('CueRow', () => {
  it('shows both times, the delta in numbers and in words, and what changed', () => {
    const row = fixtureRows('shift of 33 ms late')[0];
    if (!row) throw new Error('no row');
    render(<CueRow row={row} index={0} target={false} onSelectCue={vi.fn()} />);
    expect(cells()[1]).toHaveTextContent('00:00:02.290→ to 00:00:04.589');
    expect(cells()[2]).toHaveTextContent('00:00:02.323→ to 00:00:04.622');
    expect(cells()[3]).toHaveTextContent('+33 ms33 ms late');
    expect(cells()[4]).toHaveTextContent('timing');
    expect(screen.getByRole('row')).toHaveAttribute('id', 'C1');
  });

  it('shows a missing cue with no actual side, and links the expected cue', async () => {
    const row = fixtureRows('missing cue').find((r) => r.kind === 'missing');
    if (!row) throw new Error('no missing row');
    const onSelectCue = vi.fn();
    render(<CueRow row={row} index={4} target onSelectCue={onSelectCue} />);
    expect(cells()[4]).toHaveTextContent('missing');
    expect(cells()[6]).toHaveTextContent('(no cue)');
    expect(screen.getByRole('row')).toHaveAttribute('aria-current', 'location');
    await userEvent.click(screen.getByRole('link', { name: 'Expected cue 5' }));
    expect(onSelectCue).toHaveBeenCalledWith(5);
  });

  it('names a split cue and spans its actual cues', () => {
    const row = fixtureRows('split cue in the middle').find((r) => r.kind === 'split');
    if (!row) throw new Error('no split row');
    render(<CueRow row={row} index={8} target={false} onSelectCue={vi.fn()} />);
    expect(cells()[4]).toHaveTextContent('split');
    expect(cells()[2]).toHaveTextContent('00:00:20.636→ to 00:00:22.938');
    expect(cells()[6]).toHaveTextContent('BUNDLE UPOUT THERE.');
  });
});
