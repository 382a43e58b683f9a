import { useEffect, useState } from 'react';
import { assertNever } from '../../../shared/assert-never';
import type { SetupStep } from '../../../shared/models/twilio-setup';
import { selectors as invitationSelectors, useInvitationImportStore } from '../../stores/setup/invitation-import.store';
import { useT } from '../../i18n/use-t';
import { selectors, useSetupStore } from '../../stores/setup/setup.store';
import { LogoMark } from '../../ui/icons';
import { CallLayout } from '../call/call-layout';
import { IncomingBanners } from '../incoming/incoming-banners';
import { CredentialsStep } from './credentials-step';
import { EdgeStep } from './edge-step';
import { FinishStep } from './finish-step';
import { InvitationImportStep } from './invitation-import-step';
import { NumberStep } from './number-step';
import { OfficePbxStep } from '../office/office-pbx-step';
import { ProvisionStep } from './provision-step';
import { SipServerStep } from './sip-server-step';
import { WelcomeStep } from './welcome-step';
import { WizardProgressList } from './wizard-progress-list';
import '../accounts/phone-line-section.css';
import '../settings/settings-view.css';
import '../shell/app-layout.css';
import './wizard.css';
import './wizard-screens.css';

/** Twilio's steps come from main's state; the other-SIP-server and invitation paths stay here. */
type Path = 'twilio' | 'sip-form' | 'sip-finish' | 'invitation' | 'invitation-finish' | 'office';

function TwilioStep({ step, onPath }: { step: SetupStep; onPath(path: Path): void }) {
  switch (step) {
    case 'welcome':
      return (
        <WelcomeStep
          onOtherServer={() => onPath('sip-form')}
          onInvited={() => onPath('invitation')}
          onOffice={() => onPath('office')}
        />
      );
    case 'credentials':
      return <CredentialsStep />;
    case 'edge':
      return <EdgeStep />;
    case 'number':
      return <NumberStep />;
    case 'provision':
      return <ProvisionStep />;
    case 'finish':
      return <FinishStep />;
    default:
      return assertNever(step);
  }
}

function PathScreen({ path, step, onPath }: { path: Path; step: SetupStep; onPath(path: Path): void }) {
  const imported = useInvitationImportStore(invitationSelectors.imported);
  const clearInvitation = useInvitationImportStore((state) => state.clear);
  const closeWizard = useSetupStore((state) => state.closeWizard);
  switch (path) {
    case 'twilio':
      return <TwilioStep step={step} onPath={onPath} />;
    case 'sip-form':
      return <SipServerStep onBack={() => onPath('twilio')} onSaved={() => onPath('sip-finish')} />;
    case 'sip-finish':
      return <FinishStep manual />;
    case 'invitation':
      return (
        <InvitationImportStep
          onBack={() => {
            clearInvitation();
            onPath('twilio');
          }}
          onImported={() => onPath('invitation-finish')}
        />
      );
    case 'invitation-finish':
      return <FinishStep manual invitation={imported ?? undefined} />;
    case 'office':
      return <OfficePbxStep onBack={() => onPath('twilio')} onDone={closeWizard} />;
    default:
      return assertNever(path);
  }
}

/** The first-run wizard, full-window instead of the normal layout; calls and incoming banners still show. */
export function WizardView() {
  const step = useSetupStore(selectors.step);
  const busy = useSetupStore(selectors.busy);
  const { keepOpen, dismiss } = useSetupStore.getState();
  const t = useT();
  const [path, setPath] = useState<Path>('twilio');
  const halfWay = path === 'twilio' && step !== 'welcome' && step !== 'finish';

  // Once on screen it stays, even when the setup has just made the account that would hide it.
  useEffect(() => keepOpen(), [keepOpen]);

  return (
    <div className="app-layout wizard-layout">
      <header className="app-header">
        <div className="app-header__brand">
          <LogoMark />
          {t('wizard.brand')}
        </div>
        {halfWay && (
          <button
            type="button"
            className="wizard-link-button"
            aria-disabled={busy || undefined}
            onClick={() => !busy && void dismiss()}
          >
            {t('wizard.finishLater')}
          </button>
        )}
      </header>
      <CallLayout>
        <main id="main-content" className="wizard-main">
          <div className="wizard">
            {path === 'twilio' && <WizardProgressList current={step} />}
            <PathScreen path={path} step={step} onPath={setPath} />
          </div>
        </main>
      </CallLayout>
      <IncomingBanners />
    </div>
  );
}
