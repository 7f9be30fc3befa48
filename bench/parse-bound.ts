// Issue 18, class 3: how long the parser (micromark via remark-parse + remark-mdx + remark-gfm,
// the stack of the checker and of @astrojs/mdx) takes on the worst body shapes found, at the
// bounds of src/content-check/bounds.ts (largest body, most marks per paragraph, deepest
// nesting, most list items). Prints one row per shape; the worst figure goes in the staff guide.
// Usage: npx tsx bench/parse-bound.ts [--over]   (--over: the same shapes 4× over a bound, refused)
import { parseMdx } from '../src/content-check/mdx';
import { MAX_BODY_CHARS, MAX_BRACKETS_PER_PARAGRAPH, MAX_CONTAINER_MARKS, MAX_MARKS_PER_PARAGRAPH, MAX_NESTING, bodyBoundProblem } from '../src/content-check/bounds';

const scale = process.argv.includes('--over') ? 4 : 1;
/** Paragraphs of `paragraph`, separated by blank lines, up to the body limit. */
const fill = (paragraph: string) => {
  const out: string[] = [];
  for (let n = 0; n + paragraph.length + 2 <= MAX_BODY_CHARS * scale; n += paragraph.length + 2) out.push(paragraph);
  return out.join('\n\n');
};
const marks = (unit: string, perUnit: number) => unit.repeat(Math.floor((MAX_MARKS_PER_PARAGRAPH * scale) / perUnit));
const lists = (line: (i: number) => string) => Array.from({ length: Math.floor((MAX_CONTAINER_MARKS * scale) / MAX_NESTING) }, (_, i) => line(i)).join('\n');
const SHAPES: Record<string, string> = {
  'emphasis openers then closers (*_a … a_*)': fill(marks('*_a ', 4) + marks('a_* ', 4)),
  'unclosed mixed (*a_)': fill(marks('*a_', 2)),
  'runs of *_': fill(marks('*_', 2) + 'a'),
  'nested emphasis (*a **b)': fill(marks('*a **b ', 3)),
  'strike-through runs (~~a)': fill(marks('~~a', 2)),
  'brackets ([a]()': fill('[a]('.repeat(Math.floor((MAX_BRACKETS_PER_PARAGRAPH * scale) / 2))),
  'runs of [': fill('['.repeat(MAX_BRACKETS_PER_PARAGRAPH * scale)),
  'backticks (`a``)': fill('`a``'.repeat(Math.floor((MAX_BRACKETS_PER_PARAGRAPH * scale) / 3))),
  'escaped < (\\<a)': fill('\\<a'.repeat(MAX_BRACKETS_PER_PARAGRAPH * scale)),
  'deep lists (- - … a)': lists(() => '- '.repeat(MAX_NESTING) + 'a *b* [c](/d/)'),
  'deep lists by indentation': lists((i) => '  '.repeat(i % MAX_NESTING) + '- a **b**'),
  'quotes and lists (> - > - a)': lists(() => '> - '.repeat(MAX_NESTING / 2) + 'a'),
  'deep quotes (> > … a)': lists(() => '> '.repeat(MAX_NESTING) + 'a\n'),
  'many quotes (> a)': Array.from({ length: MAX_CONTAINER_MARKS * scale }, () => '> a *b*').join('\n\n'),
  'many list items (- a)': Array.from({ length: MAX_CONTAINER_MARKS * scale }, () => '- a **b** [c](/d/)').join('\n'),
};

parseMdx('*a* [b](/c/)'); // warm up
let worst = 0;
console.log(`bounds: ${MAX_BODY_CHARS} characters, ${MAX_MARKS_PER_PARAGRAPH} marks and ${MAX_BRACKETS_PER_PARAGRAPH} brackets a paragraph, nesting ${MAX_NESTING}, ${MAX_CONTAINER_MARKS} list items and quote marks${scale > 1 ? ` (shapes ${scale}× over)` : ''}`);
console.log('| shape | characters | verdict | parse s |\n| --- | ---: | --- | ---: |');
for (const [name, body] of Object.entries(SHAPES)) {
  const problem = bodyBoundProblem(body);
  const started = performance.now();
  const check = performance.now();
  if (!problem) {
    try {
      parseMdx(body);
    } catch {
      // a syntax error is a verdict too; the time is what counts here
    }
  }
  const seconds = (performance.now() - started) / 1000;
  worst = Math.max(worst, seconds);
  console.log(`| ${name} | ${body.length} | ${problem ? `refused in ${((check - started) * 1000).toFixed(1)} ms` : 'within the bounds'} | ${problem ? '–' : seconds.toFixed(2)} |`);
}
console.log(`worst parse within the bounds: ${worst.toFixed(2)} s`);
