package org.fumin.common.persistence;

import java.util.Collection;
import org.hibernate.boot.model.FunctionContributions;
import org.hibernate.dialect.function.array.ArrayContainsArgumentTypeResolver;
import org.hibernate.dialect.function.array.ArrayContainsArgumentValidator;
import org.hibernate.boot.model.FunctionContributor;
import org.hibernate.type.StandardBasicTypes;

/**
 * The HQL function {@code any_of(:values, expression)}, rendered as PostgreSQL's
 * {@code expression = any(?)} with the values bound as one array (typed like Hibernate's
 * {@code array_contains}, which would render {@code ? @> array[expression]} and miss the index). An {@code in :values} list makes
 * the statement depend on how many values there are, so Hibernate translates such a query anew on
 * every call and PostgreSQL plans each length apart; with one array parameter the translation is
 * cached and the prepared statement reused, and the condition still uses the column's index.
 * Bind the values with {@link #ids(Collection)}.
 */
public final class AnyOf implements FunctionContributor {

  @Override
  public void contributeFunctions(FunctionContributions functions) {
    functions.getFunctionRegistry().patternDescriptorBuilder("any_of", "(?2 = any(?1))")
        .setExactArgumentCount(2)
        .setArgumentsValidator(ArrayContainsArgumentValidator.INSTANCE)
        .setArgumentTypeResolver(ArrayContainsArgumentTypeResolver.INSTANCE)
        .setInvariantType(functions.getTypeConfiguration().getBasicTypeRegistry().resolve(StandardBasicTypes.BOOLEAN))
        .register();
  }

  /** Ids as the array parameter of {@code any_of}. */
  public static Long[] ids(Collection<Long> ids) {
    return ids.toArray(Long[]::new);
  }
}
