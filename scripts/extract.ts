/**
 * CLI: `npm run --silent extract -- [--format json|text] FILE`
 * `.txt` (or any text file) is read as posting text; `.html` goes through page detection
 * (`scripts/html.ts`, a DOM built in Node). Errors are one line on stderr and exit code 1.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { extract } from '../lib/extract';
import { type ExtractInput, Extraction } from '../lib/schema';
import { summarize } from './summary';

const USAGE = 'usage: extract [--format json|text] [--url URL] FILE';
const MAX_BYTES = 20 * 1024 * 1024;

class CliError extends Error {}

interface Args {
  format: 'json' | 'text';
  /** Where an .html file was saved from, so site adapters match; defaults to the file's URL. */
  url: string | null;
  file: string;
}

function parseArgs(argv: string[]): Args {
  let format: Args['format'] = 'text';
  let url: string | null = null;
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
  return { format, url, file: files[0] as string };
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

/** `.html` → the same detection the content script runs, through scripts/html.ts. */
async function htmlInput(html: string, file: string, url: string | null): Promise<ExtractInput> {
  const modulePath = join(dirname(fileURLToPath(import.meta.url)), 'html.ts');
  if (!existsSync(modulePath))
    throw new CliError('HTML input is not available yet (scripts/html.ts)');
  const mod: unknown = await import(pathToFileURL(modulePath).href);
  const capture = (mod as { captureFromHtml?: unknown }).captureFromHtml;
  if (typeof capture !== 'function') throw new CliError('scripts/html.ts has no captureFromHtml');
  const result: unknown = capture(html, url ?? pathToFileURL(file).href);
  const c = result as {
    text?: unknown;
    jsonLd?: unknown;
    title?: unknown;
    company?: unknown;
    location?: unknown;
    url?: unknown;
  } | null;
  if (!c || typeof c.text !== 'string' || c.text.trim() === '') {
    throw new CliError(`no job posting found in ${file}`);
  }
  let jsonLd: Record<string, unknown> | null = null;
  if (typeof c.jsonLd === 'string') {
    const parsed: unknown = JSON.parse(c.jsonLd);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
      jsonLd = parsed as Record<string, unknown>;
    }
  }
  const s = (v: unknown) => (typeof v === 'string' ? v : null);
  return {
    text: c.text,
    jsonLd,
    meta: { title: s(c.title), company: s(c.company), location: s(c.location), url: s(c.url) },
  };
}

async function main(argv: string[]): Promise<void> {
  const args = parseArgs(argv);
  const content = readText(args.file);
  const ext = extname(args.file).toLowerCase();
  const input =
    ext === '.html' || ext === '.htm'
      ? await htmlInput(content, args.file, args.url)
      : { text: content };
  // Parsing guarantees the output is exactly the contract, nothing more.
  const result = Extraction.parse(extract(input));
  process.stdout.write(
    args.format === 'json' ? `${JSON.stringify(result, null, 2)}\n` : summarize(result),
  );
}

main(process.argv.slice(2)).catch((err: unknown) => {
  const message =
    err instanceof CliError
      ? err.message
      : `failed: ${err instanceof Error ? err.message : String(err)}`;
  process.stderr.write(`extract: ${message.split('\n')[0]}\n`);
  process.exitCode = 1;
});
