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
    "\n  mutation ChangeMyPassword($oldPassword: String!, $newPassword: String!) {\n    changeMyPassword(oldPassword: $oldPassword, newPassword: $newPassword)\n  }\n": typeof types.ChangeMyPasswordDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserAccountFields\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation DeactivateUser($username: String!) {\n    deactivateUser(username: $username) {\n      ...UserAccountFields\n    }\n  }\n": typeof types.DeactivateUserDocument,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      ...SignedInUser\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query Me {\n    me {\n      ...SignedInUser\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation ReactivateUser($username: String!) {\n    reactivateUser(username: $username) {\n      ...UserAccountFields\n    }\n  }\n": typeof types.ReactivateUserDocument,
    "\n  mutation ResetPassword($username: String!, $password: String!) {\n    resetPassword(username: $username, password: $password) {\n      ...UserAccountFields\n    }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation RevokeSessions($username: String!) {\n    revokeSessions(username: $username) {\n      ...UserAccountFields\n    }\n  }\n": typeof types.RevokeSessionsDocument,
    "\n  fragment SignedInUser on User {\n    username\n    role\n    scope {\n      code\n      name\n      level\n    }\n  }\n": typeof types.SignedInUserFragmentDoc,
    "\n  fragment UserAccountFields on UserAccount {\n    username\n    role\n    active\n    createdAt\n    lastSeenAt\n    openSessions\n    scope {\n      code\n      name\n      level\n    }\n  }\n": typeof types.UserAccountFieldsFragmentDoc,
    "\n  query Users($search: String, $first: Int, $after: String) {\n    users(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...UserAccountFields\n      }\n    }\n  }\n": typeof types.UsersDocument,
    "\n  mutation ClearQueryHistory {\n    clearQueryHistory\n  }\n": typeof types.ClearQueryHistoryDocument,
    "\n  mutation CopySavedQuery($id: ID!, $name: String) {\n    copySavedQuery(id: $id, name: $name) {\n      ...SavedQueryFields\n    }\n  }\n": typeof types.CopySavedQueryDocument,
    "\n  mutation DeleteSavedQuery($id: ID!) {\n    deleteSavedQuery(id: $id)\n  }\n": typeof types.DeleteSavedQueryDocument,
    "\n  query QueryHistory($first: Int) {\n    queryHistory(first: $first) {\n      totalCount\n      nodes {\n        id\n        ranAt\n        operationName\n        query\n        variables\n        durationMs\n        errorCount\n      }\n    }\n  }\n": typeof types.QueryHistoryDocument,
    "\n  mutation SaveQuery($input: SaveQueryInput!) {\n    saveQuery(input: $input) {\n      ...SavedQueryFields\n    }\n  }\n": typeof types.SaveQueryDocument,
    "\n  query SavedQueries($search: String, $first: Int) {\n    savedQueries(search: $search, filter: ALL, first: $first) {\n      totalCount\n      nodes {\n        ...SavedQueryFields\n      }\n    }\n  }\n": typeof types.SavedQueriesDocument,
    "\n  fragment SavedQueryFields on SavedQuery {\n    id\n    name\n    description\n    query\n    variables\n    shared\n    example\n    owner\n    mine\n    readOnly\n    updatedAt\n    sharedWith {\n      code\n      name\n    }\n  }\n": typeof types.SavedQueryFieldsFragmentDoc,
    "\n  query SavedQuery($id: ID!) {\n    savedQuery(id: $id) {\n      ...SavedQueryFields\n    }\n  }\n": typeof types.SavedQueryDocument,
    "\n  mutation UpdateSavedQuery($id: ID!, $input: UpdateSavedQueryInput!) {\n    updateSavedQuery(id: $id, input: $input) {\n      ...SavedQueryFields\n    }\n  }\n": typeof types.UpdateSavedQueryDocument,
    "\n  query AuditEvents(\n    $unit: String\n    $user: String\n    $action: String\n    $from: Date\n    $to: Date\n    $first: Int\n    $after: String\n  ) {\n    auditEvents(unit: $unit, user: $user, action: $action, from: $from, to: $to, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        at\n        user\n        role\n        action\n        campaign\n        field\n        oldValue\n        newValue\n        reason\n        requestId\n        unit {\n          code\n          name\n          level\n        }\n      }\n    }\n  }\n": typeof types.AuditEventsDocument,
    "\n  query CampaignDetails($code: String!) {\n    campaign(code: $code) {\n      ...CampaignFields\n      rootUnit {\n        code\n        name\n        inScope\n      }\n    }\n  }\n": typeof types.CampaignDetailsDocument,
    "\n  fragment CampaignFields on Campaign {\n    code\n    name\n    description\n    collectedLabel\n    activatedLabel\n    startDate\n    deadline\n    rootTarget\n  }\n": typeof types.CampaignFieldsFragmentDoc,
    "\n  mutation CreateCampaign($input: CreateCampaignInput!) {\n    createCampaign(input: $input) {\n      code\n      name\n    }\n  }\n": typeof types.CreateCampaignDocument,
    "\n  query CurrentCampaign {\n    today\n    campaign {\n      code\n      name\n      description\n      startDate\n      deadline\n    }\n  }\n": typeof types.CurrentCampaignDocument,
    "\n  mutation UpdateCampaign($input: UpdateCampaignInput!) {\n    updateCampaign(input: $input) {\n      ...CampaignFields\n    }\n  }\n": typeof types.UpdateCampaignDocument,
    "\n  mutation AddDirectiveAssignees($input: AddAssigneesInput!) {\n    addAssignees(input: $input) {\n      number\n    }\n  }\n": typeof types.AddDirectiveAssigneesDocument,
    "\n  mutation AddDirectiveTask($input: AddTaskInput!) {\n    addTask(input: $input) {\n      number\n    }\n  }\n": typeof types.AddDirectiveTaskDocument,
    "\n  query DirectiveAgencies {\n    agencies {\n      code\n      name\n      shortName\n      unit {\n        code\n        name\n      }\n    }\n    campaigns {\n      code\n      name\n    }\n  }\n": typeof types.DirectiveAgenciesDocument,
    "\n  mutation CreateDirective($input: CreateDirectiveInput!) {\n    createDirective(input: $input) {\n      ...DirectiveRefFields\n    }\n  }\n": typeof types.CreateDirectiveDocument,
    "\n  query DirectiveDetail($number: String!, $issuer: String, $asOf: Date) {\n    directive(number: $number, issuer: $issuer) {\n      id\n      number\n      kind\n      title\n      summary\n      fullText\n      issuedDate\n      status\n      signerTitle\n      signerName\n      attachments {\n        title\n        url\n      }\n      issuedBy {\n        code\n        name\n        kind\n      }\n      campaign {\n        code\n        name\n      }\n      state(asOf: $asOf)\n      nearestDeadline(asOf: $asOf)\n      tasks(asOf: $asOf) {\n        number\n        title\n        text\n        kind\n        deadline\n        linkedToTarget\n        lineCount\n        state\n        percentDone\n      }\n    }\n  }\n": typeof types.DirectiveDetailDocument,
    "\n  fragment DirectiveRefFields on Directive {\n    id\n    number\n    issuedBy {\n      code\n      name\n    }\n  }\n": typeof types.DirectiveRefFieldsFragmentDoc,
    "\n  query DirectiveReport(\n    $directive: String!\n    $issuer: String\n    $task: Int!\n    $assignee: String\n    $asOf: Date\n    $level: ReportLevel\n  ) {\n    directiveReport(\n      directive: $directive\n      issuer: $issuer\n      task: $task\n      assignee: $assignee\n      asOf: $asOf\n      level: $level\n    ) {\n      ...ReportFields\n    }\n  }\n": typeof types.DirectiveReportDocument,
    "\n  query DirectivesList($asOf: Date, $first: Int) {\n    directives(asOf: $asOf, first: $first) {\n      totalCount\n      nodes {\n        id\n        number\n        kind\n        title\n        issuedDate\n        status\n        state(asOf: $asOf)\n        nearestDeadline(asOf: $asOf)\n        issuedBy {\n          code\n          name\n        }\n      }\n    }\n  }\n": typeof types.DirectivesListDocument,
    "\n  mutation FileReport($input: FileReportInput!) {\n    fileReport(input: $input) {\n      id\n      asOf\n      level\n      filedOn\n      filedBy\n    }\n  }\n": typeof types.FileReportDocument,
    "\n  query LatestFiledReport($number: String!, $issuer: String, $task: Int!, $unit: String!, $level: Level) {\n    directive(number: $number, issuer: $issuer) {\n      id\n      lines(task: $task, under: $unit, level: $level, first: 1) {\n        nodes {\n          id\n          asOf\n          assignee {\n            code\n          }\n          filedReports(first: 1) {\n            id\n            asOf\n            filedOn\n            filedBy\n            report {\n              ...ReportFields\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.LatestFiledReportDocument,
    "\n  fragment LineFields on AssignmentLine {\n    ...LineStateFields\n    canUpdate\n    assignee {\n      code\n      name\n      shortName\n      kind\n    }\n    unit {\n      ...UnitFields\n    }\n    progress {\n      ...ProgressCounts\n      state\n      ...ProgressTrends\n    }\n    latestUpdate {\n      id\n      date\n      text\n      percent\n      done\n    }\n  }\n": typeof types.LineFieldsFragmentDoc,
    "\n  query LineHistory($number: String!, $issuer: String, $task: Int!, $unit: String!, $level: Level) {\n    directive(number: $number, issuer: $issuer) {\n      id\n      lines(task: $task, under: $unit, level: $level, first: 5) {\n        nodes {\n          id\n          asOf\n          updates(first: 10) {\n            id\n            date\n            percent\n            done\n            text\n            author\n            recordedAt\n          }\n          filedReports(first: 10) {\n            id\n            asOf\n            level\n            filedOn\n            filedAt\n            filedBy\n          }\n        }\n      }\n    }\n  }\n": typeof types.LineHistoryDocument,
    "\n  fragment LineStateFields on AssignmentLine {\n    id\n    asOf\n    state\n    percentDone\n  }\n": typeof types.LineStateFieldsFragmentDoc,
    "\n  mutation MarkLineDone($input: MarkLineDoneInput!) {\n    markLineDone(input: $input) {\n      ...LineStateFields\n    }\n  }\n": typeof types.MarkLineDoneDocument,
    "\n  mutation PostProgressUpdate($input: ProgressUpdateInput!) {\n    postProgressUpdate(input: $input) {\n      ...LineStateFields\n    }\n  }\n": typeof types.PostProgressUpdateDocument,
    "\n  query ProblemLines($number: String!, $issuer: String, $asOf: Date, $first: Int) {\n    directive(number: $number, issuer: $issuer) {\n      id\n      overdue: lines(asOf: $asOf, state: OVERDUE, orderBy: WORST_FIRST, first: $first) {\n        totalCount\n        nodes {\n          ...ProblemLineFields\n        }\n      }\n      atRisk: lines(asOf: $asOf, state: AT_RISK, orderBy: WORST_FIRST, first: $first) {\n        totalCount\n        nodes {\n          ...ProblemLineFields\n        }\n      }\n    }\n  }\n\n  fragment ProblemLineFields on AssignmentLine {\n    id\n    asOf\n    state\n    percentDone\n    task {\n      number\n      title\n      deadline\n    }\n    assignee {\n      code\n      name\n    }\n    unit {\n      code\n      name\n    }\n  }\n": typeof types.ProblemLinesDocument,
    "\n  mutation RemoveDirectiveAssignee($input: RemoveAssigneeInput!) {\n    removeAssignee(input: $input) {\n      number\n    }\n  }\n": typeof types.RemoveDirectiveAssigneeDocument,
    "\n  mutation RemoveDirectiveTask($input: RemoveTaskInput!) {\n    removeTask(input: $input) {\n      id\n    }\n  }\n": typeof types.RemoveDirectiveTaskDocument,
    "\n  fragment ReportFields on DirectiveReport {\n    directiveNumber\n    directiveTitle\n    issuedBy\n    issuedDate\n    taskNumber\n    taskTitle\n    deadline\n    assigneeCode\n    assigneeName\n    campaign\n    asOf\n    level\n    previousAsOf\n    total {\n      ...ReportRowFields\n    }\n    rows {\n      ...ReportRowFields\n    }\n    tasks {\n      number\n      title\n      kind\n      deadline\n      state\n      percentDone\n    }\n  }\n\n  fragment ReportRowFields on ReportRow {\n    unitCode\n    unitName\n    target\n    collected\n    activated\n    collectedRate\n    activatedRate\n    collectedChange\n    activatedChange\n    rank\n    state\n  }\n": typeof types.ReportFieldsFragmentDoc,
    "\n  query ReportTasks($asOf: Date, $first: Int) {\n    directives(asOf: $asOf, first: $first) {\n      nodes {\n        id\n        number\n        issuedBy {\n          code\n        }\n        tasks(asOf: $asOf) {\n          number\n          kind\n          deadline\n          state\n        }\n      }\n    }\n  }\n": typeof types.ReportTasksDocument,
    "\n  query TaskLines(\n    $number: String!\n    $issuer: String\n    $task: Int!\n    $asOf: Date\n    $state: ProgressState\n    $under: String\n    $level: Level\n    $orderBy: LineOrder\n  ) {\n    directive(number: $number, issuer: $issuer) {\n      id\n      task(number: $task, asOf: $asOf) {\n        number\n        assignments(state: $state, under: $under, level: $level, orderBy: $orderBy) {\n          ...LineFields\n        }\n      }\n    }\n  }\n": typeof types.TaskLinesDocument,
    "\n  query UnitsBelow($parent: String!, $level: Level, $first: Int, $after: String) {\n    units(parent: $parent, level: $level, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        code\n        name\n        level\n      }\n    }\n  }\n": typeof types.UnitsBelowDocument,
    "\n  mutation UpdateDirective($input: UpdateDirectiveInput!) {\n    updateDirective(input: $input) {\n      ...DirectiveRefFields\n    }\n  }\n": typeof types.UpdateDirectiveDocument,
    "\n  mutation UpdateDirectiveTask($input: UpdateTaskInput!) {\n    updateTask(input: $input) {\n      number\n    }\n  }\n": typeof types.UpdateDirectiveTaskDocument,
    "\n  query FindCommune($search: String!) {\n    units(search: $search, level: COMMUNE, first: 5) {\n      nodes {\n        code\n        name\n        parent {\n          name\n        }\n      }\n    }\n  }\n": typeof types.FindCommuneDocument,
    "\n  mutation RecordTallies($input: RecordTalliesInput!) {\n    recordTallies(input: $input) {\n      date\n      saved\n    }\n  }\n": typeof types.RecordTalliesDocument,
    "\n  query ReportSheet($code: String!, $campaign: String!, $date: Date!, $dayBefore: Date!, $from: Date!, $today: Date!) {\n    unit(code: $code) {\n      code\n      name\n      level\n      children {\n        code\n        name\n        history(campaign: $campaign, from: $from, to: $today) {\n          date\n          collected\n          activated\n        }\n      }\n    }\n    before: reportingStatus(campaign: $campaign, parent: $code, level: HAMLET, date: $dayBefore, first: 100) {\n      nodes {\n        unit {\n          code\n        }\n        lastReportDate\n      }\n    }\n    onDate: reportingStatus(campaign: $campaign, parent: $code, level: HAMLET, date: $date, first: 100) {\n      nodes {\n        unit {\n          code\n        }\n        reported\n      }\n    }\n    latest: reportingStatus(campaign: $campaign, parent: $code, level: HAMLET, date: $today, first: 100) {\n      nodes {\n        unit {\n          code\n        }\n        lastReportDate\n      }\n    }\n  }\n": typeof types.ReportSheetDocument,
    "\n  query UnitParent($code: String!) {\n    unit(code: $code) {\n      ...UnitFields\n      parent {\n        ...UnitFields\n      }\n    }\n  }\n": typeof types.UnitParentDocument,
    "\n  mutation AssignTargets($input: AssignTargetsInput!) {\n    assignTargets(input: $input) {\n      version\n      changed\n    }\n  }\n": typeof types.AssignTargetsDocument,
    "\n  query TargetProblems($campaign: String!, $first: Int, $after: String) {\n    targetProblems(campaign: $campaign, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        target\n        allocated\n        unallocated\n        childCount\n        unit {\n          code\n          name\n          level\n        }\n      }\n    }\n  }\n": typeof types.TargetProblemsDocument,
    "\n  query Targets($campaign: String!, $parent: String!) {\n    targets(campaign: $campaign, parent: $parent) {\n      version\n      target\n      allocated\n      unallocated\n      canEdit\n      parent {\n        ...UnitFields\n        parent {\n          code\n          name\n          inScope\n        }\n      }\n      children {\n        target\n        population\n        unit {\n          ...UnitFields\n        }\n      }\n    }\n  }\n": typeof types.TargetsDocument,
    "\n  query SearchUnits($search: String!, $first: Int) {\n    units(search: $search, first: $first) {\n      totalCount\n      nodes {\n        code\n        name\n        level\n        inScope\n        parent {\n          code\n          name\n        }\n      }\n    }\n  }\n": typeof types.SearchUnitsDocument,
    "\n  query UnitAncestors($code: String!) {\n    unit(code: $code) {\n      ...UnitFields\n      inScope\n      ancestors {\n        ...UnitFields\n        inScope\n      }\n    }\n  }\n": typeof types.UnitAncestorsDocument,
    "\n  query UnitChildrenProgress($code: String!, $campaign: String!, $asOf: Date) {\n    unit(code: $code) {\n      code\n      children {\n        ...UnitFields\n        childCount\n        progress(campaign: $campaign, asOf: $asOf) {\n          ...ProgressCounts\n          percentDone\n          state\n          activation {\n            remaining\n          }\n        }\n      }\n    }\n  }\n": typeof types.UnitChildrenProgressDocument,
    "\n  query UnitCompleteness($code: String!, $campaign: String!, $date: Date) {\n    unit(code: $code) {\n      code\n      level\n      completeness(campaign: $campaign, date: $date) {\n        date\n        communesReported\n        communesTotal\n        hamletsReported\n        hamletsTotal\n      }\n    }\n  }\n": typeof types.UnitCompletenessDocument,
    "\n  query UnitHistory($code: String!, $campaign: String!, $from: Date, $to: Date, $asOf: Date) {\n    unit(code: $code) {\n      code\n      history(campaign: $campaign, from: $from, to: $to) {\n        date\n        collected\n        activated\n      }\n      progress(campaign: $campaign, asOf: $asOf) {\n        target\n      }\n    }\n  }\n": typeof types.UnitHistoryDocument,
    "\n  query UnitShortfalls($code: String!, $campaign: String!, $asOf: Date, $first: Int) {\n    unit(code: $code) {\n      code\n      shortfalls(campaign: $campaign, asOf: $asOf, first: $first) {\n        unit {\n          code\n          name\n          parent {\n            code\n            name\n          }\n        }\n        target\n        collected\n        activated\n        needed\n      }\n    }\n  }\n": typeof types.UnitShortfallsDocument,
    "\n  query UnitSummary($code: String!, $campaign: String!, $asOf: Date) {\n    unit(code: $code) {\n      ...UnitFields\n      type\n      synthetic\n      childCount\n      inScope\n      progress(campaign: $campaign, asOf: $asOf) {\n        asOf\n        ...ProgressCounts\n        percentDone\n        state\n        ...ProgressTrends\n      }\n    }\n  }\n": typeof types.UnitSummaryDocument,
    "\n  query UnitTreeChildren($code: String!, $campaign: String!, $asOf: Date, $figures: Boolean!, $hamlets: Boolean!) {\n    unit(code: $code) {\n      code\n      children {\n        ...UnitFields\n        childCount @skip(if: $hamlets)\n        progress(campaign: $campaign, asOf: $asOf) @include(if: $figures) {\n          activatedRate\n        }\n      }\n    }\n  }\n": typeof types.UnitTreeChildrenDocument,
    "\n  query UnitTreeFigures($code: String!, $campaign: String!, $asOf: Date, $first: Int!, $offset: Int!) {\n    unit(code: $code) {\n      code\n      children(first: $first, offset: $offset) {\n        code\n        progress(campaign: $campaign, asOf: $asOf) {\n          activatedRate\n        }\n      }\n    }\n  }\n": typeof types.UnitTreeFiguresDocument,
    "\n  query UnitTreeRoot($code: String!, $campaign: String!, $asOf: Date) {\n    unit(code: $code) {\n      ...UnitFields\n      childCount\n      progress(campaign: $campaign, asOf: $asOf) {\n        activatedRate\n      }\n    }\n  }\n": typeof types.UnitTreeRootDocument,
    "\n  subscription Changes {\n    changes {\n      kind\n      campaign\n      units\n    }\n  }\n": typeof types.ChangesDocument,
    "\n  query DataVersion {\n    dataVersion\n  }\n": typeof types.DataVersionDocument,
    "\n  fragment ProgressCounts on Progress {\n    target\n    collected\n    activated\n    collectedRate\n    activatedRate\n  }\n\n  fragment ProgressTrends on Progress {\n    daysLeft\n    collection {\n      ...TrendFields\n    }\n    activation {\n      ...TrendFields\n    }\n  }\n\n  fragment TrendFields on Trend {\n    remaining\n    paceNeeded\n    recentPace\n    projectedCompletion\n    state\n  }\n": typeof types.ProgressCountsFragmentDoc,
    "\n  fragment UnitFields on Unit {\n    code\n    name\n    level\n  }\n": typeof types.UnitFieldsFragmentDoc,
};
const documents: Documents = {
    "\n  mutation ChangeMyPassword($oldPassword: String!, $newPassword: String!) {\n    changeMyPassword(oldPassword: $oldPassword, newPassword: $newPassword)\n  }\n": types.ChangeMyPasswordDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserAccountFields\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation DeactivateUser($username: String!) {\n    deactivateUser(username: $username) {\n      ...UserAccountFields\n    }\n  }\n": types.DeactivateUserDocument,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      ...SignedInUser\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query Me {\n    me {\n      ...SignedInUser\n    }\n  }\n": types.MeDocument,
    "\n  mutation ReactivateUser($username: String!) {\n    reactivateUser(username: $username) {\n      ...UserAccountFields\n    }\n  }\n": types.ReactivateUserDocument,
    "\n  mutation ResetPassword($username: String!, $password: String!) {\n    resetPassword(username: $username, password: $password) {\n      ...UserAccountFields\n    }\n  }\n": types.ResetPasswordDocument,
    "\n  mutation RevokeSessions($username: String!) {\n    revokeSessions(username: $username) {\n      ...UserAccountFields\n    }\n  }\n": types.RevokeSessionsDocument,
    "\n  fragment SignedInUser on User {\n    username\n    role\n    scope {\n      code\n      name\n      level\n    }\n  }\n": types.SignedInUserFragmentDoc,
    "\n  fragment UserAccountFields on UserAccount {\n    username\n    role\n    active\n    createdAt\n    lastSeenAt\n    openSessions\n    scope {\n      code\n      name\n      level\n    }\n  }\n": types.UserAccountFieldsFragmentDoc,
    "\n  query Users($search: String, $first: Int, $after: String) {\n    users(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...UserAccountFields\n      }\n    }\n  }\n": types.UsersDocument,
    "\n  mutation ClearQueryHistory {\n    clearQueryHistory\n  }\n": types.ClearQueryHistoryDocument,
    "\n  mutation CopySavedQuery($id: ID!, $name: String) {\n    copySavedQuery(id: $id, name: $name) {\n      ...SavedQueryFields\n    }\n  }\n": types.CopySavedQueryDocument,
    "\n  mutation DeleteSavedQuery($id: ID!) {\n    deleteSavedQuery(id: $id)\n  }\n": types.DeleteSavedQueryDocument,
    "\n  query QueryHistory($first: Int) {\n    queryHistory(first: $first) {\n      totalCount\n      nodes {\n        id\n        ranAt\n        operationName\n        query\n        variables\n        durationMs\n        errorCount\n      }\n    }\n  }\n": types.QueryHistoryDocument,
    "\n  mutation SaveQuery($input: SaveQueryInput!) {\n    saveQuery(input: $input) {\n      ...SavedQueryFields\n    }\n  }\n": types.SaveQueryDocument,
    "\n  query SavedQueries($search: String, $first: Int) {\n    savedQueries(search: $search, filter: ALL, first: $first) {\n      totalCount\n      nodes {\n        ...SavedQueryFields\n      }\n    }\n  }\n": types.SavedQueriesDocument,
    "\n  fragment SavedQueryFields on SavedQuery {\n    id\n    name\n    description\n    query\n    variables\n    shared\n    example\n    owner\n    mine\n    readOnly\n    updatedAt\n    sharedWith {\n      code\n      name\n    }\n  }\n": types.SavedQueryFieldsFragmentDoc,
    "\n  query SavedQuery($id: ID!) {\n    savedQuery(id: $id) {\n      ...SavedQueryFields\n    }\n  }\n": types.SavedQueryDocument,
    "\n  mutation UpdateSavedQuery($id: ID!, $input: UpdateSavedQueryInput!) {\n    updateSavedQuery(id: $id, input: $input) {\n      ...SavedQueryFields\n    }\n  }\n": types.UpdateSavedQueryDocument,
    "\n  query AuditEvents(\n    $unit: String\n    $user: String\n    $action: String\n    $from: Date\n    $to: Date\n    $first: Int\n    $after: String\n  ) {\n    auditEvents(unit: $unit, user: $user, action: $action, from: $from, to: $to, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        at\n        user\n        role\n        action\n        campaign\n        field\n        oldValue\n        newValue\n        reason\n        requestId\n        unit {\n          code\n          name\n          level\n        }\n      }\n    }\n  }\n": types.AuditEventsDocument,
    "\n  query CampaignDetails($code: String!) {\n    campaign(code: $code) {\n      ...CampaignFields\n      rootUnit {\n        code\n        name\n        inScope\n      }\n    }\n  }\n": types.CampaignDetailsDocument,
    "\n  fragment CampaignFields on Campaign {\n    code\n    name\n    description\n    collectedLabel\n    activatedLabel\n    startDate\n    deadline\n    rootTarget\n  }\n": types.CampaignFieldsFragmentDoc,
    "\n  mutation CreateCampaign($input: CreateCampaignInput!) {\n    createCampaign(input: $input) {\n      code\n      name\n    }\n  }\n": types.CreateCampaignDocument,
    "\n  query CurrentCampaign {\n    today\n    campaign {\n      code\n      name\n      description\n      startDate\n      deadline\n    }\n  }\n": types.CurrentCampaignDocument,
    "\n  mutation UpdateCampaign($input: UpdateCampaignInput!) {\n    updateCampaign(input: $input) {\n      ...CampaignFields\n    }\n  }\n": types.UpdateCampaignDocument,
    "\n  mutation AddDirectiveAssignees($input: AddAssigneesInput!) {\n    addAssignees(input: $input) {\n      number\n    }\n  }\n": types.AddDirectiveAssigneesDocument,
    "\n  mutation AddDirectiveTask($input: AddTaskInput!) {\n    addTask(input: $input) {\n      number\n    }\n  }\n": types.AddDirectiveTaskDocument,
    "\n  query DirectiveAgencies {\n    agencies {\n      code\n      name\n      shortName\n      unit {\n        code\n        name\n      }\n    }\n    campaigns {\n      code\n      name\n    }\n  }\n": types.DirectiveAgenciesDocument,
    "\n  mutation CreateDirective($input: CreateDirectiveInput!) {\n    createDirective(input: $input) {\n      ...DirectiveRefFields\n    }\n  }\n": types.CreateDirectiveDocument,
    "\n  query DirectiveDetail($number: String!, $issuer: String, $asOf: Date) {\n    directive(number: $number, issuer: $issuer) {\n      id\n      number\n      kind\n      title\n      summary\n      fullText\n      issuedDate\n      status\n      signerTitle\n      signerName\n      attachments {\n        title\n        url\n      }\n      issuedBy {\n        code\n        name\n        kind\n      }\n      campaign {\n        code\n        name\n      }\n      state(asOf: $asOf)\n      nearestDeadline(asOf: $asOf)\n      tasks(asOf: $asOf) {\n        number\n        title\n        text\n        kind\n        deadline\n        linkedToTarget\n        lineCount\n        state\n        percentDone\n      }\n    }\n  }\n": types.DirectiveDetailDocument,
    "\n  fragment DirectiveRefFields on Directive {\n    id\n    number\n    issuedBy {\n      code\n      name\n    }\n  }\n": types.DirectiveRefFieldsFragmentDoc,
    "\n  query DirectiveReport(\n    $directive: String!\n    $issuer: String\n    $task: Int!\n    $assignee: String\n    $asOf: Date\n    $level: ReportLevel\n  ) {\n    directiveReport(\n      directive: $directive\n      issuer: $issuer\n      task: $task\n      assignee: $assignee\n      asOf: $asOf\n      level: $level\n    ) {\n      ...ReportFields\n    }\n  }\n": types.DirectiveReportDocument,
    "\n  query DirectivesList($asOf: Date, $first: Int) {\n    directives(asOf: $asOf, first: $first) {\n      totalCount\n      nodes {\n        id\n        number\n        kind\n        title\n        issuedDate\n        status\n        state(asOf: $asOf)\n        nearestDeadline(asOf: $asOf)\n        issuedBy {\n          code\n          name\n        }\n      }\n    }\n  }\n": types.DirectivesListDocument,
    "\n  mutation FileReport($input: FileReportInput!) {\n    fileReport(input: $input) {\n      id\n      asOf\n      level\n      filedOn\n      filedBy\n    }\n  }\n": types.FileReportDocument,
    "\n  query LatestFiledReport($number: String!, $issuer: String, $task: Int!, $unit: String!, $level: Level) {\n    directive(number: $number, issuer: $issuer) {\n      id\n      lines(task: $task, under: $unit, level: $level, first: 1) {\n        nodes {\n          id\n          asOf\n          assignee {\n            code\n          }\n          filedReports(first: 1) {\n            id\n            asOf\n            filedOn\n            filedBy\n            report {\n              ...ReportFields\n            }\n          }\n        }\n      }\n    }\n  }\n": types.LatestFiledReportDocument,
    "\n  fragment LineFields on AssignmentLine {\n    ...LineStateFields\n    canUpdate\n    assignee {\n      code\n      name\n      shortName\n      kind\n    }\n    unit {\n      ...UnitFields\n    }\n    progress {\n      ...ProgressCounts\n      state\n      ...ProgressTrends\n    }\n    latestUpdate {\n      id\n      date\n      text\n      percent\n      done\n    }\n  }\n": types.LineFieldsFragmentDoc,
    "\n  query LineHistory($number: String!, $issuer: String, $task: Int!, $unit: String!, $level: Level) {\n    directive(number: $number, issuer: $issuer) {\n      id\n      lines(task: $task, under: $unit, level: $level, first: 5) {\n        nodes {\n          id\n          asOf\n          updates(first: 10) {\n            id\n            date\n            percent\n            done\n            text\n            author\n            recordedAt\n          }\n          filedReports(first: 10) {\n            id\n            asOf\n            level\n            filedOn\n            filedAt\n            filedBy\n          }\n        }\n      }\n    }\n  }\n": types.LineHistoryDocument,
    "\n  fragment LineStateFields on AssignmentLine {\n    id\n    asOf\n    state\n    percentDone\n  }\n": types.LineStateFieldsFragmentDoc,
    "\n  mutation MarkLineDone($input: MarkLineDoneInput!) {\n    markLineDone(input: $input) {\n      ...LineStateFields\n    }\n  }\n": types.MarkLineDoneDocument,
    "\n  mutation PostProgressUpdate($input: ProgressUpdateInput!) {\n    postProgressUpdate(input: $input) {\n      ...LineStateFields\n    }\n  }\n": types.PostProgressUpdateDocument,
    "\n  query ProblemLines($number: String!, $issuer: String, $asOf: Date, $first: Int) {\n    directive(number: $number, issuer: $issuer) {\n      id\n      overdue: lines(asOf: $asOf, state: OVERDUE, orderBy: WORST_FIRST, first: $first) {\n        totalCount\n        nodes {\n          ...ProblemLineFields\n        }\n      }\n      atRisk: lines(asOf: $asOf, state: AT_RISK, orderBy: WORST_FIRST, first: $first) {\n        totalCount\n        nodes {\n          ...ProblemLineFields\n        }\n      }\n    }\n  }\n\n  fragment ProblemLineFields on AssignmentLine {\n    id\n    asOf\n    state\n    percentDone\n    task {\n      number\n      title\n      deadline\n    }\n    assignee {\n      code\n      name\n    }\n    unit {\n      code\n      name\n    }\n  }\n": types.ProblemLinesDocument,
    "\n  mutation RemoveDirectiveAssignee($input: RemoveAssigneeInput!) {\n    removeAssignee(input: $input) {\n      number\n    }\n  }\n": types.RemoveDirectiveAssigneeDocument,
    "\n  mutation RemoveDirectiveTask($input: RemoveTaskInput!) {\n    removeTask(input: $input) {\n      id\n    }\n  }\n": types.RemoveDirectiveTaskDocument,
    "\n  fragment ReportFields on DirectiveReport {\n    directiveNumber\n    directiveTitle\n    issuedBy\n    issuedDate\n    taskNumber\n    taskTitle\n    deadline\n    assigneeCode\n    assigneeName\n    campaign\n    asOf\n    level\n    previousAsOf\n    total {\n      ...ReportRowFields\n    }\n    rows {\n      ...ReportRowFields\n    }\n    tasks {\n      number\n      title\n      kind\n      deadline\n      state\n      percentDone\n    }\n  }\n\n  fragment ReportRowFields on ReportRow {\n    unitCode\n    unitName\n    target\n    collected\n    activated\n    collectedRate\n    activatedRate\n    collectedChange\n    activatedChange\n    rank\n    state\n  }\n": types.ReportFieldsFragmentDoc,
    "\n  query ReportTasks($asOf: Date, $first: Int) {\n    directives(asOf: $asOf, first: $first) {\n      nodes {\n        id\n        number\n        issuedBy {\n          code\n        }\n        tasks(asOf: $asOf) {\n          number\n          kind\n          deadline\n          state\n        }\n      }\n    }\n  }\n": types.ReportTasksDocument,
    "\n  query TaskLines(\n    $number: String!\n    $issuer: String\n    $task: Int!\n    $asOf: Date\n    $state: ProgressState\n    $under: String\n    $level: Level\n    $orderBy: LineOrder\n  ) {\n    directive(number: $number, issuer: $issuer) {\n      id\n      task(number: $task, asOf: $asOf) {\n        number\n        assignments(state: $state, under: $under, level: $level, orderBy: $orderBy) {\n          ...LineFields\n        }\n      }\n    }\n  }\n": types.TaskLinesDocument,
    "\n  query UnitsBelow($parent: String!, $level: Level, $first: Int, $after: String) {\n    units(parent: $parent, level: $level, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        code\n        name\n        level\n      }\n    }\n  }\n": types.UnitsBelowDocument,
    "\n  mutation UpdateDirective($input: UpdateDirectiveInput!) {\n    updateDirective(input: $input) {\n      ...DirectiveRefFields\n    }\n  }\n": types.UpdateDirectiveDocument,
    "\n  mutation UpdateDirectiveTask($input: UpdateTaskInput!) {\n    updateTask(input: $input) {\n      number\n    }\n  }\n": types.UpdateDirectiveTaskDocument,
    "\n  query FindCommune($search: String!) {\n    units(search: $search, level: COMMUNE, first: 5) {\n      nodes {\n        code\n        name\n        parent {\n          name\n        }\n      }\n    }\n  }\n": types.FindCommuneDocument,
    "\n  mutation RecordTallies($input: RecordTalliesInput!) {\n    recordTallies(input: $input) {\n      date\n      saved\n    }\n  }\n": types.RecordTalliesDocument,
    "\n  query ReportSheet($code: String!, $campaign: String!, $date: Date!, $dayBefore: Date!, $from: Date!, $today: Date!) {\n    unit(code: $code) {\n      code\n      name\n      level\n      children {\n        code\n        name\n        history(campaign: $campaign, from: $from, to: $today) {\n          date\n          collected\n          activated\n        }\n      }\n    }\n    before: reportingStatus(campaign: $campaign, parent: $code, level: HAMLET, date: $dayBefore, first: 100) {\n      nodes {\n        unit {\n          code\n        }\n        lastReportDate\n      }\n    }\n    onDate: reportingStatus(campaign: $campaign, parent: $code, level: HAMLET, date: $date, first: 100) {\n      nodes {\n        unit {\n          code\n        }\n        reported\n      }\n    }\n    latest: reportingStatus(campaign: $campaign, parent: $code, level: HAMLET, date: $today, first: 100) {\n      nodes {\n        unit {\n          code\n        }\n        lastReportDate\n      }\n    }\n  }\n": types.ReportSheetDocument,
    "\n  query UnitParent($code: String!) {\n    unit(code: $code) {\n      ...UnitFields\n      parent {\n        ...UnitFields\n      }\n    }\n  }\n": types.UnitParentDocument,
    "\n  mutation AssignTargets($input: AssignTargetsInput!) {\n    assignTargets(input: $input) {\n      version\n      changed\n    }\n  }\n": types.AssignTargetsDocument,
    "\n  query TargetProblems($campaign: String!, $first: Int, $after: String) {\n    targetProblems(campaign: $campaign, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        target\n        allocated\n        unallocated\n        childCount\n        unit {\n          code\n          name\n          level\n        }\n      }\n    }\n  }\n": types.TargetProblemsDocument,
    "\n  query Targets($campaign: String!, $parent: String!) {\n    targets(campaign: $campaign, parent: $parent) {\n      version\n      target\n      allocated\n      unallocated\n      canEdit\n      parent {\n        ...UnitFields\n        parent {\n          code\n          name\n          inScope\n        }\n      }\n      children {\n        target\n        population\n        unit {\n          ...UnitFields\n        }\n      }\n    }\n  }\n": types.TargetsDocument,
    "\n  query SearchUnits($search: String!, $first: Int) {\n    units(search: $search, first: $first) {\n      totalCount\n      nodes {\n        code\n        name\n        level\n        inScope\n        parent {\n          code\n          name\n        }\n      }\n    }\n  }\n": types.SearchUnitsDocument,
    "\n  query UnitAncestors($code: String!) {\n    unit(code: $code) {\n      ...UnitFields\n      inScope\n      ancestors {\n        ...UnitFields\n        inScope\n      }\n    }\n  }\n": types.UnitAncestorsDocument,
    "\n  query UnitChildrenProgress($code: String!, $campaign: String!, $asOf: Date) {\n    unit(code: $code) {\n      code\n      children {\n        ...UnitFields\n        childCount\n        progress(campaign: $campaign, asOf: $asOf) {\n          ...ProgressCounts\n          percentDone\n          state\n          activation {\n            remaining\n          }\n        }\n      }\n    }\n  }\n": types.UnitChildrenProgressDocument,
    "\n  query UnitCompleteness($code: String!, $campaign: String!, $date: Date) {\n    unit(code: $code) {\n      code\n      level\n      completeness(campaign: $campaign, date: $date) {\n        date\n        communesReported\n        communesTotal\n        hamletsReported\n        hamletsTotal\n      }\n    }\n  }\n": types.UnitCompletenessDocument,
    "\n  query UnitHistory($code: String!, $campaign: String!, $from: Date, $to: Date, $asOf: Date) {\n    unit(code: $code) {\n      code\n      history(campaign: $campaign, from: $from, to: $to) {\n        date\n        collected\n        activated\n      }\n      progress(campaign: $campaign, asOf: $asOf) {\n        target\n      }\n    }\n  }\n": types.UnitHistoryDocument,
    "\n  query UnitShortfalls($code: String!, $campaign: String!, $asOf: Date, $first: Int) {\n    unit(code: $code) {\n      code\n      shortfalls(campaign: $campaign, asOf: $asOf, first: $first) {\n        unit {\n          code\n          name\n          parent {\n            code\n            name\n          }\n        }\n        target\n        collected\n        activated\n        needed\n      }\n    }\n  }\n": types.UnitShortfallsDocument,
    "\n  query UnitSummary($code: String!, $campaign: String!, $asOf: Date) {\n    unit(code: $code) {\n      ...UnitFields\n      type\n      synthetic\n      childCount\n      inScope\n      progress(campaign: $campaign, asOf: $asOf) {\n        asOf\n        ...ProgressCounts\n        percentDone\n        state\n        ...ProgressTrends\n      }\n    }\n  }\n": types.UnitSummaryDocument,
    "\n  query UnitTreeChildren($code: String!, $campaign: String!, $asOf: Date, $figures: Boolean!, $hamlets: Boolean!) {\n    unit(code: $code) {\n      code\n      children {\n        ...UnitFields\n        childCount @skip(if: $hamlets)\n        progress(campaign: $campaign, asOf: $asOf) @include(if: $figures) {\n          activatedRate\n        }\n      }\n    }\n  }\n": types.UnitTreeChildrenDocument,
    "\n  query UnitTreeFigures($code: String!, $campaign: String!, $asOf: Date, $first: Int!, $offset: Int!) {\n    unit(code: $code) {\n      code\n      children(first: $first, offset: $offset) {\n        code\n        progress(campaign: $campaign, asOf: $asOf) {\n          activatedRate\n        }\n      }\n    }\n  }\n": types.UnitTreeFiguresDocument,
    "\n  query UnitTreeRoot($code: String!, $campaign: String!, $asOf: Date) {\n    unit(code: $code) {\n      ...UnitFields\n      childCount\n      progress(campaign: $campaign, asOf: $asOf) {\n        activatedRate\n      }\n    }\n  }\n": types.UnitTreeRootDocument,
    "\n  subscription Changes {\n    changes {\n      kind\n      campaign\n      units\n    }\n  }\n": types.ChangesDocument,
    "\n  query DataVersion {\n    dataVersion\n  }\n": types.DataVersionDocument,
    "\n  fragment ProgressCounts on Progress {\n    target\n    collected\n    activated\n    collectedRate\n    activatedRate\n  }\n\n  fragment ProgressTrends on Progress {\n    daysLeft\n    collection {\n      ...TrendFields\n    }\n    activation {\n      ...TrendFields\n    }\n  }\n\n  fragment TrendFields on Trend {\n    remaining\n    paceNeeded\n    recentPace\n    projectedCompletion\n    state\n  }\n": types.ProgressCountsFragmentDoc,
    "\n  fragment UnitFields on Unit {\n    code\n    name\n    level\n  }\n": types.UnitFieldsFragmentDoc,
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
export function graphql(source: "\n  mutation ChangeMyPassword($oldPassword: String!, $newPassword: String!) {\n    changeMyPassword(oldPassword: $oldPassword, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation ChangeMyPassword($oldPassword: String!, $newPassword: String!) {\n    changeMyPassword(oldPassword: $oldPassword, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserAccountFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserAccountFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateUser($username: String!) {\n    deactivateUser(username: $username) {\n      ...UserAccountFields\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivateUser($username: String!) {\n    deactivateUser(username: $username) {\n      ...UserAccountFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      ...SignedInUser\n    }\n  }\n"): (typeof documents)["\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      ...SignedInUser\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...SignedInUser\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...SignedInUser\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactivateUser($username: String!) {\n    reactivateUser(username: $username) {\n      ...UserAccountFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReactivateUser($username: String!) {\n    reactivateUser(username: $username) {\n      ...UserAccountFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($username: String!, $password: String!) {\n    resetPassword(username: $username, password: $password) {\n      ...UserAccountFields\n    }\n  }\n"): (typeof documents)["\n  mutation ResetPassword($username: String!, $password: String!) {\n    resetPassword(username: $username, password: $password) {\n      ...UserAccountFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeSessions($username: String!) {\n    revokeSessions(username: $username) {\n      ...UserAccountFields\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeSessions($username: String!) {\n    revokeSessions(username: $username) {\n      ...UserAccountFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SignedInUser on User {\n    username\n    role\n    scope {\n      code\n      name\n      level\n    }\n  }\n"): (typeof documents)["\n  fragment SignedInUser on User {\n    username\n    role\n    scope {\n      code\n      name\n      level\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserAccountFields on UserAccount {\n    username\n    role\n    active\n    createdAt\n    lastSeenAt\n    openSessions\n    scope {\n      code\n      name\n      level\n    }\n  }\n"): (typeof documents)["\n  fragment UserAccountFields on UserAccount {\n    username\n    role\n    active\n    createdAt\n    lastSeenAt\n    openSessions\n    scope {\n      code\n      name\n      level\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users($search: String, $first: Int, $after: String) {\n    users(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...UserAccountFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Users($search: String, $first: Int, $after: String) {\n    users(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...UserAccountFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClearQueryHistory {\n    clearQueryHistory\n  }\n"): (typeof documents)["\n  mutation ClearQueryHistory {\n    clearQueryHistory\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CopySavedQuery($id: ID!, $name: String) {\n    copySavedQuery(id: $id, name: $name) {\n      ...SavedQueryFields\n    }\n  }\n"): (typeof documents)["\n  mutation CopySavedQuery($id: ID!, $name: String) {\n    copySavedQuery(id: $id, name: $name) {\n      ...SavedQueryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteSavedQuery($id: ID!) {\n    deleteSavedQuery(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteSavedQuery($id: ID!) {\n    deleteSavedQuery(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QueryHistory($first: Int) {\n    queryHistory(first: $first) {\n      totalCount\n      nodes {\n        id\n        ranAt\n        operationName\n        query\n        variables\n        durationMs\n        errorCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query QueryHistory($first: Int) {\n    queryHistory(first: $first) {\n      totalCount\n      nodes {\n        id\n        ranAt\n        operationName\n        query\n        variables\n        durationMs\n        errorCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveQuery($input: SaveQueryInput!) {\n    saveQuery(input: $input) {\n      ...SavedQueryFields\n    }\n  }\n"): (typeof documents)["\n  mutation SaveQuery($input: SaveQueryInput!) {\n    saveQuery(input: $input) {\n      ...SavedQueryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SavedQueries($search: String, $first: Int) {\n    savedQueries(search: $search, filter: ALL, first: $first) {\n      totalCount\n      nodes {\n        ...SavedQueryFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query SavedQueries($search: String, $first: Int) {\n    savedQueries(search: $search, filter: ALL, first: $first) {\n      totalCount\n      nodes {\n        ...SavedQueryFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SavedQueryFields on SavedQuery {\n    id\n    name\n    description\n    query\n    variables\n    shared\n    example\n    owner\n    mine\n    readOnly\n    updatedAt\n    sharedWith {\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment SavedQueryFields on SavedQuery {\n    id\n    name\n    description\n    query\n    variables\n    shared\n    example\n    owner\n    mine\n    readOnly\n    updatedAt\n    sharedWith {\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SavedQuery($id: ID!) {\n    savedQuery(id: $id) {\n      ...SavedQueryFields\n    }\n  }\n"): (typeof documents)["\n  query SavedQuery($id: ID!) {\n    savedQuery(id: $id) {\n      ...SavedQueryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSavedQuery($id: ID!, $input: UpdateSavedQueryInput!) {\n    updateSavedQuery(id: $id, input: $input) {\n      ...SavedQueryFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSavedQuery($id: ID!, $input: UpdateSavedQueryInput!) {\n    updateSavedQuery(id: $id, input: $input) {\n      ...SavedQueryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditEvents(\n    $unit: String\n    $user: String\n    $action: String\n    $from: Date\n    $to: Date\n    $first: Int\n    $after: String\n  ) {\n    auditEvents(unit: $unit, user: $user, action: $action, from: $from, to: $to, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        at\n        user\n        role\n        action\n        campaign\n        field\n        oldValue\n        newValue\n        reason\n        requestId\n        unit {\n          code\n          name\n          level\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditEvents(\n    $unit: String\n    $user: String\n    $action: String\n    $from: Date\n    $to: Date\n    $first: Int\n    $after: String\n  ) {\n    auditEvents(unit: $unit, user: $user, action: $action, from: $from, to: $to, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        at\n        user\n        role\n        action\n        campaign\n        field\n        oldValue\n        newValue\n        reason\n        requestId\n        unit {\n          code\n          name\n          level\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignDetails($code: String!) {\n    campaign(code: $code) {\n      ...CampaignFields\n      rootUnit {\n        code\n        name\n        inScope\n      }\n    }\n  }\n"): (typeof documents)["\n  query CampaignDetails($code: String!) {\n    campaign(code: $code) {\n      ...CampaignFields\n      rootUnit {\n        code\n        name\n        inScope\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CampaignFields on Campaign {\n    code\n    name\n    description\n    collectedLabel\n    activatedLabel\n    startDate\n    deadline\n    rootTarget\n  }\n"): (typeof documents)["\n  fragment CampaignFields on Campaign {\n    code\n    name\n    description\n    collectedLabel\n    activatedLabel\n    startDate\n    deadline\n    rootTarget\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCampaign($input: CreateCampaignInput!) {\n    createCampaign(input: $input) {\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCampaign($input: CreateCampaignInput!) {\n    createCampaign(input: $input) {\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CurrentCampaign {\n    today\n    campaign {\n      code\n      name\n      description\n      startDate\n      deadline\n    }\n  }\n"): (typeof documents)["\n  query CurrentCampaign {\n    today\n    campaign {\n      code\n      name\n      description\n      startDate\n      deadline\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCampaign($input: UpdateCampaignInput!) {\n    updateCampaign(input: $input) {\n      ...CampaignFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCampaign($input: UpdateCampaignInput!) {\n    updateCampaign(input: $input) {\n      ...CampaignFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddDirectiveAssignees($input: AddAssigneesInput!) {\n    addAssignees(input: $input) {\n      number\n    }\n  }\n"): (typeof documents)["\n  mutation AddDirectiveAssignees($input: AddAssigneesInput!) {\n    addAssignees(input: $input) {\n      number\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddDirectiveTask($input: AddTaskInput!) {\n    addTask(input: $input) {\n      number\n    }\n  }\n"): (typeof documents)["\n  mutation AddDirectiveTask($input: AddTaskInput!) {\n    addTask(input: $input) {\n      number\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DirectiveAgencies {\n    agencies {\n      code\n      name\n      shortName\n      unit {\n        code\n        name\n      }\n    }\n    campaigns {\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  query DirectiveAgencies {\n    agencies {\n      code\n      name\n      shortName\n      unit {\n        code\n        name\n      }\n    }\n    campaigns {\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDirective($input: CreateDirectiveInput!) {\n    createDirective(input: $input) {\n      ...DirectiveRefFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateDirective($input: CreateDirectiveInput!) {\n    createDirective(input: $input) {\n      ...DirectiveRefFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DirectiveDetail($number: String!, $issuer: String, $asOf: Date) {\n    directive(number: $number, issuer: $issuer) {\n      id\n      number\n      kind\n      title\n      summary\n      fullText\n      issuedDate\n      status\n      signerTitle\n      signerName\n      attachments {\n        title\n        url\n      }\n      issuedBy {\n        code\n        name\n        kind\n      }\n      campaign {\n        code\n        name\n      }\n      state(asOf: $asOf)\n      nearestDeadline(asOf: $asOf)\n      tasks(asOf: $asOf) {\n        number\n        title\n        text\n        kind\n        deadline\n        linkedToTarget\n        lineCount\n        state\n        percentDone\n      }\n    }\n  }\n"): (typeof documents)["\n  query DirectiveDetail($number: String!, $issuer: String, $asOf: Date) {\n    directive(number: $number, issuer: $issuer) {\n      id\n      number\n      kind\n      title\n      summary\n      fullText\n      issuedDate\n      status\n      signerTitle\n      signerName\n      attachments {\n        title\n        url\n      }\n      issuedBy {\n        code\n        name\n        kind\n      }\n      campaign {\n        code\n        name\n      }\n      state(asOf: $asOf)\n      nearestDeadline(asOf: $asOf)\n      tasks(asOf: $asOf) {\n        number\n        title\n        text\n        kind\n        deadline\n        linkedToTarget\n        lineCount\n        state\n        percentDone\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DirectiveRefFields on Directive {\n    id\n    number\n    issuedBy {\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment DirectiveRefFields on Directive {\n    id\n    number\n    issuedBy {\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DirectiveReport(\n    $directive: String!\n    $issuer: String\n    $task: Int!\n    $assignee: String\n    $asOf: Date\n    $level: ReportLevel\n  ) {\n    directiveReport(\n      directive: $directive\n      issuer: $issuer\n      task: $task\n      assignee: $assignee\n      asOf: $asOf\n      level: $level\n    ) {\n      ...ReportFields\n    }\n  }\n"): (typeof documents)["\n  query DirectiveReport(\n    $directive: String!\n    $issuer: String\n    $task: Int!\n    $assignee: String\n    $asOf: Date\n    $level: ReportLevel\n  ) {\n    directiveReport(\n      directive: $directive\n      issuer: $issuer\n      task: $task\n      assignee: $assignee\n      asOf: $asOf\n      level: $level\n    ) {\n      ...ReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DirectivesList($asOf: Date, $first: Int) {\n    directives(asOf: $asOf, first: $first) {\n      totalCount\n      nodes {\n        id\n        number\n        kind\n        title\n        issuedDate\n        status\n        state(asOf: $asOf)\n        nearestDeadline(asOf: $asOf)\n        issuedBy {\n          code\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DirectivesList($asOf: Date, $first: Int) {\n    directives(asOf: $asOf, first: $first) {\n      totalCount\n      nodes {\n        id\n        number\n        kind\n        title\n        issuedDate\n        status\n        state(asOf: $asOf)\n        nearestDeadline(asOf: $asOf)\n        issuedBy {\n          code\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FileReport($input: FileReportInput!) {\n    fileReport(input: $input) {\n      id\n      asOf\n      level\n      filedOn\n      filedBy\n    }\n  }\n"): (typeof documents)["\n  mutation FileReport($input: FileReportInput!) {\n    fileReport(input: $input) {\n      id\n      asOf\n      level\n      filedOn\n      filedBy\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LatestFiledReport($number: String!, $issuer: String, $task: Int!, $unit: String!, $level: Level) {\n    directive(number: $number, issuer: $issuer) {\n      id\n      lines(task: $task, under: $unit, level: $level, first: 1) {\n        nodes {\n          id\n          asOf\n          assignee {\n            code\n          }\n          filedReports(first: 1) {\n            id\n            asOf\n            filedOn\n            filedBy\n            report {\n              ...ReportFields\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LatestFiledReport($number: String!, $issuer: String, $task: Int!, $unit: String!, $level: Level) {\n    directive(number: $number, issuer: $issuer) {\n      id\n      lines(task: $task, under: $unit, level: $level, first: 1) {\n        nodes {\n          id\n          asOf\n          assignee {\n            code\n          }\n          filedReports(first: 1) {\n            id\n            asOf\n            filedOn\n            filedBy\n            report {\n              ...ReportFields\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LineFields on AssignmentLine {\n    ...LineStateFields\n    canUpdate\n    assignee {\n      code\n      name\n      shortName\n      kind\n    }\n    unit {\n      ...UnitFields\n    }\n    progress {\n      ...ProgressCounts\n      state\n      ...ProgressTrends\n    }\n    latestUpdate {\n      id\n      date\n      text\n      percent\n      done\n    }\n  }\n"): (typeof documents)["\n  fragment LineFields on AssignmentLine {\n    ...LineStateFields\n    canUpdate\n    assignee {\n      code\n      name\n      shortName\n      kind\n    }\n    unit {\n      ...UnitFields\n    }\n    progress {\n      ...ProgressCounts\n      state\n      ...ProgressTrends\n    }\n    latestUpdate {\n      id\n      date\n      text\n      percent\n      done\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LineHistory($number: String!, $issuer: String, $task: Int!, $unit: String!, $level: Level) {\n    directive(number: $number, issuer: $issuer) {\n      id\n      lines(task: $task, under: $unit, level: $level, first: 5) {\n        nodes {\n          id\n          asOf\n          updates(first: 10) {\n            id\n            date\n            percent\n            done\n            text\n            author\n            recordedAt\n          }\n          filedReports(first: 10) {\n            id\n            asOf\n            level\n            filedOn\n            filedAt\n            filedBy\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LineHistory($number: String!, $issuer: String, $task: Int!, $unit: String!, $level: Level) {\n    directive(number: $number, issuer: $issuer) {\n      id\n      lines(task: $task, under: $unit, level: $level, first: 5) {\n        nodes {\n          id\n          asOf\n          updates(first: 10) {\n            id\n            date\n            percent\n            done\n            text\n            author\n            recordedAt\n          }\n          filedReports(first: 10) {\n            id\n            asOf\n            level\n            filedOn\n            filedAt\n            filedBy\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LineStateFields on AssignmentLine {\n    id\n    asOf\n    state\n    percentDone\n  }\n"): (typeof documents)["\n  fragment LineStateFields on AssignmentLine {\n    id\n    asOf\n    state\n    percentDone\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkLineDone($input: MarkLineDoneInput!) {\n    markLineDone(input: $input) {\n      ...LineStateFields\n    }\n  }\n"): (typeof documents)["\n  mutation MarkLineDone($input: MarkLineDoneInput!) {\n    markLineDone(input: $input) {\n      ...LineStateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PostProgressUpdate($input: ProgressUpdateInput!) {\n    postProgressUpdate(input: $input) {\n      ...LineStateFields\n    }\n  }\n"): (typeof documents)["\n  mutation PostProgressUpdate($input: ProgressUpdateInput!) {\n    postProgressUpdate(input: $input) {\n      ...LineStateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProblemLines($number: String!, $issuer: String, $asOf: Date, $first: Int) {\n    directive(number: $number, issuer: $issuer) {\n      id\n      overdue: lines(asOf: $asOf, state: OVERDUE, orderBy: WORST_FIRST, first: $first) {\n        totalCount\n        nodes {\n          ...ProblemLineFields\n        }\n      }\n      atRisk: lines(asOf: $asOf, state: AT_RISK, orderBy: WORST_FIRST, first: $first) {\n        totalCount\n        nodes {\n          ...ProblemLineFields\n        }\n      }\n    }\n  }\n\n  fragment ProblemLineFields on AssignmentLine {\n    id\n    asOf\n    state\n    percentDone\n    task {\n      number\n      title\n      deadline\n    }\n    assignee {\n      code\n      name\n    }\n    unit {\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  query ProblemLines($number: String!, $issuer: String, $asOf: Date, $first: Int) {\n    directive(number: $number, issuer: $issuer) {\n      id\n      overdue: lines(asOf: $asOf, state: OVERDUE, orderBy: WORST_FIRST, first: $first) {\n        totalCount\n        nodes {\n          ...ProblemLineFields\n        }\n      }\n      atRisk: lines(asOf: $asOf, state: AT_RISK, orderBy: WORST_FIRST, first: $first) {\n        totalCount\n        nodes {\n          ...ProblemLineFields\n        }\n      }\n    }\n  }\n\n  fragment ProblemLineFields on AssignmentLine {\n    id\n    asOf\n    state\n    percentDone\n    task {\n      number\n      title\n      deadline\n    }\n    assignee {\n      code\n      name\n    }\n    unit {\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveDirectiveAssignee($input: RemoveAssigneeInput!) {\n    removeAssignee(input: $input) {\n      number\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveDirectiveAssignee($input: RemoveAssigneeInput!) {\n    removeAssignee(input: $input) {\n      number\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveDirectiveTask($input: RemoveTaskInput!) {\n    removeTask(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveDirectiveTask($input: RemoveTaskInput!) {\n    removeTask(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReportFields on DirectiveReport {\n    directiveNumber\n    directiveTitle\n    issuedBy\n    issuedDate\n    taskNumber\n    taskTitle\n    deadline\n    assigneeCode\n    assigneeName\n    campaign\n    asOf\n    level\n    previousAsOf\n    total {\n      ...ReportRowFields\n    }\n    rows {\n      ...ReportRowFields\n    }\n    tasks {\n      number\n      title\n      kind\n      deadline\n      state\n      percentDone\n    }\n  }\n\n  fragment ReportRowFields on ReportRow {\n    unitCode\n    unitName\n    target\n    collected\n    activated\n    collectedRate\n    activatedRate\n    collectedChange\n    activatedChange\n    rank\n    state\n  }\n"): (typeof documents)["\n  fragment ReportFields on DirectiveReport {\n    directiveNumber\n    directiveTitle\n    issuedBy\n    issuedDate\n    taskNumber\n    taskTitle\n    deadline\n    assigneeCode\n    assigneeName\n    campaign\n    asOf\n    level\n    previousAsOf\n    total {\n      ...ReportRowFields\n    }\n    rows {\n      ...ReportRowFields\n    }\n    tasks {\n      number\n      title\n      kind\n      deadline\n      state\n      percentDone\n    }\n  }\n\n  fragment ReportRowFields on ReportRow {\n    unitCode\n    unitName\n    target\n    collected\n    activated\n    collectedRate\n    activatedRate\n    collectedChange\n    activatedChange\n    rank\n    state\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportTasks($asOf: Date, $first: Int) {\n    directives(asOf: $asOf, first: $first) {\n      nodes {\n        id\n        number\n        issuedBy {\n          code\n        }\n        tasks(asOf: $asOf) {\n          number\n          kind\n          deadline\n          state\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportTasks($asOf: Date, $first: Int) {\n    directives(asOf: $asOf, first: $first) {\n      nodes {\n        id\n        number\n        issuedBy {\n          code\n        }\n        tasks(asOf: $asOf) {\n          number\n          kind\n          deadline\n          state\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TaskLines(\n    $number: String!\n    $issuer: String\n    $task: Int!\n    $asOf: Date\n    $state: ProgressState\n    $under: String\n    $level: Level\n    $orderBy: LineOrder\n  ) {\n    directive(number: $number, issuer: $issuer) {\n      id\n      task(number: $task, asOf: $asOf) {\n        number\n        assignments(state: $state, under: $under, level: $level, orderBy: $orderBy) {\n          ...LineFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TaskLines(\n    $number: String!\n    $issuer: String\n    $task: Int!\n    $asOf: Date\n    $state: ProgressState\n    $under: String\n    $level: Level\n    $orderBy: LineOrder\n  ) {\n    directive(number: $number, issuer: $issuer) {\n      id\n      task(number: $task, asOf: $asOf) {\n        number\n        assignments(state: $state, under: $under, level: $level, orderBy: $orderBy) {\n          ...LineFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitsBelow($parent: String!, $level: Level, $first: Int, $after: String) {\n    units(parent: $parent, level: $level, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        code\n        name\n        level\n      }\n    }\n  }\n"): (typeof documents)["\n  query UnitsBelow($parent: String!, $level: Level, $first: Int, $after: String) {\n    units(parent: $parent, level: $level, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        code\n        name\n        level\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateDirective($input: UpdateDirectiveInput!) {\n    updateDirective(input: $input) {\n      ...DirectiveRefFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateDirective($input: UpdateDirectiveInput!) {\n    updateDirective(input: $input) {\n      ...DirectiveRefFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateDirectiveTask($input: UpdateTaskInput!) {\n    updateTask(input: $input) {\n      number\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateDirectiveTask($input: UpdateTaskInput!) {\n    updateTask(input: $input) {\n      number\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FindCommune($search: String!) {\n    units(search: $search, level: COMMUNE, first: 5) {\n      nodes {\n        code\n        name\n        parent {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FindCommune($search: String!) {\n    units(search: $search, level: COMMUNE, first: 5) {\n      nodes {\n        code\n        name\n        parent {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordTallies($input: RecordTalliesInput!) {\n    recordTallies(input: $input) {\n      date\n      saved\n    }\n  }\n"): (typeof documents)["\n  mutation RecordTallies($input: RecordTalliesInput!) {\n    recordTallies(input: $input) {\n      date\n      saved\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportSheet($code: String!, $campaign: String!, $date: Date!, $dayBefore: Date!, $from: Date!, $today: Date!) {\n    unit(code: $code) {\n      code\n      name\n      level\n      children {\n        code\n        name\n        history(campaign: $campaign, from: $from, to: $today) {\n          date\n          collected\n          activated\n        }\n      }\n    }\n    before: reportingStatus(campaign: $campaign, parent: $code, level: HAMLET, date: $dayBefore, first: 100) {\n      nodes {\n        unit {\n          code\n        }\n        lastReportDate\n      }\n    }\n    onDate: reportingStatus(campaign: $campaign, parent: $code, level: HAMLET, date: $date, first: 100) {\n      nodes {\n        unit {\n          code\n        }\n        reported\n      }\n    }\n    latest: reportingStatus(campaign: $campaign, parent: $code, level: HAMLET, date: $today, first: 100) {\n      nodes {\n        unit {\n          code\n        }\n        lastReportDate\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportSheet($code: String!, $campaign: String!, $date: Date!, $dayBefore: Date!, $from: Date!, $today: Date!) {\n    unit(code: $code) {\n      code\n      name\n      level\n      children {\n        code\n        name\n        history(campaign: $campaign, from: $from, to: $today) {\n          date\n          collected\n          activated\n        }\n      }\n    }\n    before: reportingStatus(campaign: $campaign, parent: $code, level: HAMLET, date: $dayBefore, first: 100) {\n      nodes {\n        unit {\n          code\n        }\n        lastReportDate\n      }\n    }\n    onDate: reportingStatus(campaign: $campaign, parent: $code, level: HAMLET, date: $date, first: 100) {\n      nodes {\n        unit {\n          code\n        }\n        reported\n      }\n    }\n    latest: reportingStatus(campaign: $campaign, parent: $code, level: HAMLET, date: $today, first: 100) {\n      nodes {\n        unit {\n          code\n        }\n        lastReportDate\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitParent($code: String!) {\n    unit(code: $code) {\n      ...UnitFields\n      parent {\n        ...UnitFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query UnitParent($code: String!) {\n    unit(code: $code) {\n      ...UnitFields\n      parent {\n        ...UnitFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignTargets($input: AssignTargetsInput!) {\n    assignTargets(input: $input) {\n      version\n      changed\n    }\n  }\n"): (typeof documents)["\n  mutation AssignTargets($input: AssignTargetsInput!) {\n    assignTargets(input: $input) {\n      version\n      changed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TargetProblems($campaign: String!, $first: Int, $after: String) {\n    targetProblems(campaign: $campaign, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        target\n        allocated\n        unallocated\n        childCount\n        unit {\n          code\n          name\n          level\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TargetProblems($campaign: String!, $first: Int, $after: String) {\n    targetProblems(campaign: $campaign, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        target\n        allocated\n        unallocated\n        childCount\n        unit {\n          code\n          name\n          level\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Targets($campaign: String!, $parent: String!) {\n    targets(campaign: $campaign, parent: $parent) {\n      version\n      target\n      allocated\n      unallocated\n      canEdit\n      parent {\n        ...UnitFields\n        parent {\n          code\n          name\n          inScope\n        }\n      }\n      children {\n        target\n        population\n        unit {\n          ...UnitFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Targets($campaign: String!, $parent: String!) {\n    targets(campaign: $campaign, parent: $parent) {\n      version\n      target\n      allocated\n      unallocated\n      canEdit\n      parent {\n        ...UnitFields\n        parent {\n          code\n          name\n          inScope\n        }\n      }\n      children {\n        target\n        population\n        unit {\n          ...UnitFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchUnits($search: String!, $first: Int) {\n    units(search: $search, first: $first) {\n      totalCount\n      nodes {\n        code\n        name\n        level\n        inScope\n        parent {\n          code\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchUnits($search: String!, $first: Int) {\n    units(search: $search, first: $first) {\n      totalCount\n      nodes {\n        code\n        name\n        level\n        inScope\n        parent {\n          code\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitAncestors($code: String!) {\n    unit(code: $code) {\n      ...UnitFields\n      inScope\n      ancestors {\n        ...UnitFields\n        inScope\n      }\n    }\n  }\n"): (typeof documents)["\n  query UnitAncestors($code: String!) {\n    unit(code: $code) {\n      ...UnitFields\n      inScope\n      ancestors {\n        ...UnitFields\n        inScope\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitChildrenProgress($code: String!, $campaign: String!, $asOf: Date) {\n    unit(code: $code) {\n      code\n      children {\n        ...UnitFields\n        childCount\n        progress(campaign: $campaign, asOf: $asOf) {\n          ...ProgressCounts\n          percentDone\n          state\n          activation {\n            remaining\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query UnitChildrenProgress($code: String!, $campaign: String!, $asOf: Date) {\n    unit(code: $code) {\n      code\n      children {\n        ...UnitFields\n        childCount\n        progress(campaign: $campaign, asOf: $asOf) {\n          ...ProgressCounts\n          percentDone\n          state\n          activation {\n            remaining\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitCompleteness($code: String!, $campaign: String!, $date: Date) {\n    unit(code: $code) {\n      code\n      level\n      completeness(campaign: $campaign, date: $date) {\n        date\n        communesReported\n        communesTotal\n        hamletsReported\n        hamletsTotal\n      }\n    }\n  }\n"): (typeof documents)["\n  query UnitCompleteness($code: String!, $campaign: String!, $date: Date) {\n    unit(code: $code) {\n      code\n      level\n      completeness(campaign: $campaign, date: $date) {\n        date\n        communesReported\n        communesTotal\n        hamletsReported\n        hamletsTotal\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query UnitSummary($code: String!, $campaign: String!, $asOf: Date) {\n    unit(code: $code) {\n      ...UnitFields\n      type\n      synthetic\n      childCount\n      inScope\n      progress(campaign: $campaign, asOf: $asOf) {\n        asOf\n        ...ProgressCounts\n        percentDone\n        state\n        ...ProgressTrends\n      }\n    }\n  }\n"): (typeof documents)["\n  query UnitSummary($code: String!, $campaign: String!, $asOf: Date) {\n    unit(code: $code) {\n      ...UnitFields\n      type\n      synthetic\n      childCount\n      inScope\n      progress(campaign: $campaign, asOf: $asOf) {\n        asOf\n        ...ProgressCounts\n        percentDone\n        state\n        ...ProgressTrends\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitTreeChildren($code: String!, $campaign: String!, $asOf: Date, $figures: Boolean!, $hamlets: Boolean!) {\n    unit(code: $code) {\n      code\n      children {\n        ...UnitFields\n        childCount @skip(if: $hamlets)\n        progress(campaign: $campaign, asOf: $asOf) @include(if: $figures) {\n          activatedRate\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query UnitTreeChildren($code: String!, $campaign: String!, $asOf: Date, $figures: Boolean!, $hamlets: Boolean!) {\n    unit(code: $code) {\n      code\n      children {\n        ...UnitFields\n        childCount @skip(if: $hamlets)\n        progress(campaign: $campaign, asOf: $asOf) @include(if: $figures) {\n          activatedRate\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitTreeFigures($code: String!, $campaign: String!, $asOf: Date, $first: Int!, $offset: Int!) {\n    unit(code: $code) {\n      code\n      children(first: $first, offset: $offset) {\n        code\n        progress(campaign: $campaign, asOf: $asOf) {\n          activatedRate\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query UnitTreeFigures($code: String!, $campaign: String!, $asOf: Date, $first: Int!, $offset: Int!) {\n    unit(code: $code) {\n      code\n      children(first: $first, offset: $offset) {\n        code\n        progress(campaign: $campaign, asOf: $asOf) {\n          activatedRate\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitTreeRoot($code: String!, $campaign: String!, $asOf: Date) {\n    unit(code: $code) {\n      ...UnitFields\n      childCount\n      progress(campaign: $campaign, asOf: $asOf) {\n        activatedRate\n      }\n    }\n  }\n"): (typeof documents)["\n  query UnitTreeRoot($code: String!, $campaign: String!, $asOf: Date) {\n    unit(code: $code) {\n      ...UnitFields\n      childCount\n      progress(campaign: $campaign, asOf: $asOf) {\n        activatedRate\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription Changes {\n    changes {\n      kind\n      campaign\n      units\n    }\n  }\n"): (typeof documents)["\n  subscription Changes {\n    changes {\n      kind\n      campaign\n      units\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DataVersion {\n    dataVersion\n  }\n"): (typeof documents)["\n  query DataVersion {\n    dataVersion\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProgressCounts on Progress {\n    target\n    collected\n    activated\n    collectedRate\n    activatedRate\n  }\n\n  fragment ProgressTrends on Progress {\n    daysLeft\n    collection {\n      ...TrendFields\n    }\n    activation {\n      ...TrendFields\n    }\n  }\n\n  fragment TrendFields on Trend {\n    remaining\n    paceNeeded\n    recentPace\n    projectedCompletion\n    state\n  }\n"): (typeof documents)["\n  fragment ProgressCounts on Progress {\n    target\n    collected\n    activated\n    collectedRate\n    activatedRate\n  }\n\n  fragment ProgressTrends on Progress {\n    daysLeft\n    collection {\n      ...TrendFields\n    }\n    activation {\n      ...TrendFields\n    }\n  }\n\n  fragment TrendFields on Trend {\n    remaining\n    paceNeeded\n    recentPace\n    projectedCompletion\n    state\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UnitFields on Unit {\n    code\n    name\n    level\n  }\n"): (typeof documents)["\n  fragment UnitFields on Unit {\n    code\n    name\n    level\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;