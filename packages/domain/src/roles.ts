export const Role = { ADMIN: 'ADMIN', COORDINATOR: 'COORDINATOR', DEPUTY: 'DEPUTY' } as const;
export type Role = (typeof Role)[keyof typeof Role];
