export { partyOrganizationKeys } from './keys';
export {
  PARTY_ORGANIZATION_FORMS,
  PARTY_ORGANIZATION_LEVELS,
  type PartyOrganization,
  type PartyOrganizationForm,
  type PartyOrganizationLevel,
  type PartyOrganizationListParams,
  type PartyOrganizationPage,
  type PartyOrganizationRequest,
  type PartyOrganizationTreeNode,
} from './types';
export { useCreatePartyOrganization } from './useCreatePartyOrganization';
export { usePartyOrganization } from './usePartyOrganization';
export { usePartyOrganizations } from './usePartyOrganizations';
export { usePartyOrganizationTree } from './usePartyOrganizationTree';
export { useUpdatePartyOrganization, type UpdatePartyOrganizationInput } from './useUpdatePartyOrganization';
