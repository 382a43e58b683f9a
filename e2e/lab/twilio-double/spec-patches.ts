/**
 * Where Twilio's published spec, as Prism reads it, contradicts what Twilio (and its clients) actually do, Prism gets
 * a patched copy. Every patch is listed here; nothing else is changed.
 *
 * 1. twilio_api_v2010.json declares the list envelopes' `first_page_uri`, `next_page_uri`, `previous_page_uri` and
 *    `uri` as `format: uri` (an absolute URI), but Twilio sends them relative ("/2010-04-01/Accounts/…?Page=1"), the
 *    spec's own examples do too, and twilio-node prefixes them with its base URL (an absolute one would break paging).
 * 2. Array form fields (Serverless `FunctionVersions`, `AssetVersions`, …) are sent as repeated keys. Prism reads a key
 *    sent once as a string and answers 422 "must be array", so deploying ONE function with sapi fails behind Prism
 *    although Twilio accepts it. Such fields accept a single item as well.
 * 3. Updating a phone number: its URL fields are `format: uri`, but Twilio clears a URL when it is sent empty (how
 *    twilio-cli clears `--sms-url=""`, twilio-cli-core PR #57). Removing Dialtone gives a number that had no Voice
 *    or SMS URL its empty one back that way, so those fields (on that one operation) accept '' as well.
 */
type Schema = {
  type?: string;
  format?: string;
  maxLength?: number;
  items?: Schema;
  properties?: Record<string, Schema>;
  anyOf?: Schema[];
};
type Operation = {
  requestBody?: { content?: Record<string, { schema?: Schema }> };
  responses?: Record<string, { content?: Record<string, { schema?: Schema }> }>;
};

export function patchSpec(file: string, spec: Record<string, unknown>): Record<string, unknown> {
  const paths = spec.paths as Record<string, Record<string, Operation>>;
  for (const [path, operations] of Object.entries(paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      if (file === 'twilio_api_v2010.json') relativePageUris(operation);
      if (method === 'post' && path.endsWith('/IncomingPhoneNumbers/{Sid}.json')) emptyUrlsClear(operation);
      singleItemArrays(operation);
    }
  }
  return spec;
}

function relativePageUris(operation: Operation) {
  for (const response of Object.values(operation.responses ?? {})) {
    const properties = response.content?.['application/json']?.schema?.properties;
    if (!properties || !('first_page_uri' in properties)) continue;
    for (const name of ['first_page_uri', 'next_page_uri', 'previous_page_uri', 'uri']) {
      if (properties[name]?.format === 'uri') delete properties[name].format;
    }
  }
}

function singleItemArrays(operation: Operation) {
  const properties = operation.requestBody?.content?.['application/x-www-form-urlencoded']?.schema?.properties ?? {};
  for (const [name, schema] of Object.entries(properties)) {
    if (schema.type !== 'array') continue;
    properties[name] = { anyOf: [schema, { ...(schema.items ?? {}), type: schema.items?.type ?? 'string' }] };
  }
}

function emptyUrlsClear(operation: Operation) {
  const properties = operation.requestBody?.content?.['application/x-www-form-urlencoded']?.schema?.properties ?? {};
  for (const [name, schema] of Object.entries(properties)) {
    if (schema.format !== 'uri') continue;
    properties[name] = { anyOf: [schema, { type: 'string', maxLength: 0 }] };
  }
}
