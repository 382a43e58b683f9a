export default {
  transportTls: 'TLS (recommended)',
  transportTcp: 'TCP',
  srtpOff: 'Off',
  srtpOptional: 'When possible',
  srtpMandatory: 'Required',
  passwordKeep: 'Leave empty to keep the saved password.',
  passwordNew: 'Kept encrypted on this computer and never shown again.',
  sipAddressLabel: 'SIP address',
  sipAddressHint: 'From your provider or your PBX administrator, like alice@example.com.',
  sipAddressPlaceholder: 'alice@example.com',
  passwordLabel: 'Password',
  authUsernameLabel: 'User name for sign-in',
  authUsernameHintDefault:
    'Leave empty to use “{user}”, the part of the address before @. Some providers give a separate authentication ID.',
  authUsernameHint:
    'Leave empty to use the part of the SIP address before @. Some providers give a separate authentication ID.',
  registrarLabel: 'Server',
  registrarHintDefault:
    'Leave empty to use “{domain}”, the domain of the address. Add :port only when the server does not use the standard one.',
  registrarHint:
    'Leave empty to use the domain of the SIP address. Add :port only when the server does not use the standard one.',
  outboundProxyLabel: 'Outbound proxy',
  outboundProxyHint: 'Only when your provider asks for one, like proxy.example.com:5061.',
  connectionLegend: 'Connection',
  connectionHint: 'TLS encrypts sign-in and call set-up. Choose TCP only when the server offers no TLS.',
  encryptionLegend: 'Encryption of calls',
  encryptionHint: 'Encrypts the sound of calls (SRTP). Required refuses calls the other side cannot encrypt.',
  displayNameLabel: 'Display name',
  displayNameHint: 'The name people you call see, when their phone shows one.',
  lineNameLabel: 'Name of this line',
  lineNameHint: 'How Dialtone shows this account. Leave empty to use the SIP address.',
  stunLabel: 'STUN server',
  stunHint:
    'Helps calls through home routers, like stun.example.com:3478. Leave empty unless your provider suggests one.',
  advancedSummary: 'Advanced: trust a private server',
  advancedIntro:
    'For a PBX whose certificate this computer does not trust, such as one it signed itself. Fill in one of these.',
  caLabel: 'Certificate authority (PEM)',
  caHint:
    "Paste the certificate, from -----BEGIN CERTIFICATE----- to -----END CERTIFICATE-----. Dialtone trusts it as well as the computer's own.",
  pinLabel: 'Or exactly this server certificate (SHA-256 fingerprint)',
  pinHint: '64 hexadecimal digits, colons between pairs allowed.',
  enabledLabel: 'Use this account',
  enabledHint: 'Turn off to stay offline without removing the account.',

  editTitle: 'Edit SIP account',
  addTitle: 'Add a SIP account',
  dialogIntro:
    'Connect Dialtone to your SIP provider or your office phone system (PBX). Only the SIP address and the password are needed; the rest has sensible defaults.',
  cancel: 'Cancel',
  save: 'Save',
  saving: 'Saving…',
  fieldsNeedChange: 'Some fields need a change; each says what to do.',

  rowDetail: '{registrar} over {transport}, {encryption}',
  rowDetailWithAddress: '{address} · {registrar} over {transport}, {encryption}',
  rowSrtpOff: 'calls not encrypted',
  rowSrtpOptional: 'calls encrypted when possible',
  rowSrtpMandatory: 'calls always encrypted',
  edit: 'Edit',
  remove: 'Remove',
  lineOff: 'Turned off',
  lineNoPassword: 'Not connected: no password is saved. Use Edit to enter it.',
  lineConnecting: 'Connecting…',
  lineNotInUse: 'Not in use: another account is the phone line',

  sectionHeading: 'Phone line',
  lookingForLine: 'Looking for your phone line…',
  noLineTitle: 'No phone line yet',
  noLineHint:
    'Connect Dialtone to any SIP provider or office phone system (PBX) with the SIP address and password it gave you.',
  removeTitle: 'Remove {label}?',
  removeMessage:
    'Dialtone disconnects this phone line and forgets the account and its saved password. To add it again you will need the password.',
  removeConfirm: 'Remove account',
  removing: 'Removing…',

  srtpKeysInClear:
    'Over TCP the keys that encrypt the sound travel in clear with the call set-up: anyone who can read it can listen. Choose TLS to keep them secret.',
  sipAddressEmpty: 'Enter the SIP address your provider gave you, like alice@example.com.',
  sipAddressInvalid: 'A SIP address looks like alice@example.com: a user name, @, then the domain, with no spaces.',
  passwordEmpty: 'Enter the password of this SIP account.',
  passwordTooLong: 'The password can be at most 256 characters long.',
  authUsernameTooLong: 'The user name can be at most 256 characters long.',
  registrarInvalid:
    'The server is a host name or IP address, optionally with :port, like sip.example.com or sip.example.com:5061.',
  registrarBadPort: 'The port of the server must be between 1 and 65535.',
  registrarEmpty: 'Enter the server, like sip.example.com.',
  outboundProxyInvalid:
    'The outbound proxy is a host name or IP address, optionally with :port, like proxy.example.com:5061.',
  outboundProxyBadPort: 'The port of the outbound proxy must be between 1 and 65535.',
  stunInvalid: 'The STUN server is a host name or IP address, optionally with :port, like stun.example.com:3478.',
  stunBadPort: 'The port of the stun server must be between 1 and 65535.',
  displayNameTooLong: 'The display name can be at most 100 characters.',
  labelTooLong: 'The name can be at most 100 characters.',
  pemInvalid: 'Paste the whole certificate in PEM form, from -----BEGIN CERTIFICATE----- to -----END CERTIFICATE-----.',
  fingerprintInvalid: 'A SHA-256 fingerprint has 64 hexadecimal digits, colons between pairs allowed.',
} as const;
