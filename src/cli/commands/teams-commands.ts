import { Command } from 'commander';
import { foldWorkspace } from '../../service/teams/fold-workspace';
import { setUpGit } from '../../service/teams/git-setup';
import { mergeFile } from '../../service/teams/merge-file';
import {
  agreementTable,
  roundedAgreement,
  workspaceAgreement,
  type AgreementOptions,
} from '../../service/teams/workspace-agreement';
import { WorkspaceService } from '../../service/workspace-service';
import { resolveAnnotator, setUserAnnotator, userConfigFile } from '../../service/teams/user-config';

export const configCommand = (): Command =>
  new Command('config')
    .description('per-user settings; "collate config annotator <name>" sets who you are (COLLATE_ANNOTATOR wins)')
    .argument('<key>', 'the setting: annotator')
    .argument('[value]', 'the new value; without it the current value is printed')
    .action(async (key: string, value: string | undefined) => {
      if (key !== 'annotator') throw new Error(`There is no setting "${key}"; the settings are: annotator.`);
      if (value === undefined) process.stdout.write(`${await resolveAnnotator()}\n`);
      else process.stdout.write(`Annotator set to ${await setUserAnnotator(value)} in ${userConfigFile()}\n`);
    });

export const gitSetupCommand = (): Command =>
  new Command('git-setup')
    .description(
      'share a workspace with git: .gitignore, .gitattributes, merge driver and pre-commit hook (run it in every clone)',
    )
    .argument('<dir>', 'the workspace folder')
    .action(async (dir: string) => {
      const setup = await setUpGit(dir);
      const repo = setup.created ? `a new git repository in ${setup.repository}` : `the repository ${setup.repository}`;
      process.stdout.write(`Set up ${repo}: merge driver "collate" and pre-commit hook ${setup.hook}\n`);
    });

export const foldCommand = (): Command =>
  new Command('fold')
    .description('fold every journal into its file, so a commit holds complete files')
    .argument('<dir>', 'the workspace folder')
    .action(async (dir: string) => {
      const { problems } = await foldWorkspace(dir);
      for (const problem of problems) process.stderr.write(`collate: ${problem}\n`);
    });

export const mergeFileCommand = (): Command =>
  new Command('merge-file')
    .description("git's merge driver for workspace files (merge.collate.driver): writes the merge into <ours>")
    .argument('<base>')
    .argument('<ours>')
    .argument('<theirs>')
    .action(async (base: string, ours: string, theirs: string) => {
      const conflicts = await mergeFile(base, ours, theirs);
      for (const conflict of conflicts) process.stderr.write(`collate merge: ${conflict}\n`);
    });

const list = (value: string): string[] =>
  value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

export const agreementCommand = (): Command =>
  new Command('agreement')
    .description("inter-annotator agreement per label: Cohen's kappa and span F1 per pair, Krippendorff's alpha")
    .argument('<dir>', 'the workspace folder')
    .option('--labels <labels>', 'comma-separated labels (default: every label annotated)', list)
    .option('--documents <ids>', 'comma-separated document ids (default: all)', list)
    .option('--annotators <names>', 'comma-separated annotators (default: every author of a span)', list)
    .option('--json', 'print JSON, figures rounded to 3 decimals')
    .action(async (dir: string, flags: AgreementOptions & { json?: boolean }) => {
      const service = await WorkspaceService.open(dir, { readOnly: true });
      try {
        const agreement = await workspaceAgreement(service, flags);
        process.stdout.write(
          flags.json ? `${JSON.stringify(roundedAgreement(agreement))}\n` : agreementTable(agreement),
        );
      } finally {
        service.close();
      }
    });
