import { createContext, useContext } from 'react';
import type { AppActions } from '../state/app-actions';
import type { AppState } from '../state/app-state';
import { useStore, type Store } from '../state/store';

export interface AppContextValue {
  readonly store: Store<AppState>;
  readonly actions: AppActions;
}

export const AppContext = createContext<AppContextValue | null>(null);

function useAppContext(): AppContextValue {
  const value = useContext(AppContext);
  if (!value) throw new Error('AppContext is missing: render inside <AppContext.Provider>.');
  return value;
}

export const useActions = (): AppActions => useAppContext().actions;

export function useAppState<T>(select: (state: AppState) => T): T {
  return useStore(useAppContext().store, select);
}
