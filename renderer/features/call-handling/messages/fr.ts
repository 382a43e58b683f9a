import type { Translation } from '../../../i18n/catalogue-types';
import type en from './en';

export default {
  sectionHeading: 'Gestion des appels',
  noLine:
    'Le renvoi, le mode Ne pas déranger et le blocage des appelants fonctionnent chez Twilio ; ils arrivent donc avec la configuration Twilio : une fois que Dialtone a configuré votre ligne Twilio, vous pouvez les choisir ici.',
  intro:
    'Twilio applique ces réglages : ils fonctionnent même quand votre ordinateur est éteint. Les modifications s’appliquent à l’appel suivant.',
  cardForwarding: 'Renvoi d’appel',
  cardDoNotDisturb: 'Ne pas déranger',
  cardBusinessHours: 'Heures d’ouverture',
  cardTimeZone: 'Fuseau horaire',
  cardBlocked: 'Appelants bloqués',
  cardUnverified: 'Appelants non vérifiés',
  cardGreetings: 'Messages d’accueil',
  cardPhoneMenu: 'Menu téléphonique',
  cardRecording: 'Enregistrement',
  cardAutoReply: 'Réponse automatique',
  saveFailed: 'Dialtone n’a pas pu enregistrer la modification. Réessayez.',
  cancel: 'Annuler',
  remove: 'Supprimer',
  listen: 'Écouter',
  stop: 'Arrêter',

  tryAgain: 'Réessayer',
  checkWithTwilio: 'Vérifier auprès de Twilio',
  briefNotLiveWhere: '{status} La réponse de Twilio et Réessayer se trouvent dans Gestion des appels.',
  momentUnreadable: 'à une heure que Dialtone n’a pas pu lire',
  momentOtherDay: '{day}, {time}',
  syncNone: 'Enregistré dans Dialtone. Vérifiez auprès de Twilio si Twilio a les mêmes réglages.',
  syncSending: 'Envoi à Twilio…',
  syncLive: 'Actif chez Twilio depuis {moment}.',
  syncNotLive:
    'Pas encore actif chez Twilio : vos modifications sont enregistrées dans Dialtone, mais Twilio ne les a pas encore.',
  checkChecking: 'Vérification auprès de Twilio…',
  checkSame: 'Twilio a tous les réglages tels qu’enregistrés ici (vérifié {moment}).',
  checkDifferent:
    'Chez Twilio, ces réglages ne correspondent pas à ceux enregistrés ici (vérifié {moment}). Réessayer envoie ce qui est enregistré ici.',
  checkFailed: 'Dialtone n’a pas pu vérifier auprès de Twilio : {message} {whatToDo}',

  forwardCalls: 'Renvoyer les appels',
  modeOff: 'Désactivé',
  modeNoAnswer: 'Si Dialtone ne répond pas ou est hors ligne',
  modeNotConnected: 'Seulement si Dialtone n’est pas connecté',
  modeTogether: 'Dialtone et mes autres téléphones ensemble',
  modeAlways: 'Toujours renvoyer',
  modeHintOff: 'Les appels sonnent uniquement dans Dialtone.',
  modeHintNoAnswer:
    'Dialtone sonne pendant {seconds} secondes ; si vous ne répondez pas, ou si Dialtone est fermé ou hors ligne, vos autres téléphones sonnent.',
  modeHintNotConnected:
    'Quand Dialtone est fermé ou hors ligne, vos autres téléphones sonnent tout de suite ; sinon, les appels sonnent uniquement dans Dialtone.',
  modeHintTogether: 'Dialtone et vos autres téléphones sonnent en même temps ; le premier qui répond prend l’appel.',
  modeHintAlways: 'Les appels vont directement vers vos autres téléphones ; Dialtone ne sonne pas.',
  modeHintMessage: ' Si aucun téléphone ne répond, l’appelant peut laisser un message.',
  forwardingMissing:
    'Ajoutez le numéro vers lequel renvoyer les appels : le renvoi commence une fois ce numéro ajouté.',
  forwardingTurnedOff:
    'Il ne reste aucun numéro de renvoi : le renvoi est désactivé, et les appels qui étaient renvoyés vont sur la messagerie vocale.',
  forwardingCost:
    'Les appels renvoyés affichent le numéro de l’appelant. Chaque appel renvoyé est un second appel sur votre compte Twilio, facturé à la minute.',
  forwardingTrial:
    'Votre compte Twilio est un compte d’essai : il ne peut appeler que des numéros que vous avez vérifiés. Vérifiez chaque numéro dans la console Twilio, sous Phone Numbers > Verified Caller IDs.',
  forwardingNumbers: 'Numéros de renvoi',
  removeNumber: 'Supprimer {number}',
  forwardingFull:
    'Les appels sonnent sur {limit} numéros au plus en même temps : supprimez-en un pour en ajouter un autre.',
  numberToForwardTo: 'Numéro de renvoi',
  anotherNumber: 'Autre numéro',
  add: 'Ajouter',
  forwardTypeNumber:
    'Saisissez un numéro de téléphone, par exemple votre mobile : comme vous le composeriez, ou avec + et l’indicatif du pays.',
  forwardNoCodes:
    'Le renvoi compose le numéro seul, sans codes ni poste : utilisez un numéro qui fait sonner directement le téléphone.',
  forwardEmergency: 'Les appels ne peuvent pas être renvoyés vers les services d’urgence.',
  forwardUnknownCountry:
    'Dialtone ne peut pas savoir dans quel pays se trouve {number}, votre ligne ne peut donc peut-être pas l’appeler : renvoyez vers un autre numéro.',
  forwardCountryNotAllowed:
    'Votre ligne ne peut pas appeler de numéros dans ce pays ({country}) : les appels ne peuvent donc pas être renvoyés vers {number}. Ajoutez {country} dans Réglages, Twilio, « Appels vers d’autres pays », puis ajoutez à nouveau le numéro.',
  forwardSip: 'Renvoyez vers un numéro de téléphone : impossible de renvoyer vers une adresse SIP.',
  forwardOwnNumber: 'C’est votre numéro Dialtone : renvoyez vers un autre téléphone, par exemple votre mobile.',
  forwardListed: '{number} est déjà dans la liste.',
  forwardTooMany: 'Les appels sont renvoyés vers {limit} numéros au plus. Supprimez-en un d’abord.',

  destinationVoicemail: 'Messagerie vocale',
  destinationForwarding: 'Mes numéros de renvoi',
  destinationNeedsNumber: 'Pour envoyer les appels vers le renvoi, ajoutez d’abord un numéro dans Renvoi d’appel.',

  doNotDisturb: 'Ne pas déranger',
  dndHintVoicemail: 'Les appels vont directement sur la messagerie vocale sans sonner, même quand Dialtone est fermé.',
  dndHintForwarding: 'Les appels vont vers vos numéros de renvoi sans sonner, même quand Dialtone est fermé.',
  sendCallsTo: 'Envoyer les appels vers',
  turnOnAutomatically: 'Activer automatiquement',
  turnOnAutomaticallyHint:
    'Ne pas déranger s’active tout seul pendant ces heures chaque semaine, par exemple en soirée en semaine.',
  quietHours: 'Heures de tranquillité',

  callsRing: 'Les appels sonnent',
  atAnyTime: 'À tout moment',
  onlyBusinessHours: 'Seulement pendant les heures d’ouverture',
  businessHours: 'Heures d’ouverture',
  outsideHoursSendTo: 'En dehors de ces heures, envoyer les appels vers',

  timesAreIn: 'Heures exprimées selon {zone}.',
  saveSchedule: 'Enregistrer l’horaire',
  scheduleUnsaved: 'Pas encore enregistré : Twilio suit l’horaire enregistré tant que vous n’enregistrez pas.',
  addTimeSpan: 'Ajouter une plage horaire',
  scheduleFull: 'Un horaire compte au plus {limit} plages horaires : modifiez-en ou supprimez-en une à la place.',
  timeSpan: 'Plage horaire {number}',
  days: 'Jours',
  from: 'De',
  to: 'à',
  removeTimeSpan: 'Supprimer la plage horaire {number}',
  everyDay: 'Tous les jours',
  noDays: 'Aucun jour',
  dayPair: '{first}, {last}',
  dayRun: '{first}–{last}',
  dayList: '{list}, {next}',
  spanHours: '{days} {from}–{to}',
  spanPastMidnight: '{days} {from}–{to} (après minuit)',
  noHoursChosen: 'Aucune heure choisie',

  timeZoneLabel: 'Fuseau horaire des horaires',
  timeZoneHint:
    'Twilio lit Ne pas déranger et les heures d’ouverture dans ce fuseau horaire. Avec celui de votre ordinateur, il utilise le fuseau dans lequel se trouvait votre ordinateur lors du dernier enregistrement de la gestion des appels.',
  computerTimeZoneOption: 'Fuseau horaire de l’ordinateur ({zone})',
  computerTimeZone: 'le fuseau horaire de votre ordinateur ({zone})',
  zoneTime: 'le fuseau {zone}',

  blockedHint: 'Twilio les refuse : votre téléphone ne sonne pas et ils ne peuvent pas laisser de message.',
  blockedList: 'Numéros et préfixes bloqués',
  unblockEntry: 'Débloquer {entry}',
  unblock: 'Débloquer',
  block: 'Bloquer',
  numberOrPrefix: 'Numéro ou préfixe à bloquer',
  blockWithheld: 'Bloquer les appelants qui masquent leur numéro',
  blockedHear: 'Les appelants bloqués entendent',
  hearRejected: 'Un appel refusé',
  hearBusy: 'Une ligne occupée',
  typeToBlock: 'Saisissez un numéro ou un préfixe à bloquer.',
  typeBlockable: 'Saisissez un numéro comme +1 512 555 0100, ou le début de numéros suivi d’un *, comme +1 900*.',
  alreadyBlocked: '{entry} est déjà bloqué.',
  blockListFullTyped: 'Vous pouvez bloquer au plus {limit} numéros et préfixes. Débloquez-en un d’abord.',
  withheldNumbers: 'Numéros masqués',
  numbersStarting: 'Numéros commençant par {prefix}',
  blockListFull:
    'Vous pouvez bloquer au plus {limit} numéros et préfixes, et la liste est pleine. Débloquez-en un dans Réglages, Gestion des appels d’abord.',
  blockSip:
    '{caller} est une adresse SIP. Twilio refuse les appelants d’après leur numéro de téléphone : seuls des numéros de téléphone peuvent être bloqués.',
  blockNotNumber:
    '« {caller} » n’est pas un numéro de téléphone complet : il ne peut pas être bloqué. Twilio refuse les appelants d’après leur numéro, comme +1 512 555 0100.',
  blockedByPrefix:
    '{number} est bloqué parce qu’il fait partie des numéros commençant par {prefix}. Pour le laisser passer, débloquez-les dans Réglages, Gestion des appels.',
  blockNoRoom:
    'Vous pouvez bloquer au plus {limit} numéros et préfixes : il reste de la place pour {room} de plus. Débloquez-en d’abord dans Réglages, Gestion des appels.',
  blockNoLine: 'Le blocage fonctionne chez Twilio : configurez d’abord votre ligne Twilio dans Réglages.',
  blockBusy: 'Dialtone enregistre encore une autre modification de votre ligne. Réessayez dans un instant.',

  blockWho: 'Bloquer {who}',
  unblockWho: 'Débloquer {who}',
  blockHint: 'Bloquer {caller} : Twilio refuse ses appels',
  blockHintWithheld: 'Bloquer les numéros masqués : Twilio refuse leurs appels',
  blockedHintNumber: '{caller} est bloqué. Débloquez-le pour laisser passer à nouveau ses appels',
  blockedHintWithheld: 'Les numéros masqués sont bloqués. Débloquez-les pour laisser passer à nouveau leurs appels',
  blockButton: 'Bloquer…',
  unblockButton: 'Débloquer…',
  blockedMark: 'Bloqué',
  blockAll: 'Bloquer tous les numéros…',
  unblockAll: 'Débloquer tous les numéros…',
  dialogAllNumbers: '{count, plural, one {le numéro} other {les # numéros}} de {owner}',
  dialogWithheldSubject: 'les numéros masqués',
  dialogBlockWithheldTitle: 'Bloquer les appelants qui masquent leur numéro ?',
  dialogBlockTitle: 'Bloquer {subject} ?',
  dialogBlockWithheld:
    'Les appels des numéros masqués seront refusés chez Twilio et n’atteindront jamais la messagerie vocale. Vous pourrez les débloquer plus tard, ici ou dans Réglages, Gestion des appels.',
  dialogBlockOne:
    'Les appels de {named} seront refusés chez Twilio et n’atteindront jamais la messagerie vocale ; ses messages sont masqués dans Messages. Vous pourrez le débloquer plus tard, ici ou dans Réglages, Gestion des appels.',
  dialogBlockSeveral:
    'Les appels de {named} seront refusés chez Twilio et n’atteindront jamais la messagerie vocale ; leurs messages sont masqués dans Messages. Vous pourrez les débloquer plus tard, ici ou dans Réglages, Gestion des appels.',
  dialogBlocking: 'Blocage…',
  dialogUnblockTitle: 'Débloquer {subject} ?',
  dialogUnblockWithheld:
    'Les appelants qui masquent leur numéro feront de nouveau sonner et pourront laisser un message vocal.',
  dialogUnblock:
    'Les appels de {named} sonneront de nouveau et pourront laisser un message vocal ; leurs messages réapparaissent dans Messages.',
  dialogUnblocking: 'Déblocage…',

  unverifiedLegend: 'Appels dont le numéro n’a pas été vérifié par l’opérateur de l’appelant',
  unverifiedHint:
    'Les opérateurs ne vérifient les numéros (SHAKEN/STIR) que pour les appels à l’intérieur des États-Unis, et pas pour tous : avec Aller sur la messagerie, la plupart des appels internationaux vont sur la messagerie vocale.',
  ruleRing: 'Sonner',
  ruleVoicemail: 'Aller sur la messagerie',

  voiceStandard: 'Voix standard de Twilio',
  voice: 'Voix',
  voiceHint:
    'Les appelants entendent vos messages d’accueil et le menu téléphonique avec cette voix et dans sa langue. Les voix Amazon Polly portent le nom de leur langue. Twilio facture la synthèse vocale au nombre de caractères prononcés.',
  sameAsVoicemail: 'Identique au message d’accueil de la messagerie',
  saveGreeting: 'Enregistrer le message',
  afterHoursGreeting: 'Message hors heures d’ouverture',
  theAfterHoursGreeting: 'le message hors heures d’ouverture',
  afterHoursHint:
    'Diffusé en dehors de vos heures d’ouverture (voir Heures d’ouverture), quand ces appels vont sur la messagerie. Ne pas déranger utilise le message de la messagerie.',
  busyGreeting: 'Message « occupé »',
  theBusyGreeting: 'le message « occupé »',
  busyHint: 'Diffusé quand vous refusez un appel et qu’il va sur la messagerie.',
  voicemailGreeting: 'Message d’accueil de la messagerie',
  theVoicemailGreeting: 'le message d’accueil de la messagerie',
  voicemailGreetingHint: 'Diffusé quand vous ne répondez pas. Modifiez-le dans Messagerie vocale.',
  listenTo: 'Écouter {what}',
  stopWhat: 'Arrêter {what}',
  listenNote: 'Écouter utilise la voix de votre ordinateur ; les appelants entendent {voice}.',
  listenNoSpeech: 'Écouter n’est pas disponible : cet ordinateur ne peut pas lire de texte à voix haute.',
  listenNoVoice: 'Écouter n’est pas disponible : aucune voix n’est installée sur cet ordinateur.',

  whatCallersHear: 'Ce que les appelants entendent pour {what}',
  spokenText: 'Texte lu',
  myRecording: 'Mon enregistrement',
  stopRecording: 'Arrêter l’enregistrement',
  record: 'Enregistrer',
  recordWhat: 'Enregistrer {what}',
  chooseFileFor: 'Choisir un fichier audio pour {what}',
  chooseFile: 'Choisir un fichier…',
  stopRecordingOf: 'Arrêter votre enregistrement pour {what}',
  listenRecordingOf: 'Écouter votre enregistrement pour {what}',
  removeRecordingOf: 'Supprimer votre enregistrement pour {what}',
  statusRecording: 'Enregistrement… {elapsed} sur {limit}',
  statusSaving: 'Enregistrement du fichier et envoi à Twilio…',
  statusSpoken: 'Les appelants entendent le texte ci-dessus.',
  statusNotRecorded:
    'Enregistrez jusqu’à {limit} ou choisissez un fichier audio ; en attendant, les appelants entendent le texte ci-dessus.',
  statusRecorded: 'Les appelants entendent votre enregistrement.',
  recordingTooLong:
    'Le message dure plus de {minutes, plural, one {# minute} other {# minutes}}. Raccourcissez-le ou enregistrez-en un plus court.',
  recordingDamaged: 'L’enregistrement est vide ou endommagé. Vérifiez le micro, puis enregistrez à nouveau.',
  fileNotAudio:
    '« {name} » n’est pas un fichier audio que Dialtone sait lire. Choisissez un fichier WAV, MP3, Ogg ou M4A.',
  playbackFailed: 'L’enregistrement n’a pas pu être lu sur cet ordinateur. Vérifiez vos haut-parleurs, puis réessayez.',

  answerWithMenu: 'Répondre avec un menu',
  menuHint:
    'Twilio répond et les appelants choisissent avec leur clavier. Les appelants bloqués, Ne pas déranger et les heures d’ouverture passent avant.',
  menuPrompt: 'Annonce du menu',
  menuPromptHint:
    'Ce que les appelants entendent quand Twilio répond. Laissez vide pour annoncer les choix ci-dessous.',
  savePrompt: 'Enregistrer l’annonce',
  theMenuPrompt: 'l’annonce du menu',
  keyRingsDialtone: 'Fait sonner Dialtone, avec le renvoi tel que réglé',
  keyVoicemail: 'Messagerie vocale',
  keyForwarding: 'Fait sonner vos numéros de renvoi',
  whatEachKeyDoes: 'Rôle de chaque touche',
  menuAddForwarding: 'Ajoutez un numéro de renvoi pour proposer la touche 3 vers votre mobile. ',
  menuRepeat:
    'Si aucune touche n’est pressée dans les 6 secondes, ou si une autre touche l’est, le menu est répété, jusqu’à trois fois ; ensuite Dialtone sonne.',

  recordCalls: 'Enregistrer les appels',
  recordOff: 'Désactivé',
  recordAlways: 'Enregistrer tous les appels',
  recordOnDemand: 'Enregistrer quand j’appuie sur Enregistrer',
  recordHintOff: 'Les appels ne sont pas enregistrés.',
  recordHintAlways: 'Twilio enregistre chaque appel dès qu’il est décroché, chaque interlocuteur sur son propre canal.',
  recordHintOnDemand:
    'Un bouton Enregistrer apparaît sur l’écran d’appel pendant un appel ; Twilio enregistre à partir du moment où vous appuyez dessus. Prévenez votre interlocuteur avant d’appuyer : dans de nombreux pays, la loi exige son consentement.',
  recordingsKept:
    ' Les enregistrements sont conservés sur votre compte Twilio, qui facture leur stockage, et apparaissent dans l’historique des appels, où vous pouvez les écouter.',
  tellOtherSide: 'Prévenir l’interlocuteur que l’appel est enregistré',
  tellOtherSideHint:
    'Twilio annonce « Cet appel est enregistré. » aux appelants avant que Dialtone ne sonne, et aux personnes que vous appelez dès qu’elles décrochent. Dans de nombreux pays, la loi exige le consentement de tous les participants à un appel enregistré.',

  textMissedCallers: 'Envoyer un SMS aux appelants manqués',
  autoReplyHint:
    'Quand un appel va sur la messagerie sans que vous ayez répondu, Twilio envoie un SMS à l’appelant depuis votre numéro. Seuls les mobiles le reçoivent, une fois par jour au plus, et pas les appelants qui masquent leur numéro ou dont le numéro n’a pas été vérifié. Chacun coûte un SMS et une recherche (Lookup) du type de ligne de l’appelant, aux tarifs de Twilio. Aux États-Unis, les SMS envoyés depuis votre numéro exigent son enregistrement A2P 10DLC, que Twilio peut refuser pour un usage personnel.',
  autoReplyText: 'Texte',
  autoReplyTextHint:
    '{limit} caractères au plus. Tel quel, chaque réponse automatique est facturée comme {segments, plural, one {# SMS} other {# SMS}}.',
  saveText: 'Enregistrer le texte',
} satisfies Translation<typeof en>;
