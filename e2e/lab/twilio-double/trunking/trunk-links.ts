import { badParameter, notFound } from '../errors';
import { listV1 } from '../paging';
import { route, type Context, type Route } from '../server';
import { owned } from '../api-2010/sip-credentials';
import type { TrunkLinkRecord } from './trunk-records';
import { isoDates, ownedTrunk, trunkingHost, trunksPath } from './trunks';

interface LinkKind {
  kind: TrunkLinkRecord['kind'];
  /** The path segment, and the key of the list answer's items. */
  segment: string;
  key: string;
  /** The form field naming the list. */
  field: string;
  /** The list, if it is this account's; else 20404. */
  list(context: Context, sid: string | undefined): { sid: string; friendlyName: string };
}

const kinds: LinkKind[] = [
  {
    kind: 'credential-list',
    segment: 'CredentialLists',
    key: 'credential_lists',
    field: 'CredentialListSid',
    list: (context, sid) => owned(context, context.store.credentialLists, sid),
  },
  {
    kind: 'ip-access-control-list',
    segment: 'IpAccessControlLists',
    key: 'ip_access_control_lists',
    field: 'IpAccessControlListSid',
    list: (context, sid) => owned(context, context.store.ipAccessControlLists, sid),
  },
];

function linkJson(context: Context, kind: LinkKind, link: TrunkLinkRecord) {
  return {
    account_sid: link.accountSid,
    sid: link.sid,
    trunk_sid: link.trunkSid,
    friendly_name: kind.list(context, link.sid).friendlyName,
    ...isoDates(link),
    url: `${trunkingHost}${trunksPath}/${link.trunkSid}/${kind.segment}/${link.sid}`,
  };
}

function linkRoutes(kind: LinkKind): Route[] {
  const base = `${trunksPath}/:TrunkSid/${kind.segment}`;
  const ofTrunk = (context: Context) => {
    const trunk = ownedTrunk(context);
    return context.store.trunkLinks.filter((link) => link.trunkSid === trunk.sid && link.kind === kind.kind);
  };
  const find = (context: Context) => {
    const found = ofTrunk(context).find((link) => link.sid === context.params.Sid);
    if (!found) throw notFound(context.path);
    return found;
  };
  return [
    route('trunking', 'GET', base, (context) =>
      listV1(
        context,
        kind.key,
        ofTrunk(context).map((link) => linkJson(context, kind, link)),
        trunkingHost,
      ),
    ),
    route('trunking', 'POST', base, (context) => {
      const trunk = ownedTrunk(context);
      const list = kind.list(context, context.form.get(kind.field) ?? undefined);
      // ASSUMPTION: associating the same list twice is refused with 400 (code unknown: 20001).
      if (ofTrunk(context).some((link) => link.sid === list.sid)) {
        throw badParameter(`${list.sid} is already associated with trunk ${trunk.sid}`);
      }
      const now = new Date();
      const link: TrunkLinkRecord = {
        sid: list.sid,
        accountSid: context.account.sid,
        dateCreated: now,
        dateUpdated: now,
        kind: kind.kind,
        trunkSid: trunk.sid,
      };
      context.store.trunkLinks.push(link);
      return { status: 201, body: linkJson(context, kind, link) };
    }),
    route('trunking', 'GET', `${base}/:Sid`, (context) => ({
      status: 200,
      body: linkJson(context, kind, find(context)),
    })),
    route('trunking', 'DELETE', `${base}/:Sid`, (context) => {
      context.store.trunkLinks.splice(context.store.trunkLinks.indexOf(find(context)), 1);
      return { status: 204 };
    }),
  ];
}

/** Termination authentication: the credential lists and IP access control lists associated with a trunk. */
export const trunkLinkRoutes: Route[] = kinds.flatMap(linkRoutes);
