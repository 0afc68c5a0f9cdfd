// The GraphQL the soak sends: the console's own reads (trimmed to the same fields) and its save.

const PROGRESS = `target collected activated collectedRate activatedRate percentDone state`;
const TREND = `remaining paceNeeded recentPace projectedCompletion state`;

export const QUERIES = {
  /** A district's page: its progress and every commune's, as the tree and the ranking show them. */
  district: `query SoakDistrict($code: String!, $campaign: String!) {
    unit(code: $code) {
      code name level
      progress(campaign: $campaign) { ${PROGRESS} daysLeft }
      children { code name level childCount progress(campaign: $campaign) { ${PROGRESS} activation { remaining } } }
    }
  }`,
  /** A commune official's page: who reported today and each hamlet's progress. */
  commune: `query SoakCommune($code: String!, $campaign: String!) {
    unit(code: $code) {
      code name
      completeness(campaign: $campaign) { date hamletsReported hamletsTotal }
      children { code name progress(campaign: $campaign) { ${PROGRESS} } }
    }
  }`,
  /** A province (or the country) as of a date, with both counts' pace: the summary view. */
  province: `query SoakProvince($code: String!, $campaign: String!, $asOf: Date) {
    unit(code: $code) {
      code name type level childCount inScope
      progress(campaign: $campaign, asOf: $asOf) {
        asOf ${PROGRESS} daysLeft
        collection { ${TREND} }
        activation { ${TREND} }
      }
    }
  }`,
  /** The report of a REPORT_BY task (as for Công văn 7027's task 5) as of a date, per district. */
  report: `query SoakReport($directive: String!, $issuer: String, $task: Int!, $asOf: Date) {
    directiveReport(directive: $directive, issuer: $issuer, task: $task, asOf: $asOf) {
      directiveNumber taskNumber asOf previousAsOf
      total { unitCode target collected activated collectedRate activatedRate state }
      rows { unitCode unitName target collected activated collectedRate activatedRate collectedChange activatedChange rank state }
      tasks { number title kind deadline state percentDone }
    }
  }`,
  /** What every open console asks every few seconds. */
  poll: `query DataVersion { dataVersion }`,
};

export const LOGIN = `mutation Login($username: String!, $password: String!) { login(username: $username, password: $password) { username role } }`;
export const CREATE_USER = `mutation CreateUser($input: CreateUserInput!) { createUser(input: $input) { username role } }`;
export const CONTEXT = `query SoakContext { today campaign { code startDate deadline } }`;
export const RECORD_TALLIES = `mutation RecordTallies($input: RecordTalliesInput!) { recordTallies(input: $input) { date saved } }`;
/** What the official sees of their hamlets right after saving. */
export const HAMLETS_ON = `query SoakHamlets($code: String!, $campaign: String!, $asOf: Date) {
  unit(code: $code) { children { code progress(campaign: $campaign, asOf: $asOf) { collected activated } } }
}`;
