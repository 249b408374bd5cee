import type { ReactNode } from 'react';
import { ChevronDown, ChevronRight } from 'lucide-react';
import type { SidePanel } from '../state/panel-layout';
import { useActions, useAppState } from './app-context';

/**
 * A side panel's heading, a button that folds the panel down to it (and out again). What follows the
 * heading in its panel is hidden by the stylesheet while folded (`.is-folded`, inspector.css).
 */
export function SidePanelHeading({ panel, children }: { panel: SidePanel; children: ReactNode }) {
  const actions = useActions();
  const folded = useAppState((s) => s.collapsedPanels.includes(panel));
  const Chevron = folded ? ChevronRight : ChevronDown;
  return (
    <h2 className="panel-title panel-heading">
      <button
        type="button"
        className={folded ? 'panel-fold is-folded' : 'panel-fold'}
        aria-expanded={!folded}
        onClick={() => actions.togglePanel(panel)}
      >
        <Chevron aria-hidden="true" size={14} strokeWidth={2} />
        {children}
      </button>
    </h2>
  );
}
