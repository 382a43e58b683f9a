import type { OfficeTrunkInput } from '../../../shared/models/office-trunk';
import type { OfficePbxKind } from '../../../shared/models/office-trunk-names';
import type { Translate } from '../../i18n/message-values';

/** The office form as typed; main checks the result again in full (a public address, one of the account's numbers). */
export interface OfficeForm {
  pbx: OfficePbxKind;
  pbxAddress: string;
  port: string;
  secure: boolean;
  sourceAddress: string;
  phoneNumber: string;
  friendlyName: string;
  country: string;
  dialtoneExtension: string;
  addDialtonePhone: boolean;
}

export type OfficeFormField =
  'pbxAddress' | 'port' | 'sourceAddress' | 'phoneNumber' | 'friendlyName' | 'dialtoneExtension';
export type OfficeFormErrors = Partial<Record<OfficeFormField, string>>;

/** In the order the form shows them: the first with a problem takes focus. */
export const officeFormFields: readonly OfficeFormField[] = [
  'pbxAddress',
  'port',
  'sourceAddress',
  'phoneNumber',
  'friendlyName',
  'dialtoneExtension',
];

export const pbxKindLabels: Readonly<Record<OfficePbxKind, string>> = {
  asterisk: 'Asterisk',
  freeswitch: 'FreeSWITCH',
  bigbluebutton: 'BigBlueButton',
};

/** A new form; `friendlyName` is the trunk's proposed name, in the app's language. */
export function initialOfficeForm(country: string, friendlyName: string): OfficeForm {
  return {
    pbx: 'asterisk',
    pbxAddress: '',
    port: '',
    secure: true,
    sourceAddress: '',
    phoneNumber: '',
    friendlyName,
    country,
    dialtoneExtension: '1001',
    addDialtonePhone: true,
  };
}

const ipv4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

/** The PBX address is a host name (not an IPv4 address): then the address its calls come from is needed too. */
export const needsSourceAddress = (form: Pick<OfficeForm, 'pbxAddress'>): boolean =>
  form.pbxAddress.trim() !== '' && !ipv4.test(form.pbxAddress.trim());

export function officeFormErrors(form: OfficeForm, t: Translate): OfficeFormErrors {
  const errors: OfficeFormErrors = {};
  const pbxAddress = form.pbxAddress.trim();
  if (!pbxAddress) errors.pbxAddress = t('office.errorPbxAddress');
  else if (pbxAddress.length > 253) errors.pbxAddress = t('office.errorPbxAddressLong');
  const port = form.port.trim();
  if (port && !(/^\d{1,5}$/.test(port) && Number(port) >= 1 && Number(port) <= 65535)) {
    errors.port = t('office.errorPort');
  }
  if (needsSourceAddress(form) && !ipv4.test(form.sourceAddress.trim())) {
    errors.sourceAddress = t('office.errorSourceAddress');
  }
  if (!form.phoneNumber) errors.phoneNumber = t('office.errorPhoneNumber');
  const friendlyName = form.friendlyName.trim();
  if (!friendlyName) errors.friendlyName = t('office.errorFriendlyName');
  else if (friendlyName.length > 64) errors.friendlyName = t('office.errorFriendlyNameLong');
  if (form.pbx === 'asterisk' && !/^[1-9]\d{1,5}$/.test(form.dialtoneExtension.trim())) {
    errors.dialtoneExtension = t('office.errorExtension');
  }
  return errors;
}

/** The request to main, once officeFormErrors found nothing. */
export function officeTrunkInputOf(form: OfficeForm): OfficeTrunkInput {
  const port = form.port.trim();
  const asterisk = form.pbx === 'asterisk';
  return {
    pbx: form.pbx,
    pbxAddress: form.pbxAddress.trim(),
    ...(port ? { port: Number(port) } : {}),
    secure: form.secure,
    ...(needsSourceAddress(form) ? { sourceAddress: form.sourceAddress.trim() } : {}),
    phoneNumber: form.phoneNumber,
    friendlyName: form.friendlyName.trim(),
    country: form.country,
    dialtoneExtension: asterisk ? form.dialtoneExtension.trim() : null,
    addDialtonePhone: asterisk && form.addDialtonePhone,
  };
}

/** The form again from what main keeps, so a rerun starts from the last choices. */
export function officeFormOf(input: OfficeTrunkInput): OfficeForm {
  return {
    pbx: input.pbx,
    pbxAddress: input.pbxAddress,
    port: input.port === undefined ? '' : String(input.port),
    secure: input.secure,
    sourceAddress: input.sourceAddress ?? '',
    phoneNumber: input.phoneNumber,
    friendlyName: input.friendlyName,
    country: input.country,
    dialtoneExtension: input.dialtoneExtension ?? '',
    addDialtonePhone: input.addDialtonePhone,
  };
}
