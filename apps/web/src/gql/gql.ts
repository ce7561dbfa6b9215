/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        id\n        email\n        displayName\n        role\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  query Me {\n    me {\n      id\n      displayName\n      role\n    }\n  }\n": typeof types.MeDocument,
    "\n  fragment ParityLine_term on Term {\n    seatCount\n    parity {\n      women\n      total\n      minimumWomen\n      satisfied\n      vacant\n      reachable\n    }\n  }\n": typeof types.ParityLine_TermFragmentDoc,
    "\n  fragment SeatList_term on Term {\n    startsOn\n    seats {\n      id\n      number\n      currentMandate {\n        id\n        startsOn\n        deputy {\n          id\n          fullName\n          territory\n        }\n      }\n    }\n  }\n": typeof types.SeatList_TermFragmentDoc,
    "\n  query CurrentTerm {\n    currentTerm {\n      id\n      name\n      status\n      startsOn\n      endsOn\n      ...ParityLine_term\n      ...SeatList_term\n    }\n  }\n": typeof types.CurrentTermDocument,
};
const documents: Documents = {
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        id\n        email\n        displayName\n        role\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  query Me {\n    me {\n      id\n      displayName\n      role\n    }\n  }\n": types.MeDocument,
    "\n  fragment ParityLine_term on Term {\n    seatCount\n    parity {\n      women\n      total\n      minimumWomen\n      satisfied\n      vacant\n      reachable\n    }\n  }\n": types.ParityLine_TermFragmentDoc,
    "\n  fragment SeatList_term on Term {\n    startsOn\n    seats {\n      id\n      number\n      currentMandate {\n        id\n        startsOn\n        deputy {\n          id\n          fullName\n          territory\n        }\n      }\n    }\n  }\n": types.SeatList_TermFragmentDoc,
    "\n  query CurrentTerm {\n    currentTerm {\n      id\n      name\n      status\n      startsOn\n      endsOn\n      ...ParityLine_term\n      ...SeatList_term\n    }\n  }\n": types.CurrentTermDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        id\n        email\n        displayName\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        id\n        email\n        displayName\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      displayName\n      role\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      displayName\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ParityLine_term on Term {\n    seatCount\n    parity {\n      women\n      total\n      minimumWomen\n      satisfied\n      vacant\n      reachable\n    }\n  }\n"): (typeof documents)["\n  fragment ParityLine_term on Term {\n    seatCount\n    parity {\n      women\n      total\n      minimumWomen\n      satisfied\n      vacant\n      reachable\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SeatList_term on Term {\n    startsOn\n    seats {\n      id\n      number\n      currentMandate {\n        id\n        startsOn\n        deputy {\n          id\n          fullName\n          territory\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment SeatList_term on Term {\n    startsOn\n    seats {\n      id\n      number\n      currentMandate {\n        id\n        startsOn\n        deputy {\n          id\n          fullName\n          territory\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CurrentTerm {\n    currentTerm {\n      id\n      name\n      status\n      startsOn\n      endsOn\n      ...ParityLine_term\n      ...SeatList_term\n    }\n  }\n"): (typeof documents)["\n  query CurrentTerm {\n    currentTerm {\n      id\n      name\n      status\n      startsOn\n      endsOn\n      ...ParityLine_term\n      ...SeatList_term\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;