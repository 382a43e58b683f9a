import { useT } from '../../i18n/use-t';
import './full-page-message.css';

export function BackendMissing() {
  const t = useT();
  return (
    <main className="full-page-message">
      <h1>{t('shell.appName')}</h1>
      <p role="alert">{t('shell.backendMissing')}</p>
    </main>
  );
}
