export { partyMemberKeys } from './keys';
export {
  PARTY_MEMBER_STATUSES,
  type OrganizationOption,
  type OrganizationRef,
  type PartyMember,
  type PartyMemberListParams,
  type PartyMemberRequest,
  type PartyMemberStatus,
  type PartyMemberTransfer,
  type PartyMemberTransferRequest,
} from './types';
export { useDeletePartyMember } from './useDeletePartyMember';
export { useOrganizationOptions } from './useOrganizationOptions';
export { usePartyMember } from './usePartyMember';
export { usePartyMembers } from './usePartyMembers';
export { usePartyMemberTransfers } from './usePartyMemberTransfers';
export { useSavePartyMember, type SavePartyMemberInput } from './useSavePartyMember';
export { useTransferPartyMember, type TransferPartyMemberInput } from './useTransferPartyMember';
