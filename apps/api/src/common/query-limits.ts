import { GraphQLError, Kind, type ASTVisitor, type ValidationContext } from 'graphql';

/** Refuses documents that select more than `max` fields in all (aliases included). */
export function maxFieldsRule(max: number) {
  return (context: ValidationContext): ASTVisitor => {
    let count = 0;
    return {
      Field() {
        count++;
        if (count === max + 1)
          context.reportError(
            new GraphQLError(`The query selects more than ${max} fields; split it up.`),
          );
      },
      [Kind.DOCUMENT]: {
        leave() {
          count = 0;
        },
      },
    };
  };
}
