import type { OfficeTrunkService } from '../services/office/office-trunk-service';
import type { InvokeHandlers } from './contract-router';

type OfficeChannels = 'office:get' | 'office:provision' | 'office:file-to-save' | 'office:remove';

export function officeHandlers(office: OfficeTrunkService): Pick<InvokeHandlers, OfficeChannels> {
  return {
    'office:get': () => office.get(),
    'office:provision': (input) => office.provision(input),
    'office:file-to-save': ({ fileName }) => office.fileToSave(fileName),
    'office:remove': () => office.remove(),
  };
}
