import { useEffect, useRef } from 'react';
import { TOUR_STEPS } from '../state/actions/tour';
import { useActions, useAppState } from './app-context';

/**
 * The first-run tour: the three core moves, one card each, in a corner that leaves the articles free.
 * Not modal: the user can try each move while it is open. Escape, Skip or Done close it for good.
 */
export function FirstRunTour() {
  const actions = useActions();
  const step = useAppState((s) => s.tourStep);
  const labels = useAppState((s) => s.workspace?.schema.labels);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (step !== null) heading.current?.focus();
  }, [step]);
  if (step === null) return null;
  const keys = (labels ?? [])
    .filter((l) => l.hotkey)
    .map((l) => `${l.hotkey} for ${l.name}`)
    .join(', ');
  const steps: ReadonlyArray<{ title: string; text: string }> = [
    {
      title: 'Select, then press a key',
      text: `Select a phrase in an article, then press a label's key${keys ? ` (${keys})` : ''} or click its button in the toolbar. Click a highlight to select it again.`,
    },
    {
      title: 'Link a claim to its source',
      text: 'With a claim selected, press a: the sources nearest to it are listed; pick one with ↑ ↓ and Enter. The inspector shows the link, and Ctrl+Z undoes it.',
    },
    {
      title: 'Group the same claim across articles',
      text: 'With a claim selected, press g to start a claim group. Select the same claim in another article and add it from the inspector. The claims matrix (m) then lines the articles up.',
    },
  ];
  const { title, text } = steps[step]!;
  const last = step === TOUR_STEPS - 1;
  return (
    <div
      className="tour"
      role="dialog"
      aria-modal="false"
      aria-label={`Tour, step ${step + 1} of ${TOUR_STEPS}: ${title}`}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          actions.closeTour();
        }
      }}
    >
      <p className="tour-count">
        {step + 1} of {TOUR_STEPS}
      </p>
      <h2 ref={heading} tabIndex={-1}>
        {title}
      </h2>
      <p>{text}</p>
      <div className="tour-actions">
        <button type="button" className="button" onClick={() => actions.closeTour()}>
          {last ? 'Done' : 'Skip tour'}
        </button>
        <span className="tour-step-buttons">
          {step > 0 && (
            <button type="button" className="button" onClick={() => actions.tourStep(step - 1)}>
              Back
            </button>
          )}
          {!last && (
            <button type="button" className="button primary" onClick={() => actions.tourStep(step + 1)}>
              Next
            </button>
          )}
        </span>
      </div>
      <p className="hint">Reopen it from More › Show the tour, or the shortcut sheet (?).</p>
    </div>
  );
}
