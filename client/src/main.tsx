import '@fontsource/be-vietnam-pro/400.css';
import '@fontsource/be-vietnam-pro/500.css';
import '@fontsource/be-vietnam-pro/600.css';
import '@vscode/codicons/dist/codicon.css';
import './styles/index.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { setLanguage } from './i18n/i18n';
import { settingsStore } from './workbench/settings/settings-service';
import { applyTheme } from './workbench/theme/themes';

// Paint the chosen theme and language before React renders, so there is no flash.
applyTheme(settingsStore.get().theme);
setLanguage(settingsStore.get().language);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
