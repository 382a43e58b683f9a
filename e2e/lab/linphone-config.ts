export interface LinphoneConfigInput {
  user: string;
  password: string;
  /** The SIP domain of the account, e.g. 127.0.0.1. */
  domain: string;
  /** Where REGISTER and every request go. TLS needs a name the certificate carries: see startLinphone. */
  proxy: { host: string; port: number; transport: 'tcp' | 'tls' };
  caPath: string;
  srtp: 'off' | 'mandatory';
}

/**
 * linphonec's configuration file (liblinphone's linphonerc). Port -1 means "any free port", 0
 * means "off": no UDP, as Dialtone speaks SIP over TCP and TLS only; every socket on 127.0.0.1.
 * The account is written here rather than typed in, so no password prompt ever blocks the console.
 * Session timers (RFC 4028) are on, as in the Linphone that found Dialtone's gaps: it answers with
 * Session-Expires 90 and refreshes the session with UPDATE every 45 s.
 */
export function renderLinphoneConfig(input: LinphoneConfigInput): string {
  const { proxy } = input;
  const proxyUri = `sip:${proxy.host}:${proxy.port};transport=${proxy.transport}`;
  return `[sip]
sip_port=0
sip_tcp_port=${proxy.transport === 'tcp' ? -1 : 0}
sip_tls_port=${proxy.transport === 'tls' ? -1 : 0}
bind_address=127.0.0.1
root_ca=${input.caPath}
verify_server_certs=1
verify_server_cn=1
default_proxy=0
media_encryption=${input.srtp === 'mandatory' ? 'srtp' : 'none'}
media_encryption_mandatory=${input.srtp === 'mandatory' ? 1 : 0}
inc_timeout=120
session_expires_enabled=1
session_expires_value=90
session_expires_min_value=90

[rtp]
audio_rtp_port=-1
video_rtp_port=-1

[sound]
echocancellation=0

[video]
capture=0
display=0

[proxy_0]
reg_proxy=<${proxyUri}>
reg_route=<${proxyUri};lr>
reg_identity=sip:${input.user}@${input.domain}
reg_expires=600
reg_sendregister=1

[auth_info_0]
username=${input.user}
passwd=${input.password}
realm=${input.domain}
domain=${input.domain}
`;
}
