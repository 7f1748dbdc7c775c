import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';

const HELP = { help: { type: 'boolean', default: false } } as const;

type Values<Options extends ParseArgsOptionsConfig> = ReturnType<
  typeof parseArgs<{ options: Options & typeof HELP; strict: true }>
>['values'];

/**
 * Reads a script's options strictly, `--help` included. Help prints the usage (exit 0); an unknown or
 * malformed option prints the error and the usage (exit 2), so every script answers a mistake alike.
 */
export function parseCli<const Options extends ParseArgsOptionsConfig>(
  name: string,
  usage: string,
  options: Options,
): { values: Values<Options> } | { exit: number } {
  let values: Values<Options>;
  try {
    ({ values } = parseArgs({ options: { ...options, ...HELP }, strict: true }));
  } catch (error) {
    console.error(`${name}: ${(error as Error).message}\n\n${usage}`);
    return { exit: 2 };
  }
  // TypeScript cannot see `help` through the generic values type; it is always there (HELP has a default).
  if ((values as { help?: boolean }).help === true) {
    console.log(usage);
    return { exit: 0 };
  }
  return { values };
}
