import { join } from 'node:path';
import ts from 'typescript';

/**
 * `node --import tsx type-check-snippets.ts <project> <file>...`: the type errors of those files of
 * the project (not of what they import), one JSON array on stdout. A child process, so the test
 * runs the snippets meanwhile.
 */
export interface SnippetDiagnostic {
  path: string;
  /** 1-based. */
  line: number;
  code: number;
  text: string;
}

const [project = '.', ...paths] = process.argv.slice(2);
const parsed = ts.getParsedCommandLineOfConfigFile(
  join(project, 'tsconfig.json'),
  {},
  {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
      throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
    },
  },
);
if (!parsed) throw new Error(`No tsconfig.json in ${project}`);
const program = ts.createProgram({ rootNames: parsed.fileNames, options: parsed.options });
const diagnostics: SnippetDiagnostic[] = paths.flatMap((path) => {
  const source = program.getSourceFile(path);
  if (!source) return [{ path, line: 0, code: 0, text: 'not part of the program' }];
  return ts.getPreEmitDiagnostics(program, source).map((diagnostic) => ({
    path,
    line: source.getLineAndCharacterOfPosition(diagnostic.start ?? 0).line + 1,
    code: diagnostic.code,
    text: ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'),
  }));
});
process.stdout.write(JSON.stringify(diagnostics));
