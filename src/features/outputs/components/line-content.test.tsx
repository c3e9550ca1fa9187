import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { displayLine } from '../lib/display-line';
import { LineContent } from './line-content';

describe('LineContent', () => {
  it('draws invisible characters as named markers, all as text', () => {
    const { container } = render(<LineContent text={displayLine('a\tb\u202E  \r', { showCr: true, noFinalNewline: true })} />);
    expect(container).toHaveTextContent('a→b<U+202E>··↵⊘');
    expect(screen.getByTitle('tab')).toHaveTextContent('→');
    expect(screen.getByTitle('trailing whitespace')).toHaveTextContent('··');
    expect(screen.getByTitle(/bidirectional/)).toHaveTextContent('<U+202E>');
    expect(screen.getByTitle(/carriage return/)).toHaveTextContent('↵');
    expect(screen.getByTitle('no newline at end of file')).toHaveTextContent('⊘');
    // Text only: nothing in the line became markup.
    expect(container.querySelectorAll('span span')).toHaveLength(5);
  });

  it('renders markup-looking text as text', () => {
    const { container } = render(<LineContent text={'<font color="#ffff00">HI</font><img src=x onerror=alert(1)>'} />);
    expect(container.querySelector('img, font')).toBeNull();
    expect(container).toHaveTextContent('<font color="#ffff00">HI</font>');
  });
});
