import { describe, expect, it } from 'vitest';
import { defaultCallHandling, type CallHandling } from '../../../shared/models/call-handling';
import { render } from '../messages/messages-render-test-kit';
import { RecordingField } from './recording-field';

const field = (recording: CallHandling['recording']) =>
  render(<RecordingField handling={{ ...defaultCallHandling, recording }} busy={false} change={async () => true} />);

const checkedMode = (html: string) => /<input type="radio"[^>]*checked="" value="([\w-]+)"/.exec(html)?.[1];

describe('the recording card', () => {
  it('offers off, every call and on demand, off at first, and says where recordings go', () => {
    const { html, text } = field(defaultCallHandling.recording);
    const labels = [...html.matchAll(/value="[\w-]+"[^>]*\/>([^<]+)</g)].map(([, label]) => label);
    expect(labels).toEqual(['Off', 'Record every call', 'Record when I press Record']);
    expect(checkedMode(html)).toBe('off');
    expect(text).toContain('Recordings are kept on your Twilio account, which bills their storage');
    expect(text).toContain('appear in call history');
    expect(text).not.toContain('Tell the other side');
  });

  it('recording every call: the notice switch, on by default, with the law’s consent', () => {
    const { html, text } = field({ mode: 'always', notice: true });
    expect(checkedMode(html)).toBe('always');
    expect(text).toContain('Tell the other side the call is recorded');
    expect(html).toMatch(/type="checkbox"[^>]*checked=""/);
    expect(text).toContain('The law in many places requires the consent');
    expect(field({ mode: 'always', notice: false }).html).toMatch(/type="checkbox"(?![^>]*checked)/);
  });

  it('on demand: the Record button on the call screen, and telling the other side first', () => {
    const { html, text } = field({ mode: 'on-demand', notice: true });
    expect(checkedMode(html)).toBe('on-demand');
    expect(text).toContain('A Record button appears on the call screen during a call');
    expect(text).toContain('requires their consent');
  });

  it('speaks the app’s language', () => {
    const { html, text } = render(
      <RecordingField
        handling={{ ...defaultCallHandling, recording: { mode: 'always', notice: true } }}
        busy={false}
        change={async () => true}
      />,
      'de',
    );
    const labels = [...html.matchAll(/value="[\w-]+"[^>]*\/>([^<]+)</g)].map(([, label]) => label);
    expect(labels).toEqual(['Aus', 'Jeden Anruf aufnehmen', 'Aufnehmen, wenn ich auf „Aufnehmen“ klicke']);
    expect(text).toContain('Aufnahmen werden in Ihrem Twilio-Konto gespeichert');
    expect(text).toContain('Der anderen Seite mitteilen, dass der Anruf aufgenommen wird');
  });
});
