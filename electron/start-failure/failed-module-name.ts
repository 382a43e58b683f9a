/*
 * The module a loading error is about, read from Node's own message, for the dialog and the log:
 * a package name (the part after the last node_modules, or a bare specifier) or else a file name.
 * Never a whole path: it would only repeat the person's folders back to them.
 */

const packageInNodeModules = /node_modules[\\/]((?:@[^\\/'"\s]+[\\/])?[^\\/'"\s]+)/g;
const pathLike = /^(?:\.|\/|\\|[a-zA-Z]:|file:)/;

function lastPackageInNodeModules(text: string): string | undefined {
  const matches = [...text.matchAll(packageInNodeModules)];
  return matches.at(-1)?.[1]?.replace('\\', '/');
}

function fileName(path: string): string {
  return path.split(/[\\/]/).at(-1) ?? path;
}

/** 'twilio/lib/rest' -> 'twilio', '@twilio-labs/serverless-api/dist/x' -> '@twilio-labs/serverless-api'. */
function packageOf(specifier: string): string {
  const parts = specifier.split('/');
  return (specifier.startsWith('@') ? parts.slice(0, 2) : parts.slice(0, 1)).join('/');
}

/**
 * From "Cannot find package 'x' imported from ..." (ES modules) or "Cannot find module 'x'\nRequire
 * stack: ..." (require): the first quoted specifier is the one that is missing.
 */
export function missingModuleName(message: string): string | undefined {
  const specifier = /'([^']+)'/.exec(message)?.[1];
  if (specifier === undefined) return undefined;
  const inNodeModules = lastPackageInNodeModules(specifier);
  if (inNodeModules !== undefined) return inNodeModules;
  return pathLike.test(specifier) ? fileName(specifier) : packageOf(specifier);
}

/** From a failed dlopen, which names the .node file in its own words on each platform. */
export function nativeModuleName(message: string): string | undefined {
  return lastPackageInNodeModules(message) ?? /([^\\/\s'"(]+\.node)\b/.exec(message)?.[1];
}
