import { graphql } from '../../../gql';

/**
 * The directive editor's header and its tasks (without their lines, which each task loads with
 * the filters). A task's percentDone is FORBIDDEN to a viewer who cannot see all its lines: with
 * errorPolicy "all" it comes back null and the rest stays usable.
 */
export const DirectiveDetailQuery = graphql(`
  query DirectiveDetail($number: String!, $issuer: String, $asOf: Date) {
    directive(number: $number, issuer: $issuer) {
      id
      number
      kind
      title
      summary
      fullText
      issuedDate
      status
      signerTitle
      signerName
      attachments {
        title
        url
      }
      issuedBy {
        code
        name
        kind
      }
      campaign {
        code
        name
      }
      state(asOf: $asOf)
      nearestDeadline(asOf: $asOf)
      tasks(asOf: $asOf) {
        number
        title
        text
        kind
        deadline
        linkedToTarget
        lineCount
        state
        percentDone
      }
    }
  }
`);
