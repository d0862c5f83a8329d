package vn.coso.common.persistence;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.boot.model.FunctionContributions;
import org.hibernate.boot.model.FunctionContributor;
import org.hibernate.type.BasicType;
import org.hibernate.type.StandardBasicTypes;

/**
 * MariaDB's full-text search in HQL: {@code fulltext2(m.fullName, m.partyCardNumber, :words) > 0}
 * renders {@code match(full_name, party_card_number) against (? in boolean mode) > 0}, which reads
 * the FULLTEXT index over exactly those columns. One function per number of columns (an index's
 * column list is fixed).
 */
@ApplicationScoped
@PersistenceUnitExtension
public class FullTextFunctions implements FunctionContributor {

    @Override
    public void contributeFunctions(FunctionContributions functions) {
        BasicType<Double> relevance = functions.getTypeConfiguration().getBasicTypeRegistry()
                .resolve(StandardBasicTypes.DOUBLE);
        functions.getFunctionRegistry().registerPattern("fulltext1",
                "match(?1) against (?2 in boolean mode)", relevance);
        functions.getFunctionRegistry().registerPattern("fulltext2",
                "match(?1, ?2) against (?3 in boolean mode)", relevance);
    }
}
