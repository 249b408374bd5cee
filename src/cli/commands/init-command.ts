import { Command } from 'commander';
import { initWorkspace } from '../../service/init-workspace';
import { setUpGit } from '../../service/teams/git-setup';

export const initCommand = (): Command =>
  new Command('init')
    .description('create an empty workspace in a new or empty folder')
    .argument('<dir>', 'the workspace folder')
    .option('--git', 'share it with git too (as "collate git-setup" does)')
    .action(async (dir: string, options: { git?: boolean }) => {
      const root = await initWorkspace(dir);
      process.stdout.write(`Created an empty Collate workspace in ${root}\n`);
      if (options.git) {
        const setup = await setUpGit(root);
        process.stdout.write(`Set up git in ${setup.repository}: merge driver "collate" and pre-commit hook\n`);
      }
    });
