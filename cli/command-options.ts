import { parseArgs } from 'node:util';
import { UsageError } from './cli-error';
import { parserSentence, valueMistake } from './option-mistakes';

/**
 * Every option of the command line, with its type, once. Commands name the ones they take in the
 * command table (commands.ts); an option no command names is refused like a misspelt one.
 */
export const optionTypes = {
  title: { type: 'string' },
  text: { type: 'string' },
  'allow-duplicate': { type: 'boolean' },
  json: { type: 'boolean' },
  status: { type: 'string', multiple: true },
  note: { type: 'string' },
  by: { type: 'string' },
  url: { type: 'string' },
  file: { type: 'string' },
  publisher: { type: 'string' },
  stance: { type: 'string' },
  quote: { type: 'string' },
  locator: { type: 'string' },
  date: { type: 'string' },
  'archived-url': { type: 'string' },
  confidential: { type: 'boolean' },
  format: { type: 'string' },
  output: { type: 'string', short: 'o' },
  'no-notes': { type: 'boolean' },
  'with-draft': { type: 'boolean' },
  document: { type: 'string', multiple: true },
  org: { type: 'string' },
  'base-url': { type: 'string' },
  claim: { type: 'string' },
  'include-confidential': { type: 'boolean' },
  'passphrase-file': { type: 'string' },
  remote: { type: 'string' },
  'token-file': { type: 'string' },
  email: { type: 'string' },
  language: { type: 'string' },
  clear: { type: 'boolean' },
  withdraw: { type: 'boolean' },
  undo: { type: 'boolean' },
  history: { type: 'boolean' },
  in: { type: 'string', multiple: true },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const satisfies Record<string, { type: 'string' | 'boolean'; multiple?: boolean; short?: string }>;

export type OptionName = keyof typeof optionTypes;

type ValueOf<D> = D extends { type: 'boolean' } ? boolean : D extends { multiple: true } ? string[] : string;

/** The parsed values of the options `N`, each absent when not given. */
export type OptionValues<N extends OptionName> = { readonly [K in N]?: ValueOf<(typeof optionTypes)[K]> };

/** What the parser needs to know of a command. */
export interface CommandShape {
  /** The words that name it: `["mark"]`, `["citations", "export"]`. */
  readonly words: readonly string[];
  /**
   * How many positional arguments it takes, and how a sentence names them when too few are given
   * (`needs`: "DIR, CLAIM_ID and STATUS") or too many (`takes`, else `needs`).
   */
  readonly positionals: {
    readonly min: number;
    readonly max: number;
    readonly needs: string;
    readonly takes?: string;
  };
  readonly options: readonly OptionName[];
}

/** One command line, read: the command, its positional arguments and its options' values. */
export interface ParsedCommand<C extends CommandShape> {
  readonly command: C;
  readonly args: string[];
  readonly values: Partial<Record<OptionName, string | boolean | string[]>>;
}

/** The options every command line takes, command or not: they print something and stop. */
const everywhere: readonly OptionName[] = ['help', 'version'];

/**
 * Reads `argv` against the command table: the command is named by the first words that are not
 * options; every option must be one that command takes. An unknown or misplaced option, a missing
 * or extra argument, is a UsageError (exit code 2) whose sentence says which. `--help` and
 * `--version` (anywhere) ask for the usage or the version instead.
 */
export function parseCommandLine<C extends CommandShape>(
  argv: readonly string[],
  commands: readonly C[],
): ParsedCommand<C> | 'help' | 'version' {
  argv = withDashValues(argv);
  // Options may come anywhere, so first tell option values from positionals with every option known.
  let tokens;
  try {
    tokens = parseArgs({
      args: [...argv],
      options: optionTypes,
      strict: false,
      allowPositionals: true,
      tokens: true,
    }).tokens;
  } catch (error) {
    throw new UsageError(parserSentence(error));
  }
  const asked = (option: OptionName) =>
    tokens.some((token) => token.kind === 'option' && token.name === option);
  if (asked('help')) return 'help';
  if (asked('version')) return 'version';
  const words = tokens.flatMap((token) => (token.kind === 'positional' ? [token.value] : []));
  if (words.length === 0) {
    const option = tokens.find((token) => token.kind === 'option');
    if (option?.kind === 'option')
      throw new UsageError(withoutCommand(option.rawName, option.name, commands));
    return 'help';
  }
  if (words[0] === 'help') return 'help';
  const command = commands.find((entry) => entry.words.every((word, index) => words[index] === word));
  if (!command) {
    const family = commands.filter((entry) => entry.words[0] === words[0]);
    if (family.length > 0) {
      const subs = family.map((entry) => entry.words.slice(1).join(' '));
      const given = words[1] === undefined ? 'nothing' : `"${words[1]}"`;
      throw new UsageError(`${words[0]} needs ${subs.join(' or ')}, not ${given}.`);
    }
    throw new UsageError(`"${words[0]}" is not a factdesk command.`);
  }
  const name = command.words.join(' ');
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const option = token.name as OptionName;
    if (everywhere.includes(option)) continue;
    if (command.options.includes(option)) {
      const mistake = valueMistake(token, optionTypes[option].type);
      if (mistake) throw new UsageError(mistake);
      continue;
    }
    const owners = commands.filter((entry) => entry.options.includes(option));
    if (!(option in optionTypes) || owners.length === 0)
      throw new UsageError(`${token.rawName} is not an option of ${name}, nor of any factdesk command.`);
    const where = owners.map((entry) => entry.words.join(' ')).join(', ');
    throw new UsageError(`${token.rawName} is not an option of ${name}; it belongs to ${where}.`);
  }
  // Then strictly, with this command's options only: any mistake left is caught there.
  const own = Object.fromEntries(
    [...everywhere, ...command.options].map((option) => [option, optionTypes[option]]),
  );
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: own, strict: true, allowPositionals: true });
  } catch (error) {
    throw new UsageError(parserSentence(error));
  }
  const args = parsed.positionals.slice(command.words.length);
  const { min, max, needs, takes = needs } = command.positionals;
  if (args.length < min) throw new UsageError(`${name} needs ${needs}.`);
  if (args.length > max) {
    const extra = args[max]!;
    throw new UsageError(
      max === 0
        ? `${name} takes no argument; "${extra}" is one too many.`
        : `${name} takes ${takes}; "${extra}" is one too many.`,
    );
  }
  return { command, args, values: parsed.values as ParsedCommand<C>['values'] };
}

/**
 * `--note "-2+3"` as `--note=-2+3`: a value that starts with a dash but is no option of the command
 * line (a note, a negative figure) belongs to the option before it. Node's parser refuses it as
 * ambiguous; a checker means the value. `--note --by X` still leaves `--note` without its value.
 */
function withDashValues(argv: readonly string[]): readonly string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      out.push(...argv.slice(i));
      break;
    }
    const name = arg.startsWith('--') && !arg.includes('=') ? arg.slice(2) : null;
    const next = argv[i + 1];
    const takesValue = name !== null && optionTypes[name as OptionName]?.type === 'string';
    if (takesValue && next !== undefined && next.startsWith('-') && next !== '-' && !isOptionToken(next)) {
      out.push(`${arg}=${next}`);
      i++;
    } else {
      out.push(arg);
    }
  }
  return out;
}

const shortNames = new Set<string>(
  Object.values(optionTypes).flatMap((type) => ('short' in type ? [type.short] : [])),
);

/** True for `--name`, `--name=…`, `-h`, `-o`, `-v` and `--`: what the command line reads as an option. */
function isOptionToken(arg: string): boolean {
  if (arg === '--') return true;
  if (arg.startsWith('--')) return arg.slice(2).split('=')[0]! in optionTypes;
  return arg.length === 2 && arg.startsWith('-') && shortNames.has(arg[1]!);
}

/** The sentence for an option given with no command: one no command has, or one of some commands. */
function withoutCommand(rawName: string, name: string, commands: readonly CommandShape[]): string {
  const owners = commands.filter((entry) => entry.options.includes(name as OptionName));
  if (owners.length === 0) return `${rawName} is not an option of any factdesk command.`;
  const where = owners.map((entry) => entry.words.join(' ')).join(', ');
  return `${rawName} needs a command: it is an option of ${where}.`;
}
