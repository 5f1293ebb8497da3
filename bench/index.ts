// `npm run bench`: every benchmark, each printing ratios against a baseline run in the same process.
import { run as calls } from './calls';
import { run as core } from './core';
import { run as webview } from './webview';

core();
calls();
webview();
