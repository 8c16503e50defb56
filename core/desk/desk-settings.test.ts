import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gitServerForEachTest } from '../../test-support/git-server-per-test';
import { servicesWithRouter } from '../../test-support/map-router';
import { SEED_SAMPLE } from '../../test-support/temp-dir';
import { cloneProject } from './clone-project';

/*
 * The project's settings (methodology, checklists) and a draft's own fields (title, date, language)
 * travel between two copies through a bare repository served by git http-backend on 127.0.0.1; two
 * edits of one setting made offline at once: the later by the hybrid clock stands on both copies,
 * and the one it replaced stays in the project's history.
 */

const TOKEN = 'tok-51be0c7d3a';

const git = gitServerForEachTest('factdesk-desk-settings-', TOKEN);

type Copy = Awaited<ReturnType<typeof servicesWithRouter>>;

async function copyState(copy: Copy) {
  const view = await copy.call('project:current', {});
  const doc = view!.documents[0]!;
  const full = await copy.call('document:get', { documentId: doc.id });
  return {
    projectTitle: view!.title,
    methodology: view!.methodology,
    quoteList: view!.checklists.quote.map((item) => item.text),
    listTitle: doc.title,
    title: full.title,
    date: full.documentDate ?? null,
    dateSource: full.documentDateSource ?? null,
  };
}

describe('project settings and draft fields on a shared desk', { timeout: 300_000 }, () => {
  it('reach a clone, merge offline edits by clock on both copies, and keep the replaced value in history', async () => {
    const url = git.server.createRepo('desk');
    const a = await servicesWithRouter();
    await a.call('app:setChecker', { name: 'Ana' });
    await a.call('project:create', { dir: join(git.root, 'a.factdesk'), title: 'Belarus exercises' });
    await a.call('documents:importFiles', { paths: [SEED_SAMPLE] });
    // Set before the project is shared: logged when it is first shared.
    await a.call('project:setMethodology', { text: 'Two sources for every figure.' });
    const documentId = (await a.call('project:current', {}))!.documents[0]!.id;
    await a.call('project:setChecklists', {
      checklists: { quote: [{ id: 'heard', text: 'Heard the recording' }] },
    });
    // Not shared yet: nothing is logged, so there is no history to show.
    expect(await a.call('project:settingsHistory', {})).toEqual({ shared: false, lines: [] });
    await a.call('desk:share', { remote: url, token: TOKEN });

    const dirB = join(git.root, 'b.factdesk');
    await (await cloneProject(url, dirB, { token: TOKEN }, {}, 'the desk tests')).close();
    const b = await servicesWithRouter();
    await b.call('app:setChecker', { name: 'Ben' });
    await b.call('project:open', { dir: dirB });
    await b.call('desk:share', { remote: url, token: TOKEN });
    expect(await copyState(b)).toEqual(await copyState(a));
    expect((await copyState(b)).methodology).toBe('Two sources for every figure.');
    expect((await copyState(b)).quoteList).toEqual(['Heard the recording']);
    expect((await copyState(b)).projectTitle).toBe('Belarus exercises');

    // Offline on both: A edits the methodology, then B does (later by the clock); A renames the draft,
    // B gives it a date; B also edits the checklists.
    await a.call('project:setMethodology', { text: 'Ana: two independent sources.' });
    await b.call('project:setTitle', { title: 'Ben: exercises' });
    await new Promise((resolve) => setTimeout(resolve, 5));
    await b.call('project:setMethodology', { text: 'Ben: primary documents first.' });
    await a.call('project:setTitle', { title: 'Ana: Belarus exercises, February' });
    await a.call('document:rename', { documentId, title: 'Exercises near the border' });
    await b.call('document:setDate', { documentId, date: '2024-03-05' });
    await b.call('project:setChecklists', {
      checklists: { quote: [{ id: 'heard', text: 'Heard or read the whole recording' }] },
    });

    await a.call('desk:sync', {});
    await b.call('desk:sync', {});
    await a.call('desk:sync', {});

    const expected = {
      projectTitle: 'Ana: Belarus exercises, February',
      methodology: 'Ben: primary documents first.',
      quoteList: ['Heard or read the whole recording'],
      listTitle: 'Exercises near the border',
      title: 'Exercises near the border',
      date: '2024-03-05',
      dateSource: 'given',
    };
    expect(await copyState(a)).toEqual(expected);
    expect(await copyState(b)).toEqual(expected);

    // Ana's edit, which Ben had not seen, is not lost: the history of both copies has it.
    for (const copy of [a, b]) {
      const project = copy.session.project;
      const { history } = project.desk!.foldProject(project.view().id);
      expect(history.filter((line) => line.field === 'methodology')).toEqual([
        expect.objectContaining({ by: 'Ana', to: 'Two sources for every figure.', concurrent: false }),
        expect.objectContaining({
          by: 'Ana',
          from: 'Two sources for every figure.',
          to: 'Ana: two independent sources.',
          concurrent: false,
        }),
        expect.objectContaining({
          by: 'Ben',
          from: 'Ana: two independent sources.',
          to: 'Ben: primary documents first.',
          concurrent: true,
        }),
      ]);
    }

    // The project's title: Ana's rename is later by the clock; Ben's, which she had not seen, is kept.
    // Ben's replaced the title the project was shared with, on the copy that shared it and the clone.
    for (const copy of [a, b]) {
      const { shared, lines } = await copy.call('project:settingsHistory', {});
      expect(shared).toBe(true);
      expect(lines.filter((line) => line.field === 'title')).toEqual([
        expect.objectContaining({
          by: 'Ben',
          from: 'Belarus exercises',
          to: 'Ben: exercises',
          concurrent: false,
        }),
        expect.objectContaining({
          by: 'Ana',
          from: 'Ben: exercises',
          to: 'Ana: Belarus exercises, February',
          concurrent: true,
        }),
      ]);
      expect(lines.map((line) => line.field)).toContain('checklists');
    }

    // A later edit by someone who has seen both is an ordinary one.
    await a.call('project:setMethodology', { text: 'Agreed: primary documents, two sources.' });
    await a.call('desk:sync', {});
    await b.call('desk:sync', {});
    expect((await copyState(b)).methodology).toBe('Agreed: primary documents, two sources.');
    const { history } = b.session.project.desk!.foldProject(b.session.project.view().id);
    expect(history.at(-1)).toMatchObject({ by: 'Ana', concurrent: false });
    await a.services.close();
    await b.services.close();
  });
});
