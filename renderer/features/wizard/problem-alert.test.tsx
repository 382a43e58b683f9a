import { describe, expect, it } from 'vitest';
import { render } from '../messages/messages-render-test-kit';
import { ProblemAlert } from './problem-alert';

const problem = {
  code: 20003,
  message: 'Authenticate',
  whatToDo: 'Check the Account SID and Auth Token (or the API key SID and secret) in the Twilio Console…',
  moreInfo: 'https://www.twilio.com/docs/errors/20003',
  adviceKey: 'checkCredentials',
} as const;

describe('ProblemAlert', () => {
  it("shows Twilio's code and words, the advice and the link, in English", () => {
    const { text } = render(<ProblemAlert problem={problem} />);
    expect(text).toBe(
      'Twilio error 20003Authenticate' +
        'Check the Account SID and Auth Token (or the API key SID and secret) in the Twilio Console under Account Info, then paste them again. If you signed in with an API key, it may have been deleted.' +
        "More about Twilio error 20003 on Twilio's site (opens in your browser)",
    );
  });

  it("translates Dialtone's words in Spanish and keeps Twilio's own message as Twilio wrote it", () => {
    const { text } = render(<ProblemAlert problem={problem} />, 'es');
    expect(text).toContain('Error de Twilio 20003Authenticate');
    expect(text).toContain('Comprueba el Account SID y el Auth Token');
    expect(text).toContain('Más sobre el error de Twilio 20003 en el sitio de Twilio (se abre en tu navegador)');
  });

  it('shows advice without a key as main sent it, and an address that is not a web page as text', () => {
    const { text } = render(
      <ProblemAlert problem={{ code: null, message: 'Odd', whatToDo: 'Do this.', moreInfo: 'ftp://x' }} />,
      'fr',
    );
    expect(text).toBe('OddDo this.Plus d’informations : ftp://x');
  });

  it('translates a connection failure’s title as well as its advice', () => {
    const unreachable = {
      code: null,
      message: 'Dialtone could not reach Twilio',
      messageWords: { id: 'setup.twilioUnreachable' },
      whatToDo: 'Check your internet connection and try again.',
      adviceKey: 'connectionUnreachable',
      moreInfo: null,
    } as const;
    expect(render(<ProblemAlert problem={unreachable} />, 'de').text).toContain(
      'Dialtone konnte Twilio nicht erreichen',
    );
    expect(render(<ProblemAlert problem={unreachable} />).text).toContain('Dialtone could not reach Twilio');
  });
});
