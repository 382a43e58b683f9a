import { describe, expect, it } from 'vitest';
import { defaultCallHandling, type CallHandling } from '../../../shared/models/call-handling';
import { greetingVoices } from '../../../shared/models/call-handling-names';
import { noGreetingRecordings } from '../../../shared/models/greeting-recording';
import { render } from '../messages/messages-render-test-kit';
import { GreetingsField } from './greetings-field';

const field = (change: Partial<CallHandling> = {}, busy = false) =>
  render(
    <GreetingsField
      handling={{ ...defaultCallHandling, ...change }}
      busy={busy}
      change={async () => true}
      voicemailGreeting="Leave a message."
    />,
  );

describe('the greetings card', () => {
  it('offers Twilio’s standard voice and every listed Polly voice, with its language, and says text-to-speech is billed', () => {
    const { html, text } = field({ voice: 'Polly.Amy' });
    const options = [...html.matchAll(/<option value="([\w.]+)"[^>]*>([^<]+)</g)].map(([, id, label]) => [id, label]);
    expect(options).toEqual(greetingVoices.map((voice) => [voice.id, voice.label ?? 'Twilio’s standard voice']));
    expect(options[0]).toEqual(['standard', 'Twilio’s standard voice']);
    expect(html).toMatch(/<option value="Polly.Amy" selected="">Amy, English \(UK\)/);
    expect(text).toContain('Twilio bills text-to-speech');
    expect(text).toContain('Listen uses your computer’s voice; callers hear Amy, English (UK).');
  });

  it('names the standard voice in the app’s language, and each Polly voice in the language it speaks', () => {
    const { html } = render(
      <GreetingsField
        handling={{ ...defaultCallHandling, voice: 'standard' }}
        busy={false}
        change={async () => true}
        voicemailGreeting="Leave a message."
      />,
      'es',
    );
    expect(html).toMatch(/<option value="standard" selected="">Voz estándar de Twilio</);
    expect(html).toMatch(/<option value="Polly.Lea">Léa, français</);
  });

  it('shows the after-hours and busy greetings, empty ones as the voicemail greeting, each with Save and Listen', () => {
    const { html, text } = field({ greetings: { afterHours: 'We are closed.', busy: '' } });
    expect(html.match(/placeholder="Same as the voicemail greeting"/g)).toHaveLength(2);
    expect(html).toMatch(/<textarea[^>]*>We are closed.<\/textarea>/);
    expect(text).toContain('After-hours greeting');
    expect(text).toContain('Said outside your business hours (see Business hours)');
    expect(text).toContain('Do not disturb uses the voicemail greeting.');
    expect(text).toContain('Said when you decline a call');
    expect(html.match(/>Save greeting</g)).toHaveLength(2);
    for (const what of ['the after-hours greeting', 'the busy greeting', 'the voicemail greeting']) {
      expect(html).toContain(`aria-label="Listen to ${what}"`);
    }
  });

  it('saves nothing that did not change: Save waits for an edit', () => {
    const { html } = field({ greetings: { afterHours: 'We are closed.', busy: '' } });
    expect(html.match(/aria-disabled="true">Save greeting</g)).toHaveLength(2);
  });

  it('disables Listen with the reason where the computer cannot speak (no speechSynthesis here)', () => {
    const { html, text } = field();
    expect(typeof globalThis.speechSynthesis).toBe('undefined');
    expect(text).toContain('Listen is unavailable: this computer cannot speak text.');
    const noteId = /id="([^"]+)">Listen uses your computer/.exec(html)?.[1];
    expect(noteId).toBeDefined();
    expect(html).toContain(`aria-disabled="true" aria-describedby="${noteId}">Listen<`);
    expect(html.match(/aria-disabled="true" aria-describedby="[^"]+">Listen</g)).toHaveLength(3);
  });

  it('offers spoken text or a recording for each greeting; a recorded one plays the recording, with Listen and Remove', () => {
    const recording = '0123456789abcdef0123456789abcdef';
    const { html, text } = field({ greetingRecordings: { ...noGreetingRecordings, busy: recording } });
    for (const what of ['the after-hours greeting', 'the busy greeting', 'the voicemail greeting']) {
      expect(text).toContain(`What callers hear for ${what}`);
    }
    const checked = [...html.matchAll(/<input type="radio"([^>]*)>(Spoken text|My recording)/g)]
      .filter(([, attributes]) => attributes!.includes('checked=""'))
      .map(([, , label]) => label);
    expect(checked).toEqual(['Spoken text', 'My recording', 'Spoken text']);
    expect(text).toContain('Callers hear your recording.');
    expect(html).toContain('aria-label="Record the busy greeting"');
    expect(html).toContain('aria-label="Listen to your recording of the busy greeting"');
    expect(html).toContain('aria-label="Remove your recording of the busy greeting"');
    expect(html).not.toContain('aria-label="Record the after-hours greeting"');
  });

  it('waits while main saves: the voice cannot change', () => {
    expect(field({}, true).html).toMatch(/<select[^>]*disabled=""/);
  });
});
