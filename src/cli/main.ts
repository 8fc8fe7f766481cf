import fs from 'node:fs';
import path from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import type { Checker } from '../rules/checker.js';
import type { FileResult } from '../report/stylish.js';
import { CHECKED_EXTENSIONS, configFileFor, expandInputs, formatFromPath, PARALLEL_THRESHOLD, readsStandardInput, readTextFile, UsageError } from './files.js';
import { changedLinesFromDiffFile, changedLinesFromGit, type ChangedFiles } from './changed-lines.js';
import type { Lang } from '../language/detect.js';
// The checker, the formatters and the report command are imported when used: `check --jsonl` never loads
// the checker in this thread (its workers do), and `check` never loads the report command.

const EXIT = { pass: 0, failed: 1, usage: 2 } as const;
const VERSION = '0.1.0';

interface CheckOptions {
  format: 'stylish' | 'json' | 'sarif' | 'github';
  failOn?: 'error' | 'warning' | 'info' | 'never';
  maxWarnings?: number;
  locale?: Lang;
  lang: Lang | 'auto';
  config?: string;
  color?: boolean;
  jsonl?: boolean;
  fix?: boolean;
  /** A unified diff (file, or - for standard input): report findings on its added lines only. */
  changedLines?: string;
  /** A git revision: report findings on the lines `git diff <ref>` adds only. */
  diff?: string;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Checks files; returns the exit code. Output goes to stdout, one-line errors to stderr. */
async function check(inputs: string[], options: CheckOptions): Promise<number> {
  const cwd = process.cwd();
  const configFileOf = (file: string | null) => configFileFor(file, options.config, cwd);
  // Batch work (batch.ts, loaded only when needed): configs are validated here first, so errors name the file.
  const batchOptions = { lang: options.lang, ...(options.locale ? { locale: options.locale } : {}), ...(options.failOn ? { failOn: options.failOn } : {}) };
  // JSONL: the configuration is compiled where it is used (workers), which keeps this thread small.
  if (options.fix && (options.jsonl || readsStandardInput(inputs))) throw new UsageError('--fix works on files, not on standard input or --jsonl');
  if (options.jsonl && (options.changedLines !== undefined || options.diff !== undefined)) throw new UsageError('--changed-lines and --diff work on files, not on --jsonl');
  if (options.jsonl) return (await import('./batch.js')).checkJsonl(inputs, batchOptions, configFileOf);
  const [{ assess }, { applyFixes }, { CheckerCache }] = await Promise.all([import('../assess.js'), import('../fix.js'), import('./checkers.js')]);
  const checkers = new CheckerCache(options.failOn, cwd);
  const checkerFor = (file: string | null): Checker => checkers.get(configFileOf(file));
  const validConfigFileOf = (file: string | null) => (checkerFor(file), configFileOf(file));
  const changed = await changedFilesOf(inputs, options, cwd);
  const results: FileResult[] = [];
  let skipped = 0;
  // With a diff and no paths, the files are the ones the diff changed, not standard input.
  const useStdin = !changed && readsStandardInput(inputs);
  const files = useStdin ? [] : changed ? filesInDiff(inputs, changed, cwd) : expandInputs(inputs, cwd);
  if (useStdin) {
    if (inputs.length === 0 && process.stdin.isTTY) throw new UsageError('no input: give files, directories, globs, or - for standard input');
    const text = await readStdin();
    results.push({ file: '<stdin>', assessment: assess(text, { config: checkerFor(null), lang: options.lang, format: 'auto', ...(options.locale ? { locale: options.locale } : {}) }) });
  } else if (files.length > PARALLEL_THRESHOLD && !options.fix) {
    const batch = await (await import('./batch.js')).checkFiles(files, batchOptions, validConfigFileOf, cwd);
    results.push(...batch.results);
    skipped = batch.skipped;
  } else {
    for (const file of files) {
      const assessOptions = { config: checkerFor(file), lang: options.lang, format: formatFromPath(file), ...(options.locale ? { locale: options.locale } : {}) };
      const text = readTextFile(file);
      let assessment = assess(text, assessOptions);
      if (options.fix) {
        // Only fixes marked safe in the rule packs; what remains is reported as usual.
        const { output, applied } = applyFixes(text, assessment.findings);
        if (applied) {
          fs.writeFileSync(file, output);
          assessment = assess(output, assessOptions);
        }
      }
      results.push({ file: path.relative(cwd, file) || file, assessment });
    }
  }
  const color = options.color ?? (process.stdout.isTTY === true && !process.env.NO_COLOR);
  if (changed) {
    const { restrictToChangedLines } = await import('../diff/changed-lines.js');
    // Findings outside the changed lines are left out; the verdict is judged on the rest (scores stay whole).
    for (const result of results) {
      const file = path.resolve(cwd, result.file);
      const checker = checkerFor(file);
      const locale = options.locale ?? checker.locale ?? result.assessment.lang;
      result.assessment = restrictToChangedLines(result.assessment, changed.get(file) ?? [], checker.policy, locale);
    }
  }
  process.stdout.write(await formatReport(results, options, color));
  if (skipped) return EXIT.usage; // unreadable files were skipped (reported on stderr)
  const warnings = results.reduce((n, r) => n + r.assessment.findings.filter((f) => f.severity === 'warning').length, 0);
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) {
    process.stderr.write(`genderlens: ${warnings} warnings, more than --max-warnings ${options.maxWarnings}\n`);
    return EXIT.failed;
  }
  return results.every((r) => r.assessment.verdict.pass) ? EXIT.pass : EXIT.failed;
}

/** The changed lines named by --changed-lines or --diff, or null when neither was given. */
async function changedFilesOf(inputs: string[], options: CheckOptions, cwd: string): Promise<ChangedFiles | null> {
  if (options.changedLines === undefined && options.diff === undefined) return null;
  if (options.changedLines !== undefined && options.diff !== undefined) throw new UsageError('give --changed-lines or --diff, not both');
  if (options.fix) throw new UsageError('--fix rewrites whole files; it does not combine with --changed-lines or --diff');
  if (inputs.includes('-')) throw new UsageError('--changed-lines and --diff check files named in the diff, not standard input');
  if (options.diff !== undefined) return changedLinesFromGit(options.diff, cwd);
  return changedLinesFromDiffFile(options.changedLines!, cwd, readStdin);
}

/** The files to check under a diff: those it changed, narrowed to the given paths when there are any. */
function filesInDiff(inputs: string[], changed: ChangedFiles, cwd: string): string[] {
  const named = inputs.length ? new Set(expandInputs(inputs, cwd)) : null;
  return [...changed.keys()].filter((file) => (named ? named.has(file) : CHECKED_EXTENSIONS.includes(path.extname(file).toLowerCase()) && fs.existsSync(file))).sort();
}

async function formatReport(results: FileResult[], options: CheckOptions, color: boolean): Promise<string> {
  switch (options.format) {
    case 'json':
      return (await import('../report/json.js')).formatJson(results);
    case 'sarif':
      return (await import('../report/sarif.js')).formatSarif(results, VERSION);
    case 'github':
      return (await import('../report/github.js')).formatGithub(results);
    default:
      return (await import('../report/stylish.js')).formatStylish(results, options.locale ?? null, color);
  }
}

function parseCount(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a whole number of 0 or more');
  return n;
}

export async function main(argv: string[]): Promise<number> {
  const program = new Command('genderlens')
    .description('Checks articles against the gender-in-communication indicator set (Vietnamese and English).')
    .version(VERSION)
    .exitOverride()
    .configureOutput({ writeErr: () => {}, writeOut: (s) => process.stdout.write(s) });
  let code: number = EXIT.pass;
  program
    .command('check')
    .description('check Markdown, HTML or text files, directories or globs (- for standard input)')
    .argument('[paths...]', 'files, directories or globs')
    .addOption(new Option('-f, --format <format>', 'report format').choices(['stylish', 'json', 'sarif', 'github']).default('stylish'))
    .addOption(new Option('--fail-on <severity>', 'lowest severity that fails (overrides policy.failOn)').choices(['error', 'warning', 'info', 'never']))
    .addOption(new Option('--max-warnings <n>', 'fail when there are more warnings than this').argParser(parseCount))
    .addOption(new Option('--locale <locale>', 'language of messages').choices(['vi', 'en']))
    .addOption(new Option('--lang <lang>', 'language of the documents').choices(['vi', 'en', 'auto']).default('auto'))
    .option('-c, --config <file>', 'configuration file (default: nearest genderlens.config.json/.yaml)')
    .option('--no-color', 'no colours')
    .option('--color', 'force colours')
    .option('--fix', 'apply the fixes marked safe in the rule packs to the files, then report what remains')
    .option('--changed-lines <diff>', 'report only findings on the lines a unified diff adds (a file, or - for standard input); scores use the whole document')
    .option('--diff <git-ref>', 'report only findings on the lines `git diff <git-ref>` adds; scores use the whole document')
    .option('--jsonl', 'read JSON Lines ({id, text} or {id, title, lead, body, captions}) from the files or stdin; write one JSON result per line')
    .action(async (paths: string[], options: CheckOptions, command: Command) => {
      // --color / --no-color only when given; otherwise colour follows the terminal.
      if (command.getOptionValueSource('color') === 'default') delete options.color;
      code = await check(paths, options);
    });
  // `check` has no use for the report command; every other invocation (report, help, a typo) registers it.
  if (argv[0] !== 'check')
    (await import('./report.js')).registerReportCommand(program, (c) => {
      code = c;
    });
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return EXIT.pass;
      process.stderr.write(`genderlens: ${error.message.replace(/^error: /, '')}\n`);
      return EXIT.usage;
    }
    const [{ ConfigError }, { RulePackError }] = await Promise.all([import('../config/schema.js'), import('../rules/schema.js')]);
    if (error instanceof UsageError || error instanceof ConfigError || error instanceof RulePackError) {
      process.stderr.write(`genderlens: ${error.message}\n`);
      return EXIT.usage;
    }
    process.stderr.write(`genderlens: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT.usage;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  () => {
    process.exitCode = EXIT.usage;
  },
);
