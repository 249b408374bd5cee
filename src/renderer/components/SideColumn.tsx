import { useRef, type ReactNode } from 'react';
import { INSPECTOR_HEIGHT, SIDE_WIDTH } from '../state/panel-layout';
import { useActions, useAppState } from './app-context';
import { Inspector } from './Inspector';
import { ResizeHandle } from './ResizeHandle';

/**
 * The side column: its width set by the handle on its left edge; the lists (suggestions, differences,
 * annotations) above, the inspector in its own region below, their share set by the handle between.
 */
export function SideColumn({ children }: { children: ReactNode }) {
  const actions = useActions();
  const sideWidth = useAppState((s) => s.sideWidth);
  const inspectorHeight = useAppState((s) => s.inspectorHeight);
  const inspectorHidden = useAppState((s) => s.inspectorHidden);
  const side = useRef<HTMLElement>(null);
  const inspector = useRef<HTMLDivElement>(null);
  return (
    <aside className="side" aria-label="Side panels" ref={side}>
      <ResizeHandle
        label="Resize the side panels"
        orientation="vertical"
        value={sideWidth}
        target={side}
        min={SIDE_WIDTH.min}
        max={SIDE_WIDTH.max}
        grows={-1}
        onResize={(width) => actions.setSideWidth(width)}
      />
      <div className="side-lists">{children}</div>
      {!inspectorHidden && (
        <>
          <ResizeHandle
            label="Resize the inspector"
            orientation="horizontal"
            value={inspectorHeight}
            target={inspector}
            min={INSPECTOR_HEIGHT.min}
            max={INSPECTOR_HEIGHT.max}
            grows={-1}
            onResize={(height) => actions.setInspectorHeight(height)}
          />
          <div
            className="side-inspector"
            ref={inspector}
            style={inspectorHeight === null ? undefined : { flex: `0 0 ${inspectorHeight}px` }}
          >
            <Inspector />
          </div>
        </>
      )}
    </aside>
  );
}
