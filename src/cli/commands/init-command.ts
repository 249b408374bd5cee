import { Command } from 'commander';
import { initWorkspace } from '../../service/init-workspace';

export const initCommand = (): Command =>
  new Command('init')
    .description('create an empty workspace in a new or empty folder')
    .argument('<dir>', 'the workspace folder')
    .action(async (dir: string) => {
      const root = await initWorkspace(dir);
      process.stdout.write(`Created an empty Collate workspace in ${root}\n`);
    });
