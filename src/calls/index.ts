// The call reader: what activation call is at an offset in Python, JS/TS or Julia source, with which library's
// definition and parameters, and its value. Pure (imports only src/core); never evaluates code, never throws.
import { describe, type CallDescription, type DescribeOptions } from './describe';

export type { CallDescription, DescribeOptions, Library } from './describe';
export type { CallAlternative } from './evaluate';
export type { Framework } from '../core/frameworks';
export { clearImportCache } from './imports';
export { clearScanCache } from './scan';
export { DEFAULT_MAX_SITES, describeCallsIn, type CallsInRange } from './inRange';

/**
 * The recognised activation call at `offset` (on its callee or inside its argument lists; the innermost
 * wins), or undefined. Bad input of any kind gives undefined, never an exception.
 */
export function describeCallAt(
  text: string,
  offset: number,
  languageId: string,
  options?: DescribeOptions,
): CallDescription | undefined {
  try {
    return describe(text, offset, languageId, options ?? {});
  } catch {
    return undefined;
  }
}
