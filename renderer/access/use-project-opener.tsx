import { useCallback, useState } from 'react';
import type { ReactNode } from 'react';
import type { BackupInfo, MendOffer, MendedProject, RestoredBackup } from '../../shared/ipc/backup-views';
import { classifyOpenRefusal } from '../../shared/ipc/open-refusals';
import type { ProjectView } from '../../shared/ipc/views';
import { useApi } from '../api/api-context';
import { errorReplyOf } from '../api/envelope';
import { useNotices } from '../app/notices-context';
import { BackupsDialog } from '../backups/backups-dialog';
import { mendedMessage, restoredMessage } from '../backups/restored-message';
import { DamagedProjectNotice } from './damaged-project-notice';
import { PassphraseDialog } from './passphrase-dialog';

/** A project that could not be opened because a file is damaged. */
interface Damaged {
  readonly dir: string;
  /** The refusal's sentence: the damage alone when it comes apart from the ways out, else all of it. */
  readonly message: string;
  /** True when `message` is the damage alone, so the notice says what each way out would do. */
  readonly alone: boolean;
  readonly backup: BackupInfo | null;
  readonly mend: MendOffer | null;
  /** Kept only until a backup is restored or the notice is dismissed (an encrypted project). */
  readonly passphrase?: string;
}

/** What the start screen needs to open projects: `open`, and what to show while it asks. */
export interface ProjectOpener {
  /** Opens `dir`; asks for a passphrase, or offers a backup, when the project needs it. */
  readonly open: (dir: string) => Promise<void>;
  readonly busy: boolean;
  /** The passphrase prompt and the Backups dialog, when open. */
  readonly dialogs: ReactNode;
  /** The damaged-project notice, when there is one. */
  readonly notice: ReactNode;
}

/**
 * Opening a project from the start screen (typed folder, picker, recent projects, or a project
 * the shell handed over): an encrypted project gets a passphrase prompt (a wrong one: a sentence
 * and another try); a damaged one, a notice offering its newest good backup.
 */
export function useProjectOpener(onProject: (project: ProjectView) => void): ProjectOpener {
  const api = useApi();
  const { reportError, notify } = useNotices();
  const [asking, setAsking] = useState<{ dir: string; error?: string } | null>(null);
  const [damaged, setDamaged] = useState<Damaged | null>(null);
  const [backups, setBackups] = useState<{ confirm?: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const attempt = useCallback(
    async (dir: string, passphrase?: string) => {
      setBusy(true);
      try {
        const project = await api.invoke('project:open', passphrase ? { dir, passphrase } : { dir });
        setAsking(null);
        setDamaged(null);
        onProject(project);
      } catch (error) {
        const reply = errorReplyOf(error);
        const message = reply.message;
        const refusal = classifyOpenRefusal(reply);
        if (refusal.kind === 'passphrase') {
          setAsking({ dir, ...(refusal.wrong && { error: message }) });
        } else if (refusal.kind === 'damaged') {
          setAsking(null);
          const list = await api
            .invoke('backups:list', passphrase ? { dir, passphrase } : { dir })
            .catch(() => null);
          const backup = list?.backups.find((entry) => entry.name === list.newestGood) ?? null;
          setDamaged({
            dir: list?.dir ?? dir,
            message: reply.damage ?? message,
            alone: reply.damage !== undefined,
            backup,
            mend: list?.mend ?? null,
            ...(passphrase && { passphrase }),
          });
        } else {
          setAsking(null);
          reportError(error);
        }
      } finally {
        setBusy(false);
      }
    },
    [api, onProject, reportError],
  );

  const open = useCallback((dir: string) => attempt(dir), [attempt]);

  const [mending, setMending] = useState(false);
  const mend = async (target: Damaged) => {
    setMending(true);
    try {
      mended(
        await api.invoke('backups:mend', {
          dir: target.dir,
          ...(target.passphrase && { passphrase: target.passphrase }),
        }),
      );
    } catch (error) {
      reportError(error);
    } finally {
      setMending(false);
    }
  };

  const mended = (result: MendedProject) => {
    setBackups(null);
    setDamaged(null);
    notify(mendedMessage(result));
    onProject(result.project);
  };

  const restored = (result: RestoredBackup) => {
    setBackups(null);
    setDamaged(null);
    notify(restoredMessage(result));
    onProject(result.project);
  };

  const cancelPrompt = () => {
    setAsking(null);
    // A project the shell handed over stops waiting once the person declines.
    api.invoke('project:close', {}).catch(() => undefined);
  };

  const dialogs = (
    <>
      {asking && (
        <PassphraseDialog
          dir={asking.dir}
          error={asking.error}
          busy={busy}
          onSubmit={(passphrase) => void attempt(asking.dir, passphrase)}
          onCancel={cancelPrompt}
        />
      )}
      {backups && damaged && (
        <BackupsDialog
          dir={damaged.dir}
          {...(damaged.passphrase && { passphrase: damaged.passphrase })}
          {...(backups.confirm && { confirm: backups.confirm })}
          onRestored={restored}
          onMended={mended}
          onClose={() => setBackups(null)}
        />
      )}
    </>
  );
  const notice = damaged && (
    <DamagedProjectNotice
      message={damaged.message}
      alone={damaged.alone}
      backup={damaged.backup}
      mend={damaged.mend}
      mending={mending}
      onMend={() => void mend(damaged)}
      onRestore={() => damaged.backup && setBackups({ confirm: damaged.backup.name })}
      onAllBackups={() => setBackups({})}
      onDismiss={() => setDamaged(null)}
    />
  );
  return { open, busy, dialogs, notice };
}
