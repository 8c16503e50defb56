import { useEffect, useState } from 'react';
import type { AboutInfo, LicensedPackage } from '../../shared/ipc/about';
import { useApi } from '../api/api-context';
import { errorMessage } from '../api/envelope';
import { Modal } from '../dialogs/modal';
import { ModalActions } from '../dialogs/modal-actions';
import '../styles/about.css';

type Loaded =
  | { readonly phase: 'loading' }
  | { readonly phase: 'failed'; readonly message: string }
  | { readonly phase: 'ready'; readonly about: AboutInfo };

/** One licence, folded: the package and its SPDX id, the full text on opening. */
function LicenceEntry({ item }: { readonly item: LicensedPackage }) {
  return (
    <details className="about-licence">
      <summary>
        <span className="about-package">{item.name}</span>{' '}
        <span className="about-version">{item.version}</span>
        <span className="about-spdx">{item.license}</span>
      </summary>
      {item.licenseText ? (
        <pre className="about-text">{item.licenseText}</pre>
      ) : (
        <p className="about-note">
          This package ships no licence file; its package.json declares {item.license}.
        </p>
      )}
    </details>
  );
}

/**
 * Help › About Factdesk: the version, Factdesk's own licence, the licences of what it bundles and the
 * data its model was trained on.
 */
export function AboutDialog({ onClose }: { readonly onClose: () => void }) {
  const api = useApi();
  const [loaded, setLoaded] = useState<Loaded>({ phase: 'loading' });

  useEffect(() => {
    let live = true;
    api.invoke('app:about', {}).then(
      (about) => live && setLoaded({ phase: 'ready', about }),
      (error: unknown) => live && setLoaded({ phase: 'failed', message: errorMessage(error) }),
    );
    return () => {
      live = false;
    };
  }, [api]);

  return (
    <Modal title="About Factdesk" className="about-dialog" onClose={onClose}>
      <div className="modal-body about-body">
        {loaded.phase === 'loading' && <p role="status">Reading the licences…</p>}
        {loaded.phase === 'failed' && (
          <p role="alert" className="about-error">
            {loaded.message}
          </p>
        )}
        {loaded.phase === 'ready' && <AboutContent about={loaded.about} />}
        <ModalActions action="Done" onAction={onClose} autoFocusAction />
      </div>
    </Modal>
  );
}

function AboutContent({ about }: { readonly about: AboutInfo }) {
  const app: LicensedPackage = {
    name: about.name,
    version: about.version,
    license: about.license,
    licenseText: about.licenseText,
  };
  return (
    <>
      <div className="about-identity">
        <p className="about-name">
          {about.name} <span className="about-version-number">{about.version}</span>
        </p>
        <p className="about-summary">
          {about.mode === 'desktop' ? 'Desktop app' : 'Web workbench on this machine'} · works offline;
          updates are installed by hand.
        </p>
      </div>
      <section aria-labelledby="about-own-licence">
        <h3 id="about-own-licence" className="about-heading">
          Licence
        </h3>
        <LicenceEntry item={app} />
      </section>
      <section aria-labelledby="about-third-party">
        <h3 id="about-third-party" className="about-heading">
          Third-party licences
        </h3>
        <p className="about-note">
          {about.name} includes code from {about.packages.length} open-source packages.
          {about.mode === 'desktop' &&
            ' Electron and Chromium, which run the app, ship their licences in its folder (LICENSE.electron.txt, LICENSES.chromium.html).'}
        </p>
        <ul className="about-licences" aria-label="Third-party packages">
          {about.packages.map((item) => (
            <li key={`${item.name}@${item.version}`}>
              <LicenceEntry item={item} />
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="about-training-data">
        <h3 id="about-training-data" className="about-heading">
          Training data
        </h3>
        <p className="about-note">
          The check-worthiness score comes from a model trained on this data; {about.name} ships what the
          model learnt, not the data.
        </p>
        <ul className="about-licences" aria-label="Training data">
          {about.datasets.map((item) => (
            <li key={item.name}>
              <LicenceEntry item={item} />
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
