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
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      username\n      role\n      scope {\n        code\n        name\n        level\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query Me {\n    me {\n      username\n      role\n      scope {\n        code\n        name\n        level\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  query CurrentCampaign {\n    today\n    campaign {\n      code\n      name\n      description\n      startDate\n      deadline\n      rootTarget\n    }\n  }\n": typeof types.CurrentCampaignDocument,
    "\n  query SearchUnits($search: String!, $first: Int) {\n    units(search: $search, first: $first) {\n      totalCount\n      nodes {\n        code\n        name\n        level\n        inScope\n        parent {\n          code\n          name\n        }\n      }\n    }\n  }\n": typeof types.SearchUnitsDocument,
    "\n  query UnitAncestors($code: String!) {\n    unit(code: $code) {\n      code\n      name\n      level\n      inScope\n      ancestors {\n        code\n        name\n        level\n        inScope\n      }\n    }\n  }\n": typeof types.UnitAncestorsDocument,
    "\n  query UnitChildrenProgress($code: String!, $campaign: String!, $asOf: Date) {\n    unit(code: $code) {\n      code\n      children {\n        code\n        name\n        level\n        childCount\n        progress(campaign: $campaign, asOf: $asOf) {\n          target\n          collected\n          activated\n          collectedRate\n          activatedRate\n          percentDone\n          state\n          activation {\n            remaining\n          }\n        }\n      }\n    }\n  }\n": typeof types.UnitChildrenProgressDocument,
    "\n  query UnitHistory($code: String!, $campaign: String!, $from: Date, $to: Date, $asOf: Date) {\n    unit(code: $code) {\n      code\n      history(campaign: $campaign, from: $from, to: $to) {\n        date\n        collected\n        activated\n      }\n      progress(campaign: $campaign, asOf: $asOf) {\n        target\n      }\n    }\n  }\n": typeof types.UnitHistoryDocument,
    "\n  query UnitShortfalls($code: String!, $campaign: String!, $asOf: Date, $first: Int) {\n    unit(code: $code) {\n      code\n      shortfalls(campaign: $campaign, asOf: $asOf, first: $first) {\n        unit {\n          code\n          name\n          parent {\n            code\n            name\n          }\n        }\n        target\n        collected\n        activated\n        needed\n      }\n    }\n  }\n": typeof types.UnitShortfallsDocument,
    "\n  query UnitSummary($code: String!, $campaign: String!, $asOf: Date) {\n    unit(code: $code) {\n      code\n      name\n      type\n      level\n      synthetic\n      childCount\n      inScope\n      progress(campaign: $campaign, asOf: $asOf) {\n        asOf\n        target\n        collected\n        activated\n        collectedRate\n        activatedRate\n        percentDone\n        state\n        daysLeft\n        collection {\n          remaining\n          paceNeeded\n          recentPace\n          projectedCompletion\n          state\n        }\n        activation {\n          remaining\n          paceNeeded\n          recentPace\n          projectedCompletion\n          state\n        }\n      }\n    }\n  }\n": typeof types.UnitSummaryDocument,
    "\n  query UnitTreeChildren($code: String!, $campaign: String!, $asOf: Date) {\n    unit(code: $code) {\n      code\n      children {\n        code\n        name\n        level\n        childCount\n        progress(campaign: $campaign, asOf: $asOf) {\n          activatedRate\n        }\n      }\n    }\n  }\n": typeof types.UnitTreeChildrenDocument,
    "\n  query UnitTreeRoot($code: String!, $campaign: String!, $asOf: Date) {\n    unit(code: $code) {\n      code\n      name\n      level\n      childCount\n      progress(campaign: $campaign, asOf: $asOf) {\n        activatedRate\n      }\n    }\n  }\n": typeof types.UnitTreeRootDocument,
};
const documents: Documents = {
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      username\n      role\n      scope {\n        code\n        name\n        level\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query Me {\n    me {\n      username\n      role\n      scope {\n        code\n        name\n        level\n      }\n    }\n  }\n": types.MeDocument,
    "\n  query CurrentCampaign {\n    today\n    campaign {\n      code\n      name\n      description\n      startDate\n      deadline\n      rootTarget\n    }\n  }\n": types.CurrentCampaignDocument,
    "\n  query SearchUnits($search: String!, $first: Int) {\n    units(search: $search, first: $first) {\n      totalCount\n      nodes {\n        code\n        name\n        level\n        inScope\n        parent {\n          code\n          name\n        }\n      }\n    }\n  }\n": types.SearchUnitsDocument,
    "\n  query UnitAncestors($code: String!) {\n    unit(code: $code) {\n      code\n      name\n      level\n      inScope\n      ancestors {\n        code\n        name\n        level\n        inScope\n      }\n    }\n  }\n": types.UnitAncestorsDocument,
    "\n  query UnitChildrenProgress($code: String!, $campaign: String!, $asOf: Date) {\n    unit(code: $code) {\n      code\n      children {\n        code\n        name\n        level\n        childCount\n        progress(campaign: $campaign, asOf: $asOf) {\n          target\n          collected\n          activated\n          collectedRate\n          activatedRate\n          percentDone\n          state\n          activation {\n            remaining\n          }\n        }\n      }\n    }\n  }\n": types.UnitChildrenProgressDocument,
    "\n  query UnitHistory($code: String!, $campaign: String!, $from: Date, $to: Date, $asOf: Date) {\n    unit(code: $code) {\n      code\n      history(campaign: $campaign, from: $from, to: $to) {\n        date\n        collected\n        activated\n      }\n      progress(campaign: $campaign, asOf: $asOf) {\n        target\n      }\n    }\n  }\n": types.UnitHistoryDocument,
    "\n  query UnitShortfalls($code: String!, $campaign: String!, $asOf: Date, $first: Int) {\n    unit(code: $code) {\n      code\n      shortfalls(campaign: $campaign, asOf: $asOf, first: $first) {\n        unit {\n          code\n          name\n          parent {\n            code\n            name\n          }\n        }\n        target\n        collected\n        activated\n        needed\n      }\n    }\n  }\n": types.UnitShortfallsDocument,
    "\n  query UnitSummary($code: String!, $campaign: String!, $asOf: Date) {\n    unit(code: $code) {\n      code\n      name\n      type\n      level\n      synthetic\n      childCount\n      inScope\n      progress(campaign: $campaign, asOf: $asOf) {\n        asOf\n        target\n        collected\n        activated\n        collectedRate\n        activatedRate\n        percentDone\n        state\n        daysLeft\n        collection {\n          remaining\n          paceNeeded\n          recentPace\n          projectedCompletion\n          state\n        }\n        activation {\n          remaining\n          paceNeeded\n          recentPace\n          projectedCompletion\n          state\n        }\n      }\n    }\n  }\n": types.UnitSummaryDocument,
    "\n  query UnitTreeChildren($code: String!, $campaign: String!, $asOf: Date) {\n    unit(code: $code) {\n      code\n      children {\n        code\n        name\n        level\n        childCount\n        progress(campaign: $campaign, asOf: $asOf) {\n          activatedRate\n        }\n      }\n    }\n  }\n": types.UnitTreeChildrenDocument,
    "\n  query UnitTreeRoot($code: String!, $campaign: String!, $asOf: Date) {\n    unit(code: $code) {\n      code\n      name\n      level\n      childCount\n      progress(campaign: $campaign, asOf: $asOf) {\n        activatedRate\n      }\n    }\n  }\n": types.UnitTreeRootDocument,
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
export function graphql(source: "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      username\n      role\n      scope {\n        code\n        name\n        level\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      username\n      role\n      scope {\n        code\n        name\n        level\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      username\n      role\n      scope {\n        code\n        name\n        level\n      }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      username\n      role\n      scope {\n        code\n        name\n        level\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CurrentCampaign {\n    today\n    campaign {\n      code\n      name\n      description\n      startDate\n      deadline\n      rootTarget\n    }\n  }\n"): (typeof documents)["\n  query CurrentCampaign {\n    today\n    campaign {\n      code\n      name\n      description\n      startDate\n      deadline\n      rootTarget\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchUnits($search: String!, $first: Int) {\n    units(search: $search, first: $first) {\n      totalCount\n      nodes {\n        code\n        name\n        level\n        inScope\n        parent {\n          code\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchUnits($search: String!, $first: Int) {\n    units(search: $search, first: $first) {\n      totalCount\n      nodes {\n        code\n        name\n        level\n        inScope\n        parent {\n          code\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitAncestors($code: String!) {\n    unit(code: $code) {\n      code\n      name\n      level\n      inScope\n      ancestors {\n        code\n        name\n        level\n        inScope\n      }\n    }\n  }\n"): (typeof documents)["\n  query UnitAncestors($code: String!) {\n    unit(code: $code) {\n      code\n      name\n      level\n      inScope\n      ancestors {\n        code\n        name\n        level\n        inScope\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitChildrenProgress($code: String!, $campaign: String!, $asOf: Date) {\n    unit(code: $code) {\n      code\n      children {\n        code\n        name\n        level\n        childCount\n        progress(campaign: $campaign, asOf: $asOf) {\n          target\n          collected\n          activated\n          collectedRate\n          activatedRate\n          percentDone\n          state\n          activation {\n            remaining\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query UnitChildrenProgress($code: String!, $campaign: String!, $asOf: Date) {\n    unit(code: $code) {\n      code\n      children {\n        code\n        name\n        level\n        childCount\n        progress(campaign: $campaign, asOf: $asOf) {\n          target\n          collected\n          activated\n          collectedRate\n          activatedRate\n          percentDone\n          state\n          activation {\n            remaining\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitHistory($code: String!, $campaign: String!, $from: Date, $to: Date, $asOf: Date) {\n    unit(code: $code) {\n      code\n      history(campaign: $campaign, from: $from, to: $to) {\n        date\n        collected\n        activated\n      }\n      progress(campaign: $campaign, asOf: $asOf) {\n        target\n      }\n    }\n  }\n"): (typeof documents)["\n  query UnitHistory($code: String!, $campaign: String!, $from: Date, $to: Date, $asOf: Date) {\n    unit(code: $code) {\n      code\n      history(campaign: $campaign, from: $from, to: $to) {\n        date\n        collected\n        activated\n      }\n      progress(campaign: $campaign, asOf: $asOf) {\n        target\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitShortfalls($code: String!, $campaign: String!, $asOf: Date, $first: Int) {\n    unit(code: $code) {\n      code\n      shortfalls(campaign: $campaign, asOf: $asOf, first: $first) {\n        unit {\n          code\n          name\n          parent {\n            code\n            name\n          }\n        }\n        target\n        collected\n        activated\n        needed\n      }\n    }\n  }\n"): (typeof documents)["\n  query UnitShortfalls($code: String!, $campaign: String!, $asOf: Date, $first: Int) {\n    unit(code: $code) {\n      code\n      shortfalls(campaign: $campaign, asOf: $asOf, first: $first) {\n        unit {\n          code\n          name\n          parent {\n            code\n            name\n          }\n        }\n        target\n        collected\n        activated\n        needed\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitSummary($code: String!, $campaign: String!, $asOf: Date) {\n    unit(code: $code) {\n      code\n      name\n      type\n      level\n      synthetic\n      childCount\n      inScope\n      progress(campaign: $campaign, asOf: $asOf) {\n        asOf\n        target\n        collected\n        activated\n        collectedRate\n        activatedRate\n        percentDone\n        state\n        daysLeft\n        collection {\n          remaining\n          paceNeeded\n          recentPace\n          projectedCompletion\n          state\n        }\n        activation {\n          remaining\n          paceNeeded\n          recentPace\n          projectedCompletion\n          state\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query UnitSummary($code: String!, $campaign: String!, $asOf: Date) {\n    unit(code: $code) {\n      code\n      name\n      type\n      level\n      synthetic\n      childCount\n      inScope\n      progress(campaign: $campaign, asOf: $asOf) {\n        asOf\n        target\n        collected\n        activated\n        collectedRate\n        activatedRate\n        percentDone\n        state\n        daysLeft\n        collection {\n          remaining\n          paceNeeded\n          recentPace\n          projectedCompletion\n          state\n        }\n        activation {\n          remaining\n          paceNeeded\n          recentPace\n          projectedCompletion\n          state\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitTreeChildren($code: String!, $campaign: String!, $asOf: Date) {\n    unit(code: $code) {\n      code\n      children {\n        code\n        name\n        level\n        childCount\n        progress(campaign: $campaign, asOf: $asOf) {\n          activatedRate\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query UnitTreeChildren($code: String!, $campaign: String!, $asOf: Date) {\n    unit(code: $code) {\n      code\n      children {\n        code\n        name\n        level\n        childCount\n        progress(campaign: $campaign, asOf: $asOf) {\n          activatedRate\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitTreeRoot($code: String!, $campaign: String!, $asOf: Date) {\n    unit(code: $code) {\n      code\n      name\n      level\n      childCount\n      progress(campaign: $campaign, asOf: $asOf) {\n        activatedRate\n      }\n    }\n  }\n"): (typeof documents)["\n  query UnitTreeRoot($code: String!, $campaign: String!, $asOf: Date) {\n    unit(code: $code) {\n      code\n      name\n      level\n      childCount\n      progress(campaign: $campaign, asOf: $asOf) {\n        activatedRate\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;