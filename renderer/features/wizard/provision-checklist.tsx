import { useIntl } from 'react-intl';
import type { ProvisionTask } from '../../../shared/models/twilio-setup';
import type { Words } from '../../../shared/text/words';
import { useT } from '../../i18n/use-t';
import { wordsText } from '../../i18n/words-text';
import { Icon } from '../../ui/icons';
import { taskStatusIds } from './provision-text';

function StatusIcon({ status }: { status: ProvisionTask['status'] }) {
  switch (status) {
    case 'running':
      return <span className="spinner spinner--small" aria-hidden="true" />;
    case 'done':
      return (
        <Icon size={18} strokeWidth={2.4}>
          <path d="M5 12.5l4.5 4.5L19 7.5" />
        </Icon>
      );
    case 'failed':
      return (
        <Icon size={18} strokeWidth={2.4}>
          <path d="M6 6l12 12M18 6L6 18" />
        </Icon>
      );
    case 'pending':
      return (
        <Icon size={18}>
          <circle cx="12" cy="12" r="7" />
        </Icon>
      );
    default: {
      const unknown: never = status;
      return unknown;
    }
  }
}

interface ChecklistTask<Id extends string> {
  id: Id;
  status: ProvisionTask['status'];
  detail: string | null;
  /** The detail in main's words, translated here; absent when the detail is a name or Twilio's words. */
  detailWords?: Words;
}

/** What a setup creates on Twilio, one line each, with its state in words beside the icon. */
export function ProvisionChecklist<Id extends string>({
  tasks,
  labels,
}: {
  tasks: readonly ChecklistTask<Id>[];
  labels: Readonly<Record<Id, string>>;
}) {
  const t = useT();
  const intl = useIntl();
  return (
    <ol className="wizard-tasks" aria-label={t('wizard.provisionChecklistLabel')}>
      {tasks.map((task) => (
        <li
          key={task.id}
          className={`wizard-task wizard-task--${task.status}`}
          aria-busy={task.status === 'running' || undefined}
        >
          <span className="wizard-task__icon">
            <StatusIcon status={task.status} />
          </span>
          <span className="wizard-task__text">
            <span className="wizard-task__label">{labels[task.id]}</span>
            <span className="wizard-task__status">{t(taskStatusIds[task.status])}</span>
            {task.detail && (
              <span className="wizard-task__detail">
                {task.detailWords ? wordsText(task.detailWords, intl) : task.detail}
              </span>
            )}
          </span>
        </li>
      ))}
    </ol>
  );
}
