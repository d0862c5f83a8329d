/**
 * Marks fields that the API always sends as present. The generated document lists no `required`
 * properties for responses, so every field comes out optional; each feature states what it relies on.
 */
export type Present<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
