import { graphql } from '../../gql';

/** A unit as the console names it in a row, a picker or a title: code, name and level. */
export const UnitFields = graphql(`
  fragment UnitFields on Unit {
    code
    name
    level
  }
`);
