import './name-tooltip.css';
import * as Tooltip from 'radix-ui/tooltip';
import { SafeText } from './safe-text';

type Props = {
  text: string;
  onClose: () => void;
  /** Pointer over the tooltip keeps it open, so it can be read and selected (WCAG 1.4.13). */
  onPointerEnter: () => void;
  onPointerLeave: () => void;
};

/**
 * A truncated name in full. Loaded on the first hover or focus of a cut name (middle-truncate.tsx), so lists and the
 * first download carry no Radix tooltip; it is open while mounted. Its trigger is an empty box over the name: the
 * name's own element (often a link) keeps its events, and the tooltip is placed against it.
 */
export function NameTooltip({ text, onClose, onPointerEnter, onPointerLeave }: Props) {
  return (
    <Tooltip.Provider delayDuration={0}>
      {/* Open while mounted; it closes on Escape and a press elsewhere, and its owner closes it on blur and pointer
          leave. Not on scroll, as Radix would: focus from Tab often scrolls the page, which would take the tooltip
          straight back from a keyboard user. */}
      <Tooltip.Root open>
        <Tooltip.Trigger asChild>
          <span className="middle-truncate__anchor" aria-hidden="true" />
        </Tooltip.Trigger>
        <Tooltip.Portal>
          <Tooltip.Content
            className="tooltip name-tooltip"
            sideOffset={4}
            align="start"
            onEscapeKeyDown={onClose}
            onPointerDownOutside={onClose}
            onPointerEnter={onPointerEnter}
            onPointerLeave={onPointerLeave}
          >
            <SafeText text={text} />
            <Tooltip.Arrow className="tooltip__arrow" />
          </Tooltip.Content>
        </Tooltip.Portal>
      </Tooltip.Root>
    </Tooltip.Provider>
  );
}
