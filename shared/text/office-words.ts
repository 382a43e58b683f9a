/** What main says about office phone systems: the Elastic SIP Trunk and the PBX configuration. */
export const officeWords = {
  // Requests the office trunk refuses
  connectAccountFirst: 'Connect your Twilio account first: the office trunk is made on it.',
  stillWorking: 'Dialtone is still working on the office trunk. Wait for it.',
  numberIsLine:
    '{phoneNumber} is your Dialtone phone line’s number: choose another of your Twilio numbers for the office.',
  numberRingsTeam: '{phoneNumber} rings your team: choose another of your Twilio numbers for the office.',
  trunkUsesOtherNumber: 'The office trunk uses {current}: remove it first to connect the office with another number.',
  connectOfficeFirst: 'Connect the office phone system first: its files come from the trunk.',
  noSuchFile: 'This office phone system has no {fileName}.',
  extensionNeeded: 'Give Dialtone an extension number on the Asterisk PBX, like 1001.',
  checkFields: 'Check the office phone system’s fields.',
  notOnAccount: '{phoneNumber} is not one of this Twilio account’s numbers.',
  notOnAccountAdvice: 'Choose one of the numbers listed, or buy one in the Twilio Console first.',

  // The trunk's fields, checked in full before anything reaches Twilio
  ipv4Expected: 'Expected an IPv4 address, like 203.0.113.7',
  privateAddress: 'Twilio cannot reach a private or local address: give the PBX’s public IPv4 address',
  pbxAddressTooLong: 'Use at most 253 characters',
  pbxAddressExpected: 'Expected the PBX’s public IPv4 address or host name, like 203.0.113.7 or pbx.example.com',
  trunkNameNeeded: 'Give the trunk a name',
  trunkNameTooLong: 'Use at most 64 characters',
  trunkNameCharacters: 'Use letters, digits, spaces and punctuation only',
  sourceAddressNeeded: 'The PBX has a host name: give the public IPv4 address its calls come from as well',

  // What each generated file is and where it goes
  fileFreeswitchGateway:
    'FreeSWITCH gateway to Twilio: put it in sip_profiles/external/ and reload the external profile.',
  fileAsteriskPjsip: 'Asterisk PJSIP: the Twilio trunk and the Dialtone phone. Add it to /etc/asterisk/pjsip.conf.',
  fileAsteriskDialplan:
    'Asterisk dialplan: calls in to Dialtone, calls out as E.164. Add it to /etc/asterisk/extensions.conf.',
  fileBigBlueButtonDialIn:
    'BigBlueButton dial-in: put it in /opt/freeswitch/conf/dialplan/public/ and restart FreeSWITCH.',
  fileFirewallNotes: 'What the firewall in front of the PBX must let through.',

  // The firewall notes, line by line
  firewallTitle: 'Firewall for the Twilio trunk {domain}, edge {edge}',
  firewallAddresses: 'Twilio’s SIP signalling addresses for this edge:',
  firewallAddress: '  {cidr}',
  firewallAddressUnverified: '  {cidr}  (UNVERIFIED)',
  firewallCheckUnverified:
    'Addresses marked UNVERIFIED were not confirmed: check them at {page} before relying on them.',
  firewallInboundSecure: 'Inbound: allow these addresses to {address} on {port}/TCP (TLS).',
  firewallInboundPlain: 'Inbound: allow these addresses to {address} on {port}/UDP and {port}/TCP.',
  firewallOutboundSecure: 'Outbound: allow {address} to these addresses on {port}/TCP (SIP over TLS).',
  firewallOutboundPlain: 'Outbound: allow {address} to these addresses on {port}/UDP and {port}/TCP (SIP).',
  firewallMedia:
    'Media ({media}): allow {protocol} both ways between this server’s RTP ports\nand {cidr}, ports {firstPort}-{lastPort} (every Twilio region).',

  // What each provisioning task found or made
  taskUsername: 'Username {username}',
  taskCallsFrom: 'Calls from {address}',
  taskAuthAlreadyRequired: 'Credentials and address already required',
  taskAuthAdded: '{added} of 2 added',
  taskNumberRouted: 'Calls to {phoneNumber} go to {sipUrl}',

  // What a removal took away
  removedNumberOffTrunk: 'Number {number} off the trunk',
  removedNumberRouting: 'Number {number} routing restored',
  removedNumberOffTrunkAndRouting: 'Number {number} off the trunk, routing restored',
  removedTrunk: 'SIP trunk {domain}',
  removedCredentials: 'PBX credentials {name}',
  removedAddresses: 'PBX addresses {name}',
} as const;
