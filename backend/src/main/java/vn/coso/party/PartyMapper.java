package vn.coso.party;

import vn.coso.common.security.Scope;
import vn.coso.common.tree.TreeBuilder;
import vn.coso.party.PartyDtos.PartyMemberResponse;
import vn.coso.party.PartyDtos.PartyOrganizationRef;
import vn.coso.party.PartyDtos.PartyOrganizationResponse;
import vn.coso.party.PartyDtos.PartyOrganizationTreeNode;
import vn.coso.party.PartyDtos.TransferResponse;
import vn.coso.units.UnitDtos.UnitRef;

import java.util.List;

final class PartyMapper {

    private PartyMapper() {
    }

    /** {@code personalFields}: whether the caller may read people's names (the secretary's); other systems may not. */
    static PartyOrganizationResponse toResponse(PartyOrganization o, long memberCount, long childCount, Scope scope,
                                                boolean personalFields) {
        PartyOrganization parent = o.parent;
        boolean parentVisible = parent != null && scope.contains(parent.unit.path);
        return new PartyOrganizationResponse(o.id, o.code, o.name, o.level, o.form, unitRef(o),
                parentVisible ? parent.id : null, parentVisible ? parent.name : null,
                personalFields ? o.secretaryName : null, memberCount, childCount, o.active, o.version, o.createdAt, o.updatedAt);
    }

    static PartyOrganizationRef toRef(PartyOrganization o) {
        return new PartyOrganizationRef(o.id, o.code, o.name);
    }

    static PartyOrganizationTreeNode toTree(PartyOrganization root, List<PartyOrganization> subtree) {
        return TreeBuilder.build(root.id, subtree, o -> o.id, o -> o.path,
                (o, children) -> new PartyOrganizationTreeNode(o.id, o.code, o.name, o.level, o.form, o.active, children),
                PartyOrganizationTreeNode::name);
    }

    static PartyMemberResponse toResponse(PartyMember m) {
        return new PartyMemberResponse(m.id, m.fullName, m.partyCardNumber, m.dateOfBirth, m.admissionDate,
                m.officialDate, toRef(m.organization), unitRef(m.organization), m.post, m.status,
                m.version, m.createdAt, m.updatedAt);
    }

    static TransferResponse toResponse(PartyMemberTransfer t) {
        return new TransferResponse(t.id, toRef(t.from), toRef(t.to), t.transferDate, t.decisionNumber, t.note,
                t.recordedBy, t.recordedAt);
    }

    private static UnitRef unitRef(PartyOrganization o) {
        return new UnitRef(o.unit.id, o.unit.code, o.unit.name, o.unit.type);
    }
}
