/** A fenced code block of a Markdown file, named by the heading it sits under. */
export interface Snippet {
  /** `README.md › QA: the mocks › 1`: the file, the nearest heading, the block's rank under it. */
  id: string;
  file: string;
  language: string;
  /** The 1-based line of the block's first code line in `file`. */
  line: number;
  code: string;
}

/** Every fenced block (```lang … ```) of a Markdown text, in order. */
export function extractSnippets(file: string, markdown: string): Snippet[] {
  const snippets: Snippet[] = [];
  const ranks = new Map<string, number>();
  let heading = '(top)';
  let open: { language: string; line: number; lines: string[] } | null = null;
  for (const [index, line] of markdown.split('\n').entries()) {
    const fence = /^```\s*([\w-]*)\s*$/.exec(line);
    if (open) {
      if (!fence) {
        open.lines.push(line);
        continue;
      }
      const rank = (ranks.get(heading) ?? 0) + 1;
      ranks.set(heading, rank);
      snippets.push({
        id: `${file} › ${heading} › ${rank}`,
        file,
        language: open.language,
        line: open.line,
        code: `${open.lines.join('\n')}\n`,
      });
      open = null;
      continue;
    }
    if (fence) open = { language: fence[1] ?? '', line: index + 2, lines: [] };
    const title = /^#{1,6}\s+(.+?)\s*$/.exec(line);
    if (title) heading = title[1] ?? heading;
  }
  if (open) throw new Error(`${file}:${open.line - 1}: a code fence is never closed`);
  return snippets;
}
