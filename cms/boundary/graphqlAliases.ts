import { GraphQLError, type ValidationRule } from 'graphql'

import { graphqlLimits } from './limits'

/**
 * Refuses GraphQL documents that ask for too much through repetition: more than `maxAliases` aliased fields, or more
 * than `maxRootFields` fields at the top of one operation. A hundred aliases of `Articles(limit: 100)` stay under
 * Payload's complexity limit yet return 10,000 items; legitimate clients ask for a few lists at a time.
 */
export const limitAliases: ValidationRule = (context) => {
  let aliases = 0
  return {
    Field(node) {
      if (node.alias && ++aliases === graphqlLimits.maxAliases + 1) {
        context.reportError(new GraphQLError(`A query may use at most ${graphqlLimits.maxAliases} aliases.`, { nodes: [node] }))
      }
    },
    OperationDefinition(node) {
      if (node.selectionSet.selections.length > graphqlLimits.maxRootFields) {
        context.reportError(new GraphQLError(`An operation may ask for at most ${graphqlLimits.maxRootFields} fields at its top level.`, { nodes: [node] }))
      }
    },
  }
}
