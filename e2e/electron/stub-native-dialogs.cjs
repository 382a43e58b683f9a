/* global require, process */
// Loaded into the Electron main process with `-r` by app-starts.spec.ts: a native error box waits
// for a click no test can give, so what it would show goes to stderr instead.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- `-r` loads CommonJS, before any ES module.
const { dialog } = require('electron');

dialog.showErrorBox = (title, content) => process.stderr.write(`showErrorBox ${JSON.stringify({ title, content })}\n`);
