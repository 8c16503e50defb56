// An option given without its value, or with one it does not take, in Factdesk's words: Node's
// parseArgs says it in its own ("Option '--note' argument is ambiguous."), which names no way out.

/** An option as parseArgs read it (its `tokens`), leniently: the value is whatever followed it. */
export interface OptionToken {
  readonly name: string;
  readonly rawName: string;
  readonly value?: string | undefined;
  readonly inlineValue?: boolean | undefined;
}

/**
 * What is wrong with how `token`'s value is given, or null. A string option needs a value, and one
 * that starts with a dash only as `--name=-x` (else it is the next option); a switch takes none.
 */
export function valueMistake(token: OptionToken, type: 'string' | 'boolean'): string | null {
  if (type === 'boolean') {
    return token.inlineValue ? `${token.rawName} takes no value, not "${token.value}".` : null;
  }
  if (token.value === undefined) return `${token.rawName} needs a value.`;
  if (!token.inlineValue && token.value.length > 1 && token.value.startsWith('-')) {
    return `${token.rawName} needs a value; to start a value with a dash, write --${token.name}=-x.`;
  }
  return null;
}

/** A parseArgs error as one Factdesk sentence, whatever Node's message says. */
export function parserSentence(error: unknown): string {
  const { code, message = '' } = (error ?? {}) as { code?: string; message?: string };
  const quoted = /'([^' ,]+)/.exec(message)?.[1];
  const option = quoted ?? 'An option';
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `${option} is not an option of any factdesk command.`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return message.includes('does not take an argument')
        ? `${option} takes no value.`
        : `${option} needs a value.`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `"${quoted ?? ''}" is one argument too many.`;
    default:
      return 'The command line cannot be read: check its options and their values.';
  }
}
