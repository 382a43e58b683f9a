// Every namespace's catalogues; a message id is '<namespace>.<key>'.

import accountsEn from '../features/accounts/messages/en';
import callEn from '../features/call/messages/en';
import callHandlingEn from '../features/call-handling/messages/en';
import contactsEn from '../features/contacts/messages/en';
import devicesEn from '../features/devices/messages/en';
import dialerEn from '../features/dialer/messages/en';
import historyEn from '../features/history/messages/en';
import importEn from '../features/import/messages/en';
import inboxEn from '../features/inbox/messages/en';
import incomingEn from '../features/incoming/messages/en';
import messagesEn from '../features/messages/messages/en';
import officeEn from '../features/office/messages/en';
import settingsEn from '../features/settings/messages/en';
import shellEn from '../features/shell/messages/en';
import soundTestEn from '../features/sound-test/messages/en';
import teamEn from '../features/team/messages/en';
import voicemailEn from '../features/voicemail/messages/en';
import wizardEn from '../features/wizard/messages/en';
import uiEn from '../ui/messages/en';
import commonEn from './common/en';
import twilioAdviceEn from './twilio-advice/en';
import messageAdviceEn from './message-advice/en';
import dialProblemEn from './dial-problem/en';
import phoneLinkEn from './phone-link/en';
import accountsFr from '../features/accounts/messages/fr';
import callFr from '../features/call/messages/fr';
import callHandlingFr from '../features/call-handling/messages/fr';
import contactsFr from '../features/contacts/messages/fr';
import devicesFr from '../features/devices/messages/fr';
import dialerFr from '../features/dialer/messages/fr';
import historyFr from '../features/history/messages/fr';
import importFr from '../features/import/messages/fr';
import inboxFr from '../features/inbox/messages/fr';
import incomingFr from '../features/incoming/messages/fr';
import messagesFr from '../features/messages/messages/fr';
import officeFr from '../features/office/messages/fr';
import settingsFr from '../features/settings/messages/fr';
import shellFr from '../features/shell/messages/fr';
import soundTestFr from '../features/sound-test/messages/fr';
import teamFr from '../features/team/messages/fr';
import voicemailFr from '../features/voicemail/messages/fr';
import wizardFr from '../features/wizard/messages/fr';
import uiFr from '../ui/messages/fr';
import commonFr from './common/fr';
import twilioAdviceFr from './twilio-advice/fr';
import messageAdviceFr from './message-advice/fr';
import dialProblemFr from './dial-problem/fr';
import phoneLinkFr from './phone-link/fr';
import accountsDe from '../features/accounts/messages/de';
import callDe from '../features/call/messages/de';
import callHandlingDe from '../features/call-handling/messages/de';
import contactsDe from '../features/contacts/messages/de';
import devicesDe from '../features/devices/messages/de';
import dialerDe from '../features/dialer/messages/de';
import historyDe from '../features/history/messages/de';
import importDe from '../features/import/messages/de';
import inboxDe from '../features/inbox/messages/de';
import incomingDe from '../features/incoming/messages/de';
import messagesDe from '../features/messages/messages/de';
import officeDe from '../features/office/messages/de';
import settingsDe from '../features/settings/messages/de';
import shellDe from '../features/shell/messages/de';
import soundTestDe from '../features/sound-test/messages/de';
import teamDe from '../features/team/messages/de';
import voicemailDe from '../features/voicemail/messages/de';
import wizardDe from '../features/wizard/messages/de';
import uiDe from '../ui/messages/de';
import commonDe from './common/de';
import twilioAdviceDe from './twilio-advice/de';
import messageAdviceDe from './message-advice/de';
import dialProblemDe from './dial-problem/de';
import phoneLinkDe from './phone-link/de';
import accountsEs from '../features/accounts/messages/es';
import callEs from '../features/call/messages/es';
import callHandlingEs from '../features/call-handling/messages/es';
import contactsEs from '../features/contacts/messages/es';
import devicesEs from '../features/devices/messages/es';
import dialerEs from '../features/dialer/messages/es';
import historyEs from '../features/history/messages/es';
import importEs from '../features/import/messages/es';
import inboxEs from '../features/inbox/messages/es';
import incomingEs from '../features/incoming/messages/es';
import messagesEs from '../features/messages/messages/es';
import officeEs from '../features/office/messages/es';
import settingsEs from '../features/settings/messages/es';
import shellEs from '../features/shell/messages/es';
import soundTestEs from '../features/sound-test/messages/es';
import teamEs from '../features/team/messages/es';
import voicemailEs from '../features/voicemail/messages/es';
import wizardEs from '../features/wizard/messages/es';
import uiEs from '../ui/messages/es';
import commonEs from './common/es';
import twilioAdviceEs from './twilio-advice/es';
import messageAdviceEs from './message-advice/es';
import dialProblemEs from './dial-problem/es';
import phoneLinkEs from './phone-link/es';
import { englishWordsCatalogues } from './words/catalogue';
import wordsFr from './words/fr';
import wordsDe from './words/de';
import wordsEs from './words/es';

export const englishCatalogues = {
  accounts: accountsEn,
  call: callEn,
  callHandling: callHandlingEn,
  contacts: contactsEn,
  devices: devicesEn,
  dialer: dialerEn,
  history: historyEn,
  import: importEn,
  inbox: inboxEn,
  incoming: incomingEn,
  messages: messagesEn,
  office: officeEn,
  settings: settingsEn,
  shell: shellEn,
  soundTest: soundTestEn,
  team: teamEn,
  voicemail: voicemailEn,
  wizard: wizardEn,
  ui: uiEn,
  common: commonEn,
  twilioAdvice: twilioAdviceEn,
  messageAdvice: messageAdviceEn,
  dialProblem: dialProblemEn,
  phoneLink: phoneLinkEn,
  ...englishWordsCatalogues,
};

type Catalogues = {
  readonly [Namespace in keyof typeof englishCatalogues]: Readonly<
    Record<keyof (typeof englishCatalogues)[Namespace], string>
  >;
};

export const translatedCatalogues: Readonly<Record<'fr' | 'de' | 'es', Catalogues>> = {
  fr: {
    accounts: accountsFr,
    call: callFr,
    callHandling: callHandlingFr,
    contacts: contactsFr,
    devices: devicesFr,
    dialer: dialerFr,
    history: historyFr,
    import: importFr,
    inbox: inboxFr,
    incoming: incomingFr,
    messages: messagesFr,
    office: officeFr,
    settings: settingsFr,
    shell: shellFr,
    soundTest: soundTestFr,
    team: teamFr,
    voicemail: voicemailFr,
    wizard: wizardFr,
    ui: uiFr,
    common: commonFr,
    twilioAdvice: twilioAdviceFr,
    messageAdvice: messageAdviceFr,
    dialProblem: dialProblemFr,
    phoneLink: phoneLinkFr,
    ...wordsFr,
  },
  de: {
    accounts: accountsDe,
    call: callDe,
    callHandling: callHandlingDe,
    contacts: contactsDe,
    devices: devicesDe,
    dialer: dialerDe,
    history: historyDe,
    import: importDe,
    inbox: inboxDe,
    incoming: incomingDe,
    messages: messagesDe,
    office: officeDe,
    settings: settingsDe,
    shell: shellDe,
    soundTest: soundTestDe,
    team: teamDe,
    voicemail: voicemailDe,
    wizard: wizardDe,
    ui: uiDe,
    common: commonDe,
    twilioAdvice: twilioAdviceDe,
    messageAdvice: messageAdviceDe,
    dialProblem: dialProblemDe,
    phoneLink: phoneLinkDe,
    ...wordsDe,
  },
  es: {
    accounts: accountsEs,
    call: callEs,
    callHandling: callHandlingEs,
    contacts: contactsEs,
    devices: devicesEs,
    dialer: dialerEs,
    history: historyEs,
    import: importEs,
    inbox: inboxEs,
    incoming: incomingEs,
    messages: messagesEs,
    office: officeEs,
    settings: settingsEs,
    shell: shellEs,
    soundTest: soundTestEs,
    team: teamEs,
    voicemail: voicemailEs,
    wizard: wizardEs,
    ui: uiEs,
    common: commonEs,
    twilioAdvice: twilioAdviceEs,
    messageAdvice: messageAdviceEs,
    dialProblem: dialProblemEs,
    phoneLink: phoneLinkEs,
    ...wordsEs,
  },
};
