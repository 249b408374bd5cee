import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { connectApi } from './api/collate-api';
import { App } from './components/App';
import { AppContext } from './components/app-context';
import { createActions } from './state/app-actions';
import { initialState } from './state/app-state';
import { createStore } from './state/store';
import './styles/index.css';

const store = createStore(initialState);
const actions = createActions(connectApi(), store);
const context = { store, actions };
void actions.start();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');
createRoot(root).render(
  <StrictMode>
    <AppContext.Provider value={context}>
      <App />
    </AppContext.Provider>
  </StrictMode>,
);
