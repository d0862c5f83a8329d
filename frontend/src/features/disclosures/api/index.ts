export { disclosureKeys } from './keys';
export {
  DISCLOSURE_CATEGORIES,
  DISCLOSURE_FORMS,
  type Disclosure,
  type DisclosureCategory,
  type DisclosureFilters,
  type DisclosureForm,
  type DisclosureListParams,
  type DisclosureRequest,
} from './types';
export { useDeleteDisclosure } from './useDeleteDisclosure';
export { useDisclosure } from './useDisclosure';
export { useDisclosures } from './useDisclosures';
export { useSaveDisclosure, type SaveDisclosureInput } from './useSaveDisclosure';
