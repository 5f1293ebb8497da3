// `npm run bench`: every benchmark, each printing ratios against a baseline run in the same process.
// `npm run bench -- calls` (or `core`, `models`, `webview`) runs one suite.
import { run as calls } from './calls';
import { run as core } from './core';
import { run as models } from './models';
import { run as webview } from './webview';

const only = process.argv[2];
if (!only || only === 'core') core();
if (!only || only === 'calls') calls();
if (!only || only === 'models') models();
if (!only || only === 'webview') webview();
