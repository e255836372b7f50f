/** Checks of the leak exercise: errors still reject, renames still happen, no connection stays out. */
import { exportedFunction } from '../../../src/exercises/measure';
import type { CheckContext, ExerciseDefinition } from '../../../src/exercises/types';
import { shown, verdict } from '../../../src/exercises/verdict';

const FAILING_CALLS = 100;

function renameUser(context: CheckContext) {
  return exportedFunction<[number, string], unknown>(context.exported, 'renameUser');
}

/** The reader's engine's checked-out count, or NaN when the export is not an engine. */
function checkedOut(context: CheckContext): number {
  const engine = context.exported['engine'] as { stats?: () => { checkedOut?: unknown } } | undefined;
  const value = typeof engine?.stats === 'function' ? engine.stats().checkedOut : undefined;
  return typeof value === 'number' ? value : Number.NaN;
}

/** Whether a call rejected (settles it either way). */
async function rejects(work: Promise<unknown>): Promise<boolean> {
  try {
    await work;
    return false;
  } catch {
    return true;
  }
}

/** The stored name of a user, read by the check itself. */
async function storedName(context: CheckContext, id: number): Promise<unknown> {
  return (await context.lab.db().db.user.findUnique({ where: { id } }))?.name;
}

export const exercise: ExerciseDefinition = {
  id: 'connection-leak',
  topic: 'connection-pooling',
  checklist: ['db-pooling'],
  title: { 'pt-BR': 'Nenhuma conexão presa no caminho de erro', en: 'No connection left out on the error path' },
  hints: {
    'pt-BR': [
      'Siga o caminho do throw: ele sai da função antes de conn.release().',
      'try { … } finally { conn.release() } roda o release no return e no throw.',
      'engine.session(async (db) => …) também pega e devolve a conexão por você.',
    ],
    en: [
      'Follow the throw: it leaves the function before conn.release().',
      'try { … } finally { conn.release() } runs the release on return and on throw.',
      'engine.session(async (db) => …) also takes and gives back the connection for you.',
    ],
  },
  exports: ['engine', 'renameUser'],
  checks: [
    {
      id: 'still-works',
      title: { 'pt-BR': 'Renomeia quem existe e rejeita quem não existe', en: 'Renames an existing user and rejects a missing one' },
      hiddenCases: 2,
      async run(context) {
        await renameUser(context)(77, 'Check Name');
        const name = await storedName(context, 77);
        const missingRejects = await rejects(renameUser(context)(55_555, 'Ghost'));
        const passed = name === 'Check Name' && missingRejects;
        return verdict(
          passed,
          { 'pt-BR': 'usuário 77 → "Check Name"; id 55555 rejeitado', en: 'user 77 → "Check Name"; id 55555 rejected' },
          {
            'pt-BR': `usuário 77 → ${shown(name)}; id 55555 ${missingRejects ? 'rejeitado' : 'aceito'}`,
            en: `user 77 → ${shown(name)}; id 55555 ${missingRejects ? 'rejected' : 'accepted'}`,
          },
        );
      },
    },
    {
      id: 'no-leak',
      title: { 'pt-BR': 'Nenhuma conexão emprestada depois de 100 erros', en: 'No connection checked out after 100 errors' },
      hiddenCases: FAILING_CALLS + 1,
      async run(context) {
        for (let i = 0; i < FAILING_CALLS; i += 10) {
          const batch = Array.from({ length: 10 }, (_, j) => rejects(renameUser(context)(90_000 + i + j, 'Ghost')));
          await Promise.all(batch);
        }
        const out = checkedOut(context);
        const nextWorks = !(await rejects(renameUser(context)(78, 'After Errors')));
        return verdict(
          out === 0 && nextWorks,
          { 'pt-BR': 'checkedOut 0; a chamada seguinte funciona', en: 'checkedOut 0; the next call works' },
          {
            'pt-BR': `checkedOut ${out}; a chamada seguinte ${nextWorks ? 'funciona' : 'falha'}`,
            en: `checkedOut ${out}; the next call ${nextWorks ? 'works' : 'fails'}`,
          },
        );
      },
    },
  ],
};
