import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../state/store';
import type { EditorProps } from '../views/contributions';
import { useWorkbench } from '../WorkbenchContext';
import { settingsStore, THEMES, updateSettings, type Settings } from './settings-service';

/** Language and theme as a form: a change marks the tab dirty (●) until saved with Ctrl+S. */
export function SettingsEditor({ setDirty, registerSave }: EditorProps) {
  const wb = useWorkbench();
  const { t } = useTranslation('workbench');
  const saved = useStore(settingsStore);
  const [draft, setDraft] = useState<Settings>(saved);
  const dirty = draft.language !== saved.language || draft.theme !== saved.theme;

  useEffect(() => setDirty(dirty), [dirty, setDirty]);
  useEffect(
    () =>
      registerSave(() => {
        updateSettings(draft);
        wb.notifications.info(t('settings.saved'));
      }),
    [draft, registerSave, wb, t],
  );

  const save = () => {
    updateSettings(draft);
    wb.notifications.info(t('settings.saved'));
  };

  return (
    <form
      className="settings-editor"
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
    >
      <h1>{t('settings.title')}</h1>
      <p className="muted">{t('settings.intro')}</p>
      <div className="setting">
        <label htmlFor="setting-language" className="setting-title">
          {t('settings.language')}
        </label>
        <p className="setting-help" id="setting-language-help">
          {t('settings.languageHelp')}
        </p>
        <select
          id="setting-language"
          className="select"
          aria-describedby="setting-language-help"
          value={draft.language}
          onChange={(event) => setDraft({ ...draft, language: event.target.value === 'en' ? 'en' : 'vi' })}
        >
          <option value="vi">Tiếng Việt</option>
          <option value="en">English</option>
        </select>
      </div>
      <fieldset className="setting">
        <legend className="setting-title">{t('settings.theme')}</legend>
        <p className="setting-help">{t('settings.themeHelp')}</p>
        {THEMES.map((theme) => (
          <label key={theme} className="radio">
            <input
              type="radio"
              name="theme"
              value={theme}
              checked={draft.theme === theme}
              onChange={() => setDraft({ ...draft, theme })}
            />
            {t(`settings.theme.${theme}`)}
          </label>
        ))}
      </fieldset>
      <div className="form-buttons">
        <button type="submit" className="button primary" disabled={!dirty}>
          {t('settings.save')}
        </button>
        <button type="button" className="button secondary" disabled={!dirty} onClick={() => setDraft(saved)}>
          {t('settings.revert')}
        </button>
      </div>
    </form>
  );
}
