import './command-words.css';
import { Fragment } from 'react';
import { SafeText } from './safe-text';

/** A command wraps between arguments, never inside one ("--out=srt" stays whole). */
export function CommandWords({ command }: { command: string }) {
  const words = command.split(' ');
  return (
    <>
      {words.map((word, i) => (
        // The space stays outside the word: Chrome does not break after a space inside a white-space: pre span.
        <Fragment key={i}>
          <span className="command__word">
            <SafeText text={word} />
          </span>
          {i < words.length - 1 ? ' ' : ''}
        </Fragment>
      ))}
    </>
  );
}
