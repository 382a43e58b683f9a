import './full-page-message.css';

export function BackendMissing() {
  return (
    <main className="full-page-message">
      <h1>Dialtone</h1>
      <p role="alert">
        Dialtone's backend is not connected. Start the app with npm start (desktop) or npm run dev:web (browser).
      </p>
    </main>
  );
}
