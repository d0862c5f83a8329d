package vn.coso.attachments;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

@ApplicationScoped
public class AttachmentRepository implements PanacheRepository<Attachment> {

    public List<Attachment> ofOwner(String kind, long ownerId) {
        return list("ownerKind = ?1 and ownerId = ?2 order by uploadedAt, id", kind, ownerId);
    }

    public Optional<Attachment> ofOwner(String kind, long ownerId, long id) {
        return find("id = ?1 and ownerKind = ?2 and ownerId = ?3", id, kind, ownerId).firstResultOptional();
    }

    public Optional<Attachment> sameContent(String kind, long ownerId, String sha256) {
        return find("ownerKind = ?1 and ownerId = ?2 and sha256 = ?3", kind, ownerId, sha256).firstResultOptional();
    }

    /** Files and bytes a record holds, {@code fromPublic} only if asked. */
    public long[] usage(String kind, long ownerId, boolean fromPublicOnly) {
        Object[] row = getEntityManager().createQuery("select count(a), coalesce(sum(a.size), 0) from Attachment a"
                        + " where a.ownerKind = :kind and a.ownerId = :owner"
                        + (fromPublicOnly ? " and a.fromPublic = true" : ""), Object[].class)
                .setParameter("kind", kind).setParameter("owner", ownerId).getSingleResult();
        return new long[] {((Number) row[0]).longValue(), ((Number) row[1]).longValue()};
    }

    /** Files per owner of the given ids, counting only the visibilities listed. */
    public Map<Long, Long> countsOf(String kind, Collection<Long> ownerIds, Collection<Visibility> visibilities) {
        if (ownerIds.isEmpty()) {
            return Map.of();
        }
        return getEntityManager().createQuery("select a.ownerId, count(a) from Attachment a where a.ownerKind = :kind"
                        + " and a.ownerId in :owners and a.visibility in :visibilities group by a.ownerId", Object[].class)
                .setParameter("kind", kind).setParameter("owners", ownerIds).setParameter("visibilities", visibilities)
                .getResultStream()
                .collect(Collectors.toMap(r -> ((Number) r[0]).longValue(), r -> ((Number) r[1]).longValue()));
    }
}
