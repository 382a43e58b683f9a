export default {
  // Settings section
  sectionHeading: 'Office phone system',
  noneConnected:
    'No office phone system is connected. To connect an Asterisk, FreeSWITCH or BigBlueButton server through Twilio, choose “Connect an office phone system” in the setup.',
  summary: '{name}: {pbx} at {address}, number {number}',
  summaryTrunk: ', trunk {domain}',
  summaryReady: '.',
  summaryNotFinished: ' (not finished: run the setup’s office path again).',

  // Configuration files
  passwordNote: ' Copy leaves {placeholder} where a password goes; Save writes the file with the real password.',
  copyFile: 'Copy {file}',
  saveFile: 'Save {file}',
  copied: 'Copied.',

  // Removal
  removeTrunk: 'Remove the office trunk',
  removeExplain:
    'Dialtone deletes the trunk, its credentials and address list on Twilio, and gives the number back the routing it had. The PBX can no longer call through Twilio.',
  removing: 'Removing…',
  removeFromTwilio: 'Remove from Twilio',
  keepIt: 'Keep it',
  removedFromTwilio: 'Removed from Twilio: {items}.',
  nothingToRemove: 'Nothing was left to remove.',

  // Setup step
  taskTrunk: 'Elastic SIP trunk',
  taskOrigination: 'Origination: calls to the PBX',
  taskCredentials: 'PBX credentials',
  taskIpAccess: 'PBX address allowed',
  taskTerminationAuth: 'Termination: calls from the PBX',
  taskNumber: 'Number moved to the trunk',
  connectedHeading: 'Your office phone system is connected',
  connectedIntro:
    'Calls to {number} go to {address}. Load these files into {pbx}: it sends calls to Twilio at {domain} as {username}.',
  finish: 'Finish',
  connectAccountHeading: 'Connect your Twilio account',
  connectAccountIntro: 'Dialtone makes the office trunk on your Twilio account: connect it first.',
  connectHeading: 'Connect an office phone system',
  loading: 'Loading…',
  connectingHeading: 'Connecting your office phone system',
  workingWithTwilio: 'Working with Twilio…',
  connectIntro:
    'Dialtone connects your Asterisk, FreeSWITCH or BigBlueButton server to Twilio through an Elastic SIP trunk, moves a number to it, and writes the PBX’s configuration.',

  // Form
  phoneSystem: 'Phone system',
  pbxAddress: 'PBX address',
  pbxAddressHint: 'Its public IPv4 address or host name: where Twilio sends calls to the office.',
  sipPort: 'SIP port',
  sipPortHint: 'Leave empty for the usual one: 5061 with TLS, 5060 without.',
  encrypt: 'Encrypt calls (TLS and SRTP)',
  encryptHint:
    "Twilio's secure trunking: signalling over TLS, audio over SRTP. Turn it off only if the PBX cannot do it.",
  sourceAddress: 'Address the PBX calls from',
  sourceAddressHint: 'The PBX has a host name: Twilio lets in calls from one public IPv4 address, like 203.0.113.7.',
  officeNumber: 'Office number',
  officeNumberHint: 'Calls to it go to the PBX; it stops ringing anywhere else.',
  noFreeNumber: 'This Twilio account has no number free for the office: buy one in the Twilio Console, then come back.',
  trunkName: 'Trunk name',
  officeCountry: 'Office country',
  officeCountryHint: "How the office's phones dial national numbers.",
  dialtoneExtension: 'Dialtone extension',
  dialtoneExtensionHint: "This computer's extension number on the PBX, like 1001.",
  addDialtonePhone: 'Add Dialtone as a phone on this PBX',
  addDialtonePhoneHint: 'Dialtone signs in to the PBX as this extension once the files are loaded there.',
  connecting: 'Connecting…',
  connectOffice: 'Connect the office',
  defaultTrunkName: 'Office phone system',

  // Form errors
  errorPbxAddress: 'Enter the PBX’s public address, like 203.0.113.7 or pbx.example.com.',
  errorPbxAddressLong: 'The PBX address is at most 253 characters: its IPv4 address or host name.',
  errorPort: 'The SIP port is a number from 1 to 65535, or leave it empty for the usual one.',
  errorSourceAddress: 'The PBX has a host name: enter the public IPv4 address its calls come from, like 203.0.113.7.',
  errorFriendlyNameLong: 'Keep the trunk name to 64 characters or fewer.',
  errorPhoneNumber: 'Choose the number calls to the office come in on.',
  errorFriendlyName: 'Give the trunk a name.',
  errorExtension: 'The extension is 2 to 6 digits, not starting with 0, like 1001.',
} as const;
