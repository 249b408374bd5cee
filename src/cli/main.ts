import { assignCommand } from './commands/assign-command';
import { Command, CommanderError } from 'commander';
import { CollateError } from '../core/collate-error';
import { compareCommand } from './commands/compare-command';
import { exportCommand } from './commands/export-command';
import { importCommand } from './commands/import-command';
import { initCommand } from './commands/init-command';
import { reimportCommand } from './commands/reimport-command';
import { reportCommand } from './commands/report-command';
import { searchCommand } from './commands/search-command';
import { tagCommand } from './commands/tag-command';
import { serveCommand } from './commands/serve-command';
import { suggestCommand } from './commands/suggest-command';
import {
  agreementCommand,
  configCommand,
  foldCommand,
  gitSetupCommand,
  mergeFileCommand,
} from './commands/teams-commands';

export function buildProgram(): Command {
  const program = new Command('collate')
    .description(
      'Compare articles claim by claim: import, annotate, export. Run "collate <command> --help" for details.',
    )
    .showHelpAfterError('(run "collate --help" for the commands)')
    .exitOverride();
  program.addCommand(initCommand());
  program.addCommand(importCommand());
  program.addCommand(reimportCommand());
  program.addCommand(exportCommand());
  program.addCommand(reportCommand());
  program.addCommand(suggestCommand());
  program.addCommand(compareCommand());
  program.addCommand(searchCommand());
  program.addCommand(serveCommand());
  for (const command of [
    assignCommand(),
    tagCommand(),
    agreementCommand(),
    configCommand(),
    gitSetupCommand(),
    foldCommand(),
    mergeFileCommand(),
  ])
    program.addCommand(command);
  return program;
}

/** Runs the CLI; every expected failure prints one line naming the file and the problem, exit 1. */
export async function main(argv: string[]): Promise<number> {
  try {
    await buildProgram().parseAsync(argv, { from: 'user' });
    return process.exitCode === undefined ? 0 : Number(process.exitCode);
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    const message = error instanceof CollateError || error instanceof Error ? error.message : String(error);
    process.stderr.write(`collate: ${message}\n`);
    return 1;
  }
}
