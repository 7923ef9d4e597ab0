/**
 * CLI: `npm run --silent extract -- [--format json|text] [--url URL] [--profile PROFILE.json] FILE`
 * `.txt` (or any text file) is read as posting text; `.html` goes through page detection
 * (`scripts/html.ts`, a DOM built in Node). Errors are one line on stderr and exit code 1.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { fitReason, fitWhy } from '../components/text/fit';
import { extract } from '../lib/extract';
import { inputFromCapture } from '../lib/extract/pipeline/input';
import { checkFit } from '../lib/fit';
import { type ExtractInput, Extraction, Profile } from '../lib/schema';
import { captureFromHtml } from './html';
import { summarize } from './summary';

const USAGE = 'usage: extract [--format json|text] [--url URL] [--profile PROFILE.json] FILE';
const MAX_BYTES = 20 * 1024 * 1024;

class CliError extends Error {}

interface Args {
  format: 'json' | 'text';
  /** Where an .html file was saved from, so site adapters match; defaults to the file's URL. */
  url: string | null;
  /** A candidate profile (JSON, see README) to check the posting's fit against. */
  profile: string | null;
  file: string;
}

function parseArgs(argv: string[]): Args {
  let format: Args['format'] = 'text';
  let url: string | null = null;
  let profile: string | null = null;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--format' || a.startsWith('--format=')) {
      const value = a === '--format' ? argv[++i] : a.slice('--format='.length);
      if (value !== 'json' && value !== 'text')
        throw new CliError(`bad --format: ${value ?? '(missing)'}; ${USAGE}`);
      format = value;
    } else if (a === '--url' || a.startsWith('--url=')) {
      const value = a === '--url' ? argv[++i] : a.slice('--url='.length);
      if (!value || !/^https?:\/\//i.test(value)) {
        throw new CliError(`bad --url: ${value ?? '(missing)'}; ${USAGE}`);
      }
      url = value;
    } else if (a === '--profile' || a.startsWith('--profile=')) {
      const value = a === '--profile' ? argv[++i] : a.slice('--profile='.length);
      if (!value) throw new CliError(`--profile needs a file; ${USAGE}`);
      profile = value;
    } else if (a === '--help' || a === '-h') {
      throw new CliError(USAGE);
    } else if (a.startsWith('-')) {
      throw new CliError(`unknown flag ${a}; ${USAGE}`);
    } else {
      files.push(a);
    }
  }
  if (files.length !== 1)
    throw new CliError(
      files.length === 0 ? `no file given; ${USAGE}` : `one file at a time; ${USAGE}`,
    );
  return { format, url, profile, file: files[0] as string };
}

/** Reads a text file, refusing what is missing, empty, huge or binary. */
function readText(file: string): string {
  if (!existsSync(file)) throw new CliError(`no such file: ${file}`);
  const stat = statSync(file);
  if (!stat.isFile()) throw new CliError(`not a file: ${file}`);
  if (stat.size > MAX_BYTES) throw new CliError(`file too large (${stat.size} bytes): ${file}`);
  const bytes = readFileSync(file);
  if (bytes.subarray(0, 8192).includes(0))
    throw new CliError(`binary file, expected text or HTML: ${file}`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new CliError(`not UTF-8 text: ${file}`);
  }
  if (text.trim().length === 0) throw new CliError(`empty file: ${file}`);
  return text;
}

/** `.html` → the same detection the content script runs, on a DOM built in Node. */
function htmlInput(html: string, file: string, url: string | null): ExtractInput {
  const capture = captureFromHtml(html, url ?? pathToFileURL(file).href);
  if (!capture) throw new CliError(`no job posting found in ${file}`);
  return inputFromCapture(capture);
}

/** Reads and validates a profile file; errors name the file and the first bad field. */
function readProfile(file: string): Profile {
  let json: unknown;
  try {
    json = JSON.parse(readText(file));
  } catch (err) {
    if (err instanceof CliError) throw err;
    throw new CliError(`profile is not valid JSON: ${file}`);
  }
  const parsed = Profile.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join('.') || '(top level)';
    throw new CliError(`bad profile ${file}: ${where}: ${issue?.message ?? 'invalid'}`);
  }
  return parsed.data;
}

function main(argv: string[]): Promise<void> {
  return Promise.resolve().then(() => run(argv));
}

function run(argv: string[]): void {
  const args = parseArgs(argv);
  const profile = args.profile ? readProfile(args.profile) : null;
  const content = readText(args.file);
  const ext = extname(args.file).toLowerCase();
  const input =
    ext === '.html' || ext === '.htm' ? htmlInput(content, args.file, args.url) : { text: content };
  // Parsing guarantees the output is exactly the contract, nothing more.
  const result = Extraction.parse(extract(input));
  const fit = profile ? fitOutput(checkFit(profile, result)) : undefined;
  process.stdout.write(
    args.format === 'json'
      ? `${JSON.stringify(fit ? { ...result, fit } : result, null, 2)}\n`
      : summarize(result, fit),
  );
}

/**
 * The fit report as the CLI prints it: `items` in the order of `requirements`, each reason written
 * by the same formatter as the screens, beside its code.
 */
function fitOutput(r: ReturnType<typeof checkFit>) {
  return {
    score: r.score,
    why: fitWhy(r.why),
    requiredMet: r.requiredMet,
    requiredTotal: r.requiredTotal,
    preferredMet: r.preferredMet,
    preferredTotal: r.preferredTotal,
    dealbreakers: r.dealbreakers.map(fitReason),
    items: r.items.map(({ status, reason }) => ({
      status,
      code: reason.code,
      reason: fitReason(reason),
    })),
    facts: r.facts.map(({ reason, ...fact }) => ({
      ...fact,
      code: reason.code,
      reason: fitReason(reason),
    })),
  };
}

main(process.argv.slice(2)).catch((err: unknown) => {
  const message =
    err instanceof CliError
      ? err.message
      : `failed: ${err instanceof Error ? err.message : String(err)}`;
  process.stderr.write(`extract: ${message.split('\n')[0]}\n`);
  process.exitCode = 1;
});
