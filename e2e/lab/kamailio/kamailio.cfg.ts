import { isIP } from 'node:net';

export interface KamailioConfigOptions {
  dir: string;
  domain: string;
  tcpPort: number;
  tlsPort: number;
  /**
   * A regular expression (POSIX, as Kamailio's =~) for more domains to serve as our own, e.g. '\\.sip\\.twilio\\.com$'
   * for Twilio-style SIP domains on 127.0.0.1. Digests are then checked against the plain password with the realm
   * the phone used, since the domain is not known when a user is added.
   */
  extraDomainPattern?: string;
  /**
   * Headers Kamailio adds to the INVITEs of a caller (by user name), as Twilio adds the X- headers of
   * Dialtone's inbound Function: { bob: ['X-Dialtone-Verstat: TN-Validation-Passed-A'] }.
   */
  inviteHeadersByCaller?: Record<string, string[]>;
}

/**
 * A registrar and proxy with digest auth over TCP and TLS on 127.0.0.1. Subscribers and aliases (an extension
 * standing for a user) live in SQLite, read on every request, so both can change while Kamailio runs. A user
 * registered from several phones is rung on all of them at once; the first to answer takes the call and tm
 * cancels the others with "Reason: SIP;cause=200" (its local_cancel_reason, on by default).
 */
export function renderKamailioConfig({
  dir,
  domain,
  tcpPort,
  tlsPort,
  extraDomainPattern,
  inviteHeadersByCaller = {},
}: KamailioConfigOptions): string {
  // The SIP domain without a port means 5060/5061; Kamailio listens elsewhere, so say those are us too.
  // An IP alias without a port would make every 127.0.0.1 port "myself" and break routing to the phones;
  // unquoted, or Kamailio takes "127.0.0.1:5060" for a host name.
  const aliases = isIP(domain) ? [`${domain}:5060`, `${domain}:5061`] : [domain];
  const extra = extraDomainPattern === undefined ? undefined : kamailioRegex(extraDomainPattern);
  const toUs = extra ? `(uri==myself || $rd=~"${extra}")` : 'uri==myself';
  const fromUs = extra ? `(from_uri==myself || $fd=~"${extra}")` : 'from_uri==myself';
  const plainPasswords = extra
    ? '\nmodparam("auth_db", "calculate_ha1", 1)\nmodparam("auth_db", "password_column", "password")'
    : '';
  return `#!KAMAILIO
debug=2
log_stderror=yes
fork=yes
children=1
tcp_children=2
enable_tls=yes
auto_aliases=no
listen=tcp:127.0.0.1:${tcpPort}
listen=tls:127.0.0.1:${tlsPort}
${aliases.map((alias) => `alias=${alias}`).join('\n')}
tcp_connection_lifetime=3605
tcp_accept_no_cl=yes

${modules.map((module) => `loadmodule "${module}.so"`).join('\n')}

modparam("tls", "config", "${dir}/tls.cfg")
modparam("usrloc", "db_mode", 0)
modparam("registrar", "max_expires", 3600)
modparam("auth_db", "db_url", "sqlite://${dir}/users.sqlite")
modparam("auth_db", "use_domain", 0)${plainPasswords}
# is_subscriber() needs a column to fetch; the AVP itself is unused.
modparam("auth_db", "load_credentials", "$avp(subscriber)=username")
modparam("alias_db", "db_url", "sqlite://${dir}/users.sqlite")
modparam("rr", "enable_full_lr", 1)
modparam("nathelper", "received_avp", "$avp(RECEIVED)")
modparam("registrar", "received_avp", "$avp(RECEIVED)")

request_route {
	xlog("L_INFO", "REQ $rm $ru from $si:$sp/$pr cid=$ci\\n");
	if (!mf_process_maxfwd_header("10")) { sl_send_reply("483", "Too Many Hops"); exit; }
	if (!sanity_check("17895", "7")) { xlog("L_WARN", "malformed request\\n"); exit; }
	if (is_method("OPTIONS") && ${toUs} && $rU==$null) { sl_send_reply("200", "Keepalive"); exit; }

	route(NATDETECT);

	if (has_totag()) {
		if (loose_route()) {
			if (!isdsturiset()) handle_ruri_alias();
			route(RELAY);
		}
		if (is_method("ACK")) {
			if (t_check_trans()) route(RELAY);
			exit;
		}
		sl_send_reply("404", "Not here");
		exit;
	}
	if (is_method("CANCEL")) {
		if (t_check_trans()) route(RELAY);
		exit;
	}
	if (!is_method("ACK")) {
		if (t_precheck_trans()) { t_check_trans(); exit; }
		t_check_trans();
	}

	if (is_method("REGISTER")) {
		if (!auth_check("$fd", "subscriber", "1")) {
			auth_challenge("$fd", "0");
			exit;
		}
		consume_credentials();
		if (!save("location")) sl_reply_error();
		xlog("L_INFO", "REGISTER ok $tu contact=$ct\\n");
		exit;
	}
	if (${fromUs} && is_method("INVITE|MESSAGE|SUBSCRIBE|REFER")) {
		if (!auth_check("$fd", "subscriber", "1")) {
			auth_challenge("$fd", "0");
			exit;
		}
		consume_credentials();
	}
${callerHeaderRules(inviteHeadersByCaller)}	if (is_method("INVITE|SUBSCRIBE")) record_route();
	if (${toUs}) {
		# An extension (102) or other alias becomes its user, as Twilio's routing Functions map extensions.
		if ($rU!=$null) alias_db_lookup("dbaliases");
		if (!lookup("location")) {
			if (is_subscriber("$ru", "subscriber", "0")) sl_send_reply("480", "Temporarily Unavailable");
			else sl_send_reply("404", "Not Found");
			exit;
		}
	}
	route(RELAY);
}

# Phones on TCP/TLS are reached back over the connection they opened, whatever their Contact says.
route[NATDETECT] {
	if ($pr=="tcp" || $pr=="tls") {
		if (is_method("REGISTER")) {
			fix_nated_register();
		} else if (is_first_hop() && is_method("INVITE|SUBSCRIBE|UPDATE|REFER")) {
			set_contact_alias();
		}
	}
}

route[RELAY] {
	if (is_method("INVITE|UPDATE")) t_on_reply("REPLY");
	if (!t_relay()) sl_reply_error();
	exit;
}

onreply_route[REPLY] {
	if (($pr=="tcp" || $pr=="tls") && status=~"^(1|2)" && is_present_hf("Contact")) set_contact_alias();
}
`;
}

/** One line per caller: its initial INVITEs get the headers. Names and values are checked, as they go into the script. */
function callerHeaderRules(headersByCaller: Record<string, string[]>): string {
  return Object.entries(headersByCaller)
    .map(([user, headers]) => {
      if (!/^[A-Za-z0-9._-]+$/.test(user)) throw new Error(`inviteHeadersByCaller: not a plain user name: ${user}`);
      const bad = headers.find((header) => !/^X-[A-Za-z0-9-]+: [A-Za-z0-9-]+$/.test(header));
      if (bad !== undefined) throw new Error(`inviteHeadersByCaller: use "X-Name: value" (letters, digits, -): ${bad}`);
      const append = headers.map((header) => `append_hf("${header}\\r\\n"); `).join('');
      return `\tif (is_method("INVITE") && $fU=="${user}") { ${append}}\n`;
    })
    .join('');
}

/** Kamailio's string literals and backslashes do not mix: '\\.' becomes '[.]'; quotes and other escapes are refused. */
function kamailioRegex(pattern: string): string {
  const converted = pattern.replace(/\\\./g, '[.]');
  if (/["\\]/.test(converted)) throw new Error(`extraDomainPattern: use [.] instead of escapes, no quotes: ${pattern}`);
  return converted;
}

const modules =
  'kex corex tm tmx sl rr pv maxfwd usrloc registrar textops siputils xlog sanity db_sqlite auth auth_db alias_db nathelper tls'.split(
    ' ',
  );

export function renderTlsConfig(dir: string): string {
  return `[server:default]
method = TLSv1.2+
verify_certificate = no
require_certificate = no
private_key = ${dir}/key.pem
certificate = ${dir}/cert.pem

[client:default]
method = TLSv1.2+
verify_certificate = no
require_certificate = no
`;
}

export const subscriberSchema = `
CREATE TABLE version (table_name VARCHAR(32) NOT NULL, table_version INTEGER DEFAULT 0 NOT NULL);
INSERT INTO version VALUES ('subscriber', 7);
CREATE TABLE subscriber (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  username VARCHAR(64) DEFAULT '' NOT NULL,
  domain VARCHAR(64) DEFAULT '' NOT NULL,
  password VARCHAR(64) DEFAULT '' NOT NULL,
  ha1 VARCHAR(128) DEFAULT '' NOT NULL,
  ha1b VARCHAR(128) DEFAULT '' NOT NULL
);
INSERT INTO version VALUES ('dbaliases', 1);
CREATE TABLE dbaliases (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  alias_username VARCHAR(64) DEFAULT '' NOT NULL,
  alias_domain VARCHAR(64) DEFAULT '' NOT NULL,
  username VARCHAR(64) DEFAULT '' NOT NULL,
  domain VARCHAR(64) DEFAULT '' NOT NULL
);
`;
