import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The seed article, and revised drafts of it as an editor would make them (unit and e2e tests share them). */
export const original = readFileSync(
  join(process.cwd(), 'resources', 'samples', 'nato-belarus-2022.txt'),
  'utf8',
);

function paragraphOf(text: string, part: string): string {
  const at = text.indexOf(part);
  if (at < 0) throw new Error(`The sample no longer holds "${part}".`);
  const start = text.lastIndexOf('\n', at) + 1;
  const end = text.indexOf('\n', at);
  return text.slice(start, end < 0 ? text.length : end + 1);
}

function replaceOnce(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`The sample no longer holds "${from}".`);
  return text.replace(from, to);
}

/** The "Amid tensions" paragraph moved up to follow the headline, and the troop numbers after it. */
export function movedParagraphs(text = original): string {
  const amid = paragraphOf(text, 'Amid tensions with Russia');
  const troops = paragraphOf(text, 'Some 13,000 soldiers');
  const without = text.replace(amid, '').replace(troops, '');
  const headlineEnd = without.indexOf('\n') + 1;
  return `${without.slice(0, headlineEnd)}\n${amid}\n${troops}${without.slice(headlineEnd)}`;
}

/** The figure 13,000 corrected to 30,000. */
export function changedFigure(text = original): string {
  return replaceOnce(text, 'Some 13,000 soldiers', 'Some 30,000 soldiers');
}

/** The sentence with "two worrying scenarios" deleted. */
export function deletedSentence(text = original): string {
  return replaceOnce(
    text,
    'Although NATO is careful to make predictions about possible Russian actions, they do point to two worrying scenarios. ',
    '',
  );
}

/** The words around "some 100,000 soldiers" rewritten, the figure itself left as it was. */
export function rewordedAround(text = original): string {
  return replaceOnce(
    text,
    'With the Balkan leader, he discussed the enormous Russian military concentration around Ukraine, of',
    'Together with the Macedonian premier, Stoltenberg went over the huge build-up of Russian forces near Ukraine: by NATO counts',
  );
}

/** A new paragraph with a new figure, added at the end of the article body. */
export function addedParagraph(text = original): string {
  return replaceOnce(
    text,
    '\n\nnews video',
    '\n\nBelarusian officials said on Friday that 2,400 more Russian troops had crossed the border.\n\nnews video',
  );
}
