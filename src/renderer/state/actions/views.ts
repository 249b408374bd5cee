import type { DialogName, MainView } from '../app-state';
import type { ActionContext } from './action-context';
import type { SelectionActions } from './selection';
import { mayEditSpan } from './article-layer';

/** The main view, dialogs and notices. */
export function createViewActions(ctx: ActionContext, { selectedSpan }: SelectionActions) {
  const { store, alert } = ctx;
  return {
    setView(view: MainView): void {
      store.set((s) => ({ ...s, view }));
    },

    openDialog(dialog: DialogName): void {
      store.set((s) => ({ ...s, dialog, exportDocumentIds: dialog === null ? null : s.exportDocumentIds }));
    },

    /** Opens the attribution list for the selected claim. */
    openAttribution(): void {
      const span = selectedSpan();
      if (!span) return alert('Select a claim first (click it, or pick it in the annotations panel).');
      if (!mayEditSpan(ctx, span)) return;
      store.set((s) => ({ ...s, dialog: 'attribute' }));
    },

    dismissAlert(id: number): void {
      store.set((s) => ({ ...s, alerts: s.alerts.filter((a) => a.id !== id) }));
    },

    dismissProblems(): void {
      store.set((s) => ({ ...s, problemsDismissed: true }));
    },
  };
}
