import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { connectApi } from './api/collate-api';
import { welcomeBridge } from './api/desktop-bridge';
import { App } from './components/App';
import { preloadNoteEditor } from './components/LazyNoteEditor';
import { AppContext } from './components/app-context';
import { WelcomeScreen } from './components/WelcomeScreen';
import { createActions } from './state/app-actions';
import { initialState } from './state/app-state';
import { createStore } from './state/store';
import { createWelcome } from './state/welcome';
import './styles/index.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');

// The desktop app's welcome window has no workspace: it lists the recent ones instead of the workbench.
const welcome = welcomeBridge();
if (welcome) {
  const { store, actions } = createWelcome((request) => welcome.request(request));
  createRoot(root).render(
    <StrictMode>
      <WelcomeScreen store={store} actions={actions} />
    </StrictMode>,
  );
} else {
  const store = createStore(initialState);
  const actions = createActions(connectApi(), store);
  const context = { store, actions };
  void actions.start().then(preloadNoteEditor);
  createRoot(root).render(
    <StrictMode>
      <AppContext.Provider value={context}>
        <App />
      </AppContext.Provider>
    </StrictMode>,
  );
}
