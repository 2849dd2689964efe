import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runScript } from '../../support/child-processes.js';
import type { Snippet } from './extract-snippets.js';
import type { SnippetDiagnostic } from './type-check-snippets.js';

const repository = fileURLToPath(new URL('../../..', import.meta.url));

/** A snippet written out as a module: its file name, and how its lines map back to the README. */
export interface SnippetFile {
  snippet: Snippet;
  path: string;
  /** Lines of prelude before the snippet's first line. */
  offset: number;
}

/**
 * A throwaway project outside the repository, as a user's would be: the repository's
 * node_modules, a tsconfig extending the repository's (its `paths` name the workspace packages by
 * their source), ESM. Snippets are written into it as modules, prelude + snippet + epilogue.
 */
export function createSnippetProject() {
  const directory = mkdtempSync(join(tmpdir(), 'readme-snippets-'));
  symlinkSync(join(repository, 'node_modules'), join(directory, 'node_modules'), 'dir');
  writeFileSync(join(directory, 'package.json'), JSON.stringify({ type: 'module', private: true }));
  const tsconfig = {
    extends: join(repository, 'tsconfig.json'),
    compilerOptions: { jsx: 'react-jsx', noUnusedLocals: false },
    include: ['*.ts', '*.tsx'],
  };
  writeFileSync(join(directory, 'tsconfig.json'), JSON.stringify(tsconfig));
  let count = 0;
  return {
    directory,
    write(snippet: Snippet, prelude: string, epilogue: string): SnippetFile {
      count += 1;
      const extension = snippet.language === 'tsx' ? 'tsx' : 'ts';
      const path = join(directory, `snippet-${count}.${extension}`);
      writeFileSync(path, `${prelude}\n${snippet.code}\n${epilogue}\n`);
      return { snippet, path, offset: prelude.split('\n').length };
    },
    /** Type errors in the snippets (not in the prelude or the repository), as `README.md:12: TS2304 …`. */
    async typeErrors(files: SnippetFile[]): Promise<string[]> {
      const output = await runScript(fileURLToPath(new URL('./type-check-snippets.ts', import.meta.url)), {
        args: [directory, ...files.map(({ path }) => path)],
      });
      const diagnostics = JSON.parse(output) as SnippetDiagnostic[];
      return diagnostics.map(({ path, line, code, text }) => {
        const file = files.find((candidate) => candidate.path === path);
        if (!file) return `${path}:${line}: TS${code} ${text}`;
        const where = line - file.offset;
        return where >= 1 && where <= file.snippet.code.split('\n').length
          ? `${file.snippet.file}:${file.snippet.line + where - 1}: TS${code} ${text}`
          : `${file.snippet.id} (harness line ${line}): TS${code} ${text}`;
      });
    },
    remove: () => rmSync(directory, { recursive: true, force: true }),
  };
}
