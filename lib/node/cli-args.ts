/**
 * The command line's words for what was typed wrong, for the project's commands (scripts/):
 * Node's parseArgs with its errors turned into one short sentence, and the option values the
 * commands share. A UsageError is exit code 2 in every command.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

export class UsageError extends Error {
  override name = 'UsageError';
}

const message = (error: unknown) => (error instanceof Error ? error.message.split('\n')[0]! : String(error));

/** parseArgs, strict, with positionals; an unknown option or a missing value is a UsageError that names it. */
export function parseCommandLine<O extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: O) {
  try {
    return parseArgs({ args: argv, allowPositionals: true, strict: true, options });
  } catch (error) {
    const code = (error as { code?: string }).code;
    const option = /'(-[^' ]*)/.exec(message(error))?.[1];
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) throw new UsageError(`unknown option ${option}`);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option) throw new UsageError(`${option} needs a value`);
    throw new UsageError(message(error));
  }
}

/** A number of seconds above 0 (or `min` and above), in milliseconds; the fallback when absent. */
export function secondsOption(name: string, value: string | undefined, fallbackMs: number, min: 'above 0' | '0 or more' = 'above 0'): number {
  if (value === undefined) return fallbackMs;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || (min === 'above 0' && n === 0)) throw new UsageError(`${name} must be a number of seconds ${min}, not ${JSON.stringify(value)}`);
  return n * 1000;
}

/** A whole number of 1 or more; the fallback when absent. */
export function countOption(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`${name} must be a whole number of 1 or more, not ${JSON.stringify(value)}`);
  return n;
}

/** An ISO 8601 moment (`--now`), or undefined when absent. */
export function dateOption(name: string, value: string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw new UsageError(`${name} must be an ISO 8601 date, not ${JSON.stringify(value)}`);
  return date;
}
